// Generic Option and Result types with methods and constructors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func MapResult[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Result[U]{Val: f(r.Val)}
}

func find(xs []string, want string) Option[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	xs := []string{"a", "b"}
	fmt.Println(find(xs, "b"), find(xs, "z"), find(xs, "z").OrElse(-1))
	v, ok := Some("x").Get()
	fmt.Println(v, ok)
	r := MapResult(Try(strconv.Atoi("21")), func(n int) string { return fmt.Sprint(n * 2) })
	fmt.Printf("%+v\n", r)
	bad := MapResult(Try(strconv.Atoi("x")), func(n int) float64 { return float64(n) })
	fmt.Println(bad.Val, bad.Err, errors.Is(bad.Err, strconv.ErrSyntax))
	fmt.Println([]Option[string]{Some("q"), None[string]()})
}
