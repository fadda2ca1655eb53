// recover in a deferred closure returns the value; the program then continues and panics again later.
package main

import "fmt"

func mayPanic(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	if n%2 == 1 {
		panic(n)
	}
	return nil
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(i, mayPanic(i))
	}
	var arr []int
	_ = arr[len(arr)]
}
