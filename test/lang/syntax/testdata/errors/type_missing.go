package main

type T

var x int =

func main() {}
