// Failed assertion from error to a concrete pointer type.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "mine" }

func main() {
	var err error = &MyErr{}
	fmt.Println(err.(*MyErr).Error())
	err = errors.New("other")
	fmt.Println(err.(*MyErr))
}
