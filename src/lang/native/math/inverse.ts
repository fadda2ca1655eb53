/** Go's math.Asin, Acos, Atan, Atan2, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh (pure Go on amd64). */
import { fromBits, hiBits } from '../float.ts'
import { exp, log, log1p, copysign } from './index.ts'

const Pi = fromBits(0x400921fb, 0x54442d18)
const PiOver2 = fromBits(0x3ff921fb, 0x54442d18)
const PiOver4 = fromBits(0x3fe921fb, 0x54442d18)
const ThreePiOver4 = fromBits(0x4002d97c, 0x7f3321d2)
const Ln2 = fromBits(0x3fe62e42, 0xfefa39ef)

function xatan (x: number): number {
  const P0 = -8.750608600031904122785e-01
  const P1 = -1.615753718733365076637e+01
  const P2 = -7.500855792314704667340e+01
  const P3 = -1.228866684490136173410e+02
  const P4 = -6.485021904942025371773e+01
  const Q0 = +2.485846490142306297962e+01
  const Q1 = +1.650270098316988542046e+02
  const Q2 = +4.328810604912902668951e+02
  const Q3 = +4.853903996359136964868e+02
  const Q4 = +1.945506571482613964425e+02
  let z = x * x
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4)
  z = x * z + x
  return z
}

function satan (x: number): number {
  const Morebits = 6.123233995736765886130e-17
  const Tan3pio8 = 2.41421356237309504880
  if (x <= 0.66) return xatan(x)
  if (x > Tan3pio8) return PiOver2 - xatan(1 / x) + Morebits
  return PiOver4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits
}

export function asin (x: number): number {
  if (x === 0) return x
  let sign = false
  if (x < 0) { x = -x; sign = true }
  if (x > 1) return NaN
  let temp = Math.sqrt(1 - x * x)
  if (x > 0.7) temp = PiOver2 - satan(temp / x)
  else temp = satan(x / temp)
  return sign ? -temp : temp
}

export function acos (x: number): number { return PiOver2 - asin(x) }

export function atan (x: number): number {
  if (x === 0) return x
  if (x > 0) return satan(x)
  return -satan(-x)
}

function signbit (x: number): boolean { return (hiBits(x) >>> 31) !== 0 }

export function atan2 (y: number, x: number): number {
  if (y !== y || x !== x) return NaN
  if (y === 0) {
    if (x >= 0 && !signbit(x)) return copysign(0, y)
    return copysign(Pi, y)
  }
  if (x === 0) return copysign(PiOver2, y)
  if (!Number.isFinite(x)) {
    if (x === Infinity) return !Number.isFinite(y) ? copysign(PiOver4, y) : copysign(0, y)
    return !Number.isFinite(y) ? copysign(ThreePiOver4, y) : copysign(Pi, y)
  }
  if (!Number.isFinite(y)) return copysign(PiOver2, y)
  const q = atan(y / x)
  if (x < 0) {
    if (q <= 0) return q + Pi
    return q - Pi
  }
  return q
}

export function sinh (x: number): number {
  const P0 = -0.6307673640497716991184787251e+6
  const P1 = -0.8991272022039509355398013511e+5
  const P2 = -0.2894211355989563807284660366e+4
  const P3 = -0.2630563213397497062819489e+2
  const Q0 = -0.6307673640497716991212077277e+6
  const Q1 = 0.1521517378790019070696485176e+5
  const Q2 = -0.173678953558233699533450911e+3
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let temp: number
  if (x > 21) {
    temp = exp(x) * 0.5
  } else if (x > 0.5) {
    const ex = exp(x)
    temp = (ex - 1 / ex) * 0.5
  } else {
    const sq = x * x
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0)
  }
  return sign ? -temp : temp
}

export function cosh (x: number): number {
  x = Math.abs(x)
  if (x > 21) return exp(x) * 0.5
  const ex = exp(x)
  return (ex + 1 / ex) * 0.5
}

export function tanh (x: number): number {
  const MAXLOG = 8.8029691931113054295988e+01
  const P0 = -9.64399179425052238628e-1
  const P1 = -9.92877231001918586564e1
  const P2 = -1.61468768441708447952e3
  const Q0 = 1.12811678491632931402e2
  const Q1 = 2.23548839060100448583e3
  const Q2 = 4.84406305325125486048e3
  let z = Math.abs(x)
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1
  if (z >= 0.625) {
    const s = exp(2 * z)
    z = 1 - 2 / (s + 1)
    if (x < 0) z = -z
    return z
  }
  if (x === 0) return x
  const s = x * x
  return x + x * s * ((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2)
}

export function asinh (x: number): number {
  const Ln2c = 6.93147180559945286227e-01
  const NearZero = 1.0 / 268435456
  const Large = 268435456
  if (x !== x || !Number.isFinite(x)) return x
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let temp: number
  if (x > Large) temp = log(x) + Ln2c
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x))
  else if (x < NearZero) temp = x
  else temp = log1p(x + x * x / (1 + Math.sqrt(1 + x * x)))
  return sign ? -temp : temp
}

export function acosh (x: number): number {
  const Large = 268435456
  if (x < 1 || x !== x) return NaN
  if (x === 1) return 0
  if (x >= Large) return log(x) + Ln2
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)))
  const t = x - 1
  return log1p(t + Math.sqrt(2 * t + t * t))
}

export function atanh (x: number): number {
  const NearZero = 1.0 / 268435456
  if (x < -1 || x > 1 || x !== x) return NaN
  if (x === 1) return Infinity
  if (x === -1) return -Infinity
  let sign = false
  if (x < 0) { x = -x; sign = true }
  let temp: number
  if (x < NearZero) {
    temp = x
  } else if (x < 0.5) {
    temp = x + x
    temp = 0.5 * log1p(temp + temp * x / (1 - x))
  } else {
    temp = 0.5 * log1p((x + x) / (1 - x))
  }
  return sign ? -temp : temp
}
