import { strict as assert } from 'node:assert'
import { typeString, type Var } from '../../../src/lang/types/index.ts'
import type * as ast from '../../../src/lang/syntax/index.ts'
import { checkSource } from './helpers.ts'

describe('lang/types: Go 1.20 comparable satisfaction', () => {
  it('lets ordinary interfaces (and structs of them) satisfy comparable', () => {
    const r = checkSource(`package main

type Shape interface{ Area() float64 }

type Holder struct{ v any }

func F[T comparable](v T) bool { return v == v }

func main() {
	var e error
	var s Shape
	println(F(any(1)), F(e), F(s), F(Holder{}), F(struct{ a any }{}), F([2]interface{}{}))
}
`)
    assert.deepEqual(r.lines, [])
  })

  it('still rejects types that are not comparable, and type parameters constrained by any', () => {
    const r = checkSource(`package main

func F[T comparable](v T) bool { return v == v }

type S struct{ s []int }

func G[T any](v T) bool { return F(v) }

func main() {
	F([]int{1})
	F(map[string]int{})
	F(func() {})
	F(S{})
	F(struct{ a any; f func() }{})
}
`)
    assert.deepEqual(r.lines, [
      'prog.go:7:35: T does not implement comparable',
      'prog.go:10:3: []int does not implement comparable',
      'prog.go:11:3: map[string]int does not implement comparable',
      'prog.go:12:3: func() does not implement comparable',
      'prog.go:13:3: S does not implement comparable',
      'prog.go:14:3: struct{a any; f func()} does not implement comparable',
    ])
  })
})

describe('lang/types: Go 1.22 range over an integer', () => {
  function iterationVarTypes (src: string): Record<string, string> {
    const r = checkSource(src)
    assert.deepEqual(r.lines, [])
    const out: Record<string, string> = {}
    for (const [id, obj] of r.info.defs) {
      if (obj && obj.kind === 'var' && /^i\d$/.test((id as ast.Ident).name)) out[(id as ast.Ident).name] = typeString((obj as Var).type, () => '')
    }
    return out
  }

  it('gives the iteration variable the type of the range expression, int for an untyped constant', () => {
    const types = iterationVarTypes(`package main

type Count uint8

const N = 3

func each[P ~int16](n P) {
	for i4 := range n {
		_ = i4
	}
}

func main() {
	var c Count = 4
	for i1 := range c {
		_ = i1
	}
	var w int64 = 2
	for i2 := range w {
		_ = i2
	}
	for i3 := range N {
		_ = i3
	}
	each(int16(2))
}
`)
    assert.deepEqual(types, { i1: 'Count', i2: 'int64', i3: 'int', i4: 'P' })
  })
})
