// Property and fuzz tests of the Go front end on hostile text (issue 12): parsing a file or an
// expression never throws, whatever the text or bytes; it returns the tree and typed syntax
// errors. Call arguments (Go literals) are refused with a code, never with a host error. The
// compiler answers any mutant of a real program with compile errors, never an internal error.
import { strict as assert } from 'node:assert'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { checkArguments, compileProgram, parseFile, type ServiceBuildInput } from '../../src/lang/index.ts'
import { GoSyntaxError, parseExpr } from '../../src/lang/syntax/index.ts'
import { goLiteral, params, testTimeout } from './arbitraries.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(root, path), 'utf8')

/** Real Go: the bootstrap services and some test programs, to mutate. */
const corpus: string[] = [
  ...['counter', 'dex', 'token', 'blog'].map(p => read(`bootstrap/packages/${p}/${p}.go`)),
  // the first program of every conformance folder (test/lang/testdata): the Go subset in breadth
  ...readdirSync(join(root, 'test/lang/testdata')).sort().flatMap(d => {
    try { return readdirSync(join(root, 'test/lang/testdata', d)).filter(f => f.endsWith('.go')).sort().slice(0, 1).map(f => read(`test/lang/testdata/${d}/${f}`)) } catch { return [] }
  })
]

const TOKENS = [
  'package', 'main', 'import', '"fmt"', 'func', 'main', '(', ')', '{', '}', '[', ']', 'var', 'const', 'type', 'struct', 'interface',
  'map', 'chan', '<-', 'go', 'defer', 'return', 'if', 'else', 'for', 'range', 'switch', 'case', 'default', 'select', 'break',
  'continue', 'goto', 'fallthrough', 'x', 'y', 'T', 'int', 'string', '[]', '...', ':=', '=', '+=', '+', '-', '*', '/', '%', '&',
  '|', '^', '&^', '<<', '>>', '&&', '||', '!', '==', '!=', '<', '<=', '>', '>=', ',', ';', '.', ':', '~', '0', '1.5', '0x1p-2',
  '1i', "'a'", '"s"', '`raw`', '//c\n', '/*c*/', '\n', ' ', '\t', 'nil', 'true', 'iota', '_', 'any', 'comparable', '[T any]',
  '//go:build x\n', '//line a.go:1\n', '\u00e9', '\u200b', '\ufeff', '"\\u', "'\\x", '0b', '0o', '1_', '1e', '"\\'
]

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map(ts => ts.join(' '))
const prefixed = tokenSoup.map(s => 'package main\n' + s)

function mutateText (text: string): fc.Arbitrary<string> {
  return fc.array(fc.record({ at: fc.nat(), len: fc.nat(12), insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })) }), { minLength: 1, maxLength: 4 })
    .map(edits => {
      let t = text
      for (const e of edits) {
        const at = t.length === 0 ? 0 : e.at % t.length
        t = t.slice(0, at) + e.insert + t.slice(at + e.len)
      }
      return t
    })
}
const mutatedSource = fc.nat(corpus.length - 1).chain(i => mutateText(corpus[i]))

/** Mutants that mostly still parse: 1..3 words of the program replaced by other words of it (names, keywords, literals). */
function swapWords (text: string): fc.Arbitrary<string> {
  const words = [...text.matchAll(/[A-Za-z_][A-Za-z0-9_]*|[0-9]+|"[^"\n]*"/g)]
  const pool = [...new Set(words.map(w => w[0]))]
  return fc.array(fc.tuple(fc.nat(words.length - 1), fc.nat(pool.length - 1)), { minLength: 1, maxLength: 3 }).map(swaps => {
    const byPos = new Map(swaps.map(([w, p]) => [words[w].index, { len: words[w][0].length, by: pool[p] }]))
    let out = ''
    let at = 0
    for (const [pos, r] of [...byPos.entries()].sort((a, b) => a[0] - b[0])) {
      out += text.slice(at, pos) + r.by
      at = pos + r.len
    }
    return out + text.slice(at)
  })
}

/** Nesting bombs: deep brackets, operators, literals. */
const bombs = fc.tuple(fc.constantFrom('(', '[', '{', '*', '-', '!', '<-', 'func(', '[]', 'map[int]', 'struct{f ', 'x.', 'x[', 'if x {', 'for {'), fc.integer({ min: 100, max: 20_000 }))
  .map(([open, n]) => `package main\nvar v = ${open.repeat(n)}\n`)

function parsesWithTypedErrors (text: string | Uint8Array): void {
  const r = parseFile('fuzz.go', text)
  assert.ok(r.file !== undefined)
  for (const e of r.errors) {
    assert.ok(e instanceof GoSyntaxError)
    assert.equal(e.code, 'ERR_SYNTAX')
    // the position is fuzz.go's, or the one a //line directive names
    assert.ok(e.msg.length > 0 && e.message.endsWith(`: ${e.msg}`), e.message)
  }
  if (r.tooMany !== null) assert.ok(r.errors.length >= 9)
}

describe('fuzz: Go parser', function () {
  this.timeout(testTimeout(40_000))

  it('parses any text without throwing: a tree and positioned syntax errors', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), tokenSoup, prefixed, mutatedSource), text => {
      parsesWithTypedErrors(text)
    }), params())
  })

  it('parses any bytes (invalid UTF-8 included) without throwing', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 200 }), mutatedSource.map(s => new TextEncoder().encode(s)).chain(b => fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([at, v]) => { const c = Uint8Array.from(b); if (c.length > 0) c[at % c.length] = v; return c })))
    fc.assert(fc.property(bytes, b => { parsesWithTypedErrors(b) }), params())
  })

  it('survives nesting bombs with a syntax error, not a stack overflow', () => {
    fc.assert(fc.property(bombs, text => { parsesWithTypedErrors(text) }), params(0.1))
  })

  it('parses any expression text without throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 80 }), tokenSoup, goLiteral), text => {
      const r = parseExpr(text)
      assert.ok(r.expr !== undefined)
      for (const e of r.errors) assert.ok(e instanceof GoSyntaxError)
    }), params())
  })
})

describe('fuzz: Go literals as call arguments', function () {
  this.timeout(testTimeout(40_000))
  const shop: ServiceBuildInput = {
    path: 'local.land/t/shop',
    files: [{ name: 'shop.go', text: 'package shop\n\ntype Item struct {\n\tName string\n\tTags []string\n\tNext *Item\n}\n\nfunc Buy(item Item, n int, m map[string][]byte, f float64, c complex128, r rune, any interface{}) string { return item.Name }\nfunc Tag(name string, tags ...string) int { return len(tags) }\n' }],
    resolve: () => null
  }

  it('any argument texts are values or refused with ERR_BAD_ARGUMENT / ERR_UNKNOWN_FUNCTION', () => {
    const arg = fc.oneof(goLiteral, fc.string({ maxLength: 40 }), tokenSoup, fc.constantFrom('Item{Name: "a", Tags: []string{"x"}}', '&Item{}', 'map[string][]byte{"k": []byte("v")}', '1 << 62', '1e400', '-0.0', '2i', "'\\U0010ffff'", 'Item{Next: &Item{Next: &Item{}}}'))
    fc.assert(fc.property(fc.constantFrom('Buy', 'Tag', 'Nope', 'main'), fc.array(arg, { maxLength: 8 }), (func, args) => {
      const r = checkArguments(shop, func, args)
      if (!r.ok) {
        assert.ok(['ERR_BAD_ARGUMENT', 'ERR_UNKNOWN_FUNCTION'].includes(r.code), r.code)
        assert.ok(r.message.length > 0)
      }
    }), params())
  })
})

describe('fuzz: Go compiler on mutated programs', function () {
  this.timeout(testTimeout(60_000))
  const programs = corpus.filter(t => /^package main\b/m.test(t))

  it('answers a mutant of a real program with a program or compile errors, never an internal error', () => {
    fc.assert(fc.property(fc.nat(programs.length - 1).chain(i => fc.oneof(mutateText(programs[i]), swapWords(programs[i]))), text => {
      const r = compileProgram([{ name: 'main.go', text }])
      if (!r.ok) {
        // (a crash of the checker is caught and reported as an "internal error" compile error: none either)
        assert.ok(r.internal !== true && !r.errors.some(e => e.includes('internal error')), `internal error:\n${r.errors.join('\n')}\n--- source:\n${text}`)
        assert.ok(r.errors.length > 0)
      }
    }), params(0.2))
  })

  it('answers chains deeper than the host stack (thousands of +, .f, [i], ()) with a compile error', () => {
    const chains = fc.tuple(fc.constantFrom(' + 1', '.a', '[0]', '()', ' * s.a.n'), fc.integer({ min: 100, max: 30_000 }))
      .map(([link, n]) => `package main\n\ntype S struct {\n\ta *S\n\tn int\n}\n\nvar s = &S{}\nvar x = [][]int{}\nvar v = ${link === ' + 1' || link === ' * s.a.n' ? '1' : link === '()' ? 'main' : link === '[0]' ? 'x' : 's'}${link.repeat(n)}\n\nfunc main() { println(v) }\n`)
    fc.assert(fc.property(chains, text => {
      const r = compileProgram([{ name: 'main.go', text }])
      if (!r.ok) assert.ok(r.internal !== true && !r.errors.some(e => e.includes('internal error')), r.errors.join('\n'))
    }), params(0.05))
  })
})
