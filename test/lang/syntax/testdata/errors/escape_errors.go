package main

var a = "\u12"
var b = "\U00110000"
var c = "\z"
var d = "\9"
