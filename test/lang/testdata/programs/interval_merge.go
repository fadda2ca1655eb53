// Interval merging, insertion and a sweep-line maximum overlap count.
package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

func merge(xs []Interval) []Interval {
	if len(xs) == 0 {
		return nil
	}
	s := append([]Interval(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i].Lo < s[j].Lo || (s[i].Lo == s[j].Lo && s[i].Hi < s[j].Hi) })
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func maxOverlap(xs []Interval) (int, int) {
	type ev struct{ at, d int }
	var evs []ev
	for _, iv := range xs {
		evs = append(evs, ev{iv.Lo, 1}, ev{iv.Hi, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].at != evs[j].at {
			return evs[i].at < evs[j].at
		}
		return evs[i].d < evs[j].d
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.d
		if cur > best {
			best, at = cur, e.at
		}
	}
	return best, at
}

func main() {
	xs := []Interval{{1, 3}, {2, 6}, {8, 10}, {15, 18}, {17, 20}, {9, 9}, {0, 1}}
	fmt.Println(merge(xs))
	fmt.Println(xs)
	fmt.Println(maxOverlap(xs))
	fmt.Println(merge(nil), merge([]Interval{{5, 5}}))
	fmt.Println(maxOverlap([]Interval{{1, 5}, {2, 6}, {3, 7}, {4, 8}, {5, 9}}))
}
