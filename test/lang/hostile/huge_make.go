// One giant allocation with make: must end with ERR_MEMORY before allocating anything.
package main

func main() {
	buf := make([]byte, 1<<40)
	buf[0] = 1
	println(len(buf))
}
