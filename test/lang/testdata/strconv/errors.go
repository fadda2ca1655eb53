// strconv errors are *NumError with Func, Num and Err.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%s %q %v %v\n", ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, err := strconv.ParseInt("-99999999999999999999", 10, 64)
	fmt.Println(v, err)
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	_, err = strconv.ParseFloat("1.5.5", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
}
