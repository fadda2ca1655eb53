// A map with many entries: insert, overwrite, delete and aggregate order-independently.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 20000; i++ {
		m[i*7%10007] += i
	}
	fmt.Println(len(m))
	for i := 0; i < 10007; i += 2 {
		delete(m, i)
	}
	sum, xor := 0, 0
	for k, v := range m {
		sum += v
		xor ^= k
	}
	fmt.Println(len(m), sum, xor)
	strs := map[string]int{}
	for i := 0; i < 1000; i++ {
		strs[fmt.Sprintf("key%03d", i%250)]++
	}
	fmt.Println(len(strs), strs["key007"], strs["key249"])
}
