package main

import "fmt"

func main() {
	pkgLevel()
	var x interface{} = 3
	var a, ok = x.(int)
	fmt.Println(a, ok)
	var s, ok2 = x.(string)
	fmt.Println(s, ok2)
	m := map[string]int{"a": 1}
	var v, ok3 = m["a"]
	fmt.Println(v, ok3)
	var w, ok4 = m["z"]
	fmt.Println(w, ok4)
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	func() {
		defer copy(dst, src)
		fmt.Println(dst)
	}()
	fmt.Println(dst)
	var b [4]byte
	c := append(b[:], 9)
	fmt.Println(c, len(c))
}

var gx interface{} = "hi"
var gs, gok = gx.(string)
var gm = map[int]string{1: "one"}
var gv, gfound = gm[2]

func two() (int, error) { return 4, fmt.Errorf("e%d", 2) }

var gn, gerr = two()

func pkgLevel() {
	fmt.Println(gs, gok, gv == "", gfound, gn, gerr)
	var a, b interface{} = two()
	fmt.Println(a, b)
	var f float64
	var i, ok = interface{}(f).(float64)
	fmt.Println(i, ok)
}
