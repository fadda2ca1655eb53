package main

import (
	"bufio"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"os"
	"strconv"
	"strings"
)

var toks = map[string]token.Token{"INT": token.INT, "FLOAT": token.FLOAT, "IMAG": token.IMAG, "CHAR": token.CHAR, "STRING": token.STRING}
var ops = map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL, "/": token.QUO, "div": token.QUO_ASSIGN, "%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR, "&^": token.AND_NOT}
var cmps = map[string]token.Token{"==": token.EQL, "!=": token.NEQ, "<": token.LSS, "<=": token.LEQ, ">": token.GTR, ">=": token.GEQ}

func trunc(s string) string {
	if len(s) > 120 {
		return s[:120]
	}
	return s
}

func describe(v constant.Value) string {
	s := v.Kind().String() + " " + v.String() + " " + trunc(v.ExactString())
	switch v.Kind() {
	case constant.Int, constant.Float:
		f, exact := constant.Float64Val(v)
		f32, exact32 := constant.Float32Val(v)
		s += fmt.Sprintf(" f64=%016x/%v f32=%08x/%v", math.Float64bits(f), exact, math.Float32bits(f32), exact32)
		s += " toInt=" + trunc(constant.ToInt(v).String())
	}
	return s
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		x := constant.MakeFromLiteral(f[2], toks[f[1]], 0)
		res := func() (r string) {
			defer func() {
				if e := recover(); e != nil {
					r = "PANIC"
				}
			}()
			switch f[0] {
			case "lit":
				return describe(x)
			case "neg":
				return describe(constant.UnaryOp(token.SUB, x, 0))
			case "not":
				p, _ := strconv.Atoi(f[3])
				return describe(constant.UnaryOp(token.XOR, x, uint(p)))
			case "shl", "shr":
				n, _ := strconv.Atoi(f[3])
				op := token.SHL
				if f[0] == "shr" {
					op = token.SHR
				}
				return describe(constant.Shift(x, op, uint(n)))
			}
			y := constant.MakeFromLiteral(f[4], toks[f[3]], 0)
			if t, ok := cmps[f[0]]; ok {
				return fmt.Sprint(constant.Compare(x, t, y))
			}
			return describe(constant.BinaryOp(x, ops[f[0]], y))
		}()
		fmt.Fprintln(out, res)
	}
}
