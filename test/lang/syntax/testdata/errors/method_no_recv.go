package main

func () m() {}

func (a, b int) n() {}

func main() {}
