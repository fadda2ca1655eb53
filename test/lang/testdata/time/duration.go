// time.Duration arithmetic and String().
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Minute, 26*time.Hour + 3*time.Second + 4*time.Millisecond, -time.Minute, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Truncate(time.Hour))
	fmt.Printf("%v %d %s %T\n", d, d, d, d)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	p, err = time.ParseDuration("-1.5us")
	fmt.Println(p, err)
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)
	fmt.Println(time.Duration(1234567891234).String(), (2 * time.Second).Abs())
}
