import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { runProgram } from '../../../src/lang/index.ts'
import { lookup } from '../../../src/lang/stdlib/registry.ts'
import { goPackages, renderSource, stdlibRoot } from '../../../scripts/gen-stdlib-sources.ts'
import { readFileSync as read } from 'node:fs'
import { join } from 'node:path'

const testdata = new URL('./testdata/', import.meta.url)

/** Body-less top-level funcs and methods of Go source text, as registry keys (`Name`, `Type.Method`). */
function nativeDecls (src: string): string[] {
  const out: string[] = []
  for (const line of src.split('\n')) {
    const t = line.trimEnd()
    if (t.endsWith('{') || t.endsWith('}')) continue // a body follows or is on this line
    const m = /^func (?:\((?:\w+ )?\*?(\w+)(?:\[[^\]]*\])?\) )?(\w+)(?:\[[^\]]*\])?\(/.exec(t)
    if (m !== null) out.push(m[1] !== undefined ? `${m[1]}.${m[2]}` : m[2])
  }
  return out
}

describe('stdlib packages (lang-native)', () => {
  const pkgs = goPackages()

  it('embeds the current Go sources (npm run gen:stdlib after editing a .go file)', () => {
    for (const [dir, files] of pkgs) {
      assert.equal(read(join(stdlibRoot, dir, 'source.ts'), 'utf8'), renderSource(dir, files), dir)
    }
  })

  for (const [path] of pkgs) {
    it(`${path}: every body-less declaration has a native and every native is declared`, () => {
      const p = lookup(path)
      assert.ok(p !== undefined, `${path} is registered`)
      const src = Array.isArray(p.source) ? p.source.join('\n') : p.source
      const decls = nativeDecls(src).sort()
      const env = { writeStdout: () => {}, writeStderr: () => {}, allocate: () => {}, charge: () => {}, rt: {} }
      const natives = Object.keys(p.natives?.(env) ?? {}).sort()
      assert.deepEqual(natives, decls)
    })
  }

  for (const file of readdirSync(testdata).filter(f => f.endsWith('.go')).sort()) {
    it(`runs ${file} with the expected output (go run's, or handwritten where the file says so)`, function () {
      this.timeout(120000) // compiles several stdlib packages; slow on a loaded machine
      const text = readFileSync(new URL(file, testdata), 'utf8')
      const want = readFileSync(new URL(file.replace(/\.go$/, '.out'), testdata), 'utf8')
      const out: Uint8Array[] = []
      const err: Uint8Array[] = []
      const r = runProgram({ files: [{ name: file, text }], stdout: b => out.push(b), stderr: b => err.push(b) })
      const got = Buffer.concat(out).toString('utf8')
      assert.equal(r.exitCode, 0, Buffer.concat(err).toString('utf8'))
      assert.equal(got, want)
    })
  }
})
