// The conformance suite of the Go interpreter: every program under test/lang/testdata and
// test/lang/compile_errors runs in-process through runProgram and must print exactly what real
// Go 1.19 printed (stdout byte for byte, stderr after normalization, the same exit code); every
// program under test/lang/hostile must end with its typed limit error, quickly.
// The contract (file layout, normalization) is in ./golden.ts and ./README.md.
import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { goldenCases, hostileCases, lineDiff, normalizeStderr, readExpected } from './golden.ts'
import type { Limits, RunOptions, RunResult } from '../../src/lang/index.ts'

type RunProgram = (opts: RunOptions) => RunResult | Promise<RunResult>

/**
 * Generous bounds for the golden programs, so that an interpreter bug becomes a failed test
 * instead of a hung suite. The heaviest golden program needs a few million operations.
 */
const goldenLimits: Limits = { gas: 2_000_000_000, maxMemory: 1 << 30, maxDepth: 20_000 }

/** A hostile program must be stopped by its limit within this many milliseconds. */
const hostileDeadlineMs = 10_000

async function loadRunProgram (): Promise<RunProgram> {
  // Imported by name at run time: the suite is written against the API of src/lang/index.ts and
  // reports clearly when the implementation is not there yet.
  const lang = await import('../../src/lang/index.ts') as Record<string, unknown>
  const run = lang.runProgram
  if (typeof run !== 'function') throw new Error('src/lang/index.ts does not export runProgram yet')
  return run as RunProgram
}

interface Captured { stdout: Buffer, stderr: string, result?: RunResult, thrown?: unknown, ms: number }

async function capture (run: RunProgram, name: string, text: string, limits: Limits): Promise<Captured> {
  const out: Uint8Array[] = []
  const err: Uint8Array[] = []
  const start = performance.now()
  let result: RunResult | undefined
  let thrown: unknown
  try {
    result = await run({ files: [{ name, text }], stdout: b => out.push(Uint8Array.from(b)), stderr: b => err.push(Uint8Array.from(b)), limits })
  } catch (e) {
    thrown = e
  }
  return { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), result, thrown, ms: performance.now() - start }
}

function show (s: string, max = 2000): string {
  return s.length > max ? s.slice(0, max) + '…' : s
}

describe('lang conformance (golden programs from Go 1.19)', function () {
  let run: RunProgram
  before(async function () { run = await loadRunProgram() })

  for (const c of goldenCases()) {
    it(c.id + (c.handwritten ? ' (handwritten)' : ''), async function () {
      const want = readExpected(c)
      const got = await capture(run, c.name, readFileSync(c.file, 'utf8'), goldenLimits)
      if (got.thrown !== undefined) {
        assert.fail(`runProgram threw instead of returning an exit code: ${(got.thrown as Error)?.stack ?? String(got.thrown)}\nstdout so far:\n${show(got.stdout.toString('utf8'))}`)
      }
      const problems: string[] = []
      if (!got.stdout.equals(want.stdout)) {
        problems.push(`stdout differs (- expected, + actual):\n${lineDiff(want.stdout.toString('utf8'), got.stdout.toString('utf8'))}`)
      }
      const wantErr = normalizeStderr(want.stderr)
      const gotErr = normalizeStderr(got.stderr)
      if (gotErr !== wantErr) problems.push(`stderr differs after normalization (- expected, + actual):\n${lineDiff(wantErr, gotErr)}`)
      if (got.result?.exitCode !== want.exitCode) problems.push(`exit code: expected ${want.exitCode}, got ${String(got.result?.exitCode)}`)
      if (problems.length > 0) assert.fail(`${c.id}.go\n${problems.join('\n')}`)
    })
  }
})

describe('lang hostile programs end with their typed limit error', function () {
  let run: RunProgram
  before(async function () { run = await loadRunProgram() })

  for (const h of hostileCases()) {
    it(h.id, async function () {
      this.timeout(hostileDeadlineMs * 3)
      const limits = JSON.parse(readFileSync(h.file.replace(/\.go$/, '.limits.json'), 'utf8')) as Limits
      const expect = JSON.parse(readFileSync(h.file.replace(/\.go$/, '.expect.json'), 'utf8')) as { code: string }
      const got = await capture(run, h.name, readFileSync(h.file, 'utf8'), limits)
      // The limit error may be thrown (a typed error with `code`) or reported as exit code 2 with the
      // error printed on stderr, as the CLI does; both must name the expected code.
      let code: string | undefined
      if (got.thrown !== undefined) {
        code = (got.thrown as { code?: string }).code
        assert.equal(code, expect.code, `threw ${String((got.thrown as Error)?.stack ?? got.thrown)}`)
      } else {
        assert.equal(got.result?.exitCode, 2, `expected exit code 2 (limit exceeded), got ${String(got.result?.exitCode)}; stderr:\n${show(got.stderr)}`)
        const printed = /ERR_[A-Z_]+/.exec(got.stderr)?.[0]
        const reported = (got.result as { error?: { code?: string } } | undefined)?.error?.code
        code = reported ?? printed
        assert.equal(code, expect.code, `stderr:\n${show(got.stderr)}`)
        if (limits.gas !== undefined && got.result !== undefined) {
          assert.ok(got.result.gasUsed <= limits.gas, `gas used ${got.result.gasUsed} exceeds the limit ${limits.gas}`)
        }
      }
      assert.ok(got.ms < hostileDeadlineMs, `took ${Math.round(got.ms)} ms to stop (deadline ${hostileDeadlineMs} ms)`)
    })
  }
})
