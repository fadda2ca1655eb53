/**
 * The example services of bootstrap/packages pass their Go tests under `amigo test`: land imports
 * (`local.land/amigo/NAME`) resolve to the sibling folders, and package amigo follows the
 * live-import rules for Caller() and Self() (blog calls comments, dex calls token and gold).
 * gofmt, go vet and real Go's verdict: scripts/check-services.sh.
 */
import assert from 'node:assert/strict'
import { readdirSync, mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { testPackage } from '../../src/lang/index.ts'
import { landOptions } from '../../src/cli/commands/test.ts'
import { readSources } from '../../src/cli/commands/run.ts'

const root = fileURLToPath(new URL('../../bootstrap/packages/', import.meta.url))
const repo = fileURLToPath(new URL('../../', import.meta.url))

function amigoTest (dir: string, packagePath: string, run?: string): { exitCode: number, out: string } {
  const files = readSources(dir, true)
  const chunks: Uint8Array[] = []
  const r = testPackage({ ...landOptions(dir, files), files, run, packagePath, stdout: b => chunks.push(b), stderr: b => chunks.push(b) })
  return { exitCode: r.exitCode, out: Buffer.concat(chunks).toString('utf8') }
}

describe('bootstrap/packages', function () {
  this.timeout(60000)

  const names = readdirSync(root, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort()

  it('holds the example services of issue 4', () => {
    assert.deepEqual(names, ['avl', 'blog', 'comments', 'counter', 'dex', 'gold', 'ledger', 'names', 'token'])
  })

  for (const name of ['avl', 'blog', 'comments', 'counter', 'dex', 'gold', 'ledger', 'names', 'token']) {
    it(`${name}: amigo test passes`, () => {
      const r = amigoTest(join(root, name), `local.land/amigo/${name}`)
      assert.equal(r.out, `ok  \tlocal.land/amigo/${name}\t0.000s\n`)
      assert.equal(r.exitCode, 0)
    })
  }

  it('the amigo binary runs them (blog and dex use live imports)', function () {
    if (!existsSync(join(repo, 'dist/cli/amigo.js'))) assert.fail('dist/ is missing: run `npm run build` first')
    for (const name of ['blog', 'dex']) {
      const r = spawnSync(process.execPath, ['bin/amigo.js', 'test', `bootstrap/packages/${name}`, '-v'], { cwd: repo, encoding: 'utf8', timeout: 60000 })
      assert.equal(r.stderr, '')
      assert.match(r.stdout, new RegExp(`--- PASS: Test\\w+ \\(0\\.00s\\)\nPASS\nok  \tbootstrap/packages/${name}\t0\\.000s\n$`))
      assert.doesNotMatch(r.stdout, /FAIL/)
      assert.equal(r.status, 0)
    }
  })
})

describe('amigo test with land imports', function () {
  this.timeout(60000)
  let dir = ''
  const write = (pkg: string, file: string, text: string): void => {
    mkdirSync(join(dir, pkg), { recursive: true })
    writeFileSync(join(dir, pkg, file), text)
  }
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'amigo-test-land-')) })
  afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

  it('Caller() is the calling service, Self() the running one; libraries are transparent; each init runs', () => {
    write('who', 'who.go', 'package who\n\nimport "amigo"\n\nvar Started string\n\nfunc init() { Started = "yes" }\n\nfunc Ask() string { return amigo.Caller() + " -> " + amigo.Self() }\n')
    write('relay', 'relay.go', '//amigo:library\n\npackage relay\n\nimport "x.land/bob/who"\n\nfunc Ask() string { return who.Ask() }\n')
    write('app', 'app.go', 'package app\n\nimport (\n\t"x.land/bob/relay"\n\t"x.land/bob/who"\n)\n\nfunc Direct() string { return who.Ask() }\n\nfunc ViaLib() string { return relay.Ask() }\n')
    write('app', 'app_test.go', `package app

import (
	"amigo"
	"testing"

	"x.land/bob/who"
)

func TestCallers(t *testing.T) {
	amigo.TestSetCaller("alice")
	if got := who.Ask(); got != "alice -> x.land/bob/who" {
		t.Fatalf("test code is the signer: %s", got)
	}
	if got := Direct(); got != "x.land/bob/app -> x.land/bob/who" {
		t.Fatalf("a service call: %s", got)
	}
	if got := ViaLib(); got != "x.land/bob/app -> x.land/bob/who" {
		t.Fatalf("through a library: %s", got)
	}
	if amigo.Self() != "x.land/bob/app" || amigo.Caller() != "alice" || who.Started != "yes" {
		t.Fatalf("self %s caller %s started %q", amigo.Self(), amigo.Caller(), who.Started)
	}
}
`)
    const r = amigoTest(join(dir, 'app'), 'x.land/bob/app')
    assert.equal(r.out, 'ok  \tx.land/bob/app\t0.000s\n')
    assert.equal(r.exitCode, 0)
  })

  it('an import without a sibling folder is a clear error', () => {
    write('app', 'app.go', 'package app\n\nimport "x.land/bob/nope"\n\nfunc F() { nope.F() }\n')
    const r = amigoTest(join(dir, 'app'), 'x.land/bob/app')
    assert.equal(r.exitCode, 1)
    assert.equal(r.out, `# x.land/bob/app\napp.go:3:8: cannot find package x.land/bob/nope: amigo test looks for it in ${join(dir, 'nope')} (a folder next to ${join(dir, 'app')})\nFAIL\tx.land/bob/app [build failed]\n`)
  })

  it('errors in an imported package name its file relative to the tested folder', () => {
    write('lib', 'lib.go', 'package lib\n\nfunc F() int { return "x" }\n')
    write('app', 'app.go', 'package app\n\nimport "x.land/bob/lib"\n\nfunc F() int { return lib.F() }\n')
    const r = amigoTest(join(dir, 'app'), 'x.land/bob/app')
    assert.equal(r.exitCode, 1)
    assert.match(r.out, /^# x\.land\/bob\/app\n\.\.\/lib\/lib\.go:3:23: cannot use "x" \(untyped string constant\) as int value in return statement\n/)
  })
})
