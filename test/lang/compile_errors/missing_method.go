package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	_ = s
}
