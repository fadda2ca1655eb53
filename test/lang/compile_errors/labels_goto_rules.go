package main

func main() {
	goto L
	{
	L:
	}
	goto M
	x := 1
M:
	_ = x
N:
N:
	for {
		switch {
		case true:
			fallthrough
		}
	}
}
