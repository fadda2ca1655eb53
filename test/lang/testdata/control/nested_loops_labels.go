// Labeled break/continue through switch and nested range loops, finding pairs.
package main

import "fmt"

func main() {
	nums := []int{3, 9, 14, 22, 5, 17}
	target := 31
outer:
	for i, a := range nums {
		for j := i + 1; j < len(nums); j++ {
			switch sum := a + nums[j]; {
			case sum == target:
				fmt.Println("pair", a, nums[j])
				break outer
			case sum > 40:
				continue outer
			}
		}
	}
	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			if c > r {
				continue rows
			}
			if r == 4 {
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
}
