// Embedding a type with String() makes the outer struct a Stringer too (a classic surprise).
package main

import (
	"fmt"
	"time"
)

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Employee struct {
	Name
	Salary int
}

type Event struct {
	Title string
	Dur   time.Duration
	When  time.Month
}

func main() {
	e := Employee{Name{"Ada", "Lovelace"}, 100}
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s\n", e, e, e)
	fmt.Println(e.Salary, e.Name)
	ev := Event{"launch", 90 * time.Minute, time.July}
	fmt.Println(ev)
	fmt.Printf("%+v\n", ev)
	fmt.Println([]time.Duration{time.Second, 1500 * time.Millisecond})
}
