package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{"", ".", "..", "/", "//", "///a//b/", "a/b/c", "a/../b", "../../a", "/../a", "/a/b/../../..", "a/./b/.", "./", "a/b/../../..", "abc/def/ghi.txt", "x.tar.gz", "/a.b/c", "a/", ".hidden", "a/..", "../a/../..", "/.", "/..", "a//b//../c", "..a/b..", "é/ü.go", "a/b/c/../../../../d"}
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
		if filepath.Clean(p) != path.Clean(p) || filepath.Base(p) != path.Base(p) || filepath.Dir(p) != path.Dir(p) {
			fmt.Println("filepath differs")
		}
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a", "b"}, {"a", ""}, {"", "a"}, {"/", "a"}, {"a/", "/b"}, {"a", "..", "..", "b"}, {"/a", "../../b"}, {".", "."}, {"", "/"}}
	for _, j := range joins {
		fmt.Printf("Join%q = %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
}
