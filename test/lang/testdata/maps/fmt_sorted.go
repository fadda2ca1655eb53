// fmt prints maps sorted by key for every ordered key kind.
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"pear": 1, "apple": 2, "Zebra": 3, "": 4})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Pt]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {0, 5}: 2})
	fmt.Println(map[uint8]int{200: 1, 5: 2})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]Pt{"b": {1, 2}, "a": {3, 4}}, map[string]Pt{"b": {1, 2}, "a": {3, 4}}, map[string]int{"y": 1, "x": 2})
	fmt.Println(map[string][]int{"k": {1, 2}, "a": nil})
	nested := map[string]map[string]int{"outer": {"z": 1, "a": 2}, "first": {}}
	fmt.Println(nested)
	fmt.Println(map[int8]int{-5: 1, 5: 2, -100: 3})
	var im map[interface{}]int = map[interface{}]int{2: 1, 1: 2}
	fmt.Println(im)
	fmt.Println(map[rune]string{'b': "B", 'a': "A"})
}
