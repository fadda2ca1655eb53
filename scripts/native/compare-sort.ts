/**
 * `node --import tsx scripts/native/compare-sort.ts [SEED] [COUNT]`: runs Go's sort.Sort and
 * sort.Stable (scripts/native/sortcompare, needs `go`) and src/lang/native/sort on the same
 * COUNT random inputs (default 2000: random, sorted, reversed, nearly sorted, sawtooth and organ
 * pipe, with many equal keys), and reports any input whose equal elements end in another order.
 * Exit code 1 when some order differs.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sort, sortStable } from '../../src/lang/native/sort/index.ts'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'sortcompare')
const go = spawnSync('go', ['run', '.', process.argv[2] ?? '1', process.argv[3] ?? '2000'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }

const list = (s: string | undefined): number[] => s === undefined || s === '' ? [] : s.split(',').map(Number)
let cases = 0
let differ = 0
for (const line of go.stdout.split('\n')) {
  if (line === '') continue
  const [kind, keyText, posText] = line.split(' ')
  const keys = list(keyText)
  const pos = keys.map((_, i) => i)
  const d = {
    less: (i: number, j: number) => keys[i] < keys[j],
    swap: (i: number, j: number) => {
      let t = keys[i]; keys[i] = keys[j]; keys[j] = t
      t = pos[i]; pos[i] = pos[j]; pos[j] = t
    }
  }
  if (kind === 'Sort') sort(d, keys.length)
  else sortStable(d, keys.length)
  cases++
  if (pos.join(',') !== (posText ?? '')) {
    differ++
    if (differ <= 3) console.log(`${kind} of ${keys.length} keys differs from Go: ${keyText.slice(0, 200)}`)
  }
}
console.log(`${cases} sorts, ${differ} in another order than Go's`)
process.exit(differ === 0 ? 0 : 1)
