// Month and Weekday String methods, arithmetic on them, and out-of-range values.
package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.January; m <= time.December; m += 3 {
		fmt.Print(m, " ", int(m), "; ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d.String()[:3], " ")
	}
	fmt.Println()
	fmt.Println(time.Month(0), time.Month(13), time.Weekday(7), time.Weekday(-1))
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Friday)
	t := time.Date(2024, 12, 31, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.Month(), t.AddDate(0, 0, 1).Month(), t.Add(2*time.Hour).Year(), t.Weekday()+1)
}
