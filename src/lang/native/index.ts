/**
 * Pure TypeScript algorithms with Go 1.19's exact results, used by the standard library natives
 * (src/lang/stdlib): no host transcendental functions, no I/O, no clock. Go strings are byte
 * arrays here; 64-bit integers are bigints.
 *
 * @example
 * ```ts
 * import { strconv, math } from './index.ts'
 * strconv.formatFloat(math.exp(1), 'g', -1, 64) // '2.718281828459045'
 * ```
 */
export * as strconv from './strconv/index.ts'
export * as math from './math/index.ts'
export * as bits from './bits/index.ts'
export * as unicode from './unicode/index.ts'
export * as utf8 from './utf8/index.ts'
export * as hex from './hex/index.ts'
export * as base64 from './base64/index.ts'
export * as binary from './binary/index.ts'
export * as sha256 from './sha256/index.ts'
export * as fnv from './fnv/index.ts'
export * as time from './time/index.ts'
export { float64bits, float64frombits, float32bits, float32frombits } from './float.ts'
