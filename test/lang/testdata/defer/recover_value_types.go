// recover returns the exact panic value with its dynamic type.
package main

import (
	"errors"
	"fmt"
)

type Custom struct{ Code int }

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	vals := []interface{}{
		catch(func() { panic("s") }),
		catch(func() { panic(12) }),
		catch(func() { panic(Custom{7}) }),
		catch(func() { panic(errors.New("e")) }),
		catch(func() { panic([]int{1, 2}) }),
		catch(func() {}),
	}
	for _, v := range vals {
		fmt.Printf("%T %v\n", v, v)
	}
	rt := catch(func() { var a []int; _ = a[1:][0] })
	_, isErr := rt.(error)
	fmt.Println(rt, isErr)
	c := vals[2].(Custom)
	fmt.Println(c.Code)
}
