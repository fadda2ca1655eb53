// Printing a month calendar from time.Date without the wall clock.
package main

import (
	"fmt"
	"strings"
	"time"
)

func calendar(year int, month time.Month) string {
	var sb strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	title := first.Format("January 2006")
	pad := (20 - len(title)) / 2
	sb.WriteString(strings.Repeat(" ", pad) + title + "\n")
	sb.WriteString("Su Mo Tu We Th Fr Sa\n")
	col := int(first.Weekday())
	sb.WriteString(strings.Repeat("   ", col))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Fprintf(&sb, "%2d", d)
		col++
		if col == 7 {
			sb.WriteString("\n")
			col = 0
		} else if d < days {
			sb.WriteString(" ")
		}
	}
	if col != 0 {
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	fmt.Print(calendar(2024, time.February))
	fmt.Print(calendar(2023, time.October))
	d := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Println(d.Format("Mon 2006-01-02"), d.YearDay(), d.Weekday() == time.Sunday)
		d = d.AddDate(0, 0, 100)
	}
}
