/**
 * Parses every .go file of the installed Go standard library (outside testdata directories)
 * and reports the files with syntax errors. Not part of the mocha suite: CI has no Go install.
 *
 *   node --import tsx scripts/parse-gostd.ts [GOROOT/src]
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '../src/lang/syntax/index.ts'

const root = process.argv[2] ?? '/usr/lib/go-1.19/src'

function walk (dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name === 'testdata') continue
      walk(join(dir, e.name), out)
    } else if (e.isFile() && e.name.endsWith('.go')) {
      out.push(join(dir, e.name))
    }
  }
}

const files: string[] = []
walk(root, files)
files.sort()
let failed = 0
let bytes = 0
const t0 = process.hrtime.bigint()
for (const f of files) {
  const src = readFileSync(f)
  bytes += src.length
  const r = parseFile(f, src)
  if (r.errors.length > 0) {
    failed++
    console.log(r.errors[0].message + (r.errors.length > 1 ? ` (+${r.errors.length - 1} more)` : ''))
  }
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${failed} with errors, ${ms.toFixed(0)} ms`)
process.exitCode = failed > 0 ? 1 : 0
