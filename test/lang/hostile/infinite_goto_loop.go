// A backward goto loop: must end with ERR_GAS.
package main

func main() {
	n := 0
top:
	n++
	goto top
}
