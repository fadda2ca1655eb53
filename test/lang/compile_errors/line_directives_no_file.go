package main

func main() {
//line gen.tmpl:100
	x := 1
//line :200
	y := "s" + 1
/*line :5:10*/ var z int = "q"
}
