// A panic value with a String method (and not Error) prints String().
package main

type Reason struct{ code int }

func (r Reason) String() string { return "reason #" + string(rune('0'+r.code)) }

func main() {
	panic(Reason{7})
}
