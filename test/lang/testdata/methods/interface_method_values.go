// Method values and expressions from interfaces.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{}
type Shouty struct{ inner Greeter }

func (English) Greet(n string) string  { return "Hello, " + n }
func (s Shouty) Greet(n string) string { return strings.ToUpper(s.inner.Greet(n)) + "!" }

func main() {
	var g Greeter = English{}
	f := g.Greet
	g = Shouty{g}
	fmt.Println(f("ann"), g.Greet("bob"))
	expr := Greeter.Greet
	fmt.Println(expr(g, "cy"), expr(English{}, "di"))
	fs := map[string]func(string) string{"en": English{}.Greet, "loud": Shouty{English{}}.Greet}
	fmt.Println(fs["en"]("x"), fs["loud"]("y"))
	fmt.Printf("%T\n", expr)
}
