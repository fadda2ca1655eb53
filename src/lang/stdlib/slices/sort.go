package slices

import "cmp"

// Sort sorts x ascending (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](x S) {
	sortOrdered(x)
}

// SortFunc sorts x ascending by f (negative: a before b); equal elements may move.
func SortFunc[S ~[]E, E any](x S, f func(a, b E) int) {
	sortFunc(x, f)
}

// SortStableFunc sorts x ascending by f, keeping equal elements in their original order.
func SortStableFunc[S ~[]E, E any](x S, f func(a, b E) int) {
	sortStableFunc(x, f)
}

// IsSorted tells whether x is ascending.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc tells whether x is ascending by f.
func IsSortedFunc[S ~[]E, E any](x S, f func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if f(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// The natives: x is the slice and f its comparison function, both boxed.
func sortOrdered(x any)
func sortFunc(x any, f any)
func sortStableFunc(x any, f any)
