// time.Parse and ParseInLocation: zone abbreviations, GMT offsets, numeric zones against the location.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, v := range []string{"GMT+24", "GMT+25", "GMT+100", "GMT-0", "GMT", "GMTX", "+03", "-1", "+13", "+100", "ABCDE", "ABCDT", "ABCT", "AB", "abc", "ABCDEFG", "WITA", "MeST", "CEST", "ChSTx"} {
		t, err := time.Parse("MST", v)
		fmt.Println(v, t, err)
	}
	loc := time.FixedZone("CET", 3600)
	for _, v := range []string{"2024-01-02 10:00 CET", "2024-01-02 10:00 PST", "2024-01-02 10:00 UTC"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", v, loc)
		fmt.Println(t, err)
	}
	for _, v := range []string{"2024-01-02 10:00 +0100", "2024-01-02 10:00 +0200", "2024-01-02 10:00 +0000"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 -0700", v, loc)
		fmt.Println(t, err)
		t, err = time.ParseInLocation("2006-01-02 15:04 -0700", v, time.UTC)
		fmt.Println(t, err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-01-02 10:00", loc)
	fmt.Println(t, err, t.Unix())
	fmt.Println(time.Parse("2006-01-02 15:04 -0700 MST", "2024-01-02 10:00 +0100 CET"))
	fmt.Println(time.Parse("2006-01-02 15:04 -0700 MST", "2024-01-02 10:00 +0000 XYZ"))
	fmt.Println(time.Parse("05.000", "01x123"))
	fmt.Println(time.Parse("2006-01-02", "2024/01/02"))
	fmt.Println(time.Parse("2006 at 15", "2024 an 10"))
	fmt.Println(time.Parse("2006  01", "2024 01"))
	fmt.Println(time.Parse("2006 01", "202401"))
	fmt.Println(time.Parse("-07:00", "+05x30"))
	fmt.Println(time.Parse("-07", "x05"))
}
