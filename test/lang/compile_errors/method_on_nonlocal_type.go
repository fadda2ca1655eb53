package main

func (s string) Shout() string { return s + "!" }

func main() {}
