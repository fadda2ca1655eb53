// Formatting a fixed time (UTC) with layouts; no wall clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.Kitchen, time.ANSIC, "2006-01-02", "02/01/06 15:04:05.000", "Mon Jan _2 3:04PM", "January 2, 2006", ".999999 .000000 Z07:00", "2006-01-02T15:04:05.999999999Z07:00"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), t.Before(u), u.Equal(t))
	fmt.Println(t.AddDate(0, 1, 30).Format("2006-01-02"), t.AddDate(-1, 0, 0).Weekday())
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	fmt.Println(t.Truncate(time.Hour).Format(time.RFC3339), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format("2006-01-02"))
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 59, 0, time.UTC).Add(time.Second))
	fmt.Println(time.January, time.Saturday, time.Month(13))
}
