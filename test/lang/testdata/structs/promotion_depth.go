// Promotion picks the shallowest field; methods through pointer and value embedding.
package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

type Service struct {
	*Logger
	Counter
	name string
}

type Inner struct{ V int }
type Mid struct {
	Inner
	V int
}
type Outer struct{ Mid }

func main() {
	s := Service{Logger: &Logger{"[svc] "}, name: "s"}
	s.Log("start")
	s.Inc()
	s.Inc()
	fmt.Println(s.Value(), s.n, s.Counter.n)
	o := Outer{Mid{Inner{1}, 2}}
	fmt.Println(o.V, o.Inner.V, o.Mid.V, o.Mid.Inner.V)
	o.V = 20
	o.Inner.V = 10
	fmt.Println(o)
	ps := &s
	ps.Inc()
	fmt.Println(ps.Value())
}
