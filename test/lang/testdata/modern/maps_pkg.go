// amigo:handwritten
// The maps package (Go 1.21 API): Clone, Copy, Equal, EqualFunc, DeleteFunc.
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(m, c, maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(dst)
	strs := map[string]string{"a": "1", "b": "2", "c": "3"}
	fmt.Println(maps.EqualFunc(m, strs, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))
}
