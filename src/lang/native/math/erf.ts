/**
 * Erf and Erfc by msun's method (s_erf.c): on [0, 0.84375) erf x = x + x·R(x²); on [0.84375, 1.25)
 * erf x = erx + P(x−1)/Q(x−1) with erx = erf(1) to single precision; beyond,
 * erfc x = exp(−x² − 0.5625 + R(1/x²)/S(1/x²)) / x with one rational pair below 1/0.35 and another
 * above, and x² formed from a 20-bit head of x so that the exponent keeps full accuracy.
 */
import { hiBits, fromBits } from '../float.ts'
import { horner } from './poly.ts'
import { exp } from './explog.ts'

const ERX = 8.45062911510467529297e-01
const EFX = 1.28379167095512586316e-01 // 2/√π − 1
const EFX8 = 1.02703333676410069053e+00 // 8·EFX
// erf on [0, 0.84375): x + x·pp(x²)/qq(x²)
const PP = [-2.37630166566501626084e-05, -5.77027029648944159157e-03, -2.84817495755985104766e-02,
  -3.25042107247001499370e-01, 1.28379167095512558561e-01]
const QQ = [-3.96022827877536812320e-06, 1.32494738004321644526e-04, 5.08130628187576562776e-03,
  6.50222499887672944485e-02, 3.97917223959155352819e-01, 1]
// erf on [0.84375, 1.25): erx + pa(s)/qa(s), s = x − 1
const PA = [-2.16637559486879084300e-03, 3.54783043256182359371e-02, -1.10894694282396677476e-01,
  3.18346619901161753674e-01, -3.72207876035701323847e-01, 4.14856118683748331666e-01, -2.36211856075265944077e-03]
const QA = [1.19844998467991074170e-02, 1.36370839120290507362e-02, 1.26171219808761642112e-01,
  7.18286544141962662868e-02, 5.40397917702171048937e-01, 1.06420880400844228286e-01, 1]
// erfc on [1.25, 1/0.35): ra(1/x²)/sa(1/x²)
const RA = [-9.81432934416914548592e+00, -8.12874355063065934246e+01, -1.84605092906711035994e+02,
  -1.62396669462573470355e+02, -6.23753324503260060396e+01, -1.05586262253232909814e+01,
  -6.93858572707181764372e-01, -9.86494403484714822705e-03]
const SA = [-6.04244152148580987438e-02, 6.57024977031928170135e+00, 1.08635005541779435134e+02,
  4.29008140027567833386e+02, 6.45387271733267880336e+02, 4.34565877475229228821e+02,
  1.37657754143519042600e+02, 1.96512716674392571292e+01, 1]
// erfc on [1/0.35, 28): rb(1/x²)/sb(1/x²)
const RB = [-4.83519191608651397019e+02, -1.02509513161107724954e+03, -6.37566443368389627722e+02,
  -1.60636384855821916062e+02, -1.77579549177547519889e+01, -7.99283237680523006574e-01, -9.86494292470009928597e-03]
const SB = [-2.24409524465858183362e+01, 4.74528541206955367215e+02, 2.55305040643316442583e+03,
  3.19985821950859553908e+03, 1.53672958608443695994e+03, 3.25792512996573918826e+02, 3.03380607434824582924e+01, 1]

const ONE_OVER_035 = 20 / 7 // 1/0.35 folded exactly, then rounded
const ONE_PLUS_ERX = 1 + ERX // exact: erx has 24 significant bits
const ONE_MINUS_ERX = 1 - ERX

/** x·R/S for 0 ≤ x < 0.84375. */
function nearZero (x: number): number {
  const z = x * x
  return horner(z, PP) / horner(z, QQ)
}

/** P/Q for s = x − 1, 0.84375 ≤ x < 1.25. */
function nearOne (s: number): number { return horner(s, PA) / horner(s, QA) }

/** x·erfc x for 1.25 ≤ x < 28. */
function scaledTail (x: number): number {
  const s = 1 / (x * x)
  const ratio = x < ONE_OVER_035 ? horner(s, RA) / horner(s, SA) : horner(s, RB) / horner(s, SB)
  const head = fromBits(hiBits(x), 0) // x with its low 32 mantissa bits cleared
  return exp(-head * head - 0.5625) * exp((head - x) * (head + x) + ratio)
}

export function erf (x: number): number {
  if (x !== x) return NaN
  if (x === Infinity) return 1
  if (x === -Infinity) return -1
  if (x === 0) return x
  const negative = x < 0
  const ax = Math.abs(x)
  let r: number
  if (ax < 0.84375) {
    if (ax < 3.725290298461914e-09) { // 2^-28
      r = ax < 2.848094538889218e-306 ? 0.125 * (8.0 * ax + EFX8 * ax) : ax + EFX * ax
    } else {
      r = ax + ax * nearZero(ax)
    }
  } else if (ax < 1.25) {
    const q = nearOne(ax - 1)
    return negative ? -ERX - q : ERX + q
  } else if (ax >= 6) {
    r = 1
  } else {
    const t = scaledTail(ax)
    return negative ? t / ax - 1 : 1 - t / ax
  }
  return negative ? -r : r
}

export function erfc (x: number): number {
  if (x !== x) return NaN
  if (x === Infinity) return 0
  if (x === -Infinity) return 2
  const negative = x < 0
  const ax = Math.abs(x)
  if (ax < 0.84375) {
    let r: number
    if (ax < 1.3877787807814457e-17) r = ax // 2^-56
    else if (ax < 0.25) r = ax + ax * nearZero(ax)
    else r = 0.5 + (ax * nearZero(ax) + (ax - 0.5))
    return negative ? 1 + r : 1 - r
  }
  if (ax < 1.25) {
    const q = nearOne(ax - 1)
    return negative ? ONE_PLUS_ERX + q : ONE_MINUS_ERX - q
  }
  if (ax < 28) {
    if (negative && ax > 6 && ax >= ONE_OVER_035) return 2
    const t = scaledTail(ax) / ax
    return negative ? 2 - t : t
  }
  return negative ? 2 : 0
}
