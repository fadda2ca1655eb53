package slices

import (
	"cmp"
	"iter"
)

// All iterates over the indexes and elements, first to last.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				break
			}
		}
	}
}

// Backward iterates over the indexes and elements, last to first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				break
			}
		}
	}
}

// Values iterates over the elements, first to last.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i]) {
				break
			}
		}
	}
}

// AppendSeq appends what seq yields to s.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect gathers what seq yields into a new slice (nil when it yields nothing).
func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq[[]E, E](nil, seq)
}

// Sorted collects seq and sorts it.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	out := Collect[E](seq)
	Sort[[]E, E](out)
	return out
}

// SortedFunc collects seq and sorts it by f.
func SortedFunc[E any](seq iter.Seq[E], f func(E, E) int) []E {
	out := Collect[E](seq)
	SortFunc[[]E, E](out, f)
	return out
}

// SortedStableFunc collects seq and sorts it stably by f.
func SortedStableFunc[E any](seq iter.Seq[E], f func(E, E) int) []E {
	out := Collect[E](seq)
	SortStableFunc[[]E, E](out, f)
	return out
}

// Chunk iterates over consecutive pieces of s of n elements (the last may be shorter), each
// clipped so that appending to it cannot overwrite the next.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := min(lo+n, len(s))
			if !yield(s[lo:hi:hi]) {
				break
			}
		}
	}
}
