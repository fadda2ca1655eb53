// strings.Replacer and Replace: argument-order priority, empty old strings, byte-wise insertion.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace("héllo"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "", "-").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "a", "1").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "1", "a", "2", "aa", "X").Replace("aaa"))
	fmt.Printf("%q\n", strings.NewReplacer("aa", "X", "a", "1").Replace("aaa"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-").Replace(""))
	fmt.Printf("%q\n", strings.NewReplacer().Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("ab", "").Replace("aabbab"))
	fmt.Printf("%q\n", strings.NewReplacer("", "").Replace("abc"))
	fmt.Printf("%q\n", strings.NewReplacer("", "-", "", "+").Replace("ab"))
	fmt.Printf("%q\n", strings.NewReplacer("a", "", "", "-").Replace("aab"))
	fmt.Printf("%q\n", strings.NewReplacer("ab", "X", "abc", "Y", "b", "Z").Replace("abcabx"))
	fmt.Printf("%q\n", strings.NewReplacer("\xff", "?", "é", "e").Replace("\xffé\xfe"))
	fmt.Printf("%q\n", strings.Replace("héllo", "", "-", -1))
	fmt.Printf("%q\n", strings.Replace("h\xffllo", "", "-", 3))
	var b strings.Builder
	n, err := strings.NewReplacer("<", "&lt;").WriteString(&b, "<a><b>")
	fmt.Println(n, err, b.String())
	fmt.Printf("%q\n", strings.SplitN("h\xffé", "", 3))
	fmt.Printf("%q\n", strings.Title("hello wörld_x a-b 3c ǆx"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xff\xfeb\xe4\xb8c\xe4\xb8\x96", "?"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Kelvin", "\u212aelvin"), strings.EqualFold("\xff", "\xfe"), strings.EqualFold("\xff", "\uFFFD"))
	fmt.Println(strings.IndexAny("a\xffb", "\xfe"), strings.IndexAny("a\uFFFDb", "\xfe"), strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("ab", -1), strings.LastIndexAny("x\xffy\xff", "\uFFFD"))
	fmt.Printf("%q %q %q\n", strings.Trim("\xff\xfeab\xff", "\xff"), strings.TrimLeft("¡¡hola!!", "!¡"), strings.TrimRight("a\u00a0 \t", " \t\u00a0"))
	fmt.Printf("%q %q\n", strings.TrimSpace("\u2003 x \u0085\xff "), strings.TrimSpace("\u2003 x \u0085 "))
}
