/**
 * Gamma by the Cephes method (gamma.c): recurrence to [2, 3) and a rational approximation there,
 * Stirling's series above 33, the reflection formula for negative arguments.
 * Lgamma by msun's method (e_lgamma_r.c): rational and polynomial approximations on pieces of
 * (0, 8), an asymptotic series above, and reflection through sin(πx) below zero.
 */
import { fromBits, loBits } from '../float.ts'
import { horner } from './poly.ts'
import { modf, mod } from './basic.ts'
import { exp, log } from './explog.ts'
import { pow } from './power.ts'
import { sin, cos } from './trig.ts'

const PI = fromBits(0x400921fb, 0x54442d18)
const EULER = 0.57721566490153286060651209008240243104215933593992

const GAMMA_P = [1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
  4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01, 9.99999999999999996796e-01]
const GAMMA_Q = [-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
  1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
  7.14304917030273074085e-02, 1.00000000000000000320e+00]
const STIRLING = [7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
  3.47222221605458667310e-03, 8.33333333333482257126e-02]

/** Γ(x) for x > 33 as two factors whose product may overflow only at the end. */
function stirling (x: number): [number, number] {
  if (x > 200) return [Infinity, 1]
  const w = 1 / x
  const series = 1 + w * horner(w, STIRLING)
  const ex = exp(x)
  if (x > 143.01608) { // x^(x−½) would overflow: take it as a square
    const half = pow(x, 0.5 * x - 0.25)
    return [half, 2.506628274631000502417 * series * (half / ex)]
  }
  return [pow(x, x - 0.5) / ex, 2.506628274631000502417 * series]
}

export function gamma (x: number): number {
  if ((x < 0 && modf(x)[1] === 0) || x === -Infinity || x !== x) return NaN
  if (x === Infinity) return Infinity
  if (x === 0) return 1 / x // ±Inf with the sign of the zero
  const q = Math.abs(x)
  let p = Math.floor(q)
  if (q > 33) {
    if (x >= 0) {
      const [a, b] = stirling(x)
      return a * b
    }
    // reflection: Γ(x) = −π / (q·sin(πz)·Γ(q)), with q = −x
    // (p ≥ 2^53 is even, and so is int64's conversion of p ≥ 2^63 on amd64)
    const sign = p >= 9007199254740992 || p % 2 === 0 ? -1 : 1
    let z = q - p
    if (z > 0.5) { p = p + 1; z = q - p }
    z = q * sin(PI * z)
    if (z === 0) return sign * Infinity
    const [s1, s2] = stirling(q)
    const az = Math.abs(z)
    const d = az * s1 * s2
    return sign * (d === Infinity ? PI / az / s1 / s2 : PI / d)
  }
  // recurrence Γ(x+1) = x·Γ(x) down or up into [2, 3), accumulating the factor in z
  let z = 1.0
  while (x >= 3) { x = x - 1; z = z * x }
  while (x < 0) {
    if (x > -1e-09) return small(x, z)
    z = z / x
    x = x + 1
  }
  while (x < 2) {
    if (x < 1e-09) return small(x, z)
    z = z / x
    x = x + 1
  }
  if (x === 2) return z
  x = x - 2
  return z * horner(x, GAMMA_P) / horner(x, GAMMA_Q)
}

/** z·Γ(x) for |x| < 1e-9, where Γ(x) ≈ 1/(x(1 + γx)). */
function small (x: number, z: number): number {
  if (x === 0) return Infinity
  return z / ((1 + EULER * x) * x)
}

// lgamma around 1 and 2: y·even(y²) + y²·odd(y²)
const LG_A_EVEN = [2.52144565451257326939e-05, 2.20862790713908385557e-04, 1.19270763183362067845e-03,
  7.38555086081402883957e-03, 6.73523010531292681824e-02, 7.72156649015328655494e-02]
const LG_A_ODD = [4.48640949618915160150e-05, 1.08011567247583939954e-04, 5.10069792153511336608e-04,
  2.89051383673415629091e-03, 2.05808084325167332806e-02, 3.22467033424113591611e-01]
// lgamma near its minimum, in three interleaved series of w = y³
const LG_T0 = [3.15632070903625950361e-04, -1.40346469989232843813e-03, 6.10053870246291332635e-03,
  -3.27885410759859649565e-02, 4.83836122723810047042e-01]
const LG_T1 = [-3.12754168375120860518e-04, 8.81081882437654011382e-04, -3.68452016781138256760e-03,
  1.79706750811820387126e-02, -1.47587722994593911752e-01]
const LG_T2 = [3.35529192635519073543e-04, -5.38595305356740546715e-04, 2.25964780900612472250e-03,
  -1.03142241298341437450e-02, 6.46249402391333854778e-02]
const LG_U = [1.33810918536787660377e-02, 2.28963728064692451092e-01, 9.77717527963372745603e-01,
  1.45492250137234768737e+00, 6.32827064025093366517e-01, -7.72156649015328655494e-02]
const LG_V = [3.21709242282423911810e-03, 1.04222645593369134254e-01, 7.69285150456672783825e-01,
  2.12848976379893395361e+00, 2.45597793713041134822e+00, 1]
const LG_S = [3.19475326584100867617e-05, 1.84028451407337715652e-03, 2.66422703033638609560e-02,
  1.46350472652464452805e-01, 3.25778796408930981787e-01, 2.14982415960608852501e-01, -7.72156649015328655494e-02]
const LG_R = [7.32668430744625636189e-06, 7.77942496381893596434e-04, 1.86459191715652901344e-02,
  1.71933865632803078993e-01, 7.21935547567138069525e-01, 1.39200533467621045958e+00, 1]
const LG_W = [-1.63092934096575273989e-03, 8.36339918996282139126e-04, -5.95187557450339963135e-04,
  7.93650558643019558500e-04, -2.77777777728775536470e-03, 8.33333333333329678849e-02]
const LG_W0 = 4.18938533204672725052e-01
const TC = 1.46163214496836224576e+00 // where lgamma has its minimum
const TF = -1.21486290535849611461e-01 // lgamma(TC)
const TT = -3.63867699703950536541e-18 // its correction

/** lgamma on (0, 2): three pieces, around 1 and 2, around the minimum TC, and near 0 or 1. */
function lgammaBelowTwo (x: number): number {
  let r: number
  let y: number
  let piece: number
  if (x <= 0.9) {
    r = -log(x)
    // the pieces: from TC − 1 + 0.27 on, TC − 1 ± 0.27, below
    if (x >= 0.731632144968362245) { y = 1 - x; piece = 0 } else if (x >= 0.191632144968362245) { y = x - 0.46163214496836224576; piece = 1 } else { y = x; piece = 2 }
  } else {
    r = 0
    // the pieces: from TC + 0.27 on, TC ± 0.27, below
    if (x >= 1.731632144968362245) { y = 2 - x; piece = 0 } else if (x >= 1.191632144968362245) { y = x - TC; piece = 1 } else { y = x - 1; piece = 2 }
  }
  if (piece === 0) {
    const z = y * y
    const p = y * horner(z, LG_A_EVEN) + z * horner(z, LG_A_ODD)
    return r + (p - 0.5 * y)
  }
  if (piece === 1) {
    const z = y * y
    const w = z * y
    const p = z * horner(w, LG_T0) - (TT - w * (horner(w, LG_T1) + y * horner(w, LG_T2)))
    return r + (TF + p)
  }
  return r + (-0.5 * y + (y * horner(y, LG_U)) / horner(y, LG_V))
}

/** −sin(πx) for x > 0, exact at the integers and halves (msun's sin_pi). */
function negSinPi (x: number): number {
  if (x < 0.25) return -sin(PI * x)
  let n: number
  if (Math.floor(x) !== x) {
    x = mod(x, 2)
    n = Math.trunc(x * 4)
  } else if (x >= 9007199254740992) {
    x = 0
    n = 0
  } else {
    const parity = loBits(x < 4503599627370496 ? x + 4503599627370496 : x) & 1
    x = parity
    n = parity << 2
  }
  let s: number
  switch (n) {
    case 0: s = sin(PI * x); break
    case 1: case 2: s = cos(PI * (0.5 - x)); break
    case 3: case 4: s = sin(PI * (1 - x)); break
    case 5: case 6: s = -cos(PI * (x - 1.5)); break
    default: s = sin(PI * (x - 2))
  }
  return -s
}

/** [log|Γ(x)|, sign of Γ(x)]. */
export function lgamma (x: number): [number, number] {
  if (x !== x) return [x, 1]
  if (x === Infinity || x === -Infinity) return [x, 1]
  if (x === 0) return [Infinity, 1]
  const negative = x < 0
  if (negative) x = -x
  if (x < 8.470329472543003e-22) return [-log(x), negative ? -1 : 1] // 2^-70
  let sign = 1
  let reflected = 0
  if (negative) {
    if (x >= 4503599627370496) return [Infinity, 1] // a negative integer
    const t = negSinPi(x)
    if (t === 0) return [Infinity, 1]
    reflected = log(PI / Math.abs(t * x))
    if (t < 0) sign = -1
  }
  let lg: number
  if (x === 1 || x === 2) {
    lg = 0
  } else if (x < 2) {
    lg = lgammaBelowTwo(x)
  } else if (x < 8) {
    // lgamma(x) = lgamma(2 + y) + log((2+y)(3+y)…) with y the fraction of x
    const i = Math.trunc(x)
    const y = x - i
    lg = 0.5 * y + (y * horner(y, LG_S)) / horner(y, LG_R)
    let z = 1.0
    for (let k = i - 1; k >= 2; k--) z *= y + k
    lg += log(z)
  } else if (x < 288230376151711744) { // 2^58
    const t = log(x)
    const z = 1 / x
    const y = z * z
    const w = LG_W0 + z * horner(y, LG_W)
    lg = (x - 0.5) * (t - 1) + w
  } else {
    lg = x * (log(x) - 1)
  }
  if (negative) lg = reflected - lg
  return [lg, sign]
}
