// fmt uses String() and Error() methods, including through pointers.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ A, B int }

func (p *Pair) String() string { return fmt.Sprintf("<%d|%d>", p.A, p.B) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	t := Temp(21.5)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %d %.2f\n", t, t, 3, float64(t))
	p := Pair{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	var e error = MyErr{42}
	fmt.Println(e, MyErr{7})
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Println(Both{})
	fmt.Println([]fmt.Stringer{t, &p})
	m := map[string]Temp{"x": 3}
	fmt.Println(m)
}
