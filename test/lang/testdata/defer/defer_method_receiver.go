// Deferred method calls evaluate the receiver at defer time (value receivers copy).
package main

import "fmt"

type Acc struct{ n int }

func (a Acc) ShowV()  { fmt.Println("value receiver sees", a.n) }
func (a *Acc) ShowP() { fmt.Println("pointer receiver sees", a.n) }

func main() {
	a := Acc{1}
	defer a.ShowV()
	defer a.ShowP()
	a.n = 2
	f := func(x int) { fmt.Println("arg", x) }
	defer f(a.n)
	a.n = 3
	var fn func()
	defer func() {
		fmt.Println("recovered nil func defer:", recover() != nil)
	}()
	defer fn()
	fmt.Println("end of main")
}
