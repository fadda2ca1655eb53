// A small interpreter: tokenizer, recursive-descent parser, AST evaluation with variables.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}[k]
}

type Token struct {
	Kind TokenKind
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j]})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && unicode.IsLetter(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j]})
			i = j
		case strings.ContainsRune("+-*/^=", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, ""}), nil
}

type Node interface{ Eval(env map[string]float64) (float64, error) }

type Num float64
type Ref string
type BinOp struct {
	Op   string
	L, R Node
}
type Neg struct{ X Node }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (r Ref) Eval(env map[string]float64) (float64, error) {
	v, ok := env[string(r)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %s", string(r))
	}
	return v, nil
}
func (n Neg) Eval(env map[string]float64) (float64, error) {
	v, err := n.X.Eval(env)
	return -v, err
}
func (b BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return l / r, nil
	case "^":
		res := 1.0
		for i := 0; i < int(r); i++ {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad operator %s", b.Op)
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) parseExpr(minPrec int) (Node, error) {
	left, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || t.Text == "=" || prec(t.Text) < minPrec {
			return left, nil
		}
		p.next()
		nextMin := prec(t.Text) + 1
		if t.Text == "^" {
			nextMin = prec(t.Text)
		}
		right, err := p.parseExpr(nextMin)
		if err != nil {
			return nil, err
		}
		left = BinOp{t.Text, left, right}
	}
}

func (p *Parser) parseUnary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, err
		}
		return Num(f), nil
	case IDENT:
		return Ref(t.Text), nil
	case OP:
		if t.Text == "-" {
			x, err := p.parseUnary()
			return Neg{x}, err
		}
	case LPAREN:
		e, err := p.parseExpr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RPAREN {
			return nil, fmt.Errorf("expected )")
		}
		return e, nil
	}
	return nil, fmt.Errorf("unexpected token %v %q", t.Kind, t.Text)
}

func run(line string, env map[string]float64) (string, error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Text == "=" {
		target = toks[0].Text
		toks = toks[2:]
	}
	p := &Parser{toks: toks}
	n, err := p.parseExpr(1)
	if err != nil {
		return "", err
	}
	if p.peek().Kind != EOF {
		return "", fmt.Errorf("trailing input at token %d", p.pos)
	}
	v, err := n.Eval(env)
	if err != nil {
		return "", err
	}
	if target != "" {
		env[target] = v
		return fmt.Sprintf("%s = %g", target, v), nil
	}
	return fmt.Sprintf("%g", v), nil
}

func main() {
	env := map[string]float64{"pi": 3.14159}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"x = 10 / 4",
		"y = x * x - -1",
		"r = 2",
		"area = pi * r ^ 2",
		"z + 1",
		"1 / (x - 2.5)",
		"3 $ 4",
		"(1 + 2",
		"1 2",
	}
	for _, l := range lines {
		out, err := run(l, env)
		if err != nil {
			fmt.Printf("%-16s error: %v\n", l, err)
			continue
		}
		fmt.Printf("%-16s %s\n", l, out)
	}
	fmt.Println(env)
}
