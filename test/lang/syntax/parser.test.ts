import { strict as assert } from 'node:assert'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as S from '../../../src/lang/syntax/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const allGo = readFileSync(join(here, 'testdata', 'all.go'), 'utf8')

/** The tree's shape without positions: kinds, names, operators, literal values. */
function shape (n: S.Node | null): unknown {
  if (n === null) return null
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(n)) {
    if (k === 'pos' || k === 'end' || typeof v === 'number') continue
    if (Array.isArray(v)) out[k] = v.map((c) => (c !== null && typeof c === 'object' ? shape(c as S.Node) : c))
    else if (v !== null && typeof v === 'object') out[k] = shape(v as S.Node)
    else out[k] = v
  }
  return out
}

function parseOK (src: string): S.File {
  const r = S.parseFile('t.go', src)
  assert.deepEqual(r.errors.map((e) => e.message), [])
  return r.file
}

function body (src: string): S.Stmt[] {
  const f = parseOK(`package p\nfunc f() {\n${src}\n}\n`)
  return (f.decls[0] as S.FuncDecl).body!.list
}

describe('lang/syntax parser', () => {
  it('parses a file using every syntactic form without errors', () => {
    const f = parseOK(allGo)
    assert.equal(f.name.name, 'main')
    assert.deepEqual(
      f.imports.map((i) => [i.name?.name ?? null, i.path.value]),
      [[null, '"fmt"'], ['str', '"strings"'], ['.', '"math"']]
    )
    assert.equal(f.doc?.list[0].text, '// Package main exercises every syntactic form of Go 1.19 (and the later range forms).')
  })

  it('keeps positions consistent: children inside parents, in source order', () => {
    const r = S.parseFile('all.go', allGo)
    const check = (n: S.Node, lo: number, hi: number): void => {
      assert.ok(n.pos <= n.end, `${n.kind} pos <= end`)
      assert.ok(n.pos >= lo && n.end <= hi, `${n.kind} at ${r.fset.format(n.pos)} inside its parent`)
      let prev = n.pos
      S.forEachChild(n, (c) => {
        if (c.kind === 'CommentGroup') return
        // a FuncDecl's type starts at `func`, before the receiver and name (as in go/ast)
        if (n.kind === 'FuncDecl') prev = n.pos
        assert.ok(c.pos >= prev, `${c.kind} at ${r.fset.format(c.pos)} after its previous sibling`)
        check(c, n.pos, n.end)
        prev = c.end
      })
    }
    check(r.file, r.file.fileStart, r.file.fileEnd)
  })

  it('round-trips: every expression re-parsed from its own source text has the same shape', () => {
    const f = parseOK(allGo)
    let n = 0
    const declTypes = new Set<S.Node>()
    S.inspect(f, (node) => {
      if (node.kind === 'FuncDecl') declTypes.add(node.type) // spans receiver and name: not an expression
      if (declTypes.has(node)) return true
      if (node.kind.endsWith('Expr') || node.kind === 'Ident' || node.kind === 'BasicLit' || node.kind.endsWith('Type') || node.kind === 'FuncLit' || node.kind === 'CompositeLit') {
        const x = node as S.Expr
        if (x.kind === 'KeyValueExpr' || (x.kind === 'CompositeLit' && x.type === null) || (x.kind === 'TypeAssertExpr' && x.type === null)) return true
        if (x.kind === 'FuncType' && x.func === 0) return true
        if (x.kind === 'Ident' && x.name === '.') return true
        const text = allGo.slice(x.pos - f.fileStart, x.end - f.fileStart)
        const r = S.parseExpr(text)
        assert.deepEqual(r.errors.map((e) => e.message), [], text)
        assert.deepEqual(shape(r.expr), shape(x), text)
        n++
      }
      return true
    })
    assert.ok(n > 300, `${n} expressions`)
  })

  it('resolves positions to Go line:column in UTF-8 bytes', () => {
    const r = S.parseFile('p.go', 'package p\n\nvar é, x = "ü", 1\n')
    const spec = (r.file.decls[0] as S.GenDecl).specs[0] as S.ValueSpec
    assert.equal(r.fset.format(spec.names[1].pos), 'p.go:3:9')
    // gc reports `undefined: y` at 3:19 for `var é, x = "ü", y`
    assert.equal(r.fset.format(spec.values[1].pos), 'p.go:3:19')
  })

  it('parses generics: type parameter lists, constraints, instantiations', () => {
    const f = parseOK('package p\ntype T[K comparable, V ~int | string] struct{}\nfunc F[A, B any](a A) B { return G[A, B](a) }\ntype U[P *int,] int\ntype Arr [N]int\n')
    const t = (f.decls[0] as S.GenDecl).specs[0] as S.TypeSpec
    assert.deepEqual(t.typeParams!.list.map((fl) => [fl.names.map((i) => i.name), S.exprString(fl.type)]), [
      [['K'], 'comparable'],
      [['V'], '~int | string'],
    ])
    const fn = f.decls[1] as S.FuncDecl
    assert.deepEqual(fn.type.typeParams!.list[0].names.map((i) => i.name), ['A', 'B'])
    const ret = fn.body!.list[0] as S.ReturnStmt
    const call = ret.results[0] as S.CallExpr
    assert.equal(call.fun.kind, 'IndexListExpr')
    const u = (f.decls[2] as S.GenDecl).specs[0] as S.TypeSpec
    assert.equal(S.exprString(u.typeParams!.list[0].type), '*int')
    const arr = (f.decls[3] as S.GenDecl).specs[0] as S.TypeSpec
    assert.equal(arr.typeParams, null)
    assert.equal(arr.type.kind, 'ArrayType')
  })

  it('tells composite literals from blocks in statement headers', () => {
    const [s1, s2, s3] = body('if x == (T{}) {}\nfor _, v := range []T{{1}} { _ = v }\nswitch (T{}) {}')
    assert.equal(s1.kind, 'IfStmt')
    assert.equal(((s1 as S.IfStmt).cond as S.BinaryExpr).y.kind, 'ParenExpr')
    assert.equal(s2.kind, 'RangeStmt')
    assert.equal((s2 as S.RangeStmt).x.kind, 'CompositeLit')
    assert.equal(s3.kind, 'SwitchStmt')
    const [s4] = body('if v := x; v {}')
    assert.equal(((s4 as S.IfStmt).cond as S.Ident).name, 'v')
  })

  it('parses type switches with and without binding', () => {
    const [a, b] = body('switch v := x.(type) {\ncase int:\n}\nswitch x.(type) {\ndefault:\n}')
    assert.equal(a.kind, 'TypeSwitchStmt')
    const as = (a as S.TypeSwitchStmt).assign as S.AssignStmt
    assert.equal(as.kind, 'AssignStmt')
    assert.equal(as.tok, ':=')
    assert.equal((as.rhs[0] as S.TypeAssertExpr).type, null)
    assert.equal(((b as S.TypeSwitchStmt).assign as S.ExprStmt).x.kind, 'TypeAssertExpr')
    const clause = (b as S.TypeSwitchStmt).body.list[0] as S.CaseClause
    assert.equal(clause.list, null)
  })

  it('parses slices, method expressions, conversions, labels, goto, channels', () => {
    const stmts = body('_ = a[1:2:3]\n_ = (*T).M\n_ = []byte("s")\nL:\nfor {\n\tgoto L\n}\nch <- 1\ngo f()\ndefer g()\nx++\ny -= 2')
    const sl = (stmts[0] as S.AssignStmt).rhs[0] as S.SliceExpr
    assert.equal(sl.slice3, true)
    assert.deepEqual([sl.low, sl.high, sl.max].map((e) => S.exprString(e!)), ['1', '2', '3'])
    assert.equal(S.exprString((stmts[1] as S.AssignStmt).rhs[0]), '(*T).M')
    assert.equal(((stmts[2] as S.AssignStmt).rhs[0] as S.CallExpr).fun.kind, 'ArrayType')
    assert.equal(stmts[3].kind, 'LabeledStmt')
    assert.equal((stmts[3] as S.LabeledStmt).stmt.kind, 'ForStmt')
    assert.deepEqual(stmts.slice(4).map((s) => s.kind), ['SendStmt', 'GoStmt', 'DeferStmt', 'IncDecStmt', 'AssignStmt'])
    assert.equal((stmts[8] as S.AssignStmt).tok, '-=')
  })

  it('parses struct tags, embedded fields, interface type-set elements, channel types', () => {
    const f = parseOK('package p\ntype S struct {\n\tA, B int `json:"a"`\n\t*E\n\tpkg.T\n\tG[int]\n}\ntype I interface {\n\t~int | ~string\n\tfmt.Stringer\n\tM(x int) (bool, error)\n}\nvar c <-chan chan<- int\n')
    const st = ((f.decls[0] as S.GenDecl).specs[0] as S.TypeSpec).type as S.StructType
    assert.deepEqual(st.fields.list.map((fl) => [fl.names.map((n) => n.name), S.exprString(fl.type), fl.tag?.value ?? null]), [
      [['A', 'B'], 'int', '`json:"a"`'],
      [[], '*E', null],
      [[], 'pkg.T', null],
      [[], 'G[int]', null],
    ])
    const it2 = ((f.decls[1] as S.GenDecl).specs[0] as S.TypeSpec).type as S.InterfaceType
    assert.deepEqual(it2.methods.list.map((m) => [m.names.map((n) => n.name), S.exprString(m.type)]), [
      [[], '~int | ~string'],
      [[], 'fmt.Stringer'],
      [['M'], 'func(x int) (bool, error)'],
    ])
    const ct = ((f.decls[2] as S.GenDecl).specs[0] as S.ValueSpec).type as S.ChanType
    assert.equal(ct.dir, 'recv')
    assert.equal((ct.value as S.ChanType).dir, 'send')
  })

  it('keeps comments and attaches doc comments', () => {
    const f = parseOK('// Package p.\npackage p\n\n// F does things.\n// Really.\nfunc F() {} // trailing\n\n/* block */\n\nvar x = 1\n\nfunc Example() {\n\t// Output:\n\t// hi\n}\n')
    assert.equal(f.doc!.list.length, 1)
    assert.deepEqual((f.decls[0] as S.FuncDecl).doc!.list.map((c) => c.text), ['// F does things.', '// Really.'])
    assert.equal((f.decls[1] as S.GenDecl).doc, null)
    assert.deepEqual(f.comments.map((g) => g.list.map((c) => c.text)), [
      ['// Package p.'],
      ['// F does things.', '// Really.'],
      ['// trailing'],
      ['/* block */'],
      ['// Output:', '// hi'],
    ])
  })

  it('parses functions without bodies and methods with receivers', () => {
    const f = parseOK('package p\nfunc Native(x int) int\nfunc (s *S) M() {}\nfunc (S[T]) N() {}\n')
    assert.equal((f.decls[0] as S.FuncDecl).body, null)
    assert.equal(S.exprString((f.decls[1] as S.FuncDecl).recv!.list[0].type), '*S')
    assert.equal(S.exprString((f.decls[2] as S.FuncDecl).recv!.list[0].type), 'S[T]')
  })

  it('parses every benchmark program without errors', () => {
    const dir = join(here, '..', '..', '..', 'scripts', 'bench') // the programs of `npm run bench`
    const names = readdirSync(dir).filter((n) => n.endsWith('.go'))
    assert.ok(names.length >= 8)
    for (const n of names) {
      const r = S.parseFile(n, readFileSync(join(dir, n), 'utf8'))
      assert.deepEqual(r.errors.map((e) => e.message), [], n)
      assert.ok(r.file.decls.some((d) => d.kind === 'FuncDecl' && d.name.name === 'main'), n)
    }
  })
})

describe('lang/syntax parser limits', () => {
  it('parses a very long concatenation (a left-deep tree thousands of levels deep)', () => {
    const src = 'package p\n\nconst s = ' + Array.from({ length: 20000 }, (_, i) => `"${i}"`).join(' +\n\t') + '\n'
    const r = S.parseFile('long.go', src)
    assert.deepEqual(r.errors.map((e) => e.message), [])
    let n = 0
    S.inspect(r.file, (x) => {
      if (x.kind === 'BasicLit') n++
      return true
    })
    assert.equal(n, 20000)
  })

  it('rejects absurd nesting with a clear error instead of overflowing the stack', () => {
    for (const src of [
      'package p\nvar x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n',
      'package p\nfunc f() {' + '{'.repeat(5000) + '}'.repeat(5000) + '}\n',
      'package p\nvar x ' + '[]'.repeat(5000) + 'int\n',
      'package p\nvar x = ' + '[]any{'.repeat(3000) + '}'.repeat(3000) + '\n',
    ]) {
      const r = S.parseFile('deep.go', src)
      assert.equal(r.errors.length, 1)
      assert.match(r.errors[0].message, /^deep\.go:2:\d+: syntax error: nesting deeper than 400 levels$/)
    }
    // 300 levels of parentheses are fine
    assert.deepEqual(S.parseFile('ok.go', 'package p\nvar x = ' + '('.repeat(300) + '1' + ')'.repeat(300) + '\n').errors, [])
  })
})

describe('lang/syntax parse options', () => {
  it('leaves labels and branch statements to the type checker', () => {
    const src = 'package p\nfunc f() {\n\tcontinue\nL:\n\tgoto M\n}\n'
    assert.deepEqual(S.parseFile('b.go', src).errors, [])
  })

  it('adds errors to a package-wide list with gc policy across files', () => {
    const fset = new S.FileSet()
    const errors = new S.ErrorList<S.GoSyntaxError>()
    S.parseFile('a.go', 'package p\nvar x = [\n', { fset, errors })
    S.parseFile('b.go', 'package p\nvar s = "\\q"\n', { fset, errors })
    assert.deepEqual(errors.sorted().map((e) => e.message), [
      'a.go:3:1: syntax error: unexpected EOF, expecting expression',
      'b.go:2:11: unknown escape',
    ])
  })
})

describe('lang/syntax CRLF sources', () => {
  it('parses CRLF files and strips carriage returns from comment text, as go/scanner', () => {
    const r = S.parseFile('crlf.go', 'package main\r\n\r\n// Doc line.\r\nfunc main() {} // trailing\r\n/* a\r\nb */\r\n')
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.file.comments.map((g) => g.list[0].text), ['// Doc line.', '// trailing', '/* a\nb */'])
    assert.equal((r.file.decls[0] as S.FuncDecl).doc!.list[0].text, '// Doc line.')
    // go/ast positions for this file (printed by go/parser): 3:1-3:13, 4:16-4:27, 5:1-6:4
    assert.deepEqual(
      r.file.comments.map((g) => `${r.fset.format(g.pos)}-${r.fset.format(g.end)}`),
      ['crlf.go:3:1-crlf.go:3:13', 'crlf.go:4:16-crlf.go:4:27', 'crlf.go:5:1-crlf.go:6:4']
    )
  })
})
