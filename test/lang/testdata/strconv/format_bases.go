// strconv.FormatInt/ParseInt across every base from 2 to 36, round-tripping.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []int64{0, 1, -1, 35, 36, 255, -9223372036854775808, 9223372036854775807}
	for base := 2; base <= 36; base += 7 {
		for _, v := range vals {
			s := strconv.FormatInt(v, base)
			back, err := strconv.ParseInt(s, base, 64)
			fmt.Printf("%2d %-66s %v %v\n", base, s, back == v, err)
		}
	}
	fmt.Println(strconv.FormatUint(1<<64-1, 2))
	fmt.Println(strconv.QuoteRuneToGraphic('\u00a0'), strconv.QuoteToGraphic("\u00a0x\t"))
}
