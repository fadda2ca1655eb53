// Package sort: sorting of slices and of user collections. The sorting itself is native
// (src/lang/native/sort: pdqsort and the stable insertion-sort + symmerge), driven through the
// collection's own Less and Swap, so equal elements end where Go puts them.
package sort

// Interface is a collection that the functions here can sort by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data ascending by Less; the order of equal elements is not kept.
func Sort(data Interface) {
	if n := data.Len(); n > 1 {
		pdqsort(n, data.Less, data.Swap)
	}
}

// Stable sorts data ascending by Less, keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data.Len(), data.Less, data.Swap)
}

// IsSorted tells whether data is in ascending order.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// The natives behind Sort and Stable (n elements, reached through less and swap).
func pdqsort(n int, less func(i, j int) bool, swap func(i, j int))
func stable(n int, less func(i, j int) bool, swap func(i, j int))

type reverse struct {
	Interface
}

// Less of the reversed order is Less with the arguments exchanged.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse gives data in descending order.
func Reverse(data Interface) Interface { return &reverse{data} }

// IntSlice sorts a []int ascending.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts a []float64 ascending, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int             { return len(x) }
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts a []string ascending, bytewise.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Strings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints, Float64s and Strings sort natively (NaNs first for floats).
func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// Slice sorts the slice x by less (x must be a slice: Go panics otherwise, as here).
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x by less, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool)

// SliceIsSorted tells whether the slice x is in ascending order by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func sliceLen(x any) int
