package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.(com|org)`)
	s := "contact: bob@example.com, alice@golang.org; nobody@nowhere.net"
	fmt.Println(re.MatchString(s), re.NumSubexp(), re.String())
	fmt.Printf("%q\n", re.FindString(s))
	fmt.Println(re.FindStringIndex(s))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Println(re.FindStringSubmatchIndex(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllString(s, 1))
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllString(s, "${1}x"), re.ReplaceAllString(s, "$1x"), re.ReplaceAllString(s, "$$ $9 $ ${"))
	fmt.Println(re.ReplaceAllLiteralString(s, "<$1>"), re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%q %q\n", re.Find([]byte(s)), re.FindSubmatch([]byte(s)))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(s), []byte("[$3]")))

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})(-(?P<day>\d\d))?`)
	fmt.Printf("%q %d %d %d\n", named.SubexpNames(), named.SubexpIndex("month"), named.SubexpIndex("nope"), named.SubexpIndex(""))
	m := named.FindStringSubmatch("on 2024-03 and 2023-12-25")
	fmt.Printf("%q\n", m)
	fmt.Println(named.ReplaceAllString("2024-03 and 2023-12-25", "${day}/${month}/${year}"))
	fmt.Printf("%s\n", named.ExpandString(nil, "$year.$month", "2023-12-25", named.FindStringSubmatchIndex("2023-12-25")))

	cases := []struct{ pat, s string }{
		{`a*`, "baaab"}, {`a*?`, "baaab"}, {`a+`, "baaab"}, {`(a|ab)(c|bcd)(d*)`, "abcd"}, {`(a+)(b+)?`, "aaac"}, {`x*`, ""}, {``, "abc"},
		{`^abc$`, "abc"}, {`^abc$`, "abc\n"}, {`(?m)^\w+$`, "one\ntwo\nthree"}, {`\bgo\b`, "go gopher ago go"}, {`\Bo\B`, "go gopher"},
		{`(?i)héllo`, "HÉLLO world"}, {`(?s)a.b`, "a\nb"}, {`a.b`, "a\nb"}, {`[[:alpha:]]+`, "123abc456"}, {`[^a-c]+`, "abcdefabc"},
		{`\d+\.\d*`, "pi is 3.14159"}, {`[\d\s]+`, "a 1 2 3b"}, {`\p{Greek}+`, "abc αβγ def"}, {`\PL+`, "abc123def"}, {`(?U)a+`, "aaa"}, {`(?U)a+?`, "aaa"},
		{`a{2,3}`, "aaaaaaa"}, {`a{2,}`, "aaaaa"}, {`a{2}`, "aaaaa"}, {`a{,2}`, "a{,2}"}, {`(a*)+`, "b"}, {`(a*)*`, "b"}, {`(a|b)*c`, "ababc"},
		{`\Qa.b\E+`, "a.bbb a.b"}, {`[]a]+`, "]a]b"}, {`[a-]+`, "a-a-b"}, {`\x41\x{42}\101`, "ABA"}, {`.`, "\xff"}, {`日本`, "こんにちは日本語"},
		{`(?i)k`, "\u212a"}, {`\$\^`, "$^"}, {`a|`, "b"}, {`(?:x|y)+`, "xyxz"}, {`\A\w`, "ab"}, {`\w\z`, "ab"}, {`[\x00-\x{10FFFF}]`, "a"},
		{`(a)(b)?(c)`, "ac"}, {`.*`, "ab\ncd"}, {`[a-c]+?`, "abc"}, {`(?i)[a-c]+`, "ABCD"}, {`ab|a`, "ab"}, {`a|ab`, "ab"}, {`(a|ab)(b?)`, "ab"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%-22q %-22q %v %v %q\n", c.pat, c.s, re.FindStringSubmatchIndex(c.s), re.FindAllStringIndex(c.s, -1), re.ReplaceAllString(c.s, "<$0>"))
	}

	for _, sp := range []struct {
		pat, s string
		n      int
	}{{`,`, "a,b,,c", -1}, {`,`, "a,b,,c", 2}, {`,`, "", -1}, {``, "abc", -1}, {`x*`, "axbxxc", -1}, {`\s+`, "  lead trail  ", -1}, {`a`, "banana", 0}, {`a`, "aaa", -1}} {
		fmt.Printf("Split(%q, %q, %d) = %q\n", sp.pat, sp.s, sp.n, regexp.MustCompile(sp.pat).Split(sp.s, sp.n))
	}
	fmt.Println(regexp.QuoteMeta(`Escaping $5 [a-z]+ (x|y)? \d {1} ^.`))
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^[a-z]+\[[0-9]+\]$`, []byte("eve[7x]"))
	fmt.Println(ok, err)
	fmt.Printf("%q\n", regexp.MustCompile(`a(x*)b`).ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).ReplaceAllString("baaac", "X"))
	fmt.Printf("%q\n", regexp.MustCompile(``).ReplaceAllString("abc", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("axxb", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`b*`).FindAllString("abbbc", -1))
	fmt.Printf("%s\n", regexp.MustCompile(`[aeiou]`).ReplaceAllFunc([]byte("regular expression"), func(b []byte) []byte { return []byte(strings.ToUpper(string(b))) }))
	fmt.Println(regexp.MustCompile(`z`).FindStringSubmatch("abc") == nil, regexp.MustCompile(`z`).FindAllString("abc", -1) == nil)
}
