// Full slice expressions limit capacity so that append must copy.
package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[1:3:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(arr, s)
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50)
	fmt.Println(arr, s, cap(s) >= 5)
	t := arr[:0:0]
	t = append(t, 9)
	fmt.Println(arr[0], t)
	u := s[1:2:3]
	fmt.Println(u, len(u), cap(u))
	str := "hello"
	fmt.Println(str[1:3], str[:0], str[5:])
}
