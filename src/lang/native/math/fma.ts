/**
 * Exact fused multiply-add (Go's math.FMA): x*y+z with a single rounding. The product and sum are
 * computed exactly with bigints and rounded to nearest even, so the result is the IEEE one.
 */
import { hiBits, loBits, pow2 } from '../float.ts'

function decompose (x: number): [bigint, number] {
  // x = m × 2^e with integer m (signed)
  const hi = hiBits(x); const lo = loBits(x)
  const be = (hi >>> 20) & 0x7ff
  let m = BigInt((hi & 0xfffff) * 4294967296 + lo)
  let e: number
  if (be === 0) { e = -1074 } else { m |= 1n << 52n; e = be - 1075 }
  return [(hi >>> 31) !== 0 ? -m : m, e]
}

function bitLen (x: bigint): number { return x.toString(2).length }

/** Rounds the exact value s × 2^e (s ≠ 0) to the nearest float64, ties to even. */
function roundScaled (s: bigint, e: number): number {
  const neg = s < 0n
  if (neg) s = -s
  let k = bitLen(s) - 53 + e // exponent of the result's last mantissa bit
  if (k < -1074) k = -1074
  const shift = k - e
  let q: bigint
  if (shift <= 0) {
    q = s << BigInt(-shift)
  } else {
    const sh = BigInt(shift)
    q = s >> sh
    const rem = s - (q << sh)
    const half = 1n << (sh - 1n)
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++
    if (q === (1n << 53n)) { q >>= 1n; k++ }
  }
  if (k > 971) return neg ? -Infinity : Infinity
  const v = Number(q) * pow2(k)
  return neg ? -v : v
}

const SPLIT = 134217729 // 2^27 + 1
const rf64 = new Float64Array(1)
const ru32 = new Uint32Array(rf64.buffer)
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const LO = LITTLE ? 0 : 1
const HI = LITTLE ? 1 : 0
const HUGE = 2 ** 900
const TINY = 2 ** -900

/**
 * math.FMA(x, y, z). Away from overflow and underflow it uses Boldo and Melquiond's emulation
 * (exact product and sum by error-free transformations, then one rounding to odd and one to
 * nearest), which is proven to give the correctly rounded result; elsewhere it computes exactly
 * with bigints.
 */
export function fma (x: number, y: number, z: number): number {
  if (x === 0 || y === 0 || z === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x * y + z
  if (!Number.isFinite(z)) return z
  const p = x * y
  const ap = Math.abs(p); const az = Math.abs(z)
  if (ap > TINY && ap < HUGE && az > TINY && az < HUGE && Math.abs(x) < HUGE && Math.abs(y) < HUGE) {
    // exact product p + pe (Dekker / Veltkamp)
    let t = SPLIT * x
    const xh = t - (t - x); const xl = x - xh
    t = SPLIT * y
    const yh = t - (t - y); const yl = y - yh
    const pe = ((xh * yh - p) + xh * yl + xl * yh) + xl * yl
    // exact sum z + p = th + tl (Knuth)
    const th = z + p
    let bv = th - z
    const tl = (z - (th - bv)) + (p - bv)
    // v = round-to-odd(tl + pe)
    let v = tl + pe
    bv = v - tl
    const ve = (tl - (v - bv)) + (pe - bv)
    if (ve !== 0) {
      rf64[0] = v
      const lo = ru32[LO]
      if ((lo & 1) === 0) {
        // step one ulp towards the exact value: away from zero if ve has v's sign
        if ((ve > 0) === (v > 0)) {
          if (lo === 0xffffffff) { ru32[LO] = 0; ru32[HI] = ru32[HI] + 1 } else ru32[LO] = lo + 1
        } else {
          if (lo === 0) { ru32[LO] = 0xffffffff; ru32[HI] = ru32[HI] - 1 } else ru32[LO] = lo - 1
        }
        v = rf64[0]
      }
    }
    return th + v
  }
  const [mx, ex] = decompose(x)
  const [my, ey] = decompose(y)
  const [mz, ez] = decompose(z)
  const ep = ex + ey
  const e0 = Math.min(ep, ez)
  const s = ((mx * my) << BigInt(ep - e0)) + (mz << BigInt(ez - e0))
  if (s === 0n) return 0 // exact cancellation of nonzero terms gives +0 in round-to-nearest
  return roundScaled(s, e0)
}

/** The exact (bigint) FMA, for tests of the fast path. */
export function fmaExact (x: number, y: number, z: number): number {
  if (x === 0 || y === 0 || z === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x * y + z
  if (!Number.isFinite(z)) return z
  const [mx, ex] = decompose(x)
  const [my, ey] = decompose(y)
  const [mz, ez] = decompose(z)
  const ep = ex + ey
  const e0 = Math.min(ep, ez)
  const s = ((mx * my) << BigInt(ep - e0)) + (mz << BigInt(ez - e0))
  if (s === 0n) return 0
  return roundScaled(s, e0)
}
