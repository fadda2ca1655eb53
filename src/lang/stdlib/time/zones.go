package time

import "errors"

// The zones LoadLocation knows: a small set embedded in the interpreter, the same on every
// machine (no host time zone database is read). Each is written from the published tz facts
// (the IANA tz database, release 2024a) for instants from 1970 on; the version of the set is
// zoneSetVersion, raised whenever a zone or rule changes.

// zoneSetVersion names the version of the embedded zone set.
const zoneSetVersion = "amigo-zones-1 (tzdata 2024a facts, 1970 on)"

// dstRule is the daylight saving time of a zone: its abbreviation and offset, and the instants
// (Unix seconds) it starts and ends in a year, if it is observed then.
type dstRule struct {
	abbr   string
	offset int
	period func(year int, std, dst int) (start, end int64, ok bool)
}

// zoneAt is the zone in effect at an instant, and the instants [start, end) it is in effect
// over (bounded by the year around the instant when there is no change nearby).
type zoneAt struct {
	abbr       string
	offset     int
	isDST      bool
	start, end int64
}

const (
	noStart = -1 << 63
	noEnd   = 1<<63 - 1
)

// lookup gives the zone in effect at the Unix time unix.
func (l *Location) lookup(unix int64) zoneAt {
	if l.dst == nil {
		return zoneAt{abbr: l.abbr, offset: l.offset, start: noStart, end: noEnd}
	}
	year, _, _, _, _, _, _, _ := civil(unix, 0)
	std := zoneAt{abbr: l.abbr, offset: l.offset}
	start, end, ok := l.dst.period(year, l.offset, l.dst.offset)
	switch {
	case !ok:
		std.start, std.end = yearStart(year), yearStart(year+1)
	case unix < start:
		std.start, std.end = yearStart(year), start
		if _, prevEnd, ok := l.dst.period(year-1, l.offset, l.dst.offset); ok {
			std.start = prevEnd
		}
	case unix >= end:
		std.start, std.end = end, yearStart(year+1)
		if nextStart, _, ok := l.dst.period(year+1, l.offset, l.dst.offset); ok {
			std.end = nextStart
		}
	default:
		return zoneAt{abbr: l.dst.abbr, offset: l.dst.offset, isDST: true, start: start, end: end}
	}
	return std
}

// offsetOfClock gives the offset to subtract from a clock reading (as seconds since 1970 in
// that zone) for its instant. A reading that happens twice (when the clocks go back) is taken
// in the zone before the change; one that does not happen (when they go forward) with the
// offset from before the change, as Go does.
func (l *Location) offsetOfClock(clock int64) int {
	z := l.lookup(clock)
	if z.offset == 0 {
		return 0
	}
	if utc := clock - int64(z.offset); utc < z.start || utc >= z.end {
		return l.lookup(utc).offset
	}
	return z.offset
}

// offsetOfAbbr gives the offset of the zone of l named abbr: the one in effect at unix (a clock
// reading as seconds since 1970 in UTC) if it has that name, else the first one of that name.
func (l *Location) offsetOfAbbr(abbr string, unix int64) (int, bool) {
	offsets := []int{l.offset}
	abbrs := []string{l.abbr}
	if l.dst != nil {
		offsets = append(offsets, l.dst.offset)
		abbrs = append(abbrs, l.dst.abbr)
	}
	for i, a := range abbrs {
		if a == abbr && l.lookup(unix-int64(offsets[i])).abbr == abbr {
			return offsets[i], true
		}
	}
	for i, a := range abbrs {
		if a == abbr {
			return offsets[i], true
		}
	}
	return 0, false
}

func yearStart(year int) int64 { return daysFromCivil(year, 1) * 86400 }

// sunday gives the day (days since 1970) of the n-th Sunday of month in year; n = -1 is the
// last one.
func sunday(year, month, n int) int64 {
	if n < 0 {
		nextYear, nextMonth := year, month+1
		if nextMonth > 12 {
			nextYear, nextMonth = year+1, 1
		}
		last := daysFromCivil(nextYear, nextMonth) - 1
		return last - weekdayOf(last)
	}
	first := daysFromCivil(year, month)
	return first + (7-weekdayOf(first))%7 + int64(7*(n-1))
}

// weekdayOf gives the weekday of a day since 1970 (a Thursday), Sunday = 0.
func weekdayOf(day int64) int64 { return ((day+4)%7 + 7) % 7 }

// usPeriod: the United States' daylight saving time since the Uniform Time Act (1967), at 2:00
// local time, with the energy-crisis years 1974 and 1975 and the Energy Policy Act from 2007.
func usPeriod(year int, std, dst int) (int64, int64, bool) {
	var from, to int64
	switch {
	case year < 1967:
		return 0, 0, false
	case year == 1974:
		from, to = daysFromCivil(1974, 1)+5, sunday(year, 10, -1) // January 6
	case year == 1975:
		from, to = sunday(year, 2, -1), sunday(year, 10, -1)
	case year < 1987:
		from, to = sunday(year, 4, -1), sunday(year, 10, -1)
	case year < 2007:
		from, to = sunday(year, 4, 1), sunday(year, 10, -1)
	default:
		from, to = sunday(year, 3, 2), sunday(year, 11, 1)
	}
	return from*86400 + 7200 - int64(std), to*86400 + 7200 - int64(dst), true
}

// germanyPeriod: summer time in Germany, none from 1950 to 1979, then at 01:00 UTC: 1980 from
// April 6 to September 28, the EU rule of the last Sundays of March and September to 1995 and
// of March and October from 1996.
func germanyPeriod(year int, std, dst int) (int64, int64, bool) {
	var from, to int64
	switch {
	case year < 1980:
		return 0, 0, false
	case year == 1980:
		from, to = daysFromCivil(1980, 4)+5, daysFromCivil(1980, 9)+27
	case year < 1996:
		from, to = sunday(year, 3, -1), sunday(year, 9, -1)
	default:
		from, to = sunday(year, 3, -1), sunday(year, 10, -1)
	}
	return from*86400 + 3600, to*86400 + 3600, true
}

func ruledZone(name, stdAbbr string, std int, dstAbbr string, dst int, period func(int, int, int) (int64, int64, bool)) *Location {
	return &Location{name: name, abbr: stdAbbr, offset: std, dst: &dstRule{abbr: dstAbbr, offset: dst, period: period}}
}

// zoneByName makes the zone of a name of the set (nil for another name).
func zoneByName(name string) *Location {
	const hour = 3600
	switch name {
	case "Etc/UTC", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu", "Etc/UCT", "UCT":
		return &Location{name: name, abbr: "UTC"}
	case "Etc/GMT", "GMT", "Etc/Greenwich", "Greenwich":
		return &Location{name: name, abbr: "GMT"}
	case "America/New_York", "US/Eastern", "EST5EDT":
		return ruledZone(name, "EST", -5*hour, "EDT", -4*hour, usPeriod)
	case "America/Chicago", "US/Central", "CST6CDT":
		return ruledZone(name, "CST", -6*hour, "CDT", -5*hour, usPeriod)
	case "America/Denver", "US/Mountain", "MST7MDT":
		return ruledZone(name, "MST", -7*hour, "MDT", -6*hour, usPeriod)
	case "America/Los_Angeles", "US/Pacific", "PST8PDT":
		return ruledZone(name, "PST", -8*hour, "PDT", -7*hour, usPeriod)
	case "Europe/Berlin":
		return ruledZone(name, "CET", 1*hour, "CEST", 2*hour, germanyPeriod)
	case "Asia/Tokyo", "Japan":
		return &Location{name: name, abbr: "JST", offset: 9 * hour}
	case "Asia/Kolkata", "Asia/Calcutta":
		return &Location{name: name, abbr: "IST", offset: 5*hour + 30*60}
	}
	return nil
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation gives the zone of a name: "" and "UTC" give UTC, "Local" gives Local (which is
// UTC), the others come from the embedded zone set; a name outside it is an error.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if badLocationName(name) {
		return nil, errLocation
	}
	if loc := zoneByName(name); loc != nil {
		return loc, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// badLocationName: a path that could leave a zone directory (Go refuses those too).
func badLocationName(name string) bool {
	if name[0] == '/' || name[0] == '\\' {
		return true
	}
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '.' && name[i+1] == '.' && (i == 0 || name[i-1] == '/' || name[i-1] == '\\') && (i+2 == len(name) || name[i+2] == '/' || name[i+2] == '\\') {
			return true
		}
	}
	return false
}
