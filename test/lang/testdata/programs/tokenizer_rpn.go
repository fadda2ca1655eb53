// Shunting-yard conversion to reverse Polish notation and an integer RPN evaluator.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func toRPN(expr string) []string {
	prec := map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
	var out, ops []string
	for _, tok := range strings.Fields(expr) {
		switch {
		case tok == "(":
			ops = append(ops, tok)
		case tok == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		case prec[tok] > 0:
			for len(ops) > 0 && prec[ops[len(ops)-1]] >= prec[tok] {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, tok)
		default:
			out = append(out, tok)
		}
	}
	for len(ops) > 0 {
		out = append(out, ops[len(ops)-1])
		ops = ops[:len(ops)-1]
	}
	return out
}

func evalRPN(toks []string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval failed: %v", r)
		}
	}()
	var st []int
	for _, t := range toks {
		if n, e := strconv.Atoi(t); e == nil {
			st = append(st, n)
			continue
		}
		b, a := st[len(st)-1], st[len(st)-2]
		st = st[:len(st)-2]
		var r int
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "%":
			r = a % b
		}
		st = append(st, r)
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 + 4 * 2",
		"( 3 + 4 ) * 2",
		"100 / ( 5 - 5 )",
		"7 % 3 - -2",
		"2 * ( 3 + 4 ) * ( 5 - 1 ) / 7",
		"1 +",
	} {
		rpn := toRPN(e)
		v, err := evalRPN(rpn)
		fmt.Printf("%-32s %-28s %d %v\n", e, strings.Join(rpn, " "), v, err)
	}
}
