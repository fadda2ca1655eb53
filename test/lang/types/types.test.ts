import { strict as assert } from 'node:assert'
import {
  ArrayType, ByteType, MapType, Named, Pointer, Slice, Struct, Typ, TypeName, Var, identical, identicalIgnoreTags,
  typeKey, typeString, lookupFieldOrMethod, methodSet, instance, type Type, type Obj,
} from '../../../src/lang/types/index.ts'
import { checkSource } from './helpers.ts'

function obj (src: string, name: string): { o: Obj; pkg: ReturnType<typeof checkSource>['pkg'] } {
  const r = checkSource(src)
  assert.deepEqual(r.lines, [])
  const o = r.pkg.scope.lookup(name)
  assert.ok(o, `no ${name}`)
  return { o, pkg: r.pkg }
}

describe('lang/types: type identity', () => {
  it('treats byte and uint8 (and rune and int32) as identical, with their own names', () => {
    assert.ok(identical(ByteType, Typ.Uint8))
    assert.equal(typeKey(ByteType), typeKey(Typ.Uint8))
    assert.equal(typeString(ByteType), 'byte')
    assert.ok(!identical(Typ.Int, Typ.Int64))
  })

  it('compares composite types structurally', () => {
    assert.ok(identical(new Slice(Typ.Int), new Slice(Typ.Int)))
    assert.ok(!identical(new Slice(Typ.Int), new Slice(Typ.String)))
    assert.ok(identical(new ArrayType(Typ.Int, 3), new ArrayType(Typ.Int, 3)))
    assert.ok(!identical(new ArrayType(Typ.Int, 3), new ArrayType(Typ.Int, 4)))
    assert.ok(identical(new MapType(Typ.String, new Pointer(Typ.Int)), new MapType(Typ.String, new Pointer(Typ.Int))))
  })

  it('distinguishes struct tags except for conversions', () => {
    const f = (tag: string) => new Struct([Object.assign(new Var(0, null, 'A', Typ.Int), { isField: true })], [tag])
    assert.ok(!identical(f('json:"a"'), f('json:"b"')))
    assert.ok(identicalIgnoreTags(f('json:"a"'), f('json:"b"')))
  })

  it('keeps distinct defined types distinct even with the same name and underlying type', () => {
    const a = new Named(new TypeName(0, null, 'T', Typ.Invalid), Typ.Int)
    const b = new Named(new TypeName(0, null, 'T', Typ.Invalid), Typ.Int)
    assert.ok(!identical(a, b))
    assert.notEqual(typeKey(a), typeKey(b))
    assert.ok(identical(a, a))
  })

  it('gives types keys that are stable across runs of the same program', () => {
    const src = `package main

type T struct{ a []int }

type G[K comparable] map[K]*T

func f() interface{} {
	type L struct{ t T }
	return L{}
}

var x G[string]
var y = f()

func main() {}
`
    const keys = () => {
      const r = checkSource(src)
      assert.deepEqual(r.lines, [])
      const scope = r.pkg.scope
      const local = [...r.info.defs.values()].find(o => o?.name === 'L')!
      return [typeKey(scope.lookup('T')!.type), typeKey(scope.lookup('x')!.type), typeKey(local.type), typeKey(scope.lookup('x')!.type.kind === 'named' ? (scope.lookup('x')!.type as Named).underlying : Typ.Invalid)]
    }
    const a = keys()
    assert.deepEqual(a, keys())
    assert.equal(a[0], 'main.T')
    assert.equal(a[1], 'main.G[b17]')
    assert.equal(a[2], 'main.L#2')
    assert.equal(a[3], 'map[b17]*main.T')
    assert.equal(typeKey(Typ.Int), 'b2')
  })

  it('ignores parameter names in function types', () => {
    const r = checkSource('package main\n\nvar f func(a int) string\nvar g func(b int) string\nvar h func(int) (s string)\n\nfunc main() {}\n')
    const t = (n: string) => r.pkg.scope.lookup(n)!.type
    assert.ok(identical(t('f'), t('g')))
    assert.ok(identical(t('f'), t('h')))
    assert.equal(typeString(t('f')), 'func(a int) string')
  })

  it('canonicalizes generic instances: List[int] is one object', () => {
    const { o } = obj('package main\n\ntype List[T any] struct{ next *List[T]; v T }\n\nvar a List[int]\nvar b List[int]\nvar c List[string]\n\nfunc main() {}\n', 'List')
    const g = o.type as Named
    assert.equal(instance(g, [Typ.Int]), instance(g, [Typ.Int]))
    assert.notEqual(instance(g, [Typ.Int]), instance(g, [Typ.String]))
    const r = checkSource('package main\n\ntype List[T any] struct{ next *List[T]; v T }\n\nvar a List[int]\nvar b List[int]\nvar c List[string]\n\nfunc main() {}\n')
    const ta = r.pkg.scope.lookup('a')!.type
    const tb = r.pkg.scope.lookup('b')!.type
    const tc = r.pkg.scope.lookup('c')!.type
    assert.equal(ta, tb)
    assert.ok(!identical(ta, tc))
    assert.equal(typeString(ta), 'main.List[int]')
    const u = (ta as Named).underlying as Struct
    assert.equal(typeString(u, () => ''), 'struct{next *List[int]; v int}')
    assert.equal((u.fields[0].type as Pointer).elem, ta)
  })
})

describe('lang/types: field and method lookup', () => {
  const src = `package main

type Inner struct{ X int }

func (i Inner) Get() int { return i.X }
func (i *Inner) Set(v int) { i.X = v }

type Mid struct{ *Inner }

type Outer struct {
	Mid
	Y int
}

func main() {}
`
  it('finds promoted fields with the index path through embedded fields', () => {
    const { o, pkg } = obj(src, 'Outer')
    const r = lookupFieldOrMethod(o.type, false, pkg, 'X')
    assert.equal(r.obj?.name, 'X')
    assert.deepEqual(r.index, [0, 0, 0])
    assert.equal(r.indirect, true)
    const y = lookupFieldOrMethod(o.type, false, pkg, 'Y')
    assert.deepEqual(y.index, [1])
    assert.equal(y.indirect, false)
  })

  it('promotes pointer methods through an embedded pointer', () => {
    const { o, pkg } = obj(src, 'Outer')
    const r = lookupFieldOrMethod(o.type, false, pkg, 'Set')
    assert.equal(r.obj?.kind, 'func')
    assert.deepEqual(r.index, [0, 0, 1])
  })

  it('computes method sets of T and *T', () => {
    const { o, pkg } = obj(src, 'Inner')
    assert.deepEqual(methodSet(o.type, pkg).map(m => m.obj.name), ['Get'])
    assert.deepEqual(methodSet(new Pointer(o.type), pkg).map(m => m.obj.name), ['Get', 'Set'])
    const outer = pkg.scope.lookup('Outer')!.type
    assert.deepEqual(methodSet(outer, pkg).map(m => m.obj.name), ['Get', 'Set'])
  })

  it('requires an addressable value for pointer methods', () => {
    const { o, pkg } = obj(src, 'Inner')
    const r = lookupFieldOrMethod(o.type, false, pkg, 'Set')
    assert.equal(r.obj, null)
    assert.equal(r.needsAddr, true)
    assert.equal(lookupFieldOrMethod(o.type, true, pkg, 'Set').obj?.name, 'Set')
  })

  it('reports ambiguous selectors at the same depth', () => {
    const r = checkSource(`package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X
}
`)
    assert.deepEqual(r.lines, ['prog.go:12:8: ambiguous selector c.X'])
  })
})

describe('lang/types: assignability and conversions', () => {
  const cases: [string, string | null][] = [
    ['var x int = 1', null],
    ['var x float64 = 1', null],
    ['var x byte = 255', null],
    ['var x byte = 256', 'cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)'],
    ['type T int; var x T = 1; var y int = x', 'cannot use x (variable of type T) as type int in variable declaration'],
    ['type T []int; var x T = []int{1}', null],
    ['var x interface{ M() } = 1', 'cannot use 1 (constant of type int) as type interface{M()} in variable declaration:\n\tint does not implement interface{M()} (missing M method)'],
    ['var p *int = nil', null],
    ['var s string = string(rune(65))', null],
    ['var b []byte = []byte("x")', null],
    ['var f float32 = float32(1) / 3', null],
    ['var u uint = uint(-1)', 'cannot convert -1 (untyped int constant) to type uint'],
    ['var e error = nil', null],
    ['const c = 1 << 62; var x int32 = c', 'cannot use c (untyped int constant 4611686018427387904) as int32 value in variable declaration (overflows)'],
  ]
  for (const [decl, want] of cases) {
    it(decl, () => {
      const r = checkSource(`package main\n\nfunc main() {\n\t${decl.split('; ').join('\n\t')}\n}\n`)
      const msgs = r.errors.filter(e => !e.soft).map(e => e.msg)
      assert.deepEqual(msgs, want ? [want] : [])
    })
  }
})

export type { Type }
