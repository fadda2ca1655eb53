// Implementing sort.Interface with several orderings through embedding.
package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name   string
	Mass   float64
	Radius float64
}

type Planets []Planet

func (p Planets) Len() int      { return len(p) }
func (p Planets) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ Planets }

func (b ByName) Less(i, j int) bool { return b.Planets[i].Name < b.Planets[j].Name }

type ByMass struct{ Planets }

func (b ByMass) Less(i, j int) bool { return b.Planets[i].Mass < b.Planets[j].Mass }

func main() {
	ps := Planets{{"Mercury", 0.055, 0.383}, {"Venus", 0.815, 0.949}, {"Earth", 1, 1}, {"Mars", 0.107, 0.532}, {"Jupiter", 317.8, 11.21}}
	sort.Sort(ByName{ps})
	fmt.Println(ps)
	sort.Sort(ByMass{ps})
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByMass{ps}))
	for _, p := range ps {
		fmt.Printf("%-8s %7.3f %6.3f\n", p.Name, p.Mass, p.Radius)
	}
	fmt.Println(sort.IsSorted(ByName{ps}))
}
