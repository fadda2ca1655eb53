// Mutual recursion through methods and closures: must end with ERR_DEPTH.
package main

type T struct{ n int }

func (t *T) ping() int { t.n++; return t.pong() + 1 }
func (t *T) pong() int {
	f := func() int { return t.ping() }
	return f()
}

func main() {
	t := &T{}
	println(t.ping())
}
