// Loops forever doing arithmetic and calls: must end with ERR_GAS.
package main

import "fmt"

func step(x uint64) uint64 { return x*6364136223846793005 + 1442695040888963407 }

func main() {
	var x uint64 = 1
	for i := 0; ; i++ {
		x = step(x)
		if i == 10 {
			fmt.Println("still running", x)
		}
	}
}
