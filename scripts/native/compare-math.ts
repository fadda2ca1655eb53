/**
 * `node --import tsx scripts/native/compare-math.ts [SEED] [COUNT]`: runs Go's math package
 * (scripts/native/mathcompare, needs `go`) and ours side by side on COUNT random inputs per
 * function (default 5000), and prints per function how many results differ in any bit.
 * Exit code 1 when some result differs.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkMathLine } from '../../test/lang/native/math-cases.ts'
import { tallyLines } from './tally.ts'

const seed = process.argv[2] ?? '1'
const count = process.argv[3] ?? '5000'
const dir = join(dirname(fileURLToPath(import.meta.url)), 'mathcompare')
const go = spawnSync('go', ['run', '.', seed, count], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }

process.exit(tallyLines(go.stdout, checkMathLine) === 0 ? 0 : 1)
