package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	for _, s := range []string{"0." + strings.Repeat("1", 5000), strings.Repeat("9", 700) + "e-700", "1" + strings.Repeat("0", 700) + "1e-700", "2.4703282292062327" + strings.Repeat("0", 900) + "1e-324", "0x1." + strings.Repeat("f", 900) + "p0"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), err, strconv.FormatFloat(g, 'g', -1, 32), err2)
	}
}
