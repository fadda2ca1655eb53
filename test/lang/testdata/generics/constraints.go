// Constraints: type sets with ~, comparable, methods in constraints.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27, 1), Sum(MyInt(4), MyInt(5)))
	fmt.Printf("%T %T\n", Sum(MyInt(1)), Sum[uint8](200, 100))
	fmt.Println(Sum[uint8](200, 100))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]float64{1, 2}, 3), Index([]ID{5, 6}, 6))
	fmt.Println(JoinAll([]ID{1, 2, 3}))
}
