// comma-ok lookups in conditions, with zero values of every kind.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	mi := map[string]int{"zero": 0}
	if v, ok := mi["zero"]; ok {
		fmt.Println("present", v)
	}
	if _, ok := mi["missing"]; !ok {
		fmt.Println("absent")
	}
	ms := map[int]string{}
	mp := map[string]*P{}
	mst := map[string]P{}
	msl := map[string][]int{}
	mm := map[string]map[string]int{}
	mf := map[string]func() int{}
	mif := map[string]interface{}{}
	fmt.Printf("%q %v %v %v %v %v %v\n", ms[1], mp["a"], mst["a"], msl["a"], mm["a"], mf["a"] == nil, mif["a"])
	v, ok := mif["a"]
	fmt.Println(v, ok)
	mif["nil"] = nil
	v, ok = mif["nil"]
	fmt.Println(v, ok, len(mif))
}
