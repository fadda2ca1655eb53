// Print adds spaces only between operands when neither is a string; Println always does.
package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Println("a", "b", 1, 2, nil, []int{1})
	fmt.Println()
	s := fmt.Sprint("x", 1, 2, "y", S{3}, nil, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("line", 1) + "|")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 5, "five")
	fmt.Println(n)
	fmt.Print()
	fmt.Print(nil, "\n")
	fmt.Print(1.0, float32(2), 'x', "\n")
}
