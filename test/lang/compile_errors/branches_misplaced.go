package main

func main() {
	break
	continue
	fallthrough
	goto nowhere
	var i interface{} = 1
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
L:
	if true {
		break L
	}
	for {
		continue L
	}
	for {
		break M
	}
}
