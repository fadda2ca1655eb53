// goto jumps forward and backward within a function.
package main

import "fmt"

func main() {
	i := 0
again:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto again
	}
	fmt.Println()
	n := 10
	if n > 5 {
		goto big
	}
	fmt.Println("small")
	goto end
big:
	fmt.Println("big")
end:
	fmt.Println("end")
	total := 0
	k := 0
top:
	k++
	if k%2 == 1 {
		goto top
	}
	total += k
	if k < 10 {
		goto top
	}
	fmt.Println(total)
}
