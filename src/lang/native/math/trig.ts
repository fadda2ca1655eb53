/**
 * Sin, Cos, Tan and Sincos by the Cephes method (sin.c, tan.c): reduction to an octant j and a
 * remainder z in [−π/4, π/4] — Cody–Waite with π/4 in three parts below 2^29, Payne–Hanek above —
 * then a polynomial in z² for sin or cos and a rational function for tan.
 */
import { fromBits } from '../float.ts'
import { horner, monic } from './poly.ts'
import { payneHanek } from './reduce.ts'

const FOUR_OVER_PI = fromBits(0x3ff45f30, 0x6dc9c883)
// π/4 = PI4_A + PI4_B + PI4_C, each with enough trailing zeros that y·PI4_A and y·PI4_B are exact
const PI4_A = 7.85398125648498535156e-1
const PI4_B = 3.77489470793079817668e-8
const PI4_C = 2.69515142907905952645e-15
const CODY_WAITE_LIMIT = 536870912 // 2^29: beyond it, y·PI4_A stops being exact

// sin z ≈ z + z³·S(z²), cos z ≈ 1 − z²/2 + z⁴·C(z²)
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
const TAN_P = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7]
const TAN_Q = [1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7]

let octant = 0 // set by reduce, beside its returned remainder (saves an allocation per call)

/** The remainder z of x ≥ 0 in its octant; the even octant number goes to `octant`. */
function reduce (x: number): number {
  if (x >= CODY_WAITE_LIMIT) {
    const [j, z] = payneHanek(x)
    octant = j
    return z
  }
  let j = Math.trunc(x * FOUR_OVER_PI)
  if ((j & 1) === 1) j++ // the octant above: z in [−π/4, π/4]
  octant = j & 7
  return ((x - j * PI4_A) - j * PI4_B) - j * PI4_C
}

// Written out rather than through horner(): these are the hot paths of Sin and Cos.
function sinOfReduced (z: number, zz: number): number {
  return z + z * zz * (((((S0 * zz + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5)
}
function cosOfReduced (zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * (((((C0 * zz + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5)
}

export function sin (x: number): number {
  if (x === 0 || x !== x) return x
  if (x === Infinity || x === -Infinity) return NaN
  let negate = x < 0
  const z = reduce(Math.abs(x))
  let j = octant
  if (j > 3) { negate = !negate; j -= 4 }
  const zz = z * z
  const y = j === 2 ? cosOfReduced(zz) : sinOfReduced(z, zz)
  return negate ? -y : y
}

export function cos (x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN
  const z = reduce(Math.abs(x))
  let j = octant
  let negate = false
  if (j > 3) { negate = true; j -= 4 }
  if (j > 1) negate = !negate
  const zz = z * z
  const y = j === 2 ? sinOfReduced(z, zz) : cosOfReduced(zz)
  return negate ? -y : y
}

export function sincos (x: number): [number, number] {
  if (x === 0) return [x, 1]
  if (x !== x || x === Infinity || x === -Infinity) return [NaN, NaN]
  let negateSin = x < 0
  let negateCos = false
  const z = reduce(Math.abs(x))
  let j = octant
  if (j > 3) { j -= 4; negateSin = !negateSin; negateCos = true }
  if (j > 1) negateCos = !negateCos
  const zz = z * z
  const s = sinOfReduced(z, zz)
  const c = cosOfReduced(zz)
  const [sn, cs] = j === 2 ? [c, s] : [s, c]
  return [negateSin ? -sn : sn, negateCos ? -cs : cs]
}

export function tan (x: number): number {
  if (x === 0 || x !== x) return x
  if (x === Infinity || x === -Infinity) return NaN
  const z = reduce(Math.abs(x))
  const zz = z * z
  let y = zz > 1e-14 ? z + z * (zz * horner(zz, TAN_P) / monic(zz, TAN_Q)) : z
  if ((octant & 2) === 2) y = -1 / y // tan(z + π/2) = −1/tan z
  return x < 0 ? -y : y
}
