// time.Date normalizes out-of-range fields; AddDate, Weekday and YearDay across leap years.
package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []time.Time{
		time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 30, 25, 61, 61, 0, time.UTC),
		time.Date(2000, 1, -1, -1, 0, 0, -1, time.UTC),
		time.Date(1900, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, d := range dates {
		fmt.Println(d.Format("2006-01-02 15:04:05.000000000 Mon"), d.YearDay(), d.Weekday())
	}
	d := time.Date(2024, 1, 31, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		d = d.AddDate(0, 1, 0)
		fmt.Println(d.Format("Jan 02 2006"))
	}
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), a.Sub(b).Hours()/24, b.Sub(a))
	fmt.Println(a.Format("Monday, 02-Jan-06 15:04:05 MST"), a.Format("3:04:05 pm"), a.Format("06/1/2 _2"))
}
