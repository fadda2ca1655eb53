// A token-bucket rate limiter driven by a simulated clock of time.Durations.
package main

import (
	"fmt"
	"time"
)

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Duration
}

func (b *Bucket) Allow(now time.Duration, cost float64) bool {
	elapsed := (now - b.last).Seconds()
	b.last = now
	b.tokens += elapsed * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

func main() {
	b := &Bucket{capacity: 3, tokens: 3, rate: 2}
	var now time.Duration
	allowed := 0
	for i := 0; i < 20; i++ {
		ok := b.Allow(now, 1)
		if ok {
			allowed++
		}
		fmt.Printf("%-6v %-5v %.2f\n", now, ok, b.tokens)
		now += 150 * time.Millisecond
	}
	fmt.Println("allowed", allowed, "in", now)
}
