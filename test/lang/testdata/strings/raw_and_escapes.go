// Raw strings, escape sequences and quoted printing.
package main

import "fmt"

func main() {
	raw := `a\nb
c	"d"`
	fmt.Println(raw, len(raw))
	esc := "tab\tnl\\n quote\" bell\a nul\x00 oct\101 u\u00e9 U\U0001F600"
	fmt.Printf("%q\n%+q\n%x\n", esc, esc, esc)
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Println(len("\u00e9"), len("\xe9"), "\xe9" == "é")
	fmt.Printf("%q %q %q\n", '\'', '"', '\x7f')
}
