// Closures capturing named results and parameters, evaluated after modification.
package main

import "fmt"

func withCleanup(name string) (result string, cleanup func() string) {
	result = "start:" + name
	cleanup = func() string {
		return "cleanup sees " + result + " and " + name
	}
	name = "renamed"
	result += ":end"
	return
}

func tally() (total int) {
	add := func(n int) { total += n }
	for _, v := range []int{3, 4, 5} {
		add(v)
	}
	defer add(100)
	return total * 2
}

func main() {
	r, c := withCleanup("job")
	fmt.Println(r)
	fmt.Println(c())
	fmt.Println(tally())
}
