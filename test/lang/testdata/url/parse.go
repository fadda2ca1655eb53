package main

import (
	"errors"
	"fmt"
	"net/url"
)

func show(u *url.URL) {
	pw, hasPw := u.User.Password()
	fmt.Printf("  scheme=%q opaque=%q user=%q(%q,%v) host=%q path=%q rawpath=%q omithost=%v forcequery=%v query=%q frag=%q rawfrag=%q\n",
		u.Scheme, u.Opaque, u.User.Username(), pw, hasPw, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
	fmt.Printf("  String=%q Redacted=%q Hostname=%q Port=%q IsAbs=%v RequestURI=%q EscapedPath=%q EscapedFragment=%q\n",
		u.String(), u.Redacted(), u.Hostname(), u.Port(), u.IsAbs(), u.RequestURI(), u.EscapedPath(), u.EscapedFragment())
}

func main() {
	raws := []string{
		"http://www.google.com", "http://www.google.com/", "http://www.google.com/file%20one%26two", "http://www.google.com/#file%20one%26two",
		"ftp://webmaster@www.google.com/", "ftp://john%20doe@www.google.com/", "http://www.google.com/?", "http://www.google.com/?foo=bar?",
		"http://www.google.com/?q=go+language", "http://www.google.com/?q=go%20language", "http://www.google.com/a%20b?q=c+d",
		"mailto:/webmaster@golang.org", "mailto:webmaster@golang.org", "/foo?query=http://bad", "//foo", "//user@foo/path?a=b",
		"///threeslashes", "http://user:password@google.com", "http://j@ne:password@google.com", "http://jane:p@ssword@google.com",
		"http://j@ne:password@google.com/p@th?q=@go", "http://www.google.com/?q=go+language#foo", "http://www.google.com/?q=go+language#foo&bar",
		"http://www.google.com/?q=go+language#foo%26bar", "file:///home/adg/rabbits", "file:/home/adg/rabbits", "file:", "file://",
		"http://[fe80::1%25en0]/", "http://[fe80::1%25en0]:8080/", "http://[fe80::1%25%65%6e%301-._~]/", "http://[fe80::1]:80", "http://[::1]",
		"http://rest.rsc.io/foo%2fbar/baz%2Fquux?alt=media", "mysql://a,b,c/bar", "scheme://!$&'()*+,;=hello!:1/path", "http://host/!$&'()*+,;=:@[hello]",
		"http://example.com/oid/[order_id]", "http://192.168.0.1:8080/", "http://192.168.0.2:/", "http://[2b01:e34:ef40:7730:8e70:5aff:fefe:edac]:8080/foo",
		"http://hello.世界.com/foo", "http://hello.%e4%b8%96%e7%95%8c.com/foo", "http://hello.%E4%B8%96%E7%95%8C.com/foo", "http://example.com//foo",
		"myscheme://authority<\"hi\">/foo", "tcp://[2020::2020:20:2020:2020%25Windows%20Loves%20Spaces]:2020", "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn",
		"mailto:?subject=hi", "HTTP://EXAMPLE.COM/Path", "a/b/c", "./a:b", "*", "", "#frag", "?q", "http://x/a b", "x:y:z",
		// errors
		"http://[::1", "http://[::1]a", "http://x:8a/", "http://%41:8080/", "http://a b.com/", "%", "http://x/%zz", "http://x/#%zz", "a:b/c", ":foo",
		"http://\x7f/", "http://us\ter@x/", "http://us er@x/", "http://x%2", "http://[fe80::1%en0]/", "http://[fe80::1%25%zz]/", "1http://x", "http://[::1]:namedport",
		"http://%2525/", "http://%252/", "https://a%3Cb.com", "http://[fe80::%31%25en0]/",
	}
	for _, raw := range raws {
		u, err := url.Parse(raw)
		if err != nil {
			var ue *url.Error
			fmt.Printf("Parse(%q) error: %v (url.Error: %v, op %q url %q)\n", raw, err, errors.As(err, &ue), ue.Op, ue.URL)
			continue
		}
		fmt.Printf("Parse(%q)\n", raw)
		show(u)
	}
	reqs := []string{"http://x/a?b#c", "/a/b?x", "*", "", "a/b", "//x/y", "///x", "mailto:x", "http://x/%zz"}
	for _, raw := range reqs {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			fmt.Printf("ParseRequestURI(%q) error: %v\n", raw, err)
			continue
		}
		fmt.Printf("ParseRequestURI(%q)\n", raw)
		show(u)
	}
	u := &url.URL{Scheme: "https", User: url.UserPassword("me", "p@ss:word/"), Host: "example.com:443", Path: "/a b/ü?", RawQuery: "x=1", Fragment: "top of/page!"}
	show(u)
	show(&url.URL{Path: "a:b/c"})
	show(&url.URL{Host: "h", Path: "rel"})
	show(&url.URL{Scheme: "s", Path: "/p", OmitHost: true})
	show(&url.URL{Path: "/x", RawPath: "/%78"})
	show(&url.URL{Path: "/x y", RawPath: "/bad"})
	fmt.Println(url.User("a b").String(), url.UserPassword("", "").String())
	var nilUser *url.Userinfo
	fmt.Printf("%q\n", nilUser.String())
	b, _ := u.MarshalBinary()
	var back url.URL
	fmt.Println(string(b), back.UnmarshalBinary(b), back.String(), back.UnmarshalBinary([]byte("%")))
	e := &url.Error{Op: "Get", URL: "http://x", Err: errors.New("boom")}
	fmt.Println(e, e.Timeout(), e.Temporary(), errors.Unwrap(e))
	fmt.Println(url.EscapeError("%zz"), url.InvalidHostError(" "))
}
