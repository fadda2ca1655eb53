import { strict as assert } from 'node:assert'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFile } from '../../../src/lang/syntax/index.ts'

// Each testdata/errors/NAME.go has NAME.err: the output of real Go 1.19's
// `go tool compile -p main NAME.go` (gc's syntax errors, sorted, at most 10 + "too many errors").
const dir = join(dirname(fileURLToPath(import.meta.url)), 'testdata', 'errors')

// In these programs gc found no `syntax error` and went on to type-check, so its output also holds
// type errors; the parser's errors must be among them.
const ALSO_TYPE_ERRORS = new Set(['method_no_recv', 'range_three'])

function ourOutput (name: string): string[] {
  const r = parseFile(name + '.go', readFileSync(join(dir, name + '.go')))
  const out = r.errors.map((e) => e.message)
  if (r.tooMany !== null) out.push(`${name}.go:${r.tooMany.position.line}:${r.tooMany.position.column}: too many errors`)
  return out
}

describe('lang/syntax errors (gc messages and positions)', () => {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .map((f) => f.slice(0, -3))
    .sort()
  for (const name of names) {
    it(name, () => {
      const expected = readFileSync(join(dir, name + '.err'), 'utf8').split('\n').filter((l) => l !== '')
      const ours = ourOutput(name)
      if (ALSO_TYPE_ERRORS.has(name)) {
        assert.ok(ours.length > 0)
        for (const l of ours) assert.ok(expected.includes(l), `unexpected: ${l}`)
      } else {
        assert.deepEqual(ours, expected)
      }
    })
  }

  it('stops before type checking only for `syntax error` messages', () => {
    assert.equal(parseFile('a.go', 'package main\nfunc main() {\n\tx := [\n}\n').hasSyntaxErrors, true)
    assert.equal(parseFile('a.go', 'package main\nfunc main() {\n\tcontinue\n}\n').hasSyntaxErrors, false)
  })

  it('reports invalid UTF-8 with byte columns', () => {
    const src = new Uint8Array([...new TextEncoder().encode('package main\n\nvar s = "é'), 0xff, ...new TextEncoder().encode('x"\n')])
    const r = parseFile('u.go', src)
    assert.deepEqual(
      r.errors.map((e) => e.message),
      ['u.go:3:12: invalid UTF-8 encoding']
    )
  })
})
