package time

// Time is an instant with nanosecond precision and the location it is shown in. The zero Time
// is January 1 of year 1, 00:00:00 UTC.
type Time struct {
	abs int64     // seconds since the zero Time
	ns  int32     // nanoseconds in the second, [0, 1e9)
	loc *Location // nil for UTC
}

// unixEpoch is 1970-01-01 in seconds since the zero Time: 1969 years of 365 days, plus leap days.
const unixEpoch int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// Unix gives the time sec seconds and nsec nanoseconds after 1970-01-01 UTC (nsec may be out
// of [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	sec += nsec / 1e9
	nsec %= 1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return Time{abs: sec + unixEpoch, ns: int32(nsec)}
}

func UnixMilli(msec int64) Time { return Unix(msec/1e3, msec%1e3*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, usec%1e6*1e3) }

// floorDiv is the quotient and remainder of a by b rounded down (the remainder in [0, b)).
func floorDiv(a, b int) (int, int) {
	q, r := a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// daysFromCivil is native: days from 1970-01-01 to the first of month (1..12) of year.
func daysFromCivil(year, month int) int64

// Date gives the time of the date and clock in loc; fields out of range carry over
// (October 32 is November 1, hour 25 is 1 the next day).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	carry, m := floorDiv(int(month)-1, 12)
	secs, ns := floorDiv(nsec, 1e9)
	days := daysFromCivil(year+carry, m+1) + int64(day-1)
	unix := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec) + int64(secs)
	t := Unix(unix-int64(loc.offsetOfClock(unix)), int64(ns))
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// civil is native: the date and clock of a Unix time shifted by offset seconds.
func civil(unix int64, offset int) (year int, month int, day int, yday int, wday int, hour int, min int, sec int)

func (t Time) fields() (year, month, day, yday, wday, hour, min, sec int) {
	_, offset := t.Zone()
	return civil(t.abs-unixEpoch, offset)
}

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := t.fields()
	return y, Month(m), d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, _, _, h, m, s := t.fields()
	return h, m, s
}

func (t Time) Year() int          { y, _, _ := t.Date(); return y }
func (t Time) Month() Month       { _, m, _ := t.Date(); return m }
func (t Time) Day() int           { _, _, d := t.Date(); return d }
func (t Time) Hour() int          { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int        { _, m, _ := t.Clock(); return m }
func (t Time) Second() int        { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int    { return int(t.ns) }
func (t Time) Weekday() Weekday   { _, _, _, _, w, _, _, _ := t.fields(); return Weekday(w) }
func (t Time) YearDay() int       { _, _, _, d, _, _, _, _ := t.fields(); return d }
func (t Time) Unix() int64        { return t.abs - unixEpoch }
func (t Time) UnixMilli() int64   { return t.Unix()*1e3 + int64(t.ns)/1e6 }
func (t Time) UnixMicro() int64   { return t.Unix()*1e6 + int64(t.ns)/1e3 }
func (t Time) UnixNano() int64    { return t.Unix()*1e9 + int64(t.ns) }
func (t Time) IsZero() bool       { return t.abs == 0 && t.ns == 0 }
func (t Time) Equal(u Time) bool  { return t.abs == u.abs && t.ns == u.ns }
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }
func (t Time) After(u Time) bool  { return t.Compare(u) > 0 }

// Compare gives -1, 0 or +1 as t is before, at or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.abs < u.abs || t.abs == u.abs && t.ns < u.ns:
		return -1
	case t.abs > u.abs || t.abs == u.abs && t.ns > u.ns:
		return 1
	}
	return 0
}

// Add gives t+d.
func (t Time) Add(d Duration) Time {
	ns := int64(t.ns) + int64(d%Second)
	t.abs += int64(d/Second) + ns/1e9
	ns %= 1e9
	if ns < 0 {
		t.abs--
		ns += 1e9
	}
	t.ns = int32(ns)
	return t
}

// Sub gives t-u, saturating at the largest and smallest Durations.
func (t Time) Sub(u Time) Duration {
	const maxSeconds = int64(maxDuration / Second)
	secs := t.abs - u.abs
	if secs > maxSeconds+1 {
		return maxDuration
	}
	if secs < -maxSeconds-1 {
		return minDuration
	}
	d := Duration(secs)*Second + Duration(t.ns-u.ns) // may wrap around: the sign tells
	switch {
	case secs > 0 && d < 0:
		return maxDuration
	case secs < 0 && d > 0:
		return minDuration
	}
	return d
}

// AddDate adds years, months and days to t's date in its location, carrying over as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.ns), t.Location())
}

func (t Time) UTC() Time   { t.setLoc(UTC); return t }
func (t Time) Local() Time { t.setLoc(Local); return t }

// In gives the same instant shown in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone gives the abbreviation and offset (seconds east of UTC) of the zone in effect at t.
func (t Time) Zone() (name string, offset int) {
	if t.loc == nil {
		return "UTC", 0
	}
	z := t.loc.lookup(t.Unix())
	return z.abbr, z.offset
}

// IsDST reports whether daylight saving time is in effect at t in its location.
func (t Time) IsDST() bool {
	if t.loc == nil {
		return false
	}
	return t.loc.lookup(t.Unix()).isDST
}

// timeMod is native: the time since the zero Time modulo d, in [0, d).
func timeMod(abs int64, ns int32, d int64) int64

// Truncate rounds t down to a multiple of d since the zero Time (t itself when d <= 0).
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-Duration(timeMod(t.abs, t.ns, int64(d))))
}

// Round rounds t to the nearest multiple of d since the zero Time, halves up (t itself when d <= 0).
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := Duration(timeMod(t.abs, t.ns, int64(d)))
	if uint64(r)*2 < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}
