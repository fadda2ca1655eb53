package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		path := sc.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		fmt.Fprintf(out, "FILE %s\n", path)
		if err != nil {
			fmt.Fprintf(out, "ERROR\n")
			continue
		}
		p := func(pos token.Pos) string {
			if !pos.IsValid() {
				return "-"
			}
			q := fset.Position(pos)
			return fmt.Sprintf("%d:%d", q.Line, q.Column)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			attr := ""
			switch x := n.(type) {
			case *ast.Ident:
				attr = x.Name
			case *ast.BasicLit:
				attr = x.Kind.String() + " " + strings.ReplaceAll(x.Value, "\n", "\\n")
			case *ast.BinaryExpr:
				attr = x.Op.String()
			case *ast.UnaryExpr:
				attr = x.Op.String()
			case *ast.AssignStmt:
				attr = x.Tok.String()
			case *ast.IncDecStmt:
				attr = x.Tok.String()
			case *ast.BranchStmt:
				attr = x.Tok.String()
			case *ast.GenDecl:
				attr = x.Tok.String()
			case *ast.RangeStmt:
				attr = x.Tok.String()
			case *ast.SliceExpr:
				attr = fmt.Sprint(x.Slice3)
			case *ast.ChanType:
				attr = fmt.Sprint(int(x.Dir))
			case *ast.Comment:
				attr = strings.ReplaceAll(x.Text, "\n", "\\n")
			case *ast.CallExpr:
				attr = p(x.Ellipsis)
			case *ast.FuncType:
				attr = p(x.Func)
			case *ast.TypeSpec:
				attr = p(x.Assign)
			}
			fmt.Fprintf(out, "%T %s %s %s\n", n, p(n.Pos()), p(n.End()), attr)
			return true
		})
		for _, g := range f.Comments {
			fmt.Fprintf(out, "GROUP %s %s %d\n", p(g.Pos()), p(g.End()), len(g.List))
		}
	}
}
