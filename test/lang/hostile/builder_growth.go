// Grows a strings.Builder forever: must end with ERR_MEMORY.
package main

import "strings"

func main() {
	var b strings.Builder
	for {
		b.WriteString("0123456789abcdef0123456789abcdef")
	}
}
