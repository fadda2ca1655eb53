package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(3.5-4e3i)", "2i", "-i", "i", "1e400+1i", "1+1e400i", "NaN+NaNi", "+Inf-Infi", "1++2i", "abc", "1+2", "(1+2i", "0x1p3+0x2p-1i", "1_000+2i", "3.4028236e38+1i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, c64, err64)
	}
	c := complex(1.0/3, -2e21)
	for _, f := range []byte{'f', 'e', 'g', 'b', 'x'} {
		fmt.Println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, f, 3, 64))
	}
}
