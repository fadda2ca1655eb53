/**
 * Package amigo: the test defaults under `amigo test`, the Test* setters and event recording, and
 * delegation to an AmigoHost (what the VM will pass), where the Test* functions panic.
 */
import assert from 'node:assert/strict'
import { testPackage, runProgram } from '../../../src/lang/index.ts'
import { build } from '../../../src/lang/compile/build.ts'
import { instantiate, toGoError, panicValueText } from '../../../src/lang/runtime/exec.ts'
import { GoPanic } from '../../../src/lang/runtime/errors.ts'
import type { AmigoHost } from '../../../src/lang/stdlib/amigo/index.ts'
import { readFileSync } from 'node:fs'
import { parseFile, exprString } from '../../../src/lang/syntax/index.ts'

/** Exported functions, methods and types of a Go file, with their signatures. */
function exportedApi (file: string): string[] {
  const { file: f, errors } = parseFile(file, readFileSync(new URL(file, import.meta.url), 'utf8'))
  assert.deepEqual(errors, [])
  const out: string[] = []
  for (const d of f.decls) {
    if (d.kind === 'FuncDecl' && /^[A-Z]/.test(d.name.name)) {
      const recv = d.recv !== null ? '(' + exprString(d.recv.list[0].type) + ') ' : ''
      out.push('func ' + recv + d.name.name + exprString(d.type).slice('func'.length))
    }
    if (d.kind === 'GenDecl' && d.tok === 'type') {
      for (const sp of d.specs) if (sp.kind === 'TypeSpec' && /^[A-Z]/.test(sp.name.name)) out.push('type ' + sp.name.name + ' ' + exprString(sp.type))
    }
  }
  return out.sort()
}

const service = `package x

import (
	"amigo"
	"fmt"
	"time"
)

func Info() string {
	amigo.Emit("Hello", "who", amigo.Caller(), "h", fmt.Sprint(amigo.Height()))
	return fmt.Sprint(amigo.Caller(), " ", amigo.Origin(), " ", amigo.Self(), " ", amigo.Land(), " ", amigo.Height(), " ", amigo.Time().Format(time.RFC3339Nano))
}

func Cheat() string { amigo.TestSetCaller("mallory"); return "" }
`

function runTests (test: string): { code: number, out: string } {
  const chunks: Uint8Array[] = []
  const w = (b: Uint8Array): void => { chunks.push(b) }
  const r = testPackage({ files: [{ name: 'x.go', text: service }, { name: 'x_test.go', text: test }], stdout: w, stderr: w, packagePath: 'x' })
  return { code: r.exitCode, out: Buffer.concat(chunks).toString('utf8') }
}

describe('stdlib amigo', () => {
  it('answers with the documented defaults under amigo test', () => {
    const r = runTests(`package x

import "testing"

func TestDefaults(t *testing.T) {
	if got := Info(); got != "test.caller test.caller local.land/test/self local.land 0 2025-01-01T00:00:00Z" {
		t.Fatalf("got %q", got)
	}
}
`)
    assert.equal(r.out, 'ok  \tx\t0.000s\n')
    assert.equal(r.code, 0)
  })

  it('lets tests set the caller, height and time, and records events', () => {
    const r = runTests(`package x

import (
	"amigo"
	"testing"
	"time"
)

func TestSetters(t *testing.T) {
	Info()
	amigo.TestSetCaller("bob")
	amigo.TestSetHeight(42)
	amigo.TestSetTime(time.Date(2030, 5, 6, 7, 8, 9, 500, time.UTC))
	if got := Info(); got != "bob bob local.land/test/self local.land 42 2030-05-06T07:08:09.0000005Z" {
		t.Fatalf("got %q", got)
	}
	ev := amigo.TestEvents()
	if len(ev) != 2 || ev[0].Get("who") != "test.caller" || ev[1].Name != "Hello" || ev[1].Get("who") != "bob" || ev[1].Get("h") != "42" || ev[1].Get("none") != "" {
		t.Fatalf("events %v", ev)
	}
	amigo.TestClearEvents()
	if n := len(amigo.TestEvents()); n != 0 {
		t.Fatalf("%d events after clear", n)
	}
}
`)
    assert.equal(r.code, 0, r.out)
  })

  it('panics on an odd number of key/values or an empty event name', () => {
    const r = runTests(`package x

import (
	"amigo"
	"testing"
)

func TestOdd(t *testing.T) {
	amigo.Emit("x", "k")
}

func TestEmpty(t *testing.T) {
	defer func() {
		if r := recover(); r != "amigo.Emit: empty event name" {
			t.Fatalf("recovered %v", r)
		}
	}()
	amigo.Emit("")
}
`)
    assert.equal(r.code, 1)
    assert.match(r.out, /panic: amigo\.Emit: odd number of key\/value arguments/)
    assert.doesNotMatch(r.out, /TestEmpty/)
  })

  it('is type-checked like any package: wrong argument types are compile errors', () => {
    const chunks: Uint8Array[] = []
    const r = runProgram({
      files: [{ name: 'main.go', text: 'package main\n\nimport "amigo"\n\nfunc main() { amigo.Emit("e", 1) }\n' }],
      stdout: b => chunks.push(b),
      stderr: b => chunks.push(b)
    })
    assert.equal(r.exitCode, 1)
    assert.match(Buffer.concat(chunks).toString(), /main\.go:5:31: cannot use 1 \(untyped int constant\) as string value in argument to amigo\.Emit/)
  })

  it('has the same API as the real-Go stand-in of scripts/check-services.sh', () => {
    const api = exportedApi('../../../src/lang/stdlib/amigo/amigo.go')
    assert.ok(api.includes('func Emit(event string, kv ...string)'), api.join('\n'))
    assert.deepEqual(exportedApi('../../../scripts/check-services/amigo.go'), api)
  })

  describe('under a host (the VM)', () => {
    /** runs `package main` calling `call` with the host, as the VM will: stdout, or the Go panic */
    function withHost (host: AmigoHost, call: string): string | GoPanic {
      const main = service.replace('package x', 'package main') + `\nfunc main() { print(${call}) }\n`
      const b = build([{ name: 'main.go', text: main }])
      assert.ok(b.ok, b.ok ? '' : b.errors.join('\n'))
      let out = ''
      const rt = instantiate(b.js, { natives: b.natives, writeStdout: () => {}, writeStderr: s => { out += s }, envExtra: { amigo: host } })
      try {
        rt.program.init()
        rt.program.main?.()
      } catch (e) {
        const g = toGoError(e)
        assert.ok(g instanceof GoPanic, String(g))
        return g
      }
      return out
    }
    const events: Array<{ name: string, kv: string[] }> = []
    const host: AmigoHost = {
      caller: () => 'local.land/alice/dex',
      origin: () => '12D3KooWAlice',
      self: () => 'local.land/alice/token',
      land: () => 'local.land',
      height: () => 12n,
      timeNanos: () => 1700000000123000000n,
      emit: (name, kv) => { events.push({ name, kv }) }
    }

    it('delegates every function to the host, including events', () => {
      const got = withHost(host, 'Info()')
      assert.equal(got, 'local.land/alice/dex 12D3KooWAlice local.land/alice/token local.land 12 2023-11-14T22:13:20.123Z')
      assert.deepEqual(events, [{ name: 'Hello', kv: ['who', 'local.land/alice/dex', 'h', '12'] }])
    })

    it('refuses the Test* functions', () => {
      const got = withHost(host, 'Cheat()')
      assert.ok(got instanceof GoPanic)
      assert.match(panicValueText((got as GoPanic).value), /amigo\.TestSetCaller is only available under amigo test/)
    })
  })
})
