package main

import (
	"fmt"
	"net/url"
)

func main() {
	strs := []string{"", "abc", "one two", "10%", " ?&=#+%!<>#\"{}|\\^[]`☺\t:/@$'()*,;", "a/b;c,d?e", "ü", "~-_.", "\x00\xff"}
	for _, s := range strs {
		q := url.QueryEscape(s)
		p := url.PathEscape(s)
		qu, qerr := url.QueryUnescape(q)
		pu, perr := url.PathUnescape(p)
		fmt.Printf("%q: query %q path %q back %v %v %v %v\n", s, q, p, qu == s, qerr, pu == s, perr)
	}
	for _, s := range []string{"a+b", "a%20b", "%", "%4", "%zz", "%41%42", "100%25", "a%2Fb", "%x1", "ok%"} {
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("unescape %q: %q %v | %q %v\n", s, q, qerr, p, perr)
	}

	for _, q := range []string{"a=1&b=2&a=3", "a=1&&b", "=x&y=", "q=go+lang&empty=&flag", "x=%zz&y=2", "a=1;b=2&c=3", "a=1&b;c&d=%z&e=5", "k=%41%zz", "%zz=1&ok=1"} {
		v, err := url.ParseQuery(q)
		fmt.Printf("ParseQuery(%q) = %v %v encoded %q\n", q, v, err, v.Encode())
	}
	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah")
	v.Add("friend", "Zoe & co")
	v.Set("z", "last")
	v.Add("a key", "a/value?")
	fmt.Println(v.Get("name"), v.Get("friend"), v["friend"], v.Get("missing") == "", v.Has("z"), v.Has("missing"))
	fmt.Println(v.Encode())
	v.Del("friend")
	v.Del("nothing")
	fmt.Println(v.Encode(), len(v))
	var nilValues url.Values
	fmt.Printf("%q %q %v\n", nilValues.Get("x"), nilValues.Encode(), nilValues.Has("x"))
	u, _ := url.Parse("https://example.com/search?q=golang&page=2&q=go")
	qv := u.Query()
	fmt.Println(qv["q"], qv.Get("page"))
	qv.Set("page", "3")
	u.RawQuery = qv.Encode()
	fmt.Println(u)

	base, _ := url.Parse("http://a/b/c/d;p?q")
	refs := []string{
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g",
		"../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
		"g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "a//b/../c", "a//../../x", "//x/../y", "mailto:x", "?",
	}
	for _, r := range refs {
		res, err := base.Parse(r)
		fmt.Printf("%q -> %v %v\n", r, res, err)
	}
	others := [][2]string{{"http://x", "y"}, {"http://x", "../y"}, {"http://x/a/", "b/../../.."}, {"http://x/a/b", "."}, {"http://x/a/b", "..//./c"},
		{"", "a"}, {"a/b", "c"}, {"a/b", "../../../c"}, {"http://x/a?q#f", ""}, {"http://x/a?q#f", "#g"}, {"http://x/a?q#f", "?r"}, {"mailto:a@b", "c"},
		{"http://x/%2F/a", "b"}, {"http://u:p@x/a", "/b"}, {"http://x", "//y/./z/.."}}
	for _, o := range others {
		b, _ := url.Parse(o[0])
		r, _ := url.Parse(o[1])
		fmt.Printf("%q + %q -> %q\n", o[0], o[1], b.ResolveReference(r).String())
	}
	_, err := base.Parse("%zz")
	fmt.Println(err)

	joins := [][]string{{"https://go.dev", "doc"}, {"https://go.dev/", "doc/"}, {"https://go.dev/a/", "../b", "c"}, {"https://go.dev", "../../x"}, {"https://go.dev/x", ""},
		{"https://go.dev/x/", ""}, {"https://go.dev/a b", "c d"}, {"rel/path", "x"}, {"", "a", "b"}, {"https://go.dev/%2F", "y"}, {"https://go.dev"}, {"https://go.dev/a/./b/"}}
	for _, j := range joins {
		s, err := url.JoinPath(j[0], j[1:]...)
		fmt.Printf("JoinPath%q = %q %v\n", j, s, err)
	}
	_, err = url.JoinPath("%", "x")
	fmt.Println(err)
	ju, _ := url.Parse("https://h/base?x=1#f")
	fmt.Println(ju.JoinPath("a", "b/"), ju)
}
