// Width and precision from arguments with *, including negative widths and bad ones.
package main

import "fmt"

func main() {
	for w := 0; w < 12; w += 3 {
		fmt.Printf("|%*d|%-*d|%*s|\n", w, 42, w, 42, w, "go")
	}
	fmt.Printf("|%.*f|%*.*f|\n", 2, 3.14159, 10, 3, 3.14159)
	fmt.Printf("|%*d|\n", -6, 7)
	fmt.Printf("|%.*s|\n", 1, "abc")
	fmt.Printf("|%*d|\n", "x", 5)
	fmt.Printf("|%[2]d %[1]d|%[2]*[1]d|%d %d %[1]d %d|\n", 1, 2)
	fmt.Printf("|%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
}
