/**
 * Go's *strconv.NumError, as plain data: the Go-facing binding turns it into the Go error value
 * (whose Err is strconv.ErrSyntax, strconv.ErrRange, or an errors.New value).
 */
import { quoteString } from './quote.ts'

export type NumErrorKind = 'syntax' | 'range' | 'base' | 'bitSize'

export interface NumError {
  /** the failing function: "ParseFloat", "ParseInt", "ParseUint", "Atoi", "ParseBool" */
  func: string
  /** the input, as a Go string (bytes) */
  num: Uint8Array
  kind: NumErrorKind
  /** the Err's message: "invalid syntax", "value out of range", "invalid base 1", "invalid bit size 65" */
  errMessage: string
}

export const ErrSyntaxMessage = 'invalid syntax'
export const ErrRangeMessage = 'value out of range'

export function syntaxError (func: string, num: Uint8Array): NumError {
  return { func, num, kind: 'syntax', errMessage: ErrSyntaxMessage }
}
export function rangeError (func: string, num: Uint8Array): NumError {
  return { func, num, kind: 'range', errMessage: ErrRangeMessage }
}
export function baseError (func: string, num: Uint8Array, base: number): NumError {
  return { func, num, kind: 'base', errMessage: 'invalid base ' + String(base) }
}
export function bitSizeError (func: string, num: Uint8Array, bitSize: number): NumError {
  return { func, num, kind: 'bitSize', errMessage: 'invalid bit size ' + String(bitSize) }
}

/** NumError.Error(): `strconv.ParseFloat: parsing "x": invalid syntax` (as UTF-8 bytes). */
export function numErrorMessage (e: NumError): Uint8Array {
  const head = new TextEncoder().encode('strconv.' + e.func + ': parsing ')
  const q = quoteString(e.num)
  const tail = new TextEncoder().encode(': ' + e.errMessage)
  const out = new Uint8Array(head.length + q.length + tail.length)
  out.set(head, 0); out.set(q, head.length); out.set(tail, head.length + q.length)
  return out
}
