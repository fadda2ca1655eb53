// Package time: durations, months, weekdays, fixed-zone locations and times, with Go's
// formatting and parsing, for programs without a clock (a service gets "now" from the block
// time). Civil dates, layouts and duration texts are native (src/lang/native/time).
package time

import "errors"

// Duration is a span of time in nanoseconds.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String writes d as "72h3m0.5s" (units below a second for short spans: "1.5µs").
func (d Duration) String() string

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d / Microsecond) }
func (d Duration) Milliseconds() int64 { return int64(d / Millisecond) }

// Seconds, Minutes and Hours split d into whole units and the rest before converting, so that
// long durations keep their precision.
func (d Duration) Seconds() float64 { return inUnits(d, Second) }
func (d Duration) Minutes() float64 { return inUnits(d, Minute) }
func (d Duration) Hours() float64   { return inUnits(d, Hour) }

func inUnits(d, unit Duration) float64 {
	return float64(d/unit) + float64(d%unit)/float64(unit)
}

// Truncate rounds d toward zero to a multiple of m (d itself when m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halves away from zero, saturating at the
// extremes (d itself when m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	toward := d - d%m // toward zero
	rest := d % m
	if rest < 0 {
		rest = -rest
	}
	if uint64(rest)*2 < uint64(m) {
		return toward
	}
	if d < 0 {
		if away := toward - m; away < toward {
			return away
		}
		return minDuration
	}
	if away := toward + m; away > toward {
		return away
	}
	return maxDuration
}

// Abs is |d|, with the most negative duration giving the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// parseDuration is native: the nanoseconds, or Go's error message.
func parseDuration(s string) (int64, string)

// ParseDuration reads a duration such as "300ms", "-1.5h" or "2h45m" (units ns, us, µs, ms,
// s, m, h).
func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return Duration(d), nil
}
