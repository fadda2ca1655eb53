// An interface holding a struct value holds a copy; holding a pointer shares the struct.
package main

import "fmt"

type Counter struct{ N int }

func (c Counter) Get() int { return c.N }
func (c *Counter) Inc()    { c.N++ }

type Getter interface{ Get() int }

func main() {
	c := Counter{1}
	var byValue Getter = c
	var byPtr Getter = &c
	c.Inc()
	c.Inc()
	fmt.Println(c.N, byValue.Get(), byPtr.Get())
	if p, ok := byPtr.(*Counter); ok {
		p.Inc()
	}
	fmt.Println(c.N, byValue.(Counter).N)
	items := []Getter{Counter{5}, &Counter{6}}
	for _, it := range items {
		if inc, ok := it.(interface{ Inc() }); ok {
			inc.Inc()
		}
	}
	fmt.Println(items[0].Get(), items[1].Get())
}
