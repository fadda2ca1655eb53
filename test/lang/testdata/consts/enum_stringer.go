// The enum pattern: typed iota constants with a String method, and unknown values.
package main

import "fmt"

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Dir uint8

const (
	North Dir = 1 << iota
	East
	South
	West
	All = North | East | South | West
)

func main() {
	for l := Debug; l <= Error+1; l++ {
		fmt.Println(l, int(l))
	}
	fmt.Printf("%v %d %s %q\n", Warn, Warn, Error, Info)
	fmt.Println(North, East, South, West, All, All&^East)
	levels := map[Level]int{Warn: 2, Debug: 5}
	fmt.Println(levels)
}
