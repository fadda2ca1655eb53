// Doubles a string forever: must end with ERR_MEMORY.
package main

func main() {
	s := "amigo"
	for {
		s += s
	}
}
