// Package iter: the function types that range-over-func loops accept.
package iter

// Seq yields single values until yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields pairs of values until yield returns false.
type Seq2[K, V any] func(yield func(K, V) bool)
