/**
 * `npm run golden [-- --write] [FILTER...]`: regenerates the expected files of the conformance
 * suite (test/lang/testdata and test/lang/compile_errors) with real Go, and prints a diff of
 * whatever changed. Programs starting with `// amigo:handwritten` are never touched.
 *
 * Each program is built once with `go build` (its compile errors give `.err` and exit 1) and the
 * binary is run with no arguments; stdout goes to `.out`, normalized stderr to `.err` (only when
 * non-empty) and a non-zero exit code to `.exit`.
 *
 * Exit code: 0 when nothing changed (or `--write` accepted the changes), 1 when something
 * changed without `--write` or Go is missing, 2 on a usage error.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir, cpus } from 'node:os'
import { join, dirname } from 'node:path'
import { goldenCases, lineDiff, normalizeStderr, type GoldenCase } from '../test/lang/golden.ts'

interface Produced { stdout: Buffer, stderr: string, exitCode: number, built: boolean }

function run (cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ stdout: Buffer, stderr: Buffer, code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GOTRACEBACK: 'single', TZ: 'UTC' } })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== null) reject(new Error(`${cmd} ${args.join(' ')}: killed by ${signal} (timeout ${timeoutMs} ms?)`))
      else resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), code: code ?? 0 })
    })
  })
}

async function produce (c: GoldenCase, work: string): Promise<Produced> {
  const bin = join(work, c.id.replace(/[^A-Za-z0-9_]/g, '_'))
  // Build from the program's own folder so positions read `./NAME.go:L:C` as with `go run NAME.go`.
  const build = await run('go', ['build', '-o', bin, c.name], dirname(c.file), 120_000)
  if (build.code !== 0) {
    // Go 1.19 names some positions with an absolute path (`cannot infer T (/abs/dir/x.go:3:11)`):
    // keep the file name only, as the interpreter knows nothing of the host's folders.
    const text = build.stderr.toString('utf8').split(dirname(c.file) + '/').join('')
    return { stdout: Buffer.alloc(0), stderr: normalizeStderr(text), exitCode: 1, built: false }
  }
  const exec = await run(bin, [], work, 60_000)
  rmSync(bin, { force: true })
  return { stdout: exec.stdout, stderr: normalizeStderr(exec.stderr.toString('utf8')), exitCode: exec.code, built: true }
}

interface FileChange { path: string, before: string | null, after: string | null }

function plan (c: GoldenCase, p: Produced): FileChange[] {
  const want: Record<string, string | null> = {
    '.out': p.built ? p.stdout.toString('latin1') : null,
    '.err': p.stderr !== '' ? p.stderr : null,
    '.exit': p.exitCode !== 0 ? `${p.exitCode}\n` : null
  }
  const changes: FileChange[] = []
  for (const [ext, after] of Object.entries(want)) {
    const path = c.file.replace(/\.go$/, ext)
    // .out compares as bytes (latin1 keeps every byte); .err/.exit are text.
    const before = existsSync(path) ? readFileSync(path).toString(ext === '.out' ? 'latin1' : 'utf8') : null
    if (before !== after) changes.push({ path, before, after })
  }
  return changes
}

async function main (argv: string[]): Promise<number> {
  const write = argv.includes('--write')
  const unknown = argv.filter(a => a.startsWith('-') && a !== '--write')
  if (unknown.length > 0) {
    process.stderr.write(`golden: unknown option ${unknown.join(' ')}\nusage: npm run golden [-- --write] [FILTER...]\n`)
    return 2
  }
  const filters = argv.filter(a => !a.startsWith('-'))
  const version = spawnSync('go', ['version'], { encoding: 'utf8' })
  if (version.error !== undefined || version.status !== 0) {
    process.stderr.write('golden: `go` is not installed (apt-get install golang-go); nothing regenerated\n')
    return 1
  }
  if (!version.stdout.includes('go1.19')) process.stderr.write(`golden: warning: the expected files come from Go 1.19, this is ${version.stdout.trim()}\n`)

  const cases = goldenCases().filter(c => filters.length === 0 || filters.some(f => c.id.includes(f)))
  const generated = cases.filter(c => !c.handwritten)
  const work = mkdtempSync(join(tmpdir(), 'amigo-golden-'))
  const changed: FileChange[] = []
  let failures = 0
  try {
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < generated.length) {
        const c = generated[next++]
        try {
          changed.push(...plan(c, await produce(c, work)))
        } catch (e) {
          failures++
          process.stderr.write(`golden: ${c.id}: ${(e as Error).message}\n`)
        }
      }
    }
    await Promise.all(Array.from({ length: Math.max(2, cpus().length) }, worker))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  changed.sort((a, b) => a.path.localeCompare(b.path))
  for (const ch of changed) {
    const rel = ch.path.slice(process.cwd().length + 1)
    if (ch.before === null) process.stdout.write(`new      ${rel}\n`)
    else if (ch.after === null) process.stdout.write(`removed  ${rel}\n`)
    else process.stdout.write(`changed  ${rel}\n${lineDiff(ch.before, ch.after)}\n`)
    if (write) {
      if (ch.after === null) unlinkSync(ch.path)
      else writeFileSync(ch.path, Buffer.from(ch.after, ch.path.endsWith('.out') ? 'latin1' : 'utf8'))
    }
  }
  process.stdout.write(`golden: ${generated.length} programs run with ${version.stdout.trim()}, ${cases.length - generated.length} handwritten skipped, ` +
    `${changed.length} file(s) ${write ? 'written' : 'differ'}${failures > 0 ? `, ${failures} failed to run` : ''}\n`)
  if (failures > 0) return 1
  return changed.length > 0 && !write ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
