// strconv: Quote, QuoteRune, QuoteToASCII, Unquote, ParseBool, FormatBool, AppendInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"x\"\x00\u200b"))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	for _, s := range []string{"true", "T", "1", "false", "F", "0", "yes", "TRUE", "True"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendBool(buf, true)
	buf = strconv.AppendFloat(buf, 1.25, 'f', 1, 64)
	fmt.Println(string(buf))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\x01'), strconv.CanBackquote("a`b"))
}
