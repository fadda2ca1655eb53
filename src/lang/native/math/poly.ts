/**
 * Polynomial evaluation by Horner's rule, the way Cephes and msun write their approximations.
 * Each step is one multiplication then one addition, so a result is bit-identical to the nested
 * expression `c[n] + x*(c[n-1] + x*(…))` written out by hand.
 */
import { fma } from './fma.ts'

/** c[0]·xⁿ + c[1]·xⁿ⁻¹ + … + c[n] (coefficients from the highest degree down). */
export function horner (x: number, c: readonly number[]): number {
  let acc = c[0]
  for (let i = 1; i < c.length; i++) acc = acc * x + c[i]
  return acc
}

/** xⁿ⁺¹ + c[0]·xⁿ + … + c[n]: a polynomial whose leading coefficient is exactly one (Cephes' p1evl). */
export function monic (x: number, c: readonly number[]): number {
  let acc = x + c[0]
  for (let i = 1; i < c.length; i++) acc = acc * x + c[i]
  return acc
}

/** Horner's rule with each step fused (one rounding per step), as code written with FMA does. */
export function hornerFused (x: number, c: readonly number[]): number {
  let acc = c[0]
  for (let i = 1; i < c.length; i++) acc = fma(acc, x, c[i])
  return acc
}
