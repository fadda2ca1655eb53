import assert from 'node:assert/strict'
import * as m from '../../../src/lang/native/math/index.ts'
import { fixtureLines, checkAll } from './fixtures.ts'
import { checkMathLine } from './math-cases.ts'

describe('native math against Go 1.19 on amd64, bit for bit', () => {
  const lines = fixtureLines('math.txt')
  const byName = new Map<string, string[][]>()
  for (const l of lines) {
    const list = byName.get(l[0]) ?? []
    list.push(l)
    byName.set(l[0], list)
  }
  for (const [name, cases] of byName) {
    it(`${name} (${cases.length} cases)`, () => {
      checkAll(cases, checkMathLine)
    })
  }

  it('covers every function the fixture generator exercises', () => {
    assert.ok(byName.size >= 40)
  })
})

describe('native math FMA fast path', () => {
  it('agrees with the exact bigint FMA on 50,000 hard cases (cancellation, ties, wide exponents)', async () => {
    const { fmaExact } = await import('../../../src/lang/native/math/fma.ts')
    let s = 0x9e3779b9
    const rnd = (): number => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296 }
    const num = (): number => (rnd() - 0.5) * 2 ** Math.floor(rnd() * 200 - 100)
    let bad = 0
    for (let i = 0; i < 50000; i++) {
      const x = num(); const y = num()
      const p = x * y
      let z: number
      switch (i % 4) {
        case 0: z = num(); break
        case 1: z = -p; break // cancellation: the result is the product's rounding error
        case 2: z = -p * (1 + 2 ** -52 * Math.floor(rnd() * 8)); break
        default: z = p * 2 ** -53 * (rnd() < 0.5 ? 1 : -1); break // near-ties
      }
      if (!Object.is(m.fma(x, y, z), fmaExact(x, y, z))) bad++
    }
    assert.equal(bad, 0)
  })
})
