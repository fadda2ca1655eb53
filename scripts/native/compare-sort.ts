/**
 * `node --import tsx scripts/native/compare-sort.ts [SEED] [COUNT]`: runs Go's sort.Sort and
 * sort.Stable (scripts/native/sortcompare, needs `go`) and src/lang/native/sort on the same
 * COUNT random inputs (default 2000: random, sorted, reversed, nearly sorted, sawtooth and organ
 * pipe, with many equal keys), and reports any input whose equal elements end in another order.
 * Exit code 1 when some order differs. (test/lang/native/fixtures/sort.txt is `go run . 11 150 160`.)
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSortLine } from '../../test/lang/native/sort-cases.ts'
import { tallyLines } from './tally.ts'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'sortcompare')
const go = spawnSync('go', ['run', '.', process.argv[2] ?? '1', process.argv[3] ?? '2000'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }
process.exit(tallyLines(go.stdout, checkSortLine) === 0 ? 0 : 1)
