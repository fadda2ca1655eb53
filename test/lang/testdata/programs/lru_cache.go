// An LRU cache with a doubly linked list and a map.
package main

import "fmt"

type entry struct {
	key, val   string
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	evictions  []string
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*entry{}}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (string, bool) {
	e, ok := l.items[k]
	if !ok {
		return "", false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k, v string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		l.evictions = append(l.evictions, old.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) Keys() []string {
	var ks []string
	for e := l.head.next; e != l.tail; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	c.Put("a", "1")
	c.Put("b", "2")
	c.Put("c", "3")
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", "4")
	fmt.Println(c.Keys(), c.evictions)
	_, ok = c.Get("b")
	fmt.Println(ok)
	c.Put("c", "33")
	c.Put("e", "5")
	fmt.Println(c.Keys(), c.evictions)
	for _, k := range []string{"a", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Print(k, "=", v, ":", ok, " ")
	}
	fmt.Println()
}
