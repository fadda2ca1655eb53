package main
//line nocolon
var a = 1
//line f.go:x
var b = 1
//line f.go:0
var c = 1
/*line g.go:5:0*/
func main() {}
