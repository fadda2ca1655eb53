package main

import (
	"fmt"
	"regexp"
	"strings"
)

// A pattern that makes a backtracking matcher take exponential time: the Pike VM matches it in
// linear time, and the gas limit stops the endless loop of matches.
func main() {
	re := regexp.MustCompile(`(a*)*(a|aa)*(a?){20}b`)
	s := strings.Repeat("a", 5000)
	for n := 0; ; n++ {
		if re.MatchString(s) {
			fmt.Println("matched")
		}
	}
}
