/**
 * Differential test of regexp against real Go: runs test/lang/testdata/regexp/generated.go (400
 * random patterns, 4 inputs each: every submatch index and a replacement) with other seeds under
 * `go run` and under the interpreter, and prints the lines that differ. Needs Go; not part of the
 * mocha suite.
 *
 *   node --import tsx scripts/fuzz-regexp.ts [FIRST_SEED] [SEEDS]
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProgram } from '../src/lang/index.ts'

const first = Number(process.argv[2] ?? 1)
const seeds = Number(process.argv[3] ?? 10)
const template = readFileSync(new URL('../test/lang/testdata/regexp/generated.go', import.meta.url), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'fuzz-regexp-'))
let differing = 0
let lines = 0
for (let seed = first; seed < first + seeds; seed++) {
  const text = template.replace(/^const seed = \d+$/m, `const seed = ${seed}`)
  const file = join(dir, 'generated.go')
  writeFileSync(file, text)
  const go = spawnSync('go', ['run', file], { encoding: 'utf8' })
  if (go.status !== 0) { console.error(go.stderr); process.exit(1) }
  const out: Uint8Array[] = []
  runProgram({ files: [{ name: 'generated.go', text }], stdout: b => out.push(Uint8Array.from(b)), stderr: () => {}, limits: { gas: 2e9, maxMemory: 1 << 30, maxDepth: 20000 } })
  const want = go.stdout.split('\n')
  const got = Buffer.concat(out).toString('utf8').split('\n')
  lines += want.length - 1
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      differing++
      console.log(`seed ${seed} line ${i + 1}\n  go:    ${want[i]}\n  amigo: ${got[i]}`)
    }
  }
}
console.log(`${seeds} seeds, ${lines} lines, ${differing} differ`)
process.exitCode = differing === 0 ? 0 : 1
