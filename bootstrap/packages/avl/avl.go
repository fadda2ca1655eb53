//amigo:library

// Package avl is an ordered map from string keys to values: a self-balancing AVL tree.
// It is a library: it keeps no package state, so importing services use it as code and the trees
// they build live in their own state.
//
//	var posts avl.Tree[*Post]
//	posts.Set("0001", p)
//	posts.Iterate("", "", func(k string, p *Post) bool { ...; return false })
package avl

// A Tree maps string keys to values of type V, ordered by key (byte order).
// The zero value is an empty tree ready to use.
type Tree[V any] struct {
	root *node[V]
	size int
}

type node[V any] struct {
	key         string
	value       V
	height      int
	left, right *node[V]
}

// Size returns the number of keys in the tree.
func (t *Tree[V]) Size() int { return t.size }

// Get returns the value stored under key and whether there is one.
func (t *Tree[V]) Get(key string) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case key < n.key:
			n = n.left
		case key > n.key:
			n = n.right
		default:
			return n.value, true
		}
	}
	var zero V
	return zero, false
}

// Has reports whether key is in the tree.
func (t *Tree[V]) Has(key string) bool {
	_, ok := t.Get(key)
	return ok
}

// Set stores value under key and reports whether the key is new.
func (t *Tree[V]) Set(key string, value V) bool {
	var added bool
	t.root, added = t.root.insert(key, value)
	if added {
		t.size++
	}
	return added
}

// Remove deletes key and returns its value, and whether it was there.
func (t *Tree[V]) Remove(key string) (V, bool) {
	var removed *node[V]
	t.root, removed = t.root.remove(key)
	if removed == nil {
		var zero V
		return zero, false
	}
	t.size--
	return removed.value, true
}

// Iterate calls fn for each key in [start, end) in ascending order; an empty end means no upper
// bound. It stops early when fn returns true.
func (t *Tree[V]) Iterate(start, end string, fn func(key string, value V) bool) {
	t.root.iterate(start, end, false, fn)
}

// ReverseIterate is Iterate in descending order.
func (t *Tree[V]) ReverseIterate(start, end string, fn func(key string, value V) bool) {
	t.root.iterate(start, end, true, fn)
}

// Keys returns up to limit keys in [start, end) in ascending order (all of them if limit <= 0).
func (t *Tree[V]) Keys(start, end string, limit int) []string {
	var keys []string
	t.Iterate(start, end, func(k string, _ V) bool {
		keys = append(keys, k)
		return limit > 0 && len(keys) >= limit
	})
	return keys
}

func inRange(key, start, end string) bool {
	return key >= start && (end == "" || key < end)
}

func (n *node[V]) iterate(start, end string, reverse bool, fn func(string, V) bool) bool {
	if n == nil {
		return false
	}
	first, second := n.left, n.right
	if reverse {
		first, second = n.right, n.left
	}
	// skip subtrees entirely outside [start, end)
	goFirst, goSecond := true, true
	if reverse {
		goFirst = end == "" || n.key < end
		goSecond = n.key > start
	} else {
		goFirst = n.key > start
		goSecond = end == "" || n.key < end
	}
	if goFirst && first.iterate(start, end, reverse, fn) {
		return true
	}
	if inRange(n.key, start, end) && fn(n.key, n.value) {
		return true
	}
	if goSecond && second.iterate(start, end, reverse, fn) {
		return true
	}
	return false
}

func (n *node[V]) heightOrZero() int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *node[V]) fix() {
	l, r := n.left.heightOrZero(), n.right.heightOrZero()
	if l > r {
		n.height = l + 1
	} else {
		n.height = r + 1
	}
}

func (n *node[V]) rotateRight() *node[V] {
	l := n.left
	n.left = l.right
	l.right = n
	n.fix()
	l.fix()
	return l
}

func (n *node[V]) rotateLeft() *node[V] {
	r := n.right
	n.right = r.left
	r.left = n
	n.fix()
	r.fix()
	return r
}

func (n *node[V]) balance() *node[V] {
	n.fix()
	switch b := n.left.heightOrZero() - n.right.heightOrZero(); {
	case b > 1:
		if n.left.left.heightOrZero() < n.left.right.heightOrZero() {
			n.left = n.left.rotateLeft()
		}
		return n.rotateRight()
	case b < -1:
		if n.right.right.heightOrZero() < n.right.left.heightOrZero() {
			n.right = n.right.rotateRight()
		}
		return n.rotateLeft()
	}
	return n
}

func (n *node[V]) insert(key string, value V) (*node[V], bool) {
	if n == nil {
		return &node[V]{key: key, value: value, height: 1}, true
	}
	var added bool
	switch {
	case key < n.key:
		n.left, added = n.left.insert(key, value)
	case key > n.key:
		n.right, added = n.right.insert(key, value)
	default:
		n.value = value
		return n, false
	}
	return n.balance(), added
}

func (n *node[V]) remove(key string) (*node[V], *node[V]) {
	if n == nil {
		return nil, nil
	}
	var removed *node[V]
	switch {
	case key < n.key:
		n.left, removed = n.left.remove(key)
	case key > n.key:
		n.right, removed = n.right.remove(key)
	default:
		removed = &node[V]{key: n.key, value: n.value}
		if n.left == nil {
			return n.right, removed
		}
		if n.right == nil {
			return n.left, removed
		}
		// replace n's entry by its successor's
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key, n.value = m.key, m.value
		n.right, _ = n.right.remove(m.key)
	}
	if removed == nil {
		return n, nil
	}
	return n.balance(), removed
}

// check verifies the AVL invariants (order, heights, balance) and returns the node count; tests use it.
func (n *node[V]) check(lo, hi string, hasLo, hasHi bool) (count int, ok bool) {
	if n == nil {
		return 0, true
	}
	if hasLo && n.key <= lo || hasHi && n.key >= hi {
		return 0, false
	}
	lc, lok := n.left.check(lo, n.key, hasLo, true)
	rc, rok := n.right.check(n.key, hi, true, hasHi)
	l, r := n.left.heightOrZero(), n.right.heightOrZero()
	want := l + 1
	if r > l {
		want = r + 1
	}
	if !lok || !rok || n.height != want || l-r > 1 || r-l > 1 {
		return 0, false
	}
	return lc + rc + 1, true
}
