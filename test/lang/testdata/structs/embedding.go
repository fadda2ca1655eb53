// Embedded structs: promoted fields and methods, shadowing, explicit access.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Name  string
	Extra bool
}

type Deeper struct {
	*Derived
	Level int
}

func main() {
	d := Derived{Base: Base{1, "base"}, Name: "derived"}
	fmt.Println(d.ID, d.Name, d.Base.Name, d.Describe())
	d.Rename("renamed")
	fmt.Println(d.Base.Name, d.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	dd := Deeper{&d, 2}
	dd.ID = 42
	dd.Rename("deep")
	fmt.Println(d.ID, d.Base.Name, dd.Describe(), dd.Level)
}
