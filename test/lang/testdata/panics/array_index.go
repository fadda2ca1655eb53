// Indexing an array with a variable out of range.
package main

import "fmt"

func main() {
	var arr [4]int
	for i := 0; i <= len(arr); i++ {
		arr[i] = i * i
		fmt.Println(arr)
	}
}
