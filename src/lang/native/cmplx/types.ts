/** A complex128 value as a pair of float64 parts. */
export interface C {
  readonly re: number
  readonly im: number
}

export function c (re: number, im: number): C { return { re, im } }

export const isInfinite = (x: number): boolean => x === Infinity || x === -Infinity
export const NAN_C: C = { re: NaN, im: NaN }
export const INF_C: C = { re: Infinity, im: Infinity }
