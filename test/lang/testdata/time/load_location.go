package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"", "UTC", "Local", "Etc/UTC", "Etc/GMT", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo", "Asia/Kolkata", "US/Eastern", "Asia/Calcutta",
		"Mars/Olympus_Mons", "america/new_york", "../etc/passwd", "/etc/localtime", "a/../b", "\\x"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: error %v\n", name, err)
			continue
		}
		t := time.Date(2023, time.July, 4, 12, 0, 0, 0, loc)
		w := time.Date(2023, time.January, 15, 12, 0, 0, 0, loc)
		zn, zo := t.Zone()
		fmt.Printf("%q: %v | %v %s %d dst=%v | %v dst=%v | unix %d %d\n", name, loc, t, zn, zo, t.IsDST(), w, w.IsDST(), t.Unix(), w.Unix())
	}

	ny, _ := time.LoadLocation("America/New_York")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	la, _ := time.LoadLocation("America/Los_Angeles")
	// every transition from 1970 to 2040: walk hour by hour through each year
	for _, loc := range []*time.Location{ny, berlin, la} {
		for year := 1970; year <= 2040; year++ {
			prev := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC).In(loc)
			end := time.Date(year+1, time.January, 1, 0, 0, 0, 0, time.UTC)
			var changes []string
			for t := prev.Add(time.Hour); t.Before(end); t = t.Add(time.Hour) {
				if t.IsDST() != prev.IsDST() {
					changes = append(changes, t.Add(-time.Hour).Format("Jan 2 15:04 MST")+" -> "+t.Format("15:04 MST"))
				}
				prev = t
			}
			fmt.Println(loc, year, changes)
		}
	}

	// clock readings in the gap and in the overlap, and arithmetic across the changes
	for _, c := range []struct {
		loc        *time.Location
		y, m, d, h int
		min        int
	}{{ny, 2023, 3, 12, 1, 59}, {ny, 2023, 3, 12, 2, 0}, {ny, 2023, 3, 12, 2, 30}, {ny, 2023, 3, 12, 3, 0}, {ny, 2023, 11, 5, 0, 59}, {ny, 2023, 11, 5, 1, 0},
		{ny, 2023, 11, 5, 1, 30}, {ny, 2023, 11, 5, 2, 0}, {berlin, 2024, 3, 31, 2, 30}, {berlin, 2024, 10, 27, 2, 30}, {berlin, 2024, 10, 27, 3, 0},
		{ny, 1974, 1, 6, 2, 30}, {ny, 1975, 2, 23, 2, 30}, {berlin, 1980, 4, 6, 2, 30}, {berlin, 1995, 9, 24, 2, 30}, {la, 2006, 4, 2, 2, 30}} {
		t := time.Date(c.y, time.Month(c.m), c.d, c.h, c.min, 0, 0, c.loc)
		fmt.Println(t, t.UTC(), t.IsDST(), t.Add(time.Hour), t.AddDate(0, 0, 1), t.Weekday(), t.YearDay())
	}
	t := time.Date(2024, time.March, 9, 12, 0, 0, 0, ny)
	fmt.Println(t.AddDate(0, 0, 1), t.Add(24*time.Hour), t.AddDate(0, 0, 1).Sub(t))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC1123), t.Format(time.RFC822Z), t.Format("2006-01-02 15:04:05 -0700 MST"))
	fmt.Println(t.In(berlin).Format(time.RFC3339), t.In(time.UTC).Format(time.Kitchen), t.Equal(t.In(berlin)), t.Location(), t.In(berlin).Location())
	fmt.Println(time.Unix(0, 0).In(ny), time.Unix(1e9, 0).In(berlin), time.Unix(2e9, 0).In(la), time.Unix(1700000000, 0).In(ny).IsDST())

	// parsing in a location: its abbreviations and offsets are recognized
	for _, v := range []string{"2023-07-04 12:00 EDT", "2023-01-04 12:00 EST", "2023-07-04 12:00 EST", "2023-07-04 12:00 PDT", "2023-07-04 12:00 -0400", "2023-01-04 12:00 -0400", "2023-07-04 12:00 UTC", "2023-07-04 12:00 CEST"} {
		lay := "2006-01-02 15:04 MST"
		if v[len(v)-5] == '-' {
			lay = "2006-01-02 15:04 -0700"
		}
		p, err := time.ParseInLocation(lay, v, ny)
		zn, zo := p.Zone()
		fmt.Println(v, "->", p, p.Location(), zn, zo, p.Unix(), err)
	}
	p, err := time.ParseInLocation("2006-01-02 15:04", "2023-11-05 01:30", ny)
	fmt.Println(p, p.Unix(), err)
	p, err = time.ParseInLocation("2006-01-02 15:04", "2023-03-12 02:30", ny)
	fmt.Println(p, p.Unix(), err)
	fixed := time.FixedZone("XYZ", 3*3600)
	fmt.Println(time.Date(2023, 7, 1, 0, 0, 0, 0, fixed), time.Date(2023, 7, 1, 0, 0, 0, 0, fixed).IsDST(), time.Time{}.IsDST())
}
