package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.ANSIC, time.Kitchen, "2006-01-02", "Jan _2 2006 3:04:05.000 PM MST", "2006-002", "02/01/06 15:04 -07:00"}
	values := []string{"2021-07-04T09:30:00Z", "2021-07-04T09:30:00.123456789+02:00", "Sun, 04 Jul 2021 09:30:00 GMT", "Sun, 04 Jul 2021 09:30:00 -0700",
		"Sun Jul  4 09:30:00 2021", "9:30PM", "2020-02-30", "Jul  4 2021 9:30:05.250 PM PDT", "2020-060", "04/07/21 09:30 +05:30", "2021-07-04T25:00:00Z", "garbage", "2021-07-04T09:30:00Z extra"}
	for i, l := range layouts {
		for j, v := range values {
			if (i+j)%3 != 0 && j != i {
				continue
			}
			t, err := time.Parse(l, v)
			if err != nil {
				fmt.Println(err)
				continue
			}
			name, off := t.Zone()
			fmt.Println(t, t.Unix(), name, off)
		}
	}
	loc := time.FixedZone("XYZ", 3*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-03-04 05:06", loc)
	fmt.Println(t, err, t.UTC())
}
