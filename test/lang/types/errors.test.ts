import { strict as assert } from 'node:assert'
import { check, formatErrors } from '../../../src/lang/types/index.ts'
import { parseFile, FileSet } from '../../../src/lang/syntax/index.ts'
import { checkSource } from './helpers.ts'
import { brokenPrograms } from './broken-programs.ts'

describe('lang/types: compile errors as Go 1.19 prints them', () => {
  for (const c of brokenPrograms) {
    it(c.name, () => {
      const r = checkSource(c.src, c.name, true)
      assert.equal(formatErrors(r.errors).join('\n'), c.want)
    })
  }

  it('reports goroutines, channels and select as not supported in Amigo', () => {
    const r = checkSource(`package main

func main() {
	ch := make(chan int)
	go func() {}()
	ch <- 1
	select {}
}
`)
    assert.deepEqual(r.lines, [
      'prog.go:4:13: channels are not supported in Amigo',
      'prog.go:5:2: goroutines are not supported in Amigo',
      'prog.go:6:2: channels are not supported in Amigo',
      'prog.go:7:2: select statements are not supported in Amigo',
    ])
  })

  it('reports a missing main like the Go linker when asked to (go run)', () => {
    const fset = new FileSet()
    const { file } = parseFile('prog.go', 'package main\n\nfunc helper() {}\n', { fset })
    const r = check([file], () => null, { fset, requireMain: true })
    assert.deepEqual(formatErrors(r.errors), ['runtime.main_main·f: function main is undeclared in the main package'])
    assert.deepEqual(check([file], () => null, { fset }).errors, [])
  })

  it('checks very long operator chains without exhausting the stack', () => {
    const terms = Array(5000).fill('x').join(' + ')
    const r = checkSource(`package main\n\nfunc main() {\n\tx := 1\n\ty := ${terms} + "s"\n\tprintln(y)\n}\n`)
    assert.equal(r.lines.length, 1)
    assert.match(r.lines[0], /^prog\.go:5:7: invalid operation: x \+ x .* \(mismatched types int and untyped string\)$/)
  })

  it('errors carry a stable code and the position', () => {
    const r = checkSource('package main\n\nfunc main() {\n\tx := 1\n}\n')
    assert.equal(r.errors.length, 1)
    const e = r.errors[0]
    assert.equal(e.code, 'UnusedVar')
    assert.equal(e.name, 'TypeCheckError')
    assert.equal(e.position, 'prog.go:4:2')
    assert.equal(e.msg, 'x declared but not used')
    assert.equal(e.soft, true)
  })
})
