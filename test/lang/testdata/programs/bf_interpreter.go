// A Brainfuck interpreter with bracket pre-matching, running a hello-world program.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func run(prog string, input string) (string, int, error) {
	jump := make([]int, len(prog))
	var stack []int
	for i, c := range prog {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return "", 0, errors.New("unmatched ]")
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	if len(stack) > 0 {
		return "", 0, fmt.Errorf("unmatched [ at %d", stack[0])
	}
	tape := make([]byte, 30000)
	ptr, in, steps := 0, 0, 0
	var out strings.Builder
	for pc := 0; pc < len(prog); pc++ {
		steps++
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return out.String(), steps, nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	out, steps, err := run(hello, "")
	fmt.Printf("%q %d %v\n", out, steps, err)
	rev := ">,[>,]<[.<]"
	out, steps, err = run(rev, "amigo")
	fmt.Printf("%q %d %v\n", out, steps, err)
	_, _, err = run("[[]", "")
	fmt.Println(err)
	_, _, err = run("]", "")
	fmt.Println(err)
	wrap := "-."
	out, _, _ = run(wrap, "")
	fmt.Println([]byte(out))
}
