// byte and rune are aliases of uint8 and int32.
package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, b+1, r+1, string(rune(b+1)), string(r+1))
	fmt.Printf("%T %T %c %c %q %q\n", b, r, b, r, b, r)
	var u uint8 = b
	var i int32 = r
	fmt.Println(u == b, i == r)
	digits := "0123456789"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println(sum)
	c := 'z' - 'a'
	fmt.Printf("%v %T\n", c, c)
}
