// Package maps: generic helpers over maps, and iterators over their entries. Entries come in
// the interpreter's map order (insertion order).
package maps

import "iter"

// Equal tells whether both maps hold the same keys with == values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	return EqualFunc[M1, M2, K, V, V](m1, m2, func(a, b V) bool { return a == b })
}

// EqualFunc tells whether both maps hold the same keys with values that eq accepts.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, a := range m1 {
		b, found := m2[k]
		if !found || !eq(a, b) {
			return false
		}
	}
	return true
}

// Clone makes a shallow copy; the clone of nil is nil.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	Copy[M, M, K, V](out, m)
	return out
}

// Copy sets every entry of src in dst.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

// DeleteFunc removes the entries for which del returns true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

// All iterates over the entries.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				break
			}
		}
	}
}

// Keys iterates over the keys.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				break
			}
		}
	}
}

// Values iterates over the values.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				break
			}
		}
	}
}

// Insert sets every pair that seq yields.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	for k, v := range seq {
		m[k] = v
	}
}

// Collect gathers the pairs that seq yields into a new map.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := make(map[K]V)
	Insert[map[K]V, K, V](out, seq)
	return out
}
