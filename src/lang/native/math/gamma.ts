/** Go's math.Gamma and math.Lgamma: Go 1.19's pure-Go algorithms (gamma.go, lgamma.go), ported operation by operation. */
import { fromBits, loBits } from '../float.ts'
import { exp, log, pow, floor, modf, mod, abs, signbit } from './index.ts'
import { sin, cos } from './trig.ts'

const Pi = fromBits(0x400921fb, 0x54442d18)

const gamP = [
  1.60119522476751861407e-04,
  1.19135147006586384913e-03,
  1.04213797561761569935e-02,
  4.76367800457137231464e-02,
  2.07448227648435975150e-01,
  4.94214826801497100753e-01,
  9.99999999999999996796e-01
]
const gamQ = [
  -2.31581873324120129819e-05,
  5.39605580493303397842e-04,
  -4.45641913851797240494e-03,
  1.18139785222060435552e-02,
  3.58236398605498653373e-02,
  -2.34591795718243348568e-01,
  7.14304917030273074085e-02,
  1.00000000000000000320e+00
]
const gamS = [
  7.87311395793093628397e-04,
  -2.29549961613378126380e-04,
  -2.68132617805781232825e-03,
  3.47222221605458667310e-03,
  8.33333333333482257126e-02
]

/** Gamma(x) for x > 33 by Stirling's formula, as two factors so that the product can overflow late. */
function stirling (x: number): [number, number] {
  if (x > 200) return [Infinity, 1]
  const SqrtTwoPi = 2.506628274631000502417
  const MaxStirling = 143.01608
  let w = 1 / x
  w = 1 + w * ((((gamS[0] * w + gamS[1]) * w + gamS[2]) * w + gamS[3]) * w + gamS[4])
  let y1 = exp(x)
  let y2 = 1.0
  if (x > MaxStirling) { // avoid pow overflow
    const v = pow(x, 0.5 * x - 0.25)
    y2 = v / y1
    y1 = v
  } else {
    y1 = pow(x, x - 0.5) / y1
  }
  return [y1, SqrtTwoPi * w * y2]
}

function isNegInt (x: number): boolean {
  if (x < 0) return modf(x)[1] === 0
  return false
}

export function gamma (x: number): number {
  const Euler = 0.57721566490153286060651209008240243104215933593992
  if (isNegInt(x) || x === -Infinity || x !== x) return NaN
  if (x === Infinity) return Infinity
  if (x === 0) return signbit(x) ? -Infinity : Infinity
  let q = abs(x)
  let p = floor(q)
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x)
      return y1 * y2
    }
    // p < 2**63 here is not guaranteed, but int64(p)&1 only needs the parity of an integral float
    let signgam = 1
    if (isEvenIntegral(p)) signgam = -1
    let z = q - p
    if (z > 0.5) {
      p = p + 1
      z = q - p
    }
    z = q * sin(Pi * z)
    if (z === 0) return signgam >= 0 ? Infinity : -Infinity
    const [sq1, sq2] = stirling(q)
    const absz = abs(z)
    const d = absz * sq1 * sq2
    if (d === Infinity || d === -Infinity) z = Pi / absz / sq1 / sq2
    else z = Pi / d
    return signgam * z
  }
  let z = 1.0
  let small = false
  while (x >= 3) {
    x = x - 1
    z = z * x
  }
  while (!small && x < 0) {
    if (x > -1e-09) { small = true; break }
    z = z / x
    x = x + 1
  }
  while (!small && x < 2) {
    if (x < 1e-09) { small = true; break }
    z = z / x
    x = x + 1
  }
  if (small) {
    if (x === 0) return Infinity
    return z / ((1 + Euler * x) * x)
  }
  if (x === 2) return z
  x = x - 2
  p = (((((x * gamP[0] + gamP[1]) * x + gamP[2]) * x + gamP[3]) * x + gamP[4]) * x + gamP[5]) * x + gamP[6]
  q = ((((((x * gamQ[0] + gamQ[1]) * x + gamQ[2]) * x + gamQ[3]) * x + gamQ[4]) * x + gamQ[5]) * x + gamQ[6]) * x + gamQ[7]
  return z * p / q
}

/** int64(p)&1 == 0 for an integral p >= 33, with int64's conversion of p >= 2**63 on amd64 (0x8000000000000000, even). */
function isEvenIntegral (p: number): boolean {
  if (p >= 2 ** 63) return true
  if (p >= 2 ** 53) return true // every float64 from 2**53 on is even
  return p % 2 === 0
}

const lgamA = [
  7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
  2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
  1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
  1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05
]
const lgamR = [
  1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
  1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06
]
const lgamS = [
  -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
  1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
  3.19475326584100867617e-05
]
const lgamT = [
  4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
  -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
  6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
  -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
  3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04
]
const lgamU = [
  -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
  9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02
]
const lgamV = [
  1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
  1.04222645593369134254e-01, 3.21709242282423911810e-03
]
const lgamW = [
  4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
  7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
  -1.63092934096575273989e-03
]

const Two52 = 2 ** 52
const Two53 = 2 ** 53
const Two58 = 2 ** 58
const Tiny = 2 ** -70
const Tc = 1.46163214496836224576e+00
const Tf = -1.21486290535849611461e-01
const Tt = -3.63867699703950536541e-18
// Go folds Ymin±1±0.27 and Tc-1 exactly from the decimal constants, then rounds once.
const YminM1P27 = 0.731632144968362245 // Ymin - 1 + 0.27
const YminM1M27 = 0.191632144968362245 // Ymin - 1 - 0.27
const YminP27 = 1.731632144968362245 // Ymin + 0.27
const YminM27 = 1.191632144968362245 // Ymin - 0.27
const TcM1 = 0.46163214496836224576 // Tc - 1

/** Go's math.Lgamma: the natural logarithm and sign (-1 or +1) of Gamma(x). */
export function lgamma (x: number): [number, number] {
  let sign = 1
  if (x !== x) return [x, sign]
  if (x === Infinity || x === -Infinity) return [x, sign]
  if (x === 0) return [Infinity, sign]
  let neg = false
  if (x < 0) {
    x = -x
    neg = true
  }
  if (x < Tiny) {
    if (neg) sign = -1
    return [-log(x), sign]
  }
  let nadj = 0
  if (neg) {
    if (x >= Two52) return [Infinity, sign]
    const t = sinPi(x)
    if (t === 0) return [Infinity, sign]
    nadj = log(Pi / abs(t * x))
    if (t < 0) sign = -1
  }
  let lg: number
  if (x === 1 || x === 2) {
    return [0, sign]
  } else if (x < 2) {
    let y: number
    let i: number
    if (x <= 0.9) {
      lg = -log(x)
      if (x >= YminM1P27) { y = 1 - x; i = 0 } else if (x >= YminM1M27) { y = x - TcM1; i = 1 } else { y = x; i = 2 }
    } else {
      lg = 0
      if (x >= YminP27) { y = 2 - x; i = 0 } else if (x >= YminM27) { y = x - Tc; i = 1 } else { y = x - 1; i = 2 }
    }
    if (i === 0) {
      const z = y * y
      const p1 = lgamA[0] + z * (lgamA[2] + z * (lgamA[4] + z * (lgamA[6] + z * (lgamA[8] + z * lgamA[10]))))
      const p2 = z * (lgamA[1] + z * (+lgamA[3] + z * (lgamA[5] + z * (lgamA[7] + z * (lgamA[9] + z * lgamA[11])))))
      const p = y * p1 + p2
      lg += (p - 0.5 * y)
    } else if (i === 1) {
      const z = y * y
      const w = z * y
      const p1 = lgamT[0] + w * (lgamT[3] + w * (lgamT[6] + w * (lgamT[9] + w * lgamT[12])))
      const p2 = lgamT[1] + w * (lgamT[4] + w * (lgamT[7] + w * (lgamT[10] + w * lgamT[13])))
      const p3 = lgamT[2] + w * (lgamT[5] + w * (lgamT[8] + w * (lgamT[11] + w * lgamT[14])))
      const p = z * p1 - (Tt - w * (p2 + y * p3))
      lg += (Tf + p)
    } else {
      const p1 = y * (lgamU[0] + y * (lgamU[1] + y * (lgamU[2] + y * (lgamU[3] + y * (lgamU[4] + y * lgamU[5])))))
      const p2 = 1 + y * (lgamV[1] + y * (lgamV[2] + y * (lgamV[3] + y * (lgamV[4] + y * lgamV[5]))))
      lg += (-0.5 * y + p1 / p2)
    }
  } else if (x < 8) {
    const i = Math.trunc(x)
    const y = x - i
    const p = y * (lgamS[0] + y * (lgamS[1] + y * (lgamS[2] + y * (lgamS[3] + y * (lgamS[4] + y * (lgamS[5] + y * lgamS[6]))))))
    const q = 1 + y * (lgamR[1] + y * (lgamR[2] + y * (lgamR[3] + y * (lgamR[4] + y * (lgamR[5] + y * lgamR[6])))))
    lg = 0.5 * y + p / q
    let z = 1.0
    // Go's switch with fallthrough from case i down to case 3
    if (i >= 3) {
      if (i >= 7) z *= (y + 6)
      if (i >= 6) z *= (y + 5)
      if (i >= 5) z *= (y + 4)
      if (i >= 4) z *= (y + 3)
      z *= (y + 2)
      lg += log(z)
    }
  } else if (x < Two58) {
    const t = log(x)
    const z = 1 / x
    const y = z * z
    const w = lgamW[0] + z * (lgamW[1] + y * (lgamW[2] + y * (lgamW[3] + y * (lgamW[4] + y * (lgamW[5] + y * lgamW[6])))))
    lg = (x - 0.5) * (t - 1) + w
  } else {
    lg = x * (log(x) - 1)
  }
  if (neg) lg = nadj - lg
  return [lg, sign]
}

/** -sin(Pi*x) computed carefully for x > 0 (Go's sinPi). */
function sinPi (x: number): number {
  if (x < 0.25) return -sin(Pi * x)
  let z = floor(x)
  let n: number
  if (z !== x) {
    x = mod(x, 2)
    n = Math.trunc(x * 4)
  } else {
    if (x >= Two53) {
      x = 0
      n = 0
    } else {
      if (x < Two52) z = x + Two52 // exact
      n = loBits(z) & 1
      x = n
      n <<= 2
    }
  }
  switch (n) {
    case 0: x = sin(Pi * x); break
    case 1: case 2: x = cos(Pi * (0.5 - x)); break
    case 3: case 4: x = sin(Pi * (1 - x)); break
    case 5: case 6: x = -cos(Pi * (x - 1.5)); break
    default: x = sin(Pi * (x - 2))
  }
  return -x
}
