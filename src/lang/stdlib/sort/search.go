package sort

// Search gives the smallest i in [0, n) for which f(i) is true, or n; f must be false up to
// some index and true from there on. It halves [lo, hi) until it is empty.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find gives the smallest i in [0, n) with cmp(i) <= 0 (or n), and whether cmp(i) == 0 there;
// cmp must be positive, then zero, then negative along the indexes.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

// SearchInts gives the index where x is in the sorted a, or where it would be inserted.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s gives the index where x is in the sorted a, or where it would be inserted.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings gives the index where x is in the sorted a, or where it would be inserted.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
