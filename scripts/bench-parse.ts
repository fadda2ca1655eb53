/**
 * Parsing speed: parses the benchmark programs (and optionally other files) repeatedly and prints
 * the cold (first) time and the median warm time.
 *
 *   node --import tsx scripts/bench-parse.ts [FILES...]
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '../src/lang/syntax/index.ts'

let files = process.argv.slice(2)
if (files.length === 0) {
  const dir = join(import.meta.dirname ?? '.', '..', 'test', 'lang', 'syntax', 'testdata', 'bench')
  files = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => join(dir, f))
}
const srcs = files.map((f) => [f, readFileSync(f, 'utf8')] as const)
const bytes = srcs.reduce((n, [, s]) => n + s.length, 0)
const times: number[] = []
for (let round = 0; round < 50; round++) {
  const t0 = process.hrtime.bigint()
  for (const [f, s] of srcs) parseFile(f, s)
  times.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
const cold = times[0]
const warm = times.slice(1).sort((a, b) => a - b)[Math.floor(times.length / 2)]
console.log(`${srcs.length} files, ${bytes} chars: cold ${cold.toFixed(2)} ms, warm median ${warm.toFixed(2)} ms`)
