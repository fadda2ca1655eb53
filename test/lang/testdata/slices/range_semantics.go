// range evaluates the slice once; appending during range doesn't extend the loop.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i, v := range t {
		t[len(t)-1-i] = v * 10
	}
	fmt.Println(t)
	u := []int{5, 6, 7}
	for i := range u {
		u[i] += i
	}
	fmt.Println(u)
	var count int
	for range make([]struct{}, 7) {
		count++
	}
	fmt.Println(count)
}
