package time

// Layouts: the reference time Mon Jan 2 15:04:05 MST 2006 written in common formats.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// format is native: t written by layout.
func format(unix int64, nsec int32, zone string, offset int, layout string) string

// Format writes t by layout, a rendering of the reference time.
func (t Time) Format(layout string) string {
	name, offset := t.Zone()
	return format(t.Unix(), t.ns, name, offset, layout)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// String is t by the layout "2006-01-02 15:04:05.999999999 -0700 MST".
func (t Time) String() string {
	return t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
}

// ParseError describes a value that does not match its layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote is native: s in double quotes, with non-ASCII and control bytes as \x escapes.
func quote(s string) string

func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
		quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// parsed is what the native parse read from a value.
type parsed struct {
	year, month, day, hour, min, sec, nsec int
	utc                                    bool   // the value said Z or UTC
	hasOffset                              bool   // the value had a numeric zone
	offset                                 int    // that zone, in seconds east of UTC
	zoneName                               string // a zone abbreviation, such as PST
	failed                                 bool
	layoutElem, valueElem, message         string // when failed
}

func parse(layout, value string, p *parsed)

// Parse reads value by layout. A value without zone is UTC; a numeric zone gives a fixed zone
// of that offset, a zone abbreviation one of that name (offset zero unless it is GMT±h).
func Parse(layout, value string) (Time, error) {
	return parseIn(layout, value, UTC, Local)
}

// ParseInLocation is Parse with values without zone in loc, and zones that match loc's taken as loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

func parseIn(layout, value string, byDefault, local *Location) (Time, error) {
	var p parsed
	parse(layout, value, &p)
	if p.failed {
		return Time{}, &ParseError{layout, value, p.layoutElem, p.valueElem, p.message}
	}
	at := func(loc *Location) Time {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, loc)
	}
	switch {
	case p.utc:
		return at(UTC), nil
	case p.hasOffset:
		t := at(UTC).Add(-Duration(p.offset) * Second)
		if z := local.lookup(t.Unix()); p.offset == z.offset && (p.zoneName == "" || p.zoneName == z.abbr) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(p.zoneName, p.offset))
		}
		return t, nil
	case p.zoneName != "":
		t := at(UTC)
		if offset, ok := local.offsetOfAbbr(p.zoneName, t.Unix()); ok {
			t = t.Add(-Duration(offset) * Second)
			t.setLoc(local)
			return t, nil
		}
		// an unknown zone: its name is kept with offset zero, or the hours of GMT+h,
		// and the clock reading is kept as it was
		offset := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			offset = gmtHours(p.zoneName[3:]) * 3600
		}
		t.setLoc(FixedZone(p.zoneName, offset))
		return t, nil
	}
	return at(byDefault), nil
}

// gmtHours reads the signed hours after "GMT" (the zone reader let only such through).
func gmtHours(s string) int {
	n := 0
	for _, c := range s[1:] {
		n = 10*n + int(c-'0')
	}
	if s[0] == '-' {
		return -n
	}
	return n
}
