package main

import "fmt"

func main() {
	a := []int64{0, 1, -1, 7, -7, 9007199254740991, -9007199254740991, 9007199254740992, 1 << 62, -1 << 63, 1<<63 - 1, 123456789012345, -98765432109}
	for _, x := range a {
		for _, y := range a {
			q, r := int64(0), int64(0)
			if y != 0 && !(x == -1<<63 && y == -1) {
				q, r = x/y, x%y
			}
			fmt.Println(x+y, x-y, x*y, q, r, x&y, x|y, x^y, x&^y, x<<uint(y&63), x>>uint(y&63))
		}
	}
	u := []uint64{0, 1, 7, 9007199254740991, 9007199254740993, 1 << 63, 1<<64 - 1, 14695981039346656037}
	for _, x := range u {
		for _, y := range u {
			q, r := uint64(0), uint64(0)
			if y != 0 {
				q, r = x/y, x%y
			}
			fmt.Println(x+y, x-y, x*y, q, r, x&y, x|y, x^y, x&^y, x<<(y&63), x>>(y&63))
		}
	}
}
