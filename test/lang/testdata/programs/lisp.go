// A tiny Lisp: reader, environment chain, special forms, closures and recursion.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}
type Symbol string
type List []Value
type Builtin func(args []Value) (Value, error)
type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) (Value, error) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("unbound symbol %s", string(s))
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func read(toks []string, pos int) (Value, int, error) {
	if pos >= len(toks) {
		return nil, pos, errors.New("unexpected EOF")
	}
	t := toks[pos]
	switch t {
	case "(":
		var l List
		pos++
		for pos < len(toks) && toks[pos] != ")" {
			v, np, err := read(toks, pos)
			if err != nil {
				return nil, np, err
			}
			l = append(l, v)
			pos = np
		}
		if pos >= len(toks) {
			return nil, pos, errors.New("missing )")
		}
		return l, pos + 1, nil
	case ")":
		return nil, pos, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n, pos + 1, nil
	}
	return Symbol(t), pos + 1, nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case int:
		return v, nil
	case Symbol:
		return env.Find(v)
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "quote":
				return v[1], nil
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if b, ok := c.(bool); ok && !b {
					return eval(v[3], env)
				}
				return eval(v[2], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		var args []Value
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			inner := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		}
		return nil, fmt.Errorf("not a function: %v", f)
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b int) int) Builtin {
	return func(args []Value) (Value, error) {
		acc := args[0].(int)
		for _, a := range args[1:] {
			acc = op(acc, a.(int))
		}
		return acc, nil
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(x.params))
	case Builtin:
		return "<builtin>"
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Env{map[Symbol]Value{
		"+": arith(func(a, b int) int { return a + b }),
		"-": arith(func(a, b int) int { return a - b }),
		"*": arith(func(a, b int) int { return a * b }),
		"<": Builtin(func(a []Value) (Value, error) { return a[0].(int) < a[1].(int), nil }),
		"=": Builtin(func(a []Value) (Value, error) { return a[0] == a[1], nil }),
		"list": Builtin(func(a []Value) (Value, error) { return List(a), nil }),
	}, nil}
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(fact 20)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"(define add5 (make-adder 5))",
		"(add5 37)",
		"(list 1 (quote (a b)) (+ 1 2) add5)",
		"(undefined 1)",
		"(1 2)",
		"(+ 1",
		"(= (quote a) (quote a))",
	}
	for _, src := range progs {
		v, _, err := read(tokenize(src), 0)
		if err == nil {
			v, err = eval(v, global)
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(show(v))
	}
}
