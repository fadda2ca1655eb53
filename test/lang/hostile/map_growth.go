// Inserts into a map forever: must end with ERR_MEMORY.
package main

func main() {
	m := map[int]string{}
	for i := 0; ; i++ {
		m[i] = "value"
	}
}
