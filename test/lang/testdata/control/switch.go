// switch: init statements, no-condition switch, lists of values, fallthrough, break.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, n := range []int{95, 85, 72, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("zero-or-one ")
		case 2, 3:
			fmt.Print("two-or-three ")
			if i == 3 {
				break
			}
			fmt.Print("(two) ")
		case 4:
			fmt.Print("four ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println()
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch s := "go"; {
	case s == "go":
		fmt.Println("golang")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	}
	fmt.Println("done")
}
