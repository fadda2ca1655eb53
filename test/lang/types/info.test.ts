import { strict as assert } from 'node:assert'
import * as constant from '../../../src/lang/constant/index.ts'
import type * as ast from '../../../src/lang/syntax/ast.ts'
import { typeString, type Named, type Var } from '../../../src/lang/types/index.ts'
import { checkSource } from './helpers.ts'

function walk (n: unknown, f: (n: ast.Node) => void): void {
  if (!n || typeof n !== 'object') return
  if (Array.isArray(n)) { for (const x of n) walk(x, f); return }
  const node = n as ast.Node
  if (typeof node.kind === 'string') f(node)
  for (const [k, v] of Object.entries(node)) if (k !== 'doc' && k !== 'comment' && k !== 'comments') walk(v, f)
}

function findAll<K extends ast.Node['kind']> (file: ast.File, kind: K): Extract<ast.Node, { kind: K }>[] {
  const out: Extract<ast.Node, { kind: K }>[] = []
  walk(file.decls, n => { if (n.kind === kind) out.push(n as Extract<ast.Node, { kind: K }>) })
  return out
}

describe('lang/types: Info side tables', () => {
  it('records constant values with iota and typed constants', () => {
    const r = checkSource(`package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

const big = 1 << 100
const small = big >> 98

func main() { println(Tuesday, MB, small) }
`)
    assert.deepEqual(r.lines, [])
    const c = (n: string) => r.pkg.scope.lookup(n) as { val: constant.Value; type: Named }
    assert.equal(constant.toString(c('Tuesday').val), '2')
    assert.equal(typeString(c('Tuesday').type, () => ''), 'Weekday')
    assert.equal(constant.toString(c('MB').val), '1048576')
    assert.equal(constant.toString(c('small').val), '4')
    assert.equal(typeString(c('small').type), 'untyped int')
  })

  it('records the final type of untyped constant operands', () => {
    const r = checkSource('package main\n\nfunc main() {\n\tvar f float64 = 1 + 2\n\tvar b byte = \'a\'\n\tprintln(f, b)\n}\n')
    const file = r.fset.files.length && r.info.types
    assert.ok(file)
    const lits = [...r.info.types.entries()].filter(([e]) => e.kind === 'BasicLit')
    const byText = new Map(lits.map(([e, tv]) => [(e as ast.BasicLit).value, tv]))
    // as in go/types, operands of a constant expression keep their untyped types; the root gets the final one
    assert.equal(typeString(byText.get('1')!.type), 'untyped int')
    assert.equal(byText.get('1')!.mode, 'constant')
    assert.equal(typeString(byText.get("'a'")!.type), 'byte')
    const sums = [...r.info.types.entries()].filter(([e]) => e.kind === 'BinaryExpr')
    assert.equal(constant.toString(sums[0][1].value!), '3')
    assert.equal(typeString(sums[0][1].type), 'float64')
  })

  it('records defs, uses, selections with index paths, and implicit objects', () => {
    const src = `package main

type P struct{ X, Y int }

type Q struct {
	P
	Name string
}

func (p *P) Move(dx int) { p.X += dx }

func main() {
	q := &Q{}
	q.Move(1)
	q.Y = 2
	f := q.Move
	g := (*P).Move
	var i interface{} = q
	switch v := i.(type) {
	case *Q:
		println(v.Name)
	}
	f(1)
	g(&q.P, 2)
}
`
    const r = checkSource(src)
    assert.deepEqual(r.lines, [])
    const file = r.info.scopes.keys().next().value as ast.File
    const sels = findAll(file, 'SelectorExpr')
    const byText = (t: string) => sels.find(s => (s.x.kind === 'Ident' || s.x.kind === 'ParenExpr') && s.sel.name === t)!
    const move = r.info.selections.get(byText('Move'))!
    assert.equal(move.kind, 'method')
    assert.deepEqual(move.index, [0, 0])
    assert.equal(move.indirect, true)
    const y = r.info.selections.get(sels.find(s => s.sel.name === 'Y')!)!
    assert.equal(y.kind, 'field')
    assert.deepEqual(y.index, [0, 1])
    const mexpr = [...r.info.selections.values()].find(s => s.kind === 'methodExpr')!
    assert.equal(typeString(mexpr.type, () => ''), 'func(p *P, dx int)')
    const clauses = findAll(file, 'CaseClause')
    const v = r.info.implicits.get(clauses[0]) as Var
    assert.equal(v.name, 'v')
    assert.equal(typeString(v.type, () => ''), '*Q')
    const idents = findAll(file, 'Ident').filter(i => i.name === 'q')
    assert.ok(r.info.defs.get(idents[0]))
    assert.equal(r.info.uses.get(idents[1]), r.info.defs.get(idents[0]))
  })

  it('orders package-level initializers by dependency', () => {
    const r = checkSource(`package main

var a = c + b
var b = f()
var c = 1
var d, e = g()

func f() int { return c * 2 }
func g() (int, int) { return a, b }

func main() {}
`)
    assert.deepEqual(r.lines, [])
    const order = r.info.initOrder.map(i => i.lhs.map(v => v.name).join(','))
    assert.deepEqual(order, ['c', 'b', 'a', 'd,e'])
  })

  it('records instances of generic functions and types, and marks captured variables', () => {
    const r = checkSource(`package main

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	n := 0
	inc := func() { n++ }
	inc()
	p := Pair[string, int]{"a", 1}
	s := Map([]int{1, 2}, func(i int) string { return "x" })
	println(p.Key, len(s), n)
}
`)
    assert.deepEqual(r.lines, [])
    const inst = [...r.info.instances.entries()].map(([id, i]) => `${id.name}[${i.typeArgs.map(t => typeString(t)).join(',')}] ${typeString(i.type, () => '')}`)
    assert.deepEqual(inst.sort(), ['Map[int,string] func(xs []int, f func(int) string) []string', 'Pair[string,int] Pair[string, int]'])
    assert.deepEqual([...r.info.captured].map(v => v.name), ['n'])
  })

  it('types non-constant shifts of untyped constants from context, and comma-ok expressions as tuples', () => {
    const r = checkSource(`package main

func main() {
	var n uint = 3
	var x int64 = 1 << n
	m := map[string]int{}
	v, ok := m["a"]
	var i interface{} = x
	s, isStr := i.(string)
	println(x, v, ok, s, isStr)
}
`)
    assert.deepEqual(r.lines, [])
    const entries = [...r.info.types.entries()]
    const one = entries.find(([e]) => e.kind === 'BasicLit' && (e as ast.BasicLit).value === '1')!
    assert.equal(typeString(one[1].type), 'int64')
    const shift = entries.find(([e]) => e.kind === 'BinaryExpr')!
    assert.equal(typeString(shift[1].type), 'int64')
    assert.equal(shift[1].mode, 'value')
    const idx = entries.find(([e]) => e.kind === 'IndexExpr')!
    assert.equal(idx[1].mode, 'mapindex')
    assert.equal(typeString(idx[1].type), '(int, bool)')
    const ta = entries.find(([e]) => e.kind === 'TypeAssertExpr')!
    assert.equal(ta[1].mode, 'commaok')
    assert.equal(typeString(ta[1].type), '(string, bool)')
  })

  it('records conversions, builtins and calls distinctly', () => {
    const r = checkSource(`package main

type T int

func f() int { return 1 }

func main() {
	a := T(f())
	b := len("abc")
	c := append([]int{}, 1)
	println(a, b, c[0])
}
`)
    assert.deepEqual(r.lines, [])
    const calls = [...r.info.types.entries()].filter(([e]) => e.kind === 'CallExpr') as [ast.CallExpr, { mode: string; value?: constant.Value }][]
    const funMode = (name: string) => {
      const c = calls.find(([e]) => e.fun.kind === 'Ident' && e.fun.name === name)!
      return r.info.types.get(c[0].fun)!.mode
    }
    assert.equal(funMode('T'), 'typexpr')
    assert.equal(funMode('len'), 'builtin')
    assert.equal(funMode('append'), 'builtin')
    assert.equal(funMode('f'), 'value')
    const lenCall = calls.find(([e]) => e.fun.kind === 'Ident' && e.fun.name === 'len')!
    assert.equal(lenCall[1].mode, 'constant')
    assert.equal(constant.toString(lenCall[1].value!), '3')
  })
})
