package main

var a = 0x
var b = 09
var c = 1__0
var d = 0x1.0
var e = 1e
var f = 0b12
var g = 0o1.5
var h = 1_
