package main

func main() {
	var a int = "a" //line ignored.go:50
//line first.go:10
	var b int = "b"

	var c int = "c"
/*line second.go:20*/ var d int = "d"
	var e int = "e"; /*line :30:5*/ var f int = "f"
	var g int = "g"
//line third.go:1:1
var h int = "h"
	var i int = "i"
}
