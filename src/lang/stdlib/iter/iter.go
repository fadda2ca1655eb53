// Package iter: Go 1.23's iterator types (Seq, Seq2). Pull and Pull2 need coroutines and are not
// provided.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
