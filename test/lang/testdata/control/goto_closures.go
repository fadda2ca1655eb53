package main

import "fmt"

func main() {
	i := 0
	if i == 0 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")
	var fs []func() int
	j := 0
loop:
	if j < 3 {
		k := j * 10
		fs = append(fs, func() int { return k + j })
		j++
		goto loop
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}
