/**
 * `go test` for one package: builds the package with its _test.go files, runs TestXxx functions
 * (in source order) and ExampleXxx functions with an `// Output:` comment, and prints like go test.
 * Durations are always printed as 0.00s (and the package line as 0.000s) so output is deterministic.
 */
import type * as ast from '../syntax/ast.ts'
import { build } from '../compile/index.ts'
import { instantiate, internalFailure, toGoError, panicValueText, tracebackText } from '../runtime/exec.ts'
import { GoPanic, deepStacks, INTERNAL_ERROR_EXIT } from '../runtime/errors.ts'
import type { TestHooks } from '../stdlib/testing/index.ts'
import type { TestOptions, RunResult, Writer } from '../index.ts'
import { buildLand } from '../service/land.ts'
import type { AmigoFrame } from '../stdlib/amigo/index.ts'

/**
 * A test build with land imports compiled as plain code. When the package has land imports, its
 * file → package map lets package amigo follow the live-import rules by walking the call stack
 * (as scripts/check-services/amigo.go does under real Go).
 */
function landTestBuild (opts: TestOptions): { ok: true, js: string, natives: Map<string, any>, files: ast.File[], fileOwners?: Map<string, { pkg: string, library: boolean }> } | { ok: false, errors: string[] } {
  const path = opts.importPath ?? opts.packagePath ?? 'command-line-arguments'
  const b = buildLand({ path, files: opts.files, resolve: opts.resolve!, live: false, test: true })
  if (!b.ok) return b
  if (b.units.length <= 1) return { ok: true, js: b.js, natives: b.natives, files: b.own.files }
  const fileOwners = new Map<string, { pkg: string, library: boolean }>()
  for (const u of b.units) for (const f of u.files) fileOwners.set(f.filename, { pkg: u.path, library: u.kind === 'library' })
  return { ok: true, js: b.js, natives: b.natives, files: b.own.files, fileOwners }
}

/** the frames of service code on the current stack, innermost first (libraries and the stdlib are code, not frames) */
function serviceFrames (rt: ReturnType<typeof instantiate>, owners: Map<string, { pkg: string, library: boolean }>): AmigoFrame[] {
  const out: AmigoFrame[] = []
  for (const f of rt.goFrames(new Error().stack ?? '')) {
    const file = f.pos.replace(/:\d+:\d+$/, '')
    const o = owners.get(file)
    if (o === undefined || o.library) continue
    out.push({ pkg: o.pkg, test: file.endsWith('_test.go') })
  }
  return out
}

class Sink {
  private parts: string[] = []
  constructor (private readonly w: Writer) {}
  write (s: string): void { this.parts.push(s) }
  flush (): void {
    const s = this.parts.join('')
    this.parts = []
    if (s === '') return
    const b = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff
    this.w(b)
  }
}

interface Example { name: string, output: string, unordered: boolean }

/** go/ast CommentGroup.Text() */
function commentText (g: ast.CommentGroup): string {
  const lines: string[] = []
  for (const c of g.list) {
    let t = c.text
    if (t.startsWith('//')) {
      t = t.slice(2)
      if (t.startsWith(' ')) t = t.slice(1)
      lines.push(t)
    } else {
      t = t.slice(2, -2)
      lines.push(...t.split('\n'))
    }
  }
  const trimmed = lines.map(l => l.replace(/\s+$/, ''))
  while (trimmed.length > 0 && trimmed[0] === '') trimmed.shift()
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop()
  return trimmed.length === 0 ? '' : trimmed.join('\n') + '\n'
}

function exampleOf (f: ast.File, d: ast.FuncDecl): Example | null {
  if (d.body === null) return null
  const inside = f.comments.filter(g => g.pos > d.body!.pos && g.end <= d.body!.end)
  const last = inside[inside.length - 1]
  if (last === undefined) return null
  const text = commentText(last)
  const m = /^[ \t]*(unordered )?output:/i.exec(text)
  if (m === null) return null
  return { name: d.name.name, output: text.slice(m[0].length), unordered: m[1] !== undefined }
}

/** -run matching: the pattern split by '/' matches the name's elements one by one */
function matcher (pattern: string | undefined): (name: string) => boolean {
  if (pattern === undefined || pattern === '') return () => true
  const parts = pattern.split('/').map(p => new RegExp(p))
  return (name: string) => {
    const els = name.split('/')
    for (let i = 0; i < els.length && i < parts.length; i++) if (!parts[i].test(els[i])) return false
    return true
  }
}

function isTestName (name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false
  if (name.length === prefix.length) return true
  const c = name.charCodeAt(prefix.length)
  return !(c >= 97 && c <= 122)
}

export function testMain (opts: TestOptions): RunResult {
  const out = new Sink(opts.stdout)
  const err = new Sink(opts.stderr)
  const pkgPath = opts.packagePath ?? 'command-line-arguments'
  const b = opts.resolve !== undefined ? landTestBuild(opts) : build(opts.files, { test: true, selfPaths: [opts.importPath, opts.packagePath].filter((p): p is string => p !== undefined) })
  if (!b.ok && 'internal' in b && b.internal === true) {
    err.write(b.errors.join('\n') + '\n')
    err.flush()
    return { exitCode: INTERNAL_ERROR_EXIT, gasUsed: 0 }
  }
  if (!b.ok) {
    err.write(`# ${pkgPath}\n` + b.errors.join('\n') + '\n')
    out.write(`FAIL\t${pkgPath} [build failed]\n`)
    err.flush(); out.flush()
    return { exitCode: 1, gasUsed: 0 }
  }
  const match = matcher(opts.run)
  let capture: string[] | null = null
  const helpers = new Set<string>()
  let rt: ReturnType<typeof instantiate> | null = null
  const hooks: TestHooks = {
    verbose: opts.verbose === true,
    matches: match,
    subNames: new Map(),
    callerPos: () => {
      const frames = rt!.goFrames(new Error().stack ?? '')
      for (const f of frames) {
        if (f.fn.startsWith('testing$') || f.fn === '' || helpers.has(f.fn)) continue
        // the base name (a //line directive may name any file), as testing prints runtime.Caller's
        const m = /([^/]*?):(\d+)(?::\d+)?$/.exec(f.pos)
        return m !== null ? `${m[1]}:${m[2]}` : '???:1'
      }
      return '???:1'
    },
    markHelper: () => {
      const frames = rt!.goFrames(new Error().stack ?? '')
      const caller = frames.find(f => !f.fn.startsWith('testing$') && f.fn !== '')
      if (caller !== undefined) helpers.add(caller.fn)
    }
  }
  const limits = opts.limits
  const oldStack = Error.stackTraceLimit
  Error.stackTraceLimit = 100
  deepStacks.left = 1000
  try {
    rt = instantiate(b.js, {
      natives: b.natives,
      writeStdout: s => { if (capture !== null) capture.push(s); else out.write(s) },
      writeStderr: s => { out.flush(); err.write(s); err.flush() },
      limits,
      envExtra: { testing: hooks, ...('fileOwners' in b && b.fileOwners !== undefined ? { amigoStack: (owners => () => serviceFrames(rt!, owners))(b.fileOwners) } : {}) }
    })
  } catch (bug) {
    // generated code the host rejects (a compiler bug): no Go package may cause it
    Error.stackTraceLimit = oldStack
    const d = internalFailure(bug)
    err.write(d.text)
    err.flush()
    return { exitCode: d.exitCode, gasUsed: 0 }
  }
  const prog = rt.program
  const runTest = prog.exports['testing.RunTest']
  let failed = false
  let fatal = false
  let internalExit: number | undefined
  const gas0 = prog.gasLeft()
  try {
    prog.init()
    // tests in source order, then examples
    const tests: string[] = []
    const examples: Example[] = []
    for (const f of b.files) {
      for (const d of f.decls) {
        if (d.kind !== 'FuncDecl' || d.recv !== null) continue
        const n = d.name.name
        if (isTestName(n, 'Test') && d.type.params.list.length === 1) tests.push(n)
        else if (isTestName(n, 'Example') && d.type.params.list.length === 0) {
          const ex = exampleOf(f, d)
          if (ex !== null) examples.push(ex)
        }
      }
    }
    for (const name of tests) {
      if (!match(name)) continue
      const fn = prog.funcs[name]
      if (fn === null || fn === undefined || runTest === undefined) continue
      prog.resetDepth()
      const ok = runTest(name, fn) as boolean
      if (!ok) failed = true
    }
    for (const ex of examples) {
      if (!match(ex.name)) continue
      const fn = prog.funcs[ex.name]
      if (fn === null || fn === undefined) continue
      if (opts.verbose === true) out.write(`=== RUN   ${ex.name}\n`)
      capture = []
      prog.resetDepth()
      try { fn() } finally { /* output kept below */ }
      const got0 = capture.join('')
      capture = null
      let got = got0.trim()
      let want = ex.output.trim()
      if (ex.unordered) {
        got = got.split('\n').sort().join('\n')
        want = want.split('\n').sort().join('\n')
      }
      if (got !== want) {
        failed = true
        out.write(`--- FAIL: ${ex.name} (0.00s)\ngot:\n${got0.trim()}\nwant:\n${ex.output.trim()}\n`)
      } else if (opts.verbose === true) out.write(`--- PASS: ${ex.name} (0.00s)\n`)
    }
  } catch (e) {
    capture = null
    let g: ReturnType<typeof toGoError> | null = null
    try { g = toGoError(e) } catch (bug) { internalExit = internalFailure(bug).exitCode; err.write(internalFailure(bug).text) }
    fatal = true
    failed = true
    if (g === null) {
      // reported above
    } else if (g instanceof GoPanic) {
      const v = panicValueText(g.value)
      err.write(`panic: ${v} [recovered]\n\tpanic: ${v}\n\ngoroutine 1 [running]:\n` + tracebackText(g))
    } else if ('exitCode' in g) {
      err.write('')
    } else {
      err.write(`${g.code}: ${g.message}${g.goPos !== '' ? ' at ' + g.goPos : ''}\n`)
    }
  } finally {
    Error.stackTraceLimit = oldStack
  }
  const gasUsed = gas0 - Math.max(prog.gasLeft(), 0)
  if (failed) {
    out.write(fatal ? `FAIL\t${pkgPath}\t0.000s\nFAIL\n` : `FAIL\nFAIL\t${pkgPath}\t0.000s\nFAIL\n`)
  } else {
    if (opts.verbose === true) out.write('PASS\n')
    out.write(`ok  \t${pkgPath}\t0.000s\n`)
  }
  out.flush(); err.flush()
  return { exitCode: internalExit ?? (failed ? 1 : 0), gasUsed }
}
