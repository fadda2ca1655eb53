package main

import "fmt"

func forward(n int) string {
	if n > 2 {
		goto big
	}
	if n < 0 {
		goto neg
	}
	return "small"
big:
	return "big"
neg:
	return "negative"
}

func nested() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto next
		}
		fmt.Println("i", i)
	next:
		fmt.Println("after", i)
	}
}

func closures() {
	var fs []func() int
	i := 0
loop:
	x := i * i
	fs = append(fs, func() int { return x })
	i++
	if i < 4 {
		goto loop
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func shared() {
	n := 0
	var fs []func()
again:
	fs = append(fs, func() { n++ })
	if len(fs) < 3 {
		goto again
	}
	for _, f := range fs {
		f()
	}
	fmt.Println("n", n)
}

func inSwitch(k int) {
	switch k {
	case 1:
		j := 0
	top:
		j++
		if j < 3 {
			goto top
		}
		fmt.Println("case1", j)
	default:
		goto out
	}
	fmt.Println("after switch")
out:
	fmt.Println("out", k)
}

func outOfLoop() {
	for i := 0; ; i++ {
		for j := 0; j < 10; j++ {
			if i*j > 6 {
				goto done
			}
		}
	}
done:
	fmt.Println("done")
}

func retry() (r int) {
	defer func() { r *= 10 }()
	tries := 0
start:
	tries++
	if tries < 3 {
		goto start
	}
	return tries
}

func labeledLoop() {
	k := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			k++
		}
	}
	if k < 10 {
		k += 100
		goto outer
	}
	fmt.Println("k", k)
}

func main() {
	fmt.Println(forward(5), forward(-1), forward(1))
	nested()
	closures()
	shared()
	inSwitch(1)
	inSwitch(2)
	outOfLoop()
	fmt.Println(retry())
	labeledLoop()
}
