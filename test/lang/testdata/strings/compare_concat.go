// String comparison is bytewise; concatenation builds new strings.
package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "apples", "", "b", "ä", "z"}
	for _, a := range words {
		for _, b := range words {
			if a < b {
				fmt.Print(1)
			} else if a == b {
				fmt.Print("=")
			} else {
				fmt.Print(0)
			}
		}
		fmt.Println()
	}
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
		s = s + "-"
	}
	fmt.Println(s, len(s))
	t := s
	s += "x"
	fmt.Println(t, s)
	fmt.Println("a"+"b" == "ab", "abc" > "abd", "abc" >= "ab")
}
