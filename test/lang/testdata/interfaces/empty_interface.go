// interface{} holds any value; fmt prints the dynamic value.
package main

import "fmt"

func describe(v interface{}) string {
	return fmt.Sprintf("%v(%T)", v, v)
}

func main() {
	vals := []interface{}{1, "a", 2.5, true, nil, []int{1}, map[string]int{"k": 1}, struct{}{}, 'x', byte(1), [2]bool{}, func() {} == nil}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var any interface{} = 5
	any = any.(int) + 1
	fmt.Println(any)
	list := []interface{}{}
	list = append(list, 1, "two", 3.0)
	fmt.Println(list...)
	fmt.Println(list)
}
