package p

var ǅx٣ = 1
var ٣y = 2
var z = "  😀"
var w = 1   2
