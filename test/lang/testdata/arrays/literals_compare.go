// Array literals: index keys, ellipsis length, zero values, comparison.
package main

import "fmt"

func main() {
	a := [...]string{2: "two", 0: "zero", 5: "five"}
	fmt.Println(len(a), a)
	fmt.Printf("%q\n", a)
	b := [5]int{1, 2}
	fmt.Println(b, [0]int{}, len([0]int{}))
	c := [...]int{4: 1, 2, 3}
	fmt.Println(c, len(c))
	x := [2]float64{1.5, 2}
	y := [2]float64{1.5, 2.0}
	fmt.Println(x == y, [2]bool{} == [2]bool{false, false})
	var z [4]byte
	z[3] = 'x'
	fmt.Println(z, string(z[:]))
	type Key [2]int
	m := map[Key]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Key{1, 2}], m[Key{3, 4}], m[Key{0, 0}] == "")
	arr := [3]*int{}
	fmt.Println(arr[0] == nil)
}
