/**
 * Go's strconv, with Go's exact results: float formatting (shortest and fixed precision, all
 * formats, float32 and float64), correctly rounded float parsing, integer parsing and formatting
 * in every base with Go's errors, quoting and unquoting. Go strings are Uint8Array; 64-bit
 * integers are bigint.
 *
 * @example
 * ```ts
 * import { formatFloat, parseFloat, bytesOf } from './index.ts'
 * formatFloat(0.1, 'g', -1, 64)             // '0.1'
 * formatFloat(1 / 3, 'e', 3, 32)            // '3.333e-01'
 * parseFloat(bytesOf('0x1p-2'), 64).value   // 0.25
 * ```
 */
export { formatFloat, FormatFloatError } from './ftoa.ts'
export { parseFloat, parseFloatPrefix, type ParseFloatResult } from './atof.ts'
export { parseInt, parseUint, atoi, parseBool, formatBool, type ParseIntResult, type ParseUintResult } from './atoi.ts'
export { formatInt, formatUint, itoa, IllegalBaseError } from './itoa.ts'
export {
  quoteString, quoteToASCII, quoteToGraphic, quoteRune, quoteRuneToASCII, quoteRuneToGraphic,
  canBackquote, unquoteChar, unquoteString, quotedPrefix, isPrint, isGraphic, type UnquoteCharResult
} from './quote.ts'
export { type NumError, type NumErrorKind, numErrorMessage, ErrSyntaxMessage, ErrRangeMessage } from './errors.ts'
export { bytesOf, stringOf } from '../utf8/index.ts'
