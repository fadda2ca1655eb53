/** Go's math.Sin, Cos, Tan, Sincos (pure Go on amd64), with Payne–Hanek reduction for huge arguments. */
import { fromBits, float64bits, float64frombits } from '../float.ts'

const FourOverPi = fromBits(0x3ff45f30, 0x6dc9c883)
const PI4 = fromBits(0x3fe921fb, 0x54442d18)
const PI4A = 7.85398125648498535156e-1
const PI4B = 3.77489470793079817668e-8
const PI4C = 2.69515142907905952645e-15
const reduceThreshold = 536870912

const S0 = 1.58962301576546568060e-10
const S1 = -2.50507477628578072866e-8
const S2 = 2.75573136213857245213e-6
const S3 = -1.98412698295895385996e-4
const S4 = 8.33333333332211858878e-3
const S5 = -1.66666666666666307295e-1
const C0 = -1.13585365213876817300e-11
const C1 = 2.08757008419747316778e-9
const C2 = -2.75573141792967388112e-7
const C3 = 2.48015872888517045348e-5
const C4 = -1.38888888888730564116e-3
const C5 = 4.16666666666665929218e-2

const mPi4 = [
  0x0000000000000001n, 0x45f306dc9c882a53n, 0xf84eafa3ea69bb81n, 0xb6c52b3278872083n, 0xfca2c757bd778ac3n,
  0x6e48dc74849ba5c0n, 0x0c925dd413a32439n, 0xfc3bd63962534e7dn, 0xd1046bea5d768909n, 0xd338e04d68befc82n,
  0x7323ac7306a673e9n, 0x3908bf177bf25076n, 0x3ff12fffbc0b301fn, 0xde5e2316b414da3en, 0xda6cfd9e4f96136en,
  0x9e8c7ecd3cbfd45an, 0xea4f758fd7cbe2f6n, 0x7a0e73ef14a525d4n, 0xd7f6bf623f1aba10n, 0xac06608df8f6d757n
]
const M64 = (1n << 64n) - 1n

/** Go's trigReduce: [j, z] with x = j×(π/4) + z, for x ≥ reduceThreshold. */
function trigReduce (x: number): [number, number] {
  if (x < PI4) return [0, x]
  let ix = float64bits(x)
  const exp = Number((ix >> 52n) & 0x7ffn) - 1023 - 52
  ix &= ~(0x7ffn << 52n)
  ix |= 1n << 52n
  const digit = Math.floor((exp + 61) / 64)
  const bitshift = BigInt((exp + 61) % 64)
  const sh = (a: bigint, b: bigint): bigint => ((a << bitshift) & M64) | (bitshift === 0n ? 0n : b >> (64n - bitshift))
  const z0 = sh(mPi4[digit], mPi4[digit + 1])
  const z1 = sh(mPi4[digit + 1], mPi4[digit + 2])
  const z2 = sh(mPi4[digit + 2], mPi4[digit + 3])
  const z2hi = (z2 * ix) >> 64n
  const z1p = z1 * ix
  const z1hi = z1p >> 64n
  const z1lo = z1p & M64
  const z0lo = (z0 * ix) & M64
  const losum = z1lo + z2hi
  let lo = losum & M64
  const c = losum >> 64n
  let hi = (z0lo + z1hi + c) & M64
  let j = Number(hi >> 61n)
  hi = ((hi << 3n) & M64) | (lo >> 61n)
  const lz = hi === 0n ? 64n : BigInt(64 - hi.toString(2).length)
  const e = BigInt(1023) - (lz + 1n)
  hi = ((hi << (lz + 1n)) & M64) | (lz + 1n > 64n ? 0n : lo >> (64n - (lz + 1n)))
  hi >>= 64n - 52n
  hi |= e << 52n
  let z = float64frombits(hi)
  if ((j & 1) === 1) {
    j++
    j &= 7
    z--
  }
  return [j, z * PI4]
}

function reduce (x: number): [number, number] {
  if (x >= reduceThreshold) return trigReduce(x)
  let j = Math.trunc(x * FourOverPi)
  let y = j
  if ((j & 1) === 1) { j++; y++ }
  j &= 7
  return [j, ((x - y * PI4A) - y * PI4B) - y * PI4C]
}

function sinPoly (z: number, zz: number): number {
  return z + z * zz * ((((((S0 * zz) + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5)
}
function cosPoly (zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * ((((((C0 * zz) + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5)
}

/** math.Cos. */
export function cos (x: number): number {
  if (x !== x || !Number.isFinite(x)) return NaN
  let sign = false
  x = Math.abs(x)
  let [j, z] = reduce(x)
  if (j > 3) { j -= 4; sign = !sign }
  if (j > 1) sign = !sign
  const zz = z * z
  const y = (j === 1 || j === 2) ? sinPoly(z, zz) : cosPoly(zz)
  return sign ? -y : y
}

/** math.Sin. */
export function sin (x: number): number {
  if (x === 0 || x !== x) return x
  if (!Number.isFinite(x)) return NaN
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let [j, z] = reduce(x)
  if (j > 3) { sign = !sign; j -= 4 }
  const zz = z * z
  const y = (j === 1 || j === 2) ? cosPoly(zz) : sinPoly(z, zz)
  return sign ? -y : y
}

/** math.Sincos. */
export function sincos (x: number): [number, number] {
  if (x === 0) return [x, 1]
  if (x !== x || !Number.isFinite(x)) return [NaN, NaN]
  let sinSign = false; let cosSign = false
  if (x < 0) { x = -x; sinSign = true }
  let [j, z] = reduce(x)
  if (j > 3) { j -= 4; sinSign = !sinSign; cosSign = !cosSign }
  if (j > 1) cosSign = !cosSign
  const zz = z * z
  let c = cosPoly(zz)
  let s = sinPoly(z, zz)
  if (j === 1 || j === 2) { const t = s; s = c; c = t }
  if (cosSign) c = -c
  if (sinSign) s = -s
  return [s, c]
}

const TP0 = -1.30936939181383777646e4
const TP1 = 1.15351664838587416140e6
const TP2 = -1.79565251976484877988e7
const TQ1 = 1.36812963470692954678e4
const TQ2 = -1.32089234440210967447e6
const TQ3 = 2.50083801823357915839e7
const TQ4 = -5.38695755929454629881e7

/** math.Tan. */
export function tan (x: number): number {
  if (x === 0 || x !== x) return x
  if (!Number.isFinite(x)) return NaN
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let j: number, z: number
  if (x >= reduceThreshold) {
    [j, z] = trigReduce(x)
  } else {
    j = Math.trunc(x * FourOverPi)
    let y = j
    if ((j & 1) === 1) { j++; y++ }
    z = ((x - y * PI4A) - y * PI4B) - y * PI4C
  }
  const zz = z * z
  let y: number
  if (zz > 1e-14) {
    y = z + z * (zz * (((TP0 * zz) + TP1) * zz + TP2) / ((((zz + TQ1) * zz + TQ2) * zz + TQ3) * zz + TQ4))
  } else {
    y = z
  }
  if ((j & 2) === 2) y = -1 / y
  return sign ? -y : y
}
