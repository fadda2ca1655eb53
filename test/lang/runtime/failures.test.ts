// How a run ends when something other than the Go program fails, and in which order its two
// streams reach one pipe: an interpreter bug is reported as `amigo: internal error:` with exit
// code 3 (never as a Go panic or a compile error), and stdout/stderr keep program order.
import { strict as assert } from 'node:assert'
import { compileProgram, executeCompiled, runProgram, toGoError, GoPanic } from '../../../src/lang/index.ts'

const dec = new TextDecoder()

describe('lang/runtime: internal errors and output order', () => {
  it('fmt.Println (stdout) and println (stderr) reach one pipe in program order, panics included', () => {
    let both = ''
    const r = runProgram({
      files: [{ name: 'prog.go', text: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("out 1")\n\tprintln("err 1")\n\tfmt.Println("out 2")\n\tfmt.Print("out 3 ")\n\tprint("err 2\\n")\n\tfmt.Println("out 4")\n\tpanic("stop")\n}\n' }],
      stdout: b => { both += dec.decode(b) },
      stderr: b => { both += dec.decode(b) }
    })
    assert.equal(r.exitCode, 2)
    assert.equal(both.split('\n\ngoroutine')[0], 'out 1\nerr 1\nout 2\nout 3 err 2\nout 4\npanic: stop')
  })

  it('a Go nil dereference is a Go panic; another host TypeError is no Go error', () => {
    const nilFault = new TypeError("Cannot read properties of null (reading 'x')")
    assert.ok(toGoError(nilFault) instanceof GoPanic)
    assert.throws(() => toGoError(new TypeError('s.a.subarray is not a function')), /subarray/)
    assert.throws(() => toGoError(new TypeError("Cannot read properties of undefined (reading 'len')")), /undefined/)
  })

  it('nil pointers, interfaces, maps and funcs still panic as Go does (recoverable)', () => {
    let out = ''
    const r = runProgram({
      files: [{ name: 'prog.go', text: 'package main\n\nimport "fmt"\n\ntype T struct{ x int }\n\nfunc (t *T) Get() int { return t.x }\n\nfunc try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}\n\nfunc main() {\n\tvar p *T\n\tvar e error\n\tvar f func()\n\ttry(func() { _ = p.x })\n\ttry(func() { p.Get() })\n\ttry(func() { _ = e.Error() })\n\ttry(func() { f() })\n}\n' }],
      stdout: b => { out += dec.decode(b) },
      stderr: b => { out += dec.decode(b) }
    })
    assert.equal(r.exitCode, 0, out)
    assert.equal(out, 'runtime error: invalid memory address or nil pointer dereference\n'.repeat(4))
  })

  it('generated code the host rejects ends with `amigo: internal error:` and exit code 3', () => {
    let err = ''
    const r = executeCompiled({ js: 'this is not javascript {', packages: [] }, { stdout: () => {}, stderr: b => { err += dec.decode(b) } })
    assert.equal(r.exitCode, 3)
    assert.match(err, /^amigo: internal error: SyntaxError: /)
    assert.doesNotMatch(err, /\n\s+at /)
  })

  it('a host error raised while the program runs is an internal error at the Go position, not a panic', () => {
    // a compiled program whose main reads a field of undefined: no Go program compiles to this
    const c = compileProgram([{ name: 'prog.go', text: 'package main\n\nfunc main() {\n\tprintln("before")\n}\n' }])
    assert.ok(c.ok)
    const js = c.program.js.replace('$print(', 'undefined.len; $print(')
    assert.notEqual(js, c.program.js)
    let err = ''
    const r = executeCompiled({ ...c.program, js }, { stdout: () => {}, stderr: b => { err += dec.decode(b) } })
    assert.equal(r.exitCode, 3)
    assert.match(err, /^amigo: internal error: prog\.go:4:2: TypeError: /)
    assert.doesNotMatch(err, /panic|goroutine/)
  })
})
