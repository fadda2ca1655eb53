// strings edge cases: empty separators, overlapping matches, Unicode spaces in Fields.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\u3000d\te "))
	fmt.Printf("%q\n", strings.Split("aaa", "aa"))
	fmt.Println(strings.Count("aaaa", "aa"), strings.Index("aaaa", "aaa"), strings.LastIndex("aaaa", "aa"))
	fmt.Println(strings.Replace("aaaa", "aa", "b", -1), strings.Replace("", "", "x", -1), strings.ReplaceAll("héllo", "", "|"))
	fmt.Printf("%q %q\n", strings.SplitN("", "", -1), strings.SplitAfter("a.b.", "."))
	fmt.Println(strings.TrimLeft("¡¡Hola!!", "!¡"), strings.TrimRight("¡¡Hola!!", "!¡"), strings.Trim("  ", " ") == "")
	fmt.Println(strings.Title("hello wide world"), strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.IndexByte("", 'a'), strings.ContainsRune("", 'a'), strings.HasSuffix("a", ""), strings.EqualFold("ǅ", "ǆ"))
}
