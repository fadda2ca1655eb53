import { strict as assert } from 'node:assert'
import { parseFile, formatPosition } from '../../../src/lang/syntax/index.ts'
import { testPackage } from '../../../src/lang/index.ts'

/** the formatted position of the first occurrence of `needle` in src */
function at (src: string, needle: string, name = 'x.go'): string {
  const r = parseFile(name, src)
  return formatPosition(r.fset.position(r.tokenFile.pos(src.indexOf(needle))))
}

describe('lang/syntax: //line directives set positions as gc does', () => {
  const src = [
    'package main', //                       1
    '',
    'func main() {',
    '\tvar a int = "a" //line ignored.go:50', // 4: not at the start of a line
    '//line first.go:10',
    '\tvar b int = "b"', //                  → first.go:10 (no column)
    '',
    '\tvar c int = "c"', //                  → first.go:12
    '/*line second.go:20*/ var d int = "d"',
    '\tvar e int = "e"; /*line :30:5*/ var f int = "f"',
    '\tvar g int = "g"',
    '//line :7',
    '\tvar h int = "h"',
    '}',
    ''
  ].join('\n')

  it('a //line at the start of a line names the next line; one elsewhere is a comment', () => {
    assert.equal(at(src, '"a"'), 'x.go:4:14')
    assert.equal(at(src, '"b"'), 'first.go:10')
    assert.equal(at(src, '"c"'), 'first.go:12')
  })

  it('/*line*/ names the character after it; a column counts on that line only', () => {
    assert.equal(at(src, '"d"'), 'second.go:20')
    assert.equal(at(src, '"e"'), 'second.go:21')
    // an empty name with a column keeps the previous file name
    assert.equal(at(src, '"f"'), 'second.go:30:18')
    assert.equal(at(src, '"g"'), 'second.go:31:14')
  })

  it('without a column an empty name stays empty, printed as gc does', () => {
    assert.equal(at(src, '"h"'), ':7')
  })

  it('a directive without a colon is a comment; bad numbers are errors at the number, as gc reports them', () => {
    const s = 'package p\n//line nocolon\nvar a = 1\n//line f.go:x\nvar b = 1\n//line f.go:0\nvar c = 1\n/*line g.go:5:0*/\nvar d = 1\n'
    assert.equal(at(s, 'a ='), 'x.go:3:5')
    assert.equal(at(s, 'd ='), 'x.go:9:5')
    // go run l4.go (Go 1.19)
    assert.deepEqual(parseFile('x.go', s).errors.map(e => e.message), [
      'x.go:4:13: invalid line number: x',
      'x.go:6:13: invalid line number: 0',
      'x.go:8:15: invalid column number: 0'
    ])
  })

  it('t.Errorf and t.Log report the directive\'s file and line, as go test does', () => {
    const src = 'package tp\n\nimport "testing"\n\nfunc TestLine(t *testing.T) {\n//line gen.tmpl:40\n\tt.Errorf("bad %d", 1)\n\tt.Log("x")\n}\n'
    let out = ''
    const dec = new TextDecoder()
    testPackage({ files: [{ name: 'y_test.go', text: src }], stdout: b => { out += dec.decode(b) }, stderr: () => {}, packagePath: 'example.com/tp' })
    // go test -run TestLine (Go 1.19)
    assert.ok(out.startsWith('--- FAIL: TestLine (0.00s)\n    gen.tmpl:40: bad 1\n    gen.tmpl:41: x\nFAIL\n'), out)
  })
})
