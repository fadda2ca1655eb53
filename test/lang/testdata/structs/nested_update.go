// Updating nested structs through values, pointers and slices of structs.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name string
	Addr Address
	Tags []string
	Boss *Person
}

func move(p Person, city string) Person {
	p.Addr.City = city
	return p
}

func moveP(p *Person, city string) {
	p.Addr.City = city
}

func main() {
	boss := &Person{Name: "boss"}
	p := Person{"ann", Address{"Oslo", 123}, []string{"a"}, boss}
	q := move(p, "Rome")
	fmt.Println(p.Addr.City, q.Addr.City)
	moveP(&p, "Lima")
	fmt.Println(p.Addr)
	q.Tags[0] = "shared"
	fmt.Println(p.Tags, q.Tags)
	q.Boss.Name = "BOSS"
	fmt.Println(p.Boss.Name)
	people := []Person{p, q}
	for i := range people {
		people[i].Addr.Zip++
	}
	for _, x := range people {
		x.Addr.Zip = 0
	}
	fmt.Println(people[0].Addr.Zip, people[1].Addr.Zip)
	fmt.Printf("%+v\n", people[0].Addr)
}
