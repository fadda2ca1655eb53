// A discrete elevator simulation with requests, direction logic and a log.
package main

import (
	"fmt"
	"sort"
)

type Elevator struct {
	floor   int
	dir     int
	stops   map[int]bool
	log     []string
	traveled int
}

func (e *Elevator) Request(f int) { e.stops[f] = true }

func (e *Elevator) pending(dir int) bool {
	for f := range e.stops {
		if (dir > 0 && f > e.floor) || (dir < 0 && f < e.floor) {
			return true
		}
	}
	return false
}

func (e *Elevator) Step(t int) {
	if e.stops[e.floor] {
		delete(e.stops, e.floor)
		e.log = append(e.log, fmt.Sprintf("t=%d open at %d", t, e.floor))
		return
	}
	if len(e.stops) == 0 {
		e.dir = 0
		return
	}
	if e.dir == 0 || !e.pending(e.dir) {
		if e.pending(1) {
			e.dir = 1
		} else {
			e.dir = -1
		}
	}
	e.floor += e.dir
	e.traveled++
}

func main() {
	e := &Elevator{stops: map[int]bool{}}
	requests := map[int][]int{0: {5, 2}, 3: {1}, 6: {8}, 12: {0, 3}}
	for t := 0; t < 30; t++ {
		if rs, ok := requests[t]; ok {
			for _, f := range rs {
				e.Request(f)
			}
		}
		e.Step(t)
	}
	for _, l := range e.log {
		fmt.Println(l)
	}
	left := []int{}
	for f := range e.stops {
		left = append(left, f)
	}
	sort.Ints(left)
	fmt.Println("floor", e.floor, "traveled", e.traveled, "left", left)
}
