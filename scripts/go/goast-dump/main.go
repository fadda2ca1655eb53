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
			case *ast.RangeStmt:
				attr = x.Tok.String()
			case *ast.SliceExpr:
				attr = fmt.Sprint(x.Slice3)
			case *ast.ChanType:
				attr = fmt.Sprint(int(x.Dir))
			case *ast.Comment:
				attr = strings.ReplaceAll(x.Text, "\n", "\\n")
			case *ast.CallExpr:
				attr = p(x.Lparen) + " " + p(x.Ellipsis) + " " + p(x.Rparen)
			case *ast.FuncType:
				attr = p(x.Func)
			case *ast.TypeSpec:
				attr = p(x.Assign)
			case *ast.BlockStmt:
				attr = p(x.Lbrace) + " " + p(x.Rbrace)
			case *ast.CompositeLit:
				attr = p(x.Lbrace) + " " + p(x.Rbrace)
			case *ast.ParenExpr:
				attr = p(x.Lparen) + " " + p(x.Rparen)
			case *ast.IndexExpr:
				attr = p(x.Lbrack) + " " + p(x.Rbrack)
			case *ast.IndexListExpr:
				attr = p(x.Lbrack) + " " + p(x.Rbrack)
			case *ast.TypeAssertExpr:
				attr = p(x.Lparen) + " " + p(x.Rparen)
			case *ast.KeyValueExpr:
				attr = p(x.Colon)
			case *ast.SendStmt:
				attr = p(x.Arrow)
			case *ast.LabeledStmt:
				attr = p(x.Colon)
			case *ast.CaseClause:
				attr = p(x.Colon)
			case *ast.CommClause:
				attr = p(x.Colon)
			case *ast.FieldList:
				attr = p(x.Opening) + " " + p(x.Closing)
			case *ast.GenDecl:
				attr = x.Tok.String() + " " + p(x.Lparen) + " " + p(x.Rparen)
			case *ast.ArrayType:
				attr = p(x.Lbrack)
			case *ast.EmptyStmt:
				attr = p(x.Semicolon) + " " + fmt.Sprint(x.Implicit)
			}
			switch x := n.(type) {
			case *ast.BinaryExpr:
				attr += " " + p(x.OpPos)
			case *ast.AssignStmt:
				attr += " " + p(x.TokPos)
			case *ast.IncDecStmt:
				attr += " " + p(x.TokPos)
			case *ast.RangeStmt:
				attr += " " + p(x.TokPos)
			case *ast.SliceExpr:
				attr += " " + p(x.Lbrack) + " " + p(x.Rbrack)
			case *ast.ChanType:
				attr += " " + p(x.Arrow)
			}
			fmt.Fprintf(out, "%T %s %s %s\n", n, p(n.Pos()), p(n.End()), attr)
			return true
		})
		for _, g := range f.Comments {
			fmt.Fprintf(out, "GROUP %s %s %d\n", p(g.Pos()), p(g.End()), len(g.List))
		}
	}
}
