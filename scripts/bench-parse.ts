/**
 * Parsing speed: parses the benchmark programs (and optionally other files) repeatedly and prints
 * the cold (first) time and the median warm time. Without FILES: scripts/bench, the conformance
 * programs (test/lang/testdata) and the interpreted standard library.
 *
 *   node --import tsx scripts/bench-parse.ts [FILES...]
 */

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '../src/lang/syntax/index.ts'

let files = process.argv.slice(2)
if (files.length === 0) {
  // the benchmark programs, the conformance programs and the interpreted standard library
  const root = join(import.meta.dirname ?? '.', '..')
  const goFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => join(dir, f))
  const subdirs = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name))
  files = [
    ...goFiles(join(root, 'scripts', 'bench')),
    ...subdirs(join(root, 'test', 'lang', 'testdata')).flatMap(goFiles),
    ...subdirs(join(root, 'src', 'lang', 'stdlib')).flatMap(goFiles),
  ]
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
const warm = times.slice(1).sort((a, b) => a - b)
console.log(
  `${srcs.length} files, ${bytes} chars: cold ${cold.toFixed(2)} ms, warm median ${warm[warm.length >> 1].toFixed(2)} ms, ` +
    `warm min ${warm[0].toFixed(2)} ms (min is the figure to trust on a loaded machine)`
)
