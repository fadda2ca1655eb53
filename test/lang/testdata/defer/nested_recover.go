// A panic recovered in an inner function lets the outer continue; recover in outer sees nothing.
package main

import "fmt"

func inner() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("inner recovered ", r)
		}
	}()
	panic("deep")
}

func outer() string {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	s := inner()
	return s + " / outer done"
}

func main() {
	fmt.Println(outer())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i == 1 {
				panic(fmt.Sprint("fail ", i))
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
