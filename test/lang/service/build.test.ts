import assert from 'node:assert/strict'
import { buildService, type LandPackage, type ServiceProgram } from '../../../src/lang/index.ts'
import { GoPanic, GasError, MemoryError } from '../../../src/lang/runtime/errors.ts'
import { Slice, goString } from '../../../src/lang/runtime/value.ts'
import { panicValueText } from '../../../src/lang/runtime/exec.ts'
import { input, resolver, built, start } from './helpers.ts'

/** a package of one file `NAME.go` */
function pkg (path: string, text: string, kind: 'service' | 'library' = 'service'): LandPackage {
  return { path, files: [{ name: path.split('/').pop()! + '.go', text }], kind }
}

const inbox = pkg('local.land/t/inbox', `package inbox

import "strings"

var Count int
var boxes = map[string][]string{}

func init() { Count = 100 }

// Put stores a message and says how many there are.
func Put(to string, msgs ...string) (int, string) {
	boxes[to] = append(boxes[to], msgs...)
	Count++
	return len(boxes[to]), strings.Join(msgs, ",")
}

func Clear(to string) { delete(boxes, to) }

type Msg struct{ To, Body string }

func (m Msg) Short() string { return m.To + ": " + m.Body }

const Max = 10
`)

function compileErrors (files: Array<{ name: string, text: string }>, extra: Record<string, LandPackage> = {}): string[] {
  const r = buildService({ path: 'local.land/t/app', files, resolve: resolver(extra) })
  assert.equal(r.ok, false, 'want a compile error')
  return r.ok ? [] : r.errors
}

describe('lang/service: buildService', function () {
  this.timeout(60000)

  it('builds every bootstrap package with its kind, land imports and exported functions', () => {
    const want: Record<string, { kind: string, imports: string[] }> = {
      avl: { kind: 'library', imports: [] },
      blog: { kind: 'service', imports: ['local.land/amigo/avl', 'local.land/amigo/comments'] },
      comments: { kind: 'service', imports: [] },
      counter: { kind: 'service', imports: [] },
      dex: { kind: 'service', imports: ['local.land/amigo/gold', 'local.land/amigo/token'] },
      gold: { kind: 'service', imports: ['local.land/amigo/ledger'] },
      ledger: { kind: 'library', imports: [] },
      names: { kind: 'service', imports: [] },
      token: { kind: 'service', imports: ['local.land/amigo/ledger'] }
    }
    for (const [name, w] of Object.entries(want)) {
      const p = built(buildService(input(name)))
      assert.equal(p.path, `local.land/amigo/${name}`)
      assert.equal(p.kind, w.kind, name)
      assert.deepEqual(p.imports, w.imports, name)
      const names = p.functions.map(f => f.name)
      assert.deepEqual(names, names.slice().sort(), 'sorted by name')
      assert.ok(names.every(n => /^[A-Z]/.test(n)), 'only exported functions')
    }
    const counter = built(buildService(input('counter')))
    assert.deepEqual(counter.functions.map(f => f.signature), ['Add(n int) int', 'Get() int', 'Increment() int', 'Render(path string) string'])
    const add = counter.functions[0]
    assert.deepEqual(add, { name: 'Add', signature: 'Add(n int) int', params: [{ name: 'n', type: 'int' }], results: ['int'], variadic: false })
    const dex = built(buildService(input('dex')))
    assert.equal(dex.functions.find(f => f.name === 'Reserves')?.signature, 'Reserves() (amg uint64, gld uint64)')
    const blog = built(buildService(input('blog')))
    assert.equal(blog.functions.find(f => f.name === 'Comments')?.signature, 'Comments(id int) []comments.Comment')
    assert.equal(blog.functions.find(f => f.name === 'GetPost')?.signature, 'GetPost(id int) Post')
  })

  it('the program is plain data: JSON round trip, then it runs', () => {
    const p = built(buildService(input('counter')))
    const copy = JSON.parse(JSON.stringify(p)) as ServiceProgram
    const rt = start(copy)
    rt.program.initExcept(new Set())
    assert.equal(rt.program.service.Increment.fn(), 1)
    assert.equal(rt.program.service.Add.fn(41), 42)
  })

  it('calls an imported service through $env.callService and returns what the VM answers', () => {
    const app = `package app

import "local.land/t/inbox"

var sent int

func Send(to string) (int, string) {
	n, s := inbox.Put(to, "a", "b")
	sent += n
	return n, s
}

func Forget(to string) { inbox.Clear(to) }

func Short() string { return inbox.Msg{To: "x", Body: "y"}.Short() }

func Limit() int { return inbox.Max }
`
    const p = built(buildService({ path: 'local.land/t/app', files: [{ name: 'app.go', text: app }], resolve: resolver({ 'local.land/t/inbox': inbox }) }))
    assert.deepEqual(p.imports, ['local.land/t/inbox'])
    const calls: Array<[string, string, any[]]> = []
    const rt = start(p, (path, name, args) => {
      calls.push([path, name, args])
      return name === 'Put' ? [7, goString('a,b')] : undefined
    })
    rt.program.initExcept(new Set())
    // the callee's init and state are not in the importer
    assert.deepEqual(Object.keys(rt.program.vars).sort(), ['local.land/t/app'])
    assert.deepEqual(rt.program.service.Send.fn('bob'), [7, 'a,b'])
    assert.equal(calls.length, 1)
    const [path, name, args] = calls[0]
    assert.equal(path, 'local.land/t/inbox')
    assert.equal(name, 'Put')
    assert.equal(args[0], 'bob')
    assert.ok(args[1] instanceof Slice, 'variadic arguments arrive as the Slice')
    assert.deepEqual(Array.from((args[1] as Slice).a).slice(0, 2), ['a', 'b'])
    assert.equal(rt.program.vars['local.land/t/app'][0].get(), 7)
    assert.equal(rt.program.service.Forget.fn('bob'), undefined)
    assert.deepEqual(calls[1], ['local.land/t/inbox', 'Clear', ['bob']])
    // methods and constants of the imported service are ordinary code in the importer
    assert.equal(rt.program.service.Short.fn(), 'x: y')
    assert.equal(rt.program.service.Limit.fn(), 10)
    assert.equal(calls.length, 2)
  })

  it('a live import outside the VM panics with a runtime error', () => {
    const p = built(buildService(input('blog')))
    const rt = start(p)
    rt.program.initExcept(new Set())
    rt.program.service.AddPost.fn('T', 'B')
    assert.throws(() => rt.program.service.Comment.fn(1, 'hi'), (e: unknown) => {
      assert.ok(e instanceof GoPanic)
      assert.match(panicValueText(e.value), /^runtime error: live import outside the VM/)
      return true
    })
  })

  it('a panic knows its Go position, in the program that raised it', () => {
    const src = 'package p\n\nfunc Boom(n int) int {\n\tif n > 3 {\n\t\tpanic("too big")\n\t}\n\tvar a []int\n\treturn a[n]\n}\n'
    const p = built(buildService({ path: 'local.land/t/p', files: [{ name: 'p.go', text: src }], resolve: resolver() }))
    const other = start(built(buildService(input('counter')))) // a second program: line numbers of one must not be read in the other
    const rt = start(p)
    rt.program.initExcept(new Set())
    other.program.initExcept(new Set())
    const posOf = (n: number): string => {
      try { rt.program.service.Boom.fn(n) } catch (e) { if (e instanceof GoPanic) return e.goPos; throw e }
      return 'no panic'
    }
    assert.equal(posOf(5), 'p.go:5:3')
    assert.equal(posOf(1), 'p.go:8:2')
  })

  it('refuses to refer to a variable of an imported service', () => {
    const errs = compileErrors([{ name: 'app.go', text: 'package app\n\nimport "local.land/t/inbox"\n\nfunc N() int {\n\treturn inbox.Count + 1\n}\n' }], { 'local.land/t/inbox': inbox })
    assert.deepEqual(errs, ['app.go:6:15: cannot refer to variable Count of service local.land/t/inbox: call its functions'])
  })

  it('a library is compiled as code: its init runs and its variables are listed', () => {
    const lib = pkg('local.land/t/greet', '//amigo:library\n\npackage greet\n\nvar Hello string\n\nfunc init() { Hello = "hi" }\n\nfunc Greet(n string) string { return Hello + " " + n }\n', 'library')
    const app = 'package app\n\nimport "local.land/t/greet"\n\nfunc Say() string { return greet.Greet("bob") + " " + greet.Hello }\n'
    const p = built(buildService({ path: 'local.land/t/app', files: [{ name: 'app.go', text: app }], resolve: resolver({ 'local.land/t/greet': lib }) }))
    const rt = start(p)
    rt.program.initExcept(new Set(['local.land/t/app']))
    assert.equal(rt.program.service.Say.fn(), 'hi bob hi')
    assert.deepEqual(rt.program.vars['local.land/t/greet'].map(v => v.name), ['Hello'])
    const self = built(buildService({ path: 'local.land/t/greet', files: lib.files, resolve: resolver() }))
    assert.equal(self.kind, 'library')
    // a comment that is not the directive, or one after the package clause, is no library
    const notLib = built(buildService({ path: 'local.land/t/x', files: [{ name: 'x.go', text: '// amigo:library is what libraries say\npackage x\n\n//amigo:library\nfunc F() {}\n' }], resolve: resolver() }))
    assert.equal(notLib.kind, 'service')
  })

  it('import paths may carry a version; resolve sees them as written', () => {
    const seen: string[] = []
    const app = 'package app\n\nimport "local.land/t/inbox@v1.2.0"\n\nfunc Clear() { inbox.Clear("x") }\n'
    const p = built(buildService({
      path: 'local.land/t/app',
      files: [{ name: 'app.go', text: app }],
      resolve: (ip, importer) => { seen.push(`${importer} -> ${ip}`); return ip.startsWith('local.land/t/inbox') ? inbox : null }
    }))
    assert.deepEqual(seen, ['local.land/t/app -> local.land/t/inbox@v1.2.0'])
    assert.deepEqual(p.imports, ['local.land/t/inbox'])
  })

  it('reports imports that are not deployed, import cycles, goroutines and test-only amigo functions', () => {
    assert.deepEqual(compileErrors([{ name: 'app.go', text: 'package app\n\nimport (\n\t"strings"\n\t"local.land/x/y"\n)\n\nvar _ = strings.ToUpper\nvar _ = y.Z\n' }]),
      ['app.go:5:2: package local.land/x/y is not deployed'])
    const a = pkg('local.land/t/a', 'package a\n\nimport "local.land/t/b"\n\nfunc A() int { return b.B() }\n')
    const b = pkg('local.land/t/b', 'package b\n\nimport "local.land/t/a"\n\nfunc B() int { return a.A() }\n')
    assert.deepEqual(compileErrors([{ name: 'app.go', text: 'package app\n\nimport "local.land/t/a"\n\nfunc F() int { return a.A() }\n' }], { 'local.land/t/a': a, 'local.land/t/b': b }),
      ['import cycle not allowed: local.land/t/a imports local.land/t/b imports local.land/t/a'])
    assert.deepEqual(compileErrors([{ name: 'app.go', text: 'package app\n\nfunc F() {\n\tgo F()\n}\n' }]),
      ['app.go:4:2: goroutines are not available in services'])
    assert.deepEqual(compileErrors([{ name: 'app.go', text: 'package app\n\nimport "amigo"\n\nfunc F() {\n\tamigo.TestSetCaller("x")\n}\n' }]),
      ['app.go:6:8: amigo.TestSetCaller is only for _test.go files'])
    assert.deepEqual(compileErrors([{ name: 'app.go', text: 'package app\n\nfunc F() int { return "x" }\n' }]),
      ['app.go:3:23: cannot use "x" (untyped string constant) as int value in return statement'])
  })

  it('initExcept runs every init but the skipped ones; vars get and set the package variables', () => {
    const p = built(buildService(input('counter')))
    const rt = start(p)
    rt.program.initExcept(new Set())
    const vars = rt.program.vars['local.land/amigo/counter']
    assert.deepEqual(vars.map(v => [v.name, v.type.str]), [['count', 'int'], ['lastBy', 'string'], ['lastAt', 'int64']])
    assert.equal(rt.program.service.Increment.fn(), 1)
    assert.equal(vars[0].get(), 1)
    assert.equal(vars[1].get(), 'test.caller')
    vars[0].set(41)
    assert.equal(rt.program.service.Increment.fn(), 42)
    for (const v of vars) assert.ok(rt.program.types.includes(v.type), `${v.name}'s type is in types`)
    const blog = built(buildService(input('blog')))
    const b1 = start(blog)
    b1.program.initExcept(new Set())
    assert.equal(b1.program.vars['local.land/amigo/blog'][0].get(), 'test.caller', 'init ran')
    const b2 = start(blog)
    b2.program.initExcept(new Set(['local.land/amigo/blog']))
    assert.equal(b2.program.vars['local.land/amigo/blog'][0].get(), '', 'init skipped: the VM restores the state')
    const posts = b1.program.vars['local.land/amigo/blog'][1]
    assert.equal(posts.type.kind, 'struct')
    assert.equal(posts.type.pkg, 'local.land/amigo/avl')
    assert.equal(posts.type.str, 'avl.Tree[*blog.Post]')
  })

  it('types holds every descriptor of the program: variables, their parts, and values boxed in interfaces; boxed variables expose their Box', () => {
    const src = 'package st\n\ntype Secret struct{ K [2]uint16 }\ntype Label string\n\nvar (\n\tbag  []any\n\tn    int\n\tptr  = &n\n)\n\nfunc Add() int {\n\tbag = append(bag, Secret{}, Label("x"))\n\t*ptr += 2\n\treturn len(bag)\n}\n'
    const p = built(buildService({ path: 'local.land/t/st', files: [{ name: 'st.go', text: src }], resolve: resolver() }))
    const rt = start(p)
    rt.program.initExcept(new Set())
    assert.equal(rt.program.service.Add.fn(), 2)
    const types = rt.program.types
    const strs = types.map(t => t.str)
    for (const s of ['[]interface {}', 'st.Secret', '[2]uint16', 'uint16', 'st.Label', 'int', '*int']) assert.ok(strs.includes(s), s)
    const bag = rt.program.vars['local.land/t/st'][0].get()
    assert.ok(types.includes(bag.a[0].t) && types.includes(bag.a[1].t), 'the dynamic types are the listed descriptors')
    const secret = types.find(t => t.str === 'st.Secret')!
    assert.deepEqual([secret.pkg, secret.name, secret.fields[0].type.len], ['local.land/t/st', 'Secret', 2])
    const [, n, ptr] = rt.program.vars['local.land/t/st']
    assert.ok(n.box !== undefined && ptr.get() === n.box, '&n is the Box of n')
    assert.equal(n.get(), 2)
    n.set(40)
    rt.program.service.Add.fn()
    assert.equal(n.box!.v, 42)
  })

  it('exposes the service functions with their func types', () => {
    const p = built(buildService(input('dex')))
    const rt = start(p, () => undefined)
    const t = rt.program.service.SwapAMGForGLD.type
    assert.equal(t.kind, 'func')
    assert.deepEqual(t.params.map(x => x.str), ['uint64', 'uint64'])
    assert.deepEqual(t.results.map(x => x.str), ['uint64'])
    assert.equal(t.variadic, false)
    assert.deepEqual(rt.program.service.Reserves.type.results.map(x => x.kind), ['uint64', 'uint64'])
    const q = built(buildService({ path: 'local.land/t/inbox', files: inbox.files, resolve: resolver() }))
    const put = start(q).program.service.Put.type
    assert.equal(put.variadic, true)
    assert.equal(put.params[1].str, '[]string')
  })

  it('setLimits sets the gas of the next call on a reused instance', () => {
    const src = 'package spin\n\nfunc Spin(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\n'
    const p = built(buildService({ path: 'local.land/t/spin', files: [{ name: 'spin.go', text: src }], resolve: resolver() }))
    const rt = start(p)
    rt.program.initExcept(new Set())
    rt.program.setLimits({ gas: 1000 })
    assert.throws(() => rt.program.service.Spin.fn(100000), (e: unknown) => e instanceof GasError && e.code === 'ERR_GAS' && /limit 1000 /.test(e.message))
    rt.program.setLimits({ gas: 10_000_000 })
    assert.equal(rt.program.service.Spin.fn(100000), 4999950000)
    const left = rt.program.gasLeft()
    assert.ok(left > 0 && left < 10_000_000)
    rt.program.setLimits({ gas: 1000 })
    assert.equal(rt.program.gasLeft(), 1000)
  })

  it('setLimits and activate choose the instance whose memory budget the runtime charges', () => {
    const src = 'package mk\n\nfunc Make(n int) int {\n\treturn len(make([]int, n))\n}\n'
    const p = built(buildService({ path: 'local.land/t/mk', files: [{ name: 'mk.go', text: src }], resolve: resolver() }))
    const a = start(p)
    a.program.setLimits({ maxMemory: 10000 })
    const b = start(p) // the newest instance is active
    assert.equal(a.program.service.Make.fn(100000), 100000, 'charged to b, whose budget is large')
    a.program.activate()
    assert.throws(() => a.program.service.Make.fn(100000), (e: unknown) => e instanceof MemoryError && e.code === 'ERR_MEMORY')
    b.program.activate()
    assert.equal(b.program.service.Make.fn(100000), 100000)
    a.program.setLimits({ maxMemory: 10_000_000 })
    assert.equal(a.program.service.Make.fn(100000), 100000)
  })
})
