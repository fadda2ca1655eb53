package main

import "fmt"

type P struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	k := "a"
	func() {
		defer delete(m, k)
		k = "b"
		fmt.Println(len(m))
	}()
	fmt.Println(m)
	p := P{1, 2}
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		defer panic(p)
		p.x = 9
	}()
	x := 1
	func() {
		defer println("deferred", x, len("abc"))
		x = 2
	}()
	s := []int{1, 2, 3}
	func() {
		defer copy(s, []int{7})
		defer fmt.Println(s)
	}()
	fmt.Println(s)
	func() {
		defer recover()
		fmt.Println("recover deferred directly")
	}()
	var a [3]int
	func() {
		defer copy(a[:], s)
	}()
	fmt.Println(a)
	defer print("end\n")
}
