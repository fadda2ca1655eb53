import { strict as assert } from 'node:assert'
import { build, compile } from '../../../src/lang/compile/index.ts'
import { formatPosition } from '../../../src/lang/syntax/pos.ts'

const prog = `package main

import "fmt"

type P struct{ X, Y int }

func (p *P) Move(d int) { p.X += d }

func Double(x int) int { return 2 * x }

func Last[T any](xs []T, f func(T) bool) (T, bool) {
	for i := len(xs) - 1; i >= 0; i-- {
		if f(xs[i]) {
			return xs[i], true
		}
	}
	var zero T
	return zero, false
}

func main() {
	p := &P{1, 2}
	defer fmt.Println("done")
	p.Move(3)
	fmt.Println(Last([]int{1, 2, 3}, func(i int) bool { return i*p.X < 9 }))
}
`

describe('lang/compile', () => {
  it('gives the same program, byte for byte, for the same source', () => {
    const a = build([{ name: 'prog.go', text: prog }])
    const b = build([{ name: 'prog.go', text: prog }])
    assert.ok(a.ok && b.ok)
    assert.equal(a.js, b.js)
  })

  it('compile is a function of the checked units: compiling them again gives the same program', () => {
    const r = build([{ name: 'prog.go', text: prog }])
    assert.ok(r.ok)
    const pos = (p: number): string => formatPosition(r.fset.position(p))
    assert.equal(compile(r.units, { pos, main: 'main' }), r.js)
  })

  it('lists the functions the host asks for, and only those, as exports', () => {
    const r = build([{ name: 'prog.go', text: prog }])
    assert.ok(r.ok)
    const pos = (p: number): string => formatPosition(r.fset.position(p))
    const js = compile(r.units, { pos, main: null, exports: ['main.Double'] })
    assert.match(js, /exports: \{ "main\.Double": main\$Double \}/)
    assert.match(js, /function main\$Double\(x\)/)
    assert.match(js, /main: null/)
    // unreachable from main or the exports: not compiled
    assert.doesNotMatch(r.js, /function main\$Double\(/)
  })
})

describe('lang/compile: programs deeper than the host stack (found by fuzzing, issue 12)', () => {
  const deep = (expr: string): string => `package main\n\ntype S struct{ a *S }\n\nvar s = &S{}\nvar x = [][]int{}\nvar v = ${expr}\n\nfunc main() { println(v) }\n`
  for (const [what, expr] of [
    ['a chain of 20000 selectors', 's' + '.a'.repeat(20000)],
    ['a chain of 20000 index expressions', 'x' + '[0]'.repeat(20000)],
    ['a sum of 40000 terms', Array(40000).fill('1').join(' + ')]
  ]) {
    it(`answers ${what} with a compile error, not an internal error`, () => {
      const r = build([{ name: 'main.go', text: deep(expr) }])
      assert.equal(r.ok, false)
      if (r.ok) return
      assert.notEqual(r.internal, true, r.errors.join('\n'))
      assert.deepEqual(r.errors, ['main.go:1:1: program too deeply nested: an expression or statement chain is deeper than this compiler follows'])
    })
  }
  it('still compiles a sum of 2000 terms', () => {
    const r = build([{ name: 'main.go', text: deep(Array(2000).fill('1').join(' + ')) }])
    assert.ok(r.ok, r.ok ? '' : r.errors.join('\n'))
  })
})
