package main

var a = ''
var b = 'ab'
var c = '\q'
var d = '\400'
var e = '\ud800'
var f = '\xZZ'
