// switch on strings, runes, bools and with duplicate-free case lists; break inside loops in switch.
package main

import "fmt"

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r >= 'a' && r <= 'z':
		return "consonant"
	}
	return "other"
}

func main() {
	counts := map[string]int{}
	for _, r := range "hello world 42!" {
		counts[kind(r)]++
	}
	fmt.Println(counts)
	for _, cmd := range []string{"start", "stop", "STATUS", ""} {
		switch cmd {
		case "start":
			fmt.Println("starting")
		case "stop":
			fmt.Println("stopping")
		case "":
			fmt.Println("empty")
		default:
			fmt.Println("unknown", cmd)
		}
	}
	n := 0
	for i := 0; i < 10; i++ {
		switch {
		case i == 7:
			break
		case i%2 == 0:
			n += i
			continue
		}
		n += 100
	}
	fmt.Println(n)
	switch b := true; b {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
}
