// Type-checks Amigo's standard library Go sources (src/lang/stdlib/<path>/*.go) with Go 1.19's
// go/types, resolving imports among them (body-less native declarations are legal for go/types).
// Run: cd scripts/native/stdlibcheck && go run . ../../../src/lang/stdlib strings strconv ...
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type importer struct {
	root string
	fset *token.FileSet
	pkgs map[string]*types.Package
	errs int
}

func (im *importer) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	dir := filepath.Join(im.root, path)
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("no Amigo stdlib package %q", path)
	}
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, n, nil, parser.ParseComments)
		if err != nil {
			fmt.Println(err)
			im.errs++
			continue
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: im, Error: func(err error) { fmt.Println(err); im.errs++ }}
	p, _ := conf.Check(path, im.fset, files, nil)
	im.pkgs[path] = p
	return p, nil
}

func main() {
	im := &importer{root: os.Args[1], fset: token.NewFileSet(), pkgs: map[string]*types.Package{}}
	for _, p := range os.Args[2:] {
		if _, err := im.Import(p); err != nil {
			fmt.Println(err)
			im.errs++
		}
	}
	if im.errs > 0 {
		os.Exit(1)
	}
	fmt.Println("ok:", strings.Join(os.Args[2:], " "))
}
