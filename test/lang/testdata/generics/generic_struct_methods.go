// A generic ordered map with insertion-ordered keys and a generic cache.
package main

import "fmt"

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

type Number interface{ ~int | ~float64 }

func SumValues[K comparable, V Number](o *OrderedMap[K, V]) V {
	var s V
	o.Each(func(_ K, v V) { s += v })
	return s
}

func main() {
	om := NewOrderedMap[string, int]()
	om.Set("zeta", 1)
	om.Set("alpha", 2)
	om.Set("zeta", 3)
	om.Set("mid", 4)
	om.Each(func(k string, v int) { fmt.Println(k, v) })
	v, ok := om.Get("alpha")
	fmt.Println(v, ok, SumValues(om))
	fm := NewOrderedMap[int, float64]()
	fm.Set(2, 0.5)
	fm.Set(1, 0.25)
	fmt.Println(SumValues(fm), fm.keys)
}
