import { strict as assert } from 'node:assert'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as I from '../../../src/lang/runtime/int.ts'

// Expected lines come from real Go 1.19 running testdata/ints.go.
const expected = readFileSync(fileURLToPath(new URL('./testdata/ints.out', import.meta.url)), 'utf8').split('\n')

const signed: bigint[] = [0n, 1n, -1n, 7n, -7n, 9007199254740991n, -9007199254740991n, 9007199254740992n, 1n << 62n, -(1n << 63n), (1n << 63n) - 1n, 123456789012345n, -98765432109n]
const unsigned: bigint[] = [0n, 1n, 7n, 9007199254740991n, 9007199254740993n, 1n << 63n, (1n << 64n) - 1n, 14695981039346656037n]

describe('lang/runtime int: 64-bit arithmetic matches Go', () => {
  it('int (mixed number/bigint) ops give Go\'s int64 results', () => {
    let line = 0
    for (const xb of signed) {
      for (const yb of signed) {
        const x = I.norm(xb); const y = I.norm(yb)
        let q: I.Int = 0; let r: I.Int = 0
        if (yb !== 0n && !(xb === -(1n << 63n) && yb === -1n)) { q = I.idiv(x, y); r = I.irem(x, y) }
        const sh = Number(BigInt.asUintN(64, yb) & 63n)
        const got = [I.iadd(x, y), I.isub(x, y), I.imul(x, y), q, r, I.iand(x, y), I.ior(x, y), I.ixor(x, y), I.iandnot(x, y), I.ishl(x, sh), I.ishr(x, sh)].map(String).join(' ')
        assert.equal(got, expected[line], `x=${xb} y=${yb}`)
        line++
      }
    }
  })
  it('int64 as bigint ops give Go\'s results', () => {
    let line = 0
    for (const x of signed) {
      for (const y of signed) {
        let q = 0n; let r = 0n
        if (y !== 0n && !(x === -(1n << 63n) && y === -1n)) { q = I.div64(x, y); r = I.rem64(x, y) }
        const sh = Number(BigInt.asUintN(64, y) & 63n)
        const w = (v: bigint): bigint => BigInt.asIntN(64, v)
        const got = [w(x + y), w(x - y), w(x * y), q, r, x & y, x | y, x ^ y, x & ~y, I.shl64(x, sh), I.shr64(x, sh)].map(String).join(' ')
        assert.equal(got, expected[line])
        line++
      }
    }
  })
  it('uint (mixed) ops give Go\'s uint64 results', () => {
    let line = signed.length * signed.length
    for (const xb of unsigned) {
      for (const yb of unsigned) {
        const x = I.norm(xb); const y = I.norm(yb)
        let q: I.Int = 0; let r: I.Int = 0
        if (yb !== 0n) { q = I.udiv(x, y); r = I.urem(x, y) }
        const sh = Number(yb & 63n)
        const got = [I.uadd(x, y), I.usub(x, y), I.umul(x, y), q, r, I.iand(x, y), I.ior(x, y), I.uxor(x, y), I.iandnot(x, y), I.ushl(x, sh), I.ushr(x, sh)].map(String).join(' ')
        assert.equal(got, expected[line], `x=${xb} y=${yb}`)
        line++
      }
    }
  })
  it('division by zero panics with Go\'s message', () => {
    assert.throws(() => I.idiv(1, 0), (e: any) => e.name === 'GoPanic' && e.value.t.methods.Error(e.value.v) === 'runtime error: integer divide by zero')
  })
  it('small integer conversions wrap', () => {
    assert.equal(I.toSmall(300, 8, false), 44)
    assert.equal(I.toSmall(200, 8, true), -56)
    assert.equal(I.toSmall(-1, 32, false), 4294967295)
    assert.equal(I.toSmall(2n ** 63n + 5n, 16, true), 5)
    assert.equal(I.toUint(-1), 18446744073709551615n)
    assert.equal(I.toInt(18446744073709551615n), -1)
  })
})
