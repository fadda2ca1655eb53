/**
 * `node --import tsx scripts/native/compare-cmplx.ts [SEED] [COUNT]`: runs Go's math/cmplx
 * (scripts/native/cmplxcompare, needs `go`) and src/lang/native/cmplx on the same COUNT random
 * inputs per function (default 3000) and prints per function how many results differ in any bit.
 * Exit code 1 when some differ. (test/lang/native/fixtures/cmplx.txt is `go run . 5 150`.)
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkCmplxLine } from '../../test/lang/native/cmplx-cases.ts'
import { tallyLines } from './tally.ts'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cmplxcompare')
const go = spawnSync('go', ['run', '.', process.argv[2] ?? '1', process.argv[3] ?? '3000'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }
process.exit(tallyLines(go.stdout, checkCmplxLine) === 0 ? 0 : 1)
