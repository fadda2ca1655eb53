/**
 * Differential test of syntax error messages against the real gc compiler: mutates Go files
 * (deletes, duplicates or replaces one token; inserts or deletes a character), compiles each mutant with `go tool compile` and
 * with parseFile, and prints every mutant where the syntax-phase error lists differ.
 * Needs Go 1.19 on PATH; not part of the mocha suite.
 *
 *   node --import tsx scripts/fuzz-syntax.ts [COUNT] [SEED] [FILES...]
 */

import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile, Scanner, Tok } from '../src/lang/syntax/index.ts'

const count = Number(process.argv[2] ?? 200)
let seed = Number(process.argv[3] ?? 1)
const files = process.argv.slice(4)
if (files.length === 0) for (const f of readdirSync('/work/shared/bench')) files.push(join('/work/shared/bench', f))

function rand (n: number): number {
  // xorshift32: deterministic for a given seed
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) % n
}

const dir = '/tmp/amigo-fuzz-syntax'
mkdirSync(dir, { recursive: true })

function gcErrors (src: string): string[] {
  writeFileSync(join(dir, 'x.go'), src)
  const r = spawnSync('go', ['tool', 'compile', '-o', join(dir, 'x.o'), '-p', 'main', 'x.go'], { cwd: dir, encoding: 'utf8' })
  return (r.stdout + r.stderr).split('\n').filter((l) => l !== '')
}

function ourErrors (src: string): string[] {
  const r = parseFile('x.go', src)
  const out = r.errors.map((e) => e.message)
  if (r.tooMany !== null) out.push(`x.go:${r.tooMany.position.line}:${r.tooMany.position.column}: too many errors`)
  // split like gc's output (messages may quote multi-line literals)
  return out.join('\n').split('\n').filter((l) => l !== '')
}

/**
 * Messages of gc's parse phase that are not `syntax error`s (so gc goes on to type-check). gc's
 * parser also checks labels and branches; here the type checker does (types/labels.ts), so a
 * mutant with both a syntax error and a branch error differs by the latter.
 */
const PARSE_PHASE =
  /: (invalid character|invalid NUL|invalid UTF-8|invalid BOM|unknown escape|escape is invalid|octal escape|invalid digit|'_' must|exponent|hexadecimal mantissa|invalid radix|.* literal has no digits|comment not terminated|string not terminated|rune literal|newline in|empty rune|more than one character|identifier cannot begin|middle index|final index|expression in (go|defer)|method has (no|multiple)|interface method must|empty type (parameter|argument))/

let diffs = 0
let compared = 0
for (let i = 0; i < count; i++) {
  const file = files[rand(files.length)]
  const src = readFileSync(file, 'utf8')
  const toks: { off: number; end: number }[] = []
  const s = new Scanner(src, () => {})
  for (s.next(); s.tok !== Tok.EOF; s.next()) {
    if (s.tok === Tok.Semi && s.lit !== 'semicolon') continue
    toks.push({ off: s.offset, end: s.end })
  }
  const t = toks[rand(toks.length)]
  const u = toks[rand(toks.length)]
  let mutant: string
  const CHARS = ['"', "'", '`', '\\', '/*', '*/', '//', '0x', '_', '.', 'e', 'p', 'i', '\n', '(', ')', '{', '}', '[', ']', ',', ';', ':', '=', '~', '@', '#', '\u00e9', '\u2211', '0', '9']
  const at = rand(src.length)
  switch (rand(5)) {
    case 3:
      mutant = src.slice(0, at) + CHARS[rand(CHARS.length)] + src.slice(at)
      break
    case 4:
      mutant = src.slice(0, at) + src.slice(at + 1)
      break
    case 0:
      mutant = src.slice(0, t.off) + src.slice(t.end)
      break
    case 1:
      mutant = src.slice(0, t.end) + ' ' + src.slice(t.off, t.end) + src.slice(t.end)
      break
    default:
      mutant = src.slice(0, t.off) + src.slice(u.off, u.end) + src.slice(t.end)
  }
  const ours = ourErrors(mutant)
  const theirs = gcErrors(mutant)
  const gcSyntax = theirs.some((l) => l.includes('syntax error'))
  const gcParse = theirs.filter((l) => PARSE_PHASE.test(l))
  if (!gcSyntax && ours.length === 0 && gcParse.length === 0) continue
  compared++
  // without "syntax error" messages gc goes on to type-check and merges those errors in,
  // so then our (non-syntax) parse errors need only appear among gc's
  const same = gcSyntax
    ? ours.join('\n') === theirs.join('\n')
    : ours.every((l) => l.endsWith('too many errors') || theirs.includes(l)) && gcParse.every((l) => ours.includes(l))
  if (!same) {
    diffs++
    console.log(`--- mutant ${i} of ${file} (saved as ${dir}/diff${i}.go)`)
    writeFileSync(join(dir, `diff${i}.go`), mutant)
    console.log('gc:   ' + theirs.join('\n      '))
    console.log('ours: ' + ours.join('\n      '))
  }
}
console.log(`${count} mutants, ${compared} with syntax errors compared, ${diffs} differences`)
