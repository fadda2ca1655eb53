// Package cmp: the Ordered constraint and the three-way comparison that the sorting
// functions share. NaN is below every number and equal to itself, so floats get a total order.
package cmp

// Ordered is every type whose values the < operator compares.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less tells whether x sorts before y (a NaN before any number).
func Less[T Ordered](x, y T) bool {
	return x < y || (x != x && y == y)
}

// Compare gives -1, 0 or +1 as x sorts before, with or after y.
func Compare[T Ordered](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	// Unordered: at least one side is NaN, and the NaN side is the smaller.
	return nanRank(y) - nanRank(x)
}

func nanRank[T Ordered](v T) int {
	if v != v {
		return 1
	}
	return 0
}

// Or gives the first argument that is not its type's zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for i := range vals {
		if vals[i] != zero {
			return vals[i]
		}
	}
	return zero
}
