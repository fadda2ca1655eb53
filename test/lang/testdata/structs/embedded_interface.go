// Embedding an interface in a struct: partial overriding (decorator pattern).
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, strings.ToUpper(v))
}

func main() {
	inner := &mapStore{map[string]string{}}
	ls := &loggingStore{Store: inner}
	var s Store = ls
	s.Set("a", "x")
	s.Set("b", "y")
	v, ok := s.Get("a")
	fmt.Println(v, ok, ls.log, len(inner.m))
	var empty loggingStore
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Get("x")
}
