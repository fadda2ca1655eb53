/**
 * Hyperbolic functions and their inverses: Cephes (sinh.c, tanh.c) for sinh and tanh near zero,
 * exponentials elsewhere; msun's formulas (s_asinh.c, e_acosh.c, e_atanh.c) for the inverses.
 */
import { fromBits } from '../float.ts'
import { horner, monic } from './poly.ts'
import { exp, log, log1p } from './explog.ts'

const LN2 = fromBits(0x3fe62e42, 0xfefa39ef)
const TWO28 = 268435456
const TWO_M28 = 1 / 268435456

const SINH_P = [-0.2630563213397497062819489e+2, -0.2894211355989563807284660366e+4,
  -0.8991272022039509355398013511e+5, -0.6307673640497716991184787251e+6]
const SINH_Q = [-0.173678953558233699533450911e+3, 0.1521517378790019070696485176e+5,
  -0.6307673640497716991212077277e+6]
const TANH_P = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3]
const TANH_Q = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3]

export function sinh (x: number): number {
  if (x === 0) return x // keeps −0
  const ax = Math.abs(x)
  let s: number
  if (ax > 21) {
    s = exp(ax) * 0.5 // e^-x is negligible
  } else if (ax > 0.5) {
    const e = exp(ax)
    s = (e - 1 / e) * 0.5
  } else {
    const xx = ax * ax
    s = horner(xx, SINH_P) * ax / monic(xx, SINH_Q)
  }
  return x < 0 ? -s : s
}

export function cosh (x: number): number {
  const ax = Math.abs(x)
  if (ax > 21) return exp(ax) * 0.5
  const e = exp(ax)
  return (e + 1 / e) * 0.5
}

export function tanh (x: number): number {
  const ax = Math.abs(x)
  if (ax > 0.5 * 8.8029691931113054295988e+01) return x < 0 ? -1 : 1 // half of Cephes' MAXLOG
  if (ax >= 0.625) {
    const t = 1 - 2 / (exp(2 * ax) + 1)
    return x < 0 ? -t : t
  }
  if (x === 0) return x
  const xx = x * x
  return x + x * xx * horner(xx, TANH_P) / monic(xx, TANH_Q)
}

export function asinh (x: number): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x
  const ax = Math.abs(x)
  let a: number
  if (ax > TWO28) a = log(ax) + 6.93147180559945286227e-01 // log 2x
  else if (ax > 2) a = log(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax))
  else if (ax < TWO_M28) a = ax
  else a = log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)))
  return x < 0 ? -a : a
}

export function acosh (x: number): number {
  if (x < 1 || x !== x) return NaN
  if (x === 1) return 0
  if (x >= TWO28) return log(x) + LN2
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)))
  const t = x - 1
  return log1p(t + Math.sqrt(2 * t + t * t))
}

export function atanh (x: number): number {
  if (x < -1 || x > 1 || x !== x) return NaN
  if (x === 1) return Infinity
  if (x === -1) return -Infinity
  if (x === 0) return x
  const ax = Math.abs(x)
  let a: number
  if (ax < TWO_M28) {
    a = ax
  } else if (ax < 0.5) {
    const twice = ax + ax
    a = 0.5 * log1p(twice + twice * ax / (1 - ax))
  } else {
    a = 0.5 * log1p((ax + ax) / (1 - ax))
  }
  return x < 0 ? -a : a
}
