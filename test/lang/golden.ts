/**
 * The golden-file contract of test/lang, shared by the mocha runner (conformance.test.ts) and
 * `npm run golden` (scripts/golden.ts): where the cases live, how they are found, and how
 * stderr is normalized before comparison.
 *
 * @example
 * ```ts
 * for (const c of goldenCases()) console.log(c.id, c.handwritten)
 * normalizeStderr('panic: x\n\ngoroutine 1 [running]:\nmain.main()\n') // 'panic: x\n'
 * ```
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { join, relative, dirname, basename } from 'node:path'
import { fileURLToPath } from 'node:url'

export const langTestDir = dirname(fileURLToPath(import.meta.url))
export const testdataDir = join(langTestDir, 'testdata')
export const compileErrorsDir = join(langTestDir, 'compile_errors')
export const hostileDir = join(langTestDir, 'hostile')

/** First line of a program whose expected files are written by hand (features newer than Go 1.19). */
export const handwrittenMarker = '// amigo:handwritten'

/** One golden program: `dir/NAME.go` with `NAME.out`, `NAME.err`, `NAME.exit` beside it. */
export interface GoldenCase {
  /** path relative to test/lang, without `.go`: `testdata/ints/wrap_int8` */
  id: string
  /** absolute path of the `.go` file */
  file: string
  /** `NAME.go`: the file name the program is run under (positions read `NAME.go:3:5`) */
  name: string
  handwritten: boolean
}

/** Expected results of a case; a missing `.out`/`.err` means empty, a missing `.exit` means 0. */
export interface Expected {
  stdout: Buffer
  stderr: string
  exitCode: number
}

function walk (dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry)
    if (statSync(full).isDirectory()) out.push(...walk(full))
    else if (entry.endsWith('.go')) out.push(full)
  }
  return out
}

export function isHandwritten (text: string): boolean {
  return text.startsWith(handwrittenMarker)
}

/** Every program under testdata/ and compile_errors/, in a stable (sorted) order. */
export function goldenCases (): GoldenCase[] {
  return [...walk(testdataDir), ...walk(compileErrorsDir)].map(file => ({
    id: relative(langTestDir, file).replace(/\.go$/, ''),
    file,
    name: basename(file),
    handwritten: isHandwritten(readFileSync(file, 'utf8'))
  }))
}

/** The hostile programs: `hostile/NAME.go` with `NAME.limits.json` and `NAME.expect.json`. */
export function hostileCases (): Array<{ id: string, file: string, name: string }> {
  return walk(hostileDir).map(file => ({ id: relative(langTestDir, file).replace(/\.go$/, ''), file, name: basename(file) }))
}

function sibling (file: string, ext: string): string {
  return file.replace(/\.go$/, ext)
}

export function readExpected (c: GoldenCase): Expected {
  const out = sibling(c.file, '.out')
  const err = sibling(c.file, '.err')
  const exit = sibling(c.file, '.exit')
  return {
    stdout: existsSync(out) ? readFileSync(out) : Buffer.alloc(0),
    stderr: existsSync(err) ? readFileSync(err, 'utf8') : '',
    exitCode: existsSync(exit) ? Number(readFileSync(exit, 'utf8').trim()) : 0
  }
}

/**
 * Normalizes stderr as the contract says: drop the goroutine trace (from `goroutine 1 [running]:`
 * and the blank line before it, to the end), any `exit status N` line, the
 * `# command-line-arguments` header of compile errors and the `./` before positions (at the start
 * of a line, and also inside messages such as `jumps over declaration of x at ./x.go:7:4`).
 * One addition to the contract: the `[signal SIGSEGV: …]` line that Go prints after a nil
 * dereference panic is dropped too, since it holds a machine address (`pc=0x48101d`).
 */
export function normalizeStderr (text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const kept: string[] = []
  for (const line of lines) {
    if (/^goroutine \d+ \[[^\]]*\]:$/.test(line)) {
      if (kept.length > 0 && kept[kept.length - 1] === '') kept.pop()
      break
    }
    if (/^exit status \d+$/.test(line)) continue
    if (line === '# command-line-arguments') continue
    // `[signal SIGSEGV: … pc=0x…]` after a nil dereference carries host addresses.
    if (line.startsWith('[signal ')) continue
    kept.push(line.replace(/(^|[\s(])\.\/(?=[^\s/]+\.go:\d)/g, '$1'))
  }
  let result = kept.join('\n')
  if (result !== '' && !result.endsWith('\n')) result += '\n'
  return result
}

/** A short line diff (expected `-`, actual `+`) for failure messages; long outputs are cut. */
export function lineDiff (expected: string, actual: string, context = 3, maxLines = 60): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  // LCS table on lines; outputs of the golden programs are small.
  const n = a.length
  const m = b.length
  if (n * m > 4_000_000) return `expected ${n} lines, got ${m} lines (too long to diff)`
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const ops: Array<[' ' | '-' | '+', string]> = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { ops.push([' ', a[i]]); i++; j++ } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) { ops.push(['+', b[j]]); j++ } else { ops.push(['-', a[i]]); i++ }
  }
  const show = new Array<boolean>(ops.length).fill(false)
  ops.forEach(([op], k) => {
    if (op !== ' ') for (let d = Math.max(0, k - context); d <= Math.min(ops.length - 1, k + context); d++) show[d] = true
  })
  const out: string[] = []
  let gap = false
  for (let k = 0; k < ops.length; k++) {
    if (!show[k]) { gap = true; continue }
    if (gap && out.length > 0) out.push('   ...')
    gap = false
    out.push(`${ops[k][0]}  ${JSON.stringify(ops[k][1]).slice(1, -1)}`)
    if (out.length >= maxLines) { out.push('   ... (diff cut)'); break }
  }
  return out.join('\n')
}
