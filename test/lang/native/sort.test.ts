import assert from 'node:assert/strict'
import { sort, sortStable } from '../../../src/lang/native/sort/index.ts'
import { fixtureLines, checkAll } from './fixtures.ts'
import { checkSortLine } from './sort-cases.ts'

describe('native sort leaves equal elements where Go 1.19 does', () => {
  it('sort.Sort and sort.Stable orders of random, sorted, reversed, sawtooth and organ-pipe inputs', () => {
    const n = checkAll(fixtureLines('sort.txt'), checkSortLine)
    assert.equal(n, 300)
  })

  it('sorts and keeps stability on a plain array', () => {
    const a = [5, 3, 9, 1, 3, 7, 0, 2, 8, 6, 4, 3, 5, 1, 9, 2, 7]
    const d = { less: (i: number, j: number) => a[i] < a[j], swap: (i: number, j: number) => { const t = a[i]; a[i] = a[j]; a[j] = t } }
    sort(d, a.length)
    assert.deepEqual(a, [0, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 7, 7, 8, 9, 9])
    const pairs = [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd'], [0, 'e']] as const
    const p = [...pairs]
    sortStable({ less: (i, j) => p[i][0] < p[j][0], swap: (i, j) => { const t = p[i]; p[i] = p[j]; p[j] = t } }, p.length)
    assert.deepEqual(p.map(x => x[1]).join(''), 'ebdac')
  })
})
