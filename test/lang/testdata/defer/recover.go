// recover stops a panic only in a deferred call; the function returns normally with its results.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func helper() interface{} { return recover() }

func notDirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("direct:", r)
	}()
	defer func() {
		v := helper()
		fmt.Println("helper saw", v)
	}()
	panic("p1")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(notDirect())
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("error value:", err, ok, errors.Is(err, errBoom))
		}()
		panic(errBoom)
	}()
	fmt.Println("after")
}

var errBoom = errors.New("boom")
