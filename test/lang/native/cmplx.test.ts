import assert from 'node:assert/strict'
import * as z from '../../../src/lang/native/cmplx/index.ts'
import { fixtureLines, checkAll } from './fixtures.ts'
import { checkCmplxLine } from './cmplx-cases.ts'

describe('native math/cmplx against Go 1.19 on amd64, bit for bit', () => {
  it('agrees on every function over random, huge, near-pole and special inputs', () => {
    const n = checkAll(fixtureLines('cmplx.txt'), checkCmplxLine)
    assert.ok(n >= 2500)
  })

  it('keeps the special values of the documentation', () => {
    assert.deepEqual(z.sqrt({ re: -4, im: 0 }), { re: 0, im: 2 })
    assert.deepEqual(z.sqrt({ re: -4, im: -0 }), { re: 0, im: -2 })
    assert.equal(Object.is(z.exp({ re: -Infinity, im: Infinity }).im, 0), true)
    assert.equal(z.isNaN({ re: NaN, im: Infinity }), false)
    assert.deepEqual(z.pow({ re: 0, im: 0 }, { re: -1, im: 0 }), { re: Infinity, im: 0 })
  })
})
