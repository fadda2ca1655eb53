/**
 * Package math/cmplx: Go 1.19's sources as they are (pure Go over package math), no natives.
 *
 * @example
 * ```go
 * cmplx.Abs(3 + 4i) // 5
 * ```
 */
import { register } from '../../registry.ts'
import { sources, names } from './source.ts'

register({ path: 'math/cmplx', source: sources, names })
