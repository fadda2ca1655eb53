// Package slices: generic functions over slices of any element type. Sorting is native (through
// package sort's natives on the project's one pdqsort), searching and editing are Go below.
// Edits that shorten a slice zero the elements they drop, so nothing stays reachable from them.
package slices

import "cmp"

// Equal tells whether both slices have the same length and == elements (NaN is not equal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc tells whether both slices have the same length and pairwise elements that eq accepts.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the slices element by element with cmp.Compare; a proper prefix is smaller.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc[S, S, E, E](s1, s2, cmp.Compare[E])
}

// CompareFunc compares the slices element by element with f; a proper prefix is smaller.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, f func(E1, E2) int) int {
	common := min(len(s1), len(s2))
	for i := 0; i < common; i++ {
		if c := f(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(s1) < len(s2):
		return -1
	case len(s1) > len(s2):
		return 1
	}
	return 0
}

// Index gives the first index of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc gives the first index whose element satisfies f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains tells whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index[S, E](s, v) != -1 }

// ContainsFunc tells whether some element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc[S, E](s, f) != -1 }

// Insert puts the values v at index i of s (0 <= i <= len(s)) and returns the longer slice.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // panics as Go does when i is out of range
	n, m := len(s), len(v)
	switch {
	case m == 0:
		return s
	case i == n:
		return append(s, v...)
	case n+m > cap(s):
		// append grows the array as Go's Insert does; the tail then moves behind v.
		grown := append(s, v...)
		copy(grown[i+m:], s[i:])
		copy(grown[i:], v)
		return grown
	}
	vals := append([]E(nil), v...) // v may alias the part of s about to move
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], vals)
	return s
}

// Delete removes s[i:j] and returns the shorter slice.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // panics as Go does on bad bounds
	if i == j {
		return s
	}
	kept := i + copy(s[i:], s[j:])
	clear(s[kept:])
	return s[:kept]
}

// DeleteFunc removes the elements that del accepts, keeping the others in order.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	return dropIf[S, E](s, 0, func(i int) bool { return del(s[i]) })
}

// dropIf removes the elements from index from on for which drop(index) holds, moving the kept
// ones forward; drop may read s[i-1], which is never overwritten before drop(i) runs.
func dropIf[S ~[]E, E any](s S, from int, drop func(i int) bool) S {
	kept := from
	for i := from; i < len(s); i++ {
		if drop(i) {
			continue
		}
		if kept != i {
			s[kept] = s[i]
		}
		kept++
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace puts the values v in place of s[i:j] and returns the edited slice.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // panics as Go does on bad bounds
	if i == j {
		return Insert[S, E](s, i, v...)
	}
	n, m := len(s), len(v)
	total := n - (j - i) + m
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], v)
		copy(grown[i+m:], s[j:])
		return grown
	}
	vals := append([]E(nil), v...) // v may alias the part of s about to move
	out := s[:total]
	copy(out[i+m:], s[j:])
	copy(out[i:], vals)
	if total < n {
		clear(s[total:])
	}
	return out
}

// Clone gives a shallow copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

// Compact replaces each run of == elements by its first element.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc[S, E](s, func(a, b E) bool { return a == b })
}

// CompactFunc replaces each run of elements that eq finds equal by its first element; eq gets
// an element and the one before it.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	return dropIf[S, E](s, 1, func(i int) bool { return eq(s[i], s[i-1]) })
}

// Grow makes room for n more elements without another allocation.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if short := n - (cap(s) - len(s)); short > 0 {
		s = append(s[:cap(s)], make(S, short)...)[:len(s)]
	}
	return s
}

// Clip drops the capacity beyond the length.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for lo, hi := 0, len(s)-1; lo < hi; lo, hi = lo+1, hi-1 {
		s[lo], s[hi] = s[hi], s[lo]
	}
}

// Concat joins the slices into a new one.
func Concat[S ~[]E, E any](slices ...S) S {
	total := 0
	for _, s := range slices {
		total += len(s)
		if total < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S, E](nil, total)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat gives x count times over, in a slice of exactly that length and capacity.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	total := len(x) * count
	if count != 0 && (total/count != len(x) || total < 0) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, total)
	done := copy(out, x)
	for done < total {
		done += copy(out[done:], out[:done]) // doubles what is already there
	}
	return out
}

// Min gives the smallest element (a NaN if there is one); it panics on an empty slice.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc gives the first smallest element by f; it panics on an empty slice.
func MinFunc[S ~[]E, E any](x S, f func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if f(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max gives the largest element (a NaN if there is one); it panics on an empty slice.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc gives the first largest element by f; it panics on an empty slice.
func MaxFunc[S ~[]E, E any](x S, f func(a, b E) int) E {
	if len(x) == 0 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if f(v, m) > 0 {
			m = v
		}
	}
	return m
}

// BinarySearch finds target in the sorted x: its first index (or where it would go) and
// whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	return BinarySearchFunc[S, E, E](x, target, cmp.Compare[E])
}

// BinarySearchFunc is BinarySearch ordered by f(element, target).
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, f func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(x[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && f(x[lo], target) == 0
}
