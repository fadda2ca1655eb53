// Duration arithmetic: sums, scaling, division, rounding and printing of small and large values.
package main

import (
	"fmt"
	"time"
)

func main() {
	laps := []time.Duration{
		1*time.Minute + 2*time.Second + 345*time.Millisecond,
		58*time.Second + 999*time.Millisecond,
		1*time.Minute + 500*time.Microsecond,
	}
	var total time.Duration
	best := laps[0]
	for _, l := range laps {
		total += l
		if l < best {
			best = l
		}
	}
	avg := total / time.Duration(len(laps))
	fmt.Println(total, avg, best, avg.Round(time.Millisecond), avg.Truncate(time.Second))
	fmt.Println(total.Seconds(), int64(total/time.Millisecond), total%time.Second)
	fmt.Println(time.Duration(1), time.Duration(1100), time.Duration(1100000), -2*time.Hour, time.Duration(-1))
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	fmt.Printf("%.3f %v %s\n", (90 * time.Second).Minutes(), 90*time.Second > time.Minute, (36 * time.Hour).String())
}
