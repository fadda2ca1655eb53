package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	rels := [][2]string{{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"}, {"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"},
		{"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"}, {"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"}, {"a/b/c/d", "a/b/"},
		{"a/b/c/d/", "a/b"}, {"a/b/c/d/", "a/b/"}, {"../../a/b", "../../a/b/c/d"}, {"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/a/b", "/a/b/."},
		{"/ab/cd", "/ab/cde"}, {"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"}, {"/a/b/../c", "/a/b"}, {"/a/b/c", "/a/c/d"},
		{"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"}, {"/a/b/c/d", "/a/b/"}, {"/a/b/c/d/", "/a/b"}, {"/a/b/c/d/", "/a/b/"}, {"/../../a/b", "/../../a/b/c/d"},
		{".", "a/b"}, {".", ".."}, {"..", "a"}, {"../..", ".."}, {"a", "/a"}, {"/a", "a"}, {"", "a"}, {"a", ""}, {"/", "/a/b"}, {"/a", "/"}, {"..", "."}, {"a/..", "../x"},
	}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], s, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList(""), filepath.SplitList("/a:/b::c"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x") == "", string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.SkipDir)
}
