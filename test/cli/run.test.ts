// `amigo run` and `amigo test` through the CLI's main(argv), on files in a temp folder.
import { strict as assert } from 'node:assert'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/amigo.ts'

async function capture (argv: string[]): Promise<{ code: number, out: string, err: string }> {
  const out: string[] = []
  const err: string[] = []
  const ow = process.stdout.write.bind(process.stdout)
  const ew = process.stderr.write.bind(process.stderr)
  process.stdout.write = ((b: string | Uint8Array) => { out.push(Buffer.from(b).toString()); return true }) as typeof process.stdout.write
  process.stderr.write = ((b: string | Uint8Array) => { err.push(Buffer.from(b).toString()); return true }) as typeof process.stderr.write
  try {
    const code = await main(argv)
    return { code, out: out.join(''), err: err.join('') }
  } finally {
    process.stdout.write = ow
    process.stderr.write = ew
  }
}

describe('amigo run / amigo test', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'amigo-cli-'))
    writeFileSync(join(dir, 'hello.go'), 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n\tprintln(1.5)\n}\n')
    writeFileSync(join(dir, 'loop.go'), 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n')
    writeFileSync(join(dir, 'bad.go'), 'package main\n\nfunc main() {\n\tundefinedThing()\n}\n')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('runs a program: stdout, println on stderr, exit 0', async () => {
    const r = await capture(['run', join(dir, 'hello.go')])
    assert.deepEqual(r, { code: 0, out: 'hello, world\n', err: '+1.500000e+000\n' })
  })
  it('--gas stops an infinite loop with ERR_GAS and exit 2; --gas-report prints the gas used', async () => {
    const r = await capture(['run', '--gas', '5000', '--gas-report', join(dir, 'loop.go')])
    assert.equal(r.code, 2)
    assert.match(r.err, /^ERR_GAS: out of gas: limit 5000 exceeded at loop\.go:4:2\ngas used: 5000\n$/)
  })
  it('compile errors exit 1 with go run\'s format', async () => {
    const r = await capture(['run', join(dir, 'bad.go')])
    assert.equal(r.code, 1)
    assert.equal(r.err, '# command-line-arguments\nbad.go:4:2: undefined: undefinedThing\n')
  })
  it('bad flags are usage errors (exit 2)', async () => {
    const r = await capture(['run', '--gas', 'lots', join(dir, 'hello.go')])
    assert.equal(r.code, 2)
    assert.match(r.err, /invalid value "lots" for flag -gas/)
  })
  it('amigo test -v -run selects tests and prints go test\'s report', async () => {
    const pkg = join(dir, 'pkg')
    rmSync(pkg, { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(pkg)
    writeFileSync(join(pkg, 'p.go'), 'package p\n\nfunc Inc(x int) int { return x + 1 }\n')
    writeFileSync(join(pkg, 'p_test.go'), 'package p\n\nimport "testing"\n\nfunc TestInc(t *testing.T) {\n\tt.Run("one", func(t *testing.T) {\n\t\tif Inc(1) != 2 {\n\t\t\tt.Fatal("bad")\n\t\t}\n\t})\n}\n\nfunc TestOther(t *testing.T) { t.Error("not selected") }\n')
    const r = await capture(['test', '-v', '-run', 'Inc', pkg])
    assert.equal(r.code, 0)
    assert.equal(r.out, `=== RUN   TestInc\n=== RUN   TestInc/one\n--- PASS: TestInc (0.00s)\n    --- PASS: TestInc/one (0.00s)\nPASS\nok  \t${pkg}\t0.000s\n`)
    const all = await capture(['test', pkg])
    assert.equal(all.code, 1)
    assert.match(all.out, /--- FAIL: TestOther \(0\.00s\)\n {4}p_test\.go:13: not selected\nFAIL\n/)
  })
})
