package time

// Month is a month of the year, January = 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if m < January || m > December {
		return "%!Month(" + decimal(uint64(m)) + ")"
	}
	return monthNames[m-1]
}

// Weekday is a day of the week, Sunday = 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return "%!Weekday(" + decimal(uint64(d)) + ")"
	}
	return dayNames[d]
}

func decimal(u uint64) string {
	s := ""
	for {
		s = string(rune('0'+u%10)) + s
		u /= 10
		if u == 0 {
			return s
		}
	}
}

// Location is a time zone: UTC, a fixed offset, or one of the zones with daylight saving rules
// of zones.go.
type Location struct {
	name   string   // what String gives: "UTC", "America/New_York"
	abbr   string   // the zone abbreviation of standard time: "UTC", "EST"
	offset int      // seconds east of UTC in standard time
	dst    *dstRule // nil: the offset never changes
}

var utcLoc = Location{name: "UTC", abbr: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is UTC: programs have no host time zone (real Go run with TZ=UTC prints the same).
var Local *Location = &utcLoc

// FixedZone gives the location that always has the name and offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, abbr: name, offset: offset}
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}
