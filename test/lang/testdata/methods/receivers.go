// Value receivers get a copy; pointer receivers modify; Go takes addresses automatically.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c Counter) Get() int     { return c.n }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

func main() {
	c := Counter{}
	c.IncValue()
	fmt.Println(c.Get())
	c.IncPointer()
	c.IncPointer()
	fmt.Println(c.Get())
	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println(p.Get(), c.n)
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l IntList
	l.Add(1)
	l.Add(2)
	l.Add(39)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	cs[0].IncPointer()
	fmt.Println(cs)
}
