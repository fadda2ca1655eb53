import assert from 'node:assert/strict'
import { floatToFloat32, floatToFloat64 } from '../../../src/lang/constant/float.ts'
import { makeRat } from '../../../src/lang/constant/value.ts'

// Printed by Go 1.19: r := new(big.Rat).SetFrac(n, d); r.Float64(); r.Float32(), as
// "n/d float64-bits exact float32-bits exact" (powers written 2^k).
const goLines = `1/2^2000 0 true 0 true
3/2^1100 0 true 0 true
1/3*2^1080 0 false 0 false
1/2^1075 0 false 0 true
3/2^1076 1 false 0 true
1/2^1074 1 true 0 true
5/2^1077 1 false 0 true
1/2^160 35f0000000000000 true 0 true
3/2^152 3688000000000000 true 0 true
1/2^150 3690000000000000 true 0 false
7/3 4002aaaaaaaaaaab false 40155555 false
2^1024/1 7ff0000000000000 false 7f800000 false
2^128/1 47f0000000000000 true 7f800000 false
2^1023*3/2 7fe8000000000000 true 7f800000 false
1/2^149 36a0000000000000 true 1 true`

function big (s: string): bigint {
  const m = /^(?:(\d+)\*)?2\^(\d+)(?:\*(\d+))?$/.exec(s)
  if (m === null) return BigInt(s)
  return BigInt(m[1] ?? m[3] ?? 1) << BigInt(m[2])
}

const f64 = new Float64Array(1)
const u64 = new BigUint64Array(f64.buffer)
const f32 = new Float32Array(1)
const u32 = new Uint32Array(f32.buffer)

describe('lang/constant float conversions of rationals, as Go\'s big.Rat', () => {
  it('rounds to float64 and float32 and reports exactness as Go does, down past the subnormals', () => {
    for (const line of goLines.split('\n')) {
      const [frac, bits64, exact64, bits32, exact32] = line.split(' ')
      const [n, d] = frac.split('/')
      const v = makeRat(big(n), big(d))
      const [x, e] = floatToFloat64(v)
      const [y, e2] = floatToFloat32(v)
      f64[0] = x
      f32[0] = y
      assert.deepEqual([u64[0].toString(16), String(e), u32[0].toString(16), String(e2)], [bits64, exact64, bits32, exact32], frac)
    }
  })

  it('keeps the sign of a negative value that underflows', () => {
    assert.ok(Object.is(floatToFloat64(makeRat(-1n, 1n << 2000n))[0], -0))
  })
})
