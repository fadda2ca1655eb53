/**
 * Inverse trigonometric functions by the Cephes method (atan.c): atan on [0, 0.66] by a rational
 * function of x², larger arguments mapped there through atan x = π/2 − atan(1/x) and
 * atan x = π/4 + atan((x−1)/(x+1)); asin and acos from atan.
 */
import { fromBits } from '../float.ts'
import { copysign, signbit } from './basic.ts'

const PI = fromBits(0x400921fb, 0x54442d18)
const PI_OVER_2 = fromBits(0x3ff921fb, 0x54442d18)
const PI_OVER_4 = fromBits(0x3fe921fb, 0x54442d18)
const THREE_PI_OVER_4 = fromBits(0x4002d97c, 0x7f3321d2)
const TAN_3PI_OVER_8 = 2.41421356237309504880
const PI_OVER_2_LOW = 6.123233995736765886130e-17 // π/2 − PI_OVER_2

// atan x ≈ x + x·z·P(z)/Q(z), z = x², Q monic
const P0 = -8.750608600031904122785e-01
const P1 = -1.615753718733365076637e+01
const P2 = -7.500855792314704667340e+01
const P3 = -1.228866684490136173410e+02
const P4 = -6.485021904942025371773e+01
const Q0 = 2.485846490142306297962e+01
const Q1 = 1.650270098316988542046e+02
const Q2 = 4.328810604912902668951e+02
const Q3 = 4.853903996359136964868e+02
const Q4 = 1.945506571482613964425e+02

/** atan x for 0 ≤ x ≤ 0.66. */
function atanSmall (x: number): number {
  const z = x * x // written out: the hot path of Atan, Asin and Atan2
  const p = (((P0 * z + P1) * z + P2) * z + P3) * z + P4
  const q = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4
  return x * (z * p / q) + x
}

/** atan x for x ≥ 0. */
function atanPositive (x: number): number {
  if (x <= 0.66) return atanSmall(x)
  if (x > TAN_3PI_OVER_8) return PI_OVER_2 - atanSmall(1 / x) + PI_OVER_2_LOW
  return PI_OVER_4 + atanSmall((x - 1) / (x + 1)) + 0.5 * PI_OVER_2_LOW
}

export function atan (x: number): number {
  if (x === 0) return x
  return x > 0 ? atanPositive(x) : -atanPositive(-x)
}

export function asin (x: number): number {
  if (x === 0) return x
  const ax = Math.abs(x)
  if (ax > 1) return NaN
  const c = Math.sqrt(1 - ax * ax) // cos of the angle
  const a = ax > 0.7 ? PI_OVER_2 - atanPositive(c / ax) : atanPositive(ax / c)
  return x < 0 ? -a : a
}

export function acos (x: number): number { return PI_OVER_2 - asin(x) }

/** The angle of the point (x, y), with the signed zeros and infinities Go documents. */
export function atan2 (y: number, x: number): number {
  if (y !== y || x !== x) return NaN
  if (y === 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y)
  if (x === 0) return copysign(PI_OVER_2, y)
  const yInf = y === Infinity || y === -Infinity
  if (x === Infinity) return copysign(yInf ? PI_OVER_4 : 0, y)
  if (x === -Infinity) return copysign(yInf ? THREE_PI_OVER_4 : PI, y)
  if (yInf) return copysign(PI_OVER_2, y)
  const q = atan(y / x)
  if (x > 0) return q
  return q <= 0 ? q + PI : q - PI
}
