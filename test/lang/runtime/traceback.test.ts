import { strict as assert } from 'node:assert'
import { runProgram, testPackage } from '../../../src/lang/index.ts'

/** runs one program and returns the frames after `goroutine 1 [running]:` (without `exit status`) */
function traceback (name: string, text: string): string[] {
  let err = ''
  const dec = new TextDecoder()
  const r = runProgram({ files: [{ name, text }], stdout: () => {}, stderr: b => { err += dec.decode(b) } })
  assert.equal(r.exitCode, 2, err)
  const lines = err.split('\n')
  const at = lines.indexOf('goroutine 1 [running]:')
  assert.ok(at > 0, err)
  return lines.slice(at + 1).filter(l => l !== '' && !l.startsWith('exit status'))
}

/**
 * Go 1.19's traceback reduced to what the interpreter promises: the function names and the
 * `file:line` of each frame (gc's arguments, absolute paths and `+0x…` offsets dropped).
 */
function goFrames (gc: string): string[] {
  return gc.trim().split('\n').map(l => l.trim())
    .map(l => l.startsWith('/') ? '\t' + l.replace(/^.*\//, '').replace(/ \+0x[0-9a-f]+$/, '') : l.replace(/\([^()]*\)$/, '(...)'))
}
/** our frames with arguments reduced the same way (`()` and `(...)` both become `(...)`) */
const names = (fs: string[]): string[] => fs.map(l => l.replace(/\([^()]*\)$/, '(...)'))

describe('lang/runtime: panic tracebacks name every Go frame as gc does', () => {
  it('methods, a generic function and its closure, innermost first, with the line of each call', () => {
    const src = `package main

type T struct{ x int }

func (t *T) M(n int) int {
	if n == 0 {
		var a []int
		return a[n+5]
	}
	return t.M(n - 1)
}

func (t T) V() int { return (&t).M(2) }

func g[X any](x X) int {
	f := func() int { var t T; return t.V() }
	return f()
}

func main() {
	defer func() {}()
	println(g(3))
}
`
    // go run p1.go (Go 1.19), GOTRACEBACK=single
    const gc = `main.(*T).M(0xc00005a000?, 0x101c000056058?)
	/tmp/lg/p1.go:8 +0x3b
main.(*T).M(0x7ff64c0215b8?, 0x60?)
	/tmp/lg/p1.go:10 +0x25
main.(*T).M(0x0?, 0x404bf8?)
	/tmp/lg/p1.go:10 +0x25
main.T.V(...)
	/tmp/lg/p1.go:13
main.g[...].func1(...)
	/tmp/lg/p1.go:16
main.g[...](0x0?)
	/tmp/lg/p1.go:17 +0x2d
main.main()
	/tmp/lg/p1.go:22 +0x4b`
    const got = traceback('p1.go', src)
    assert.deepEqual(names(got), goFrames(gc))
    // a function without parameters prints (), one with parameters (...)
    assert.equal(got[0], 'main.(*T).M(...)')
    assert.equal(got[got.length - 2], 'main.main()')
  })

  it('closures are numbered as gc numbers them: funcN, nested N, glob. and init.N', () => {
    const nested = `package main

func rec(n int) int {
	if n == 0 {
		panic("deep")
	}
	return rec(n-1) + 1
}

func main() {
	f := func() {
		g := func(a int) {
			rec(a)
		}
		g(2)
	}
	f()
}
`
    assert.deepEqual(names(traceback('p2.go', nested)), goFrames(`main.rec(0x0?)
	/tmp/lg/p2.go:5 +0x45
main.rec(0x0?)
	/tmp/lg/p2.go:7 +0x25
main.rec(0x0?)
	/tmp/lg/p2.go:7 +0x25
main.main.func1.1(...)
	/tmp/lg/p2.go:13
main.main.func1()
	/tmp/lg/p2.go:15 +0x1e
main.main()
	/tmp/lg/p2.go:17 +0x22`))
    const glob = 'package main\n\nvar x = func() int { panic("init") }()\n\nfunc main() {\n}\n'
    assert.deepEqual(names(traceback('p3.go', glob)), goFrames(`main.glob..func1(...)
	/tmp/lg/p3.go:3
main.init()
	/tmp/lg/p3.go:3 +0x27`))
    const inits = 'package main\n\nfunc init() {\n\tfunc() { func() { panic(1) }() }()\n}\n\nfunc main() {\n}\n'
    assert.deepEqual(names(traceback('p4.go', inits)), goFrames(`main.init.0.func2(...)
	/tmp/lg/p4.go:4
main.init.0.func1(...)
	/tmp/lg/p4.go:4
main.init.0()
	/tmp/lg/p4.go:4 +0x28`))
  })

  it('method values are no frames; a call spanning lines is at the line of its (', () => {
    const t7 = 'package main\n\ntype T struct{ n int }\n\nfunc (t T) M() { panic(t.n) }\n\nfunc apply(f func()) { f() }\n\nfunc main() {\n\tfunc() {\n\t\tg := func() {\n\t\t\tt := T{7}\n\t\t\tapply(t.M)\n\t\t}\n\t\tg()\n\t}()\n}\n'
    assert.deepEqual(names(traceback('t7.go', t7)), goFrames(`main.T.M({0x404b39?})
	/tmp/lg/t7.go:5 +0x28
main.apply(...)
	/tmp/lg/t7.go:7
main.main.func1.1(...)
	/tmp/lg/t7.go:13
main.main.func1()
	/tmp/lg/t7.go:15 +0x37
main.main()
	/tmp/lg/t7.go:16 +0x17`))
    const t8 = 'package main\n\ntype B struct{}\n\nfunc (b B) Next() B { return b }\nfunc (b B) Boom(n int) int { panic(n) }\n\nfunc f(n int) int {\n\tif n > 2 {\n\t\treturn B{}.\n\t\t\tNext().\n\t\t\tBoom(n)\n\t}\n\treturn n\n}\n\nfunc main() {\n\tx := 1 +\n\t\tf(1) +\n\t\tf(\n\t\t\t3,\n\t\t)\n\tprintln(x)\n}\n'
    // go run -gcflags=-l t8.go (Go 1.19: without inlining, as the interpreter never inlines)
    assert.deepEqual(names(traceback('t8.go', t8)), goFrames(`main.B.Boom({}, 0x60?)
	/tmp/lg/t8.go:6 +0x28
main.f(0x3)
	/tmp/lg/t8.go:12 +0x2f
main.main()
	/tmp/lg/t8.go:20 +0x2d`))
  })

  it('a nil dereference is reported where it happened, with its callers', () => {
    const src = 'package main\n\ntype N struct{ next *N }\n\nfunc (n *N) last() *N {\n\treturn n.next.next\n}\n\nfunc main() {\n\tvar n N\n\tn.last()\n}\n'
    assert.deepEqual(traceback('nil.go', src), ['main.(*N).last(...)', '\tnil.go:6', 'main.main()', '\tnil.go:11'])
  })

  it('a panic in a deferred call while panicking shows panic(...) and the frames it ran on top of', () => {
    const src = `package main

func cleanup() {
	panic("cleanup failed")
}

func work(n int) {
	defer cleanup()
	if n > 0 {
		var p *int
		*p = n
	}
}

func main() {
	defer func() {
		recover()
		work(1)
	}()
	work(0)
	panic("first")
}
`
    let err = ''
    const dec = new TextDecoder()
    runProgram({ files: [{ name: 't6.go', text: src }], stdout: () => {}, stderr: b => { err += dec.decode(b) } })
    // every panic of the goroutine, oldest first, as gc prints them
    assert.ok(err.startsWith('panic: cleanup failed [recovered]\n\tpanic: runtime error: invalid memory address or nil pointer dereference\n\tpanic: cleanup failed\n'), err)
    // go run t6.go (Go 1.19); a deferred call at a normal return runs at the closing brace (line 13)
    assert.deepEqual(names(traceback('t6.go', src)), goFrames(`main.cleanup()
	/tmp/lg/t6.go:4 +0x27
panic({0x45dba0, 0x4bd320})
	/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212
main.work(0x411533?)
	/tmp/lg/t6.go:11 +0x3d
main.main.func1()
	/tmp/lg/t6.go:18 +0x28
panic({0x45c500, 0x47b880})
	/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212
main.cleanup()
	/tmp/lg/t6.go:4 +0x27
main.work(0x0?)
	/tmp/lg/t6.go:13 +0x4a
main.main()
	/tmp/lg/t6.go:20 +0x3d`).map(l => l === '\tpanic.go:884' ? '\truntime/panic.go:884' : l))
  })

  it('a panicking test prints its frames too (amigo test)', () => {
    const src = 'package tp\n\nimport "testing"\n\nfunc boom(n int) int {\n\tif n == 0 {\n\t\tpanic("boom")\n\t}\n\treturn boom(n - 1)\n}\n\nfunc TestBoom(t *testing.T) {\n\tboom(2)\n}\n'
    let err = ''
    const dec = new TextDecoder()
    const r = testPackage({ files: [{ name: 'x_test.go', text: src }], stdout: () => {}, stderr: b => { err += dec.decode(b) } })
    assert.equal(r.exitCode, 1)
    const lines = err.split('\n')
    const at = lines.indexOf('goroutine 1 [running]:')
    assert.ok(at > 0, err)
    // go test prints (Go 1.19) example.com/tp.boom …/x_test.go:7, :9, :9, TestBoom :13 under testing's frames
    const user = lines.slice(at + 1).filter((l, i, all) => l.includes('x_test.go') || (all[i + 1] ?? '').includes('x_test.go'))
    assert.deepEqual(user, ['tp.boom(...)', '\tx_test.go:7', 'tp.boom(...)', '\tx_test.go:9', 'tp.boom(...)', '\tx_test.go:9', 'tp.TestBoom(...)', '\tx_test.go:13'])
    assert.ok(lines.slice(at + 1).includes('panic(...)'), err)
  })

  it('line directives rename the frames\' files and lines', () => {
    const src = 'package main\n\nimport "fmt"\n\nfunc f(xs []int) int {\n//line gen.tmpl:100\n\treturn xs[5]\n}\n\nfunc main() {\n\tfmt.Println("x")\n/*line other.tmpl:7:3*/ f(nil)\n}\n'
    assert.deepEqual(names(traceback('l1.go', src)), goFrames(`main.f(...)
	gen.tmpl:100
main.main()
	other.tmpl:7 +0x5f`).map(l => l.startsWith('gen') || l.startsWith('other') ? '\t' + l.replace(/ \+0x.*$/, '') : l))
  })

  it('deep recursion is cut as gc 1.19 cuts it: 99 frames for a panic, 98 for a run-time error', () => {
    // go run of the same programs (Go 1.19) prints 99 and 98 main.rec frames and no "elided" line:
    // gc walks 100 frames, gopanic (and the raising runtime function) included, and says
    // "...additional frames elided..." only when it printed all 100
    const prog = (stmt: string): string => `package main\n\nfunc rec(n int) int {\n\tif n == 0 {\n\t\t${stmt}\n\t}\n\treturn rec(n-1) + 1\n}\n\nfunc main() {\n\trec(1000)\n}\n`
    const got = traceback('deep.go', prog('panic("deep")'))
    assert.equal(got.length, 2 * 99)
    assert.deepEqual(got.slice(0, 4), ['main.rec(...)', '\tdeep.go:5', 'main.rec(...)', '\tdeep.go:7'])
    assert.ok(got.every((l, i) => i % 2 === 1 || l === 'main.rec(...)'))
    assert.equal(traceback('deep.go', prog('var a []int; _ = a[n+5]')).length, 2 * 98)
    assert.equal(traceback('deep.go', prog('var p *int; *p = n')).length, 2 * 98)
  })
})
