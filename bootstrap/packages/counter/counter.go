// Package counter is the smallest service: one number that anyone can increment, and who did
// it last.
package counter

import (
	"amigo"
	"strconv"
)

var (
	count  int
	lastBy string
	lastAt int64 // block height of the last change
)

// Increment adds one and returns the new count.
func Increment() int {
	return Add(1)
}

// Add adds n (1..1000) and returns the new count.
func Add(n int) int {
	if n < 1 || n > 1000 {
		panic("counter: n must be between 1 and 1000, got " + strconv.Itoa(n))
	}
	count += n
	lastBy = amigo.Caller()
	lastAt = amigo.Height()
	amigo.Emit("Incremented", "by", lastBy, "n", strconv.Itoa(n), "count", strconv.Itoa(count))
	return count
}

// Get returns the count.
func Get() int {
	return count
}

// Render shows the count as Markdown.
func Render(path string) string {
	out := "# Counter\n\nThe count is **" + strconv.Itoa(count) + "**.\n"
	if lastBy != "" {
		out += "\nLast changed by `" + lastBy + "` at height " + strconv.FormatInt(lastAt, 10) + ".\n"
	}
	return out
}
