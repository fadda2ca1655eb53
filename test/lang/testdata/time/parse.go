// Parsing times in UTC with layouts, and errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse("2006-01-02 15:04", "2021-07-04 09:30")
	fmt.Println(t, err)
	t, err = time.Parse(time.RFC3339, "2020-02-29T23:59:59Z")
	fmt.Println(t, err, t.Add(time.Second).Month())
	_, err = time.Parse("2006-01-02", "2021-13-01")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "not a date")
	fmt.Println(err)
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
