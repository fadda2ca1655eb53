import { strict as assert } from 'node:assert'
import { typeString } from '../../../src/lang/types/index.ts'
import { checkSource } from './helpers.ts'

describe('lang/types: generics', () => {
  it('infers through core types of outer type parameters and in self-recursive calls', () => {
    const r = checkSource(`package main

func sortSlice[E int | string](data []E, a, b int) {
	if b-a < 2 {
		return
	}
	m := (a + b) / 2
	sortSlice(data, a, m)
	sortSlice(data, m, b)
}

func Sort[S ~[]E, E int | string](x S) {
	sortSlice(x, 0, len(x))
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

type Names []string

func main() {
	n := Names{"b", "a"}
	Sort(n)
	println(Contains(n, "a"))
}
`)
    assert.deepEqual(r.lines, [])
    const inst = [...r.info.instances.entries()].map(([id, i]) => `${id.name}:${i.typeArgs.map(t => typeString(t, () => '')).join(',')}`)
    assert.ok(inst.includes('Sort:Names,string'), inst.join(' '))
    assert.ok(inst.includes('sortSlice:E'), inst.join(' '))
    assert.ok(inst.includes('Index:S,E'), inst.join(' '))
  })

  it('instantiates methods of generic types with their receiver type parameters', () => {
    const r = checkSource(`package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[U]) Pop() (U, bool) {
	var zero U
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	var s Stack[string]
	s.Push("a")
	v, ok := s.Pop()
	var w string = v
	println(w, ok)
}
`)
    assert.deepEqual(r.lines, [])
    const sel = [...r.info.selections.values()].find(s => s.obj.name === 'Pop')!
    assert.equal(typeString(sel.type, () => ''), 'func() (string, bool)')
    assert.equal(sel.obj.kind === 'func' && sel.obj.origin !== sel.obj, true)
  })

  it('checks constraints with methods, comparable and type sets', () => {
    const r = checkSource(`package main

type Stringer interface{ String() string }

type StringableInt interface {
	~int
	Stringer
}

type MyInt int

func (m MyInt) String() string { return "x" }

func Show[T StringableInt](v T) string { return v.String() }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	println(Show(MyInt(1)), len(Keys(map[string]int{"a": 1})))
	Show(1)
}
`)
    assert.deepEqual(r.lines, ['prog.go:26:6: int does not implement StringableInt (missing String method)'])
  })
})
