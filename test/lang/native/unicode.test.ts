import assert from 'node:assert/strict'
import * as u from '../../../src/lang/native/unicode/index.ts'
import { fixtureLines } from './fixtures.ts'

const preds: Record<string, (r: number) => boolean> = {
  ...u.goPredicates,
  Latin: r => u.is(u.table('Latin')!, r),
  Han: r => u.is(u.table('Han')!, r),
  Greek: r => u.isIn(r, u.table('Greek')!),
  Cyrillic: r => u.is(u.table('Cyrillic')!, r),
  White_Space: r => u.is(u.table('White_Space')!, r)
}
const maps = u.goMappings

describe('native unicode against Go 1.19 (every rune 0..U+10FFFF)', () => {
  for (const line of fixtureLines('unicode.txt')) {
    const [kind, name, data = ''] = line
    if (kind === 'P') {
      it(`${name} holds exactly where Go's does`, () => {
        const want = new Uint8Array(0x110001)
        for (const rg of data.split(',').filter(x => x !== '')) {
          const [lo, hi] = rg.split('-').map(x => parseInt(x, 16))
          want.fill(1, lo, hi + 1)
        }
        const f = preds[name]
        const bad: number[] = []
        for (let r = 0; r <= 0x110000; r++) if (f(r) !== (want[r] === 1)) bad.push(r)
        assert.deepEqual(bad.slice(0, 10).map(r => r.toString(16)), [])
      })
    } else {
      it(`${name} maps every rune as Go's does`, () => {
        const want = new Map<number, number>()
        for (const p of data.split(',').filter(x => x !== '')) {
          const [a, b] = p.split(':')
          want.set(a.startsWith('-') ? -parseInt(a.slice(1), 16) : parseInt(a, 16), parseInt(b, 16))
        }
        const f = maps[name]
        const bad: string[] = []
        for (let r = -1; r <= 0x110000; r++) {
          const w = want.get(r) ?? r
          const g = f(r)
          if (g !== w) bad.push(`${r.toString(16)}: ${g.toString(16)} want ${w.toString(16)}`)
        }
        assert.deepEqual(bad.slice(0, 10), [])
      })
    }
  }

  it('exposes every category, script and property table', () => {
    assert.equal(u.Version, '13.0.0')
    for (const key of [...Object.values(u.categories), ...Object.values(u.scripts), ...Object.values(u.properties)]) assert.ok(u.table(key) !== undefined, key)
    assert.ok(Object.keys(u.scripts).length > 150)
  })
})
