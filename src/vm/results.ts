/**
 * What a call gives back: results as Go source writes them, and errors with stable codes (a Go
 * panic, a limit, a VM refusal), with the Go position where there is one.
 */
import type { CID } from 'multiformats/cid'
import { formatGoValue, toGoError, GoPanic, LimitError, jsString, describeFailure, type RType, type ExitError } from '../lang/index.ts'
import { VMError } from './errors.ts'
import { chargeValue, chargeRest } from './encoding-gas.ts'
import type { VMErrorInfo } from './types.ts'
import { AmigoError } from '../store/errors/index.ts'

const DEFAULT_GAS = 10_000_000
const MAX_GAS = 2 ** 52

export class CrossServicePanic extends AmigoError<'ERR_PANIC'> {
  constructor (readonly service: string, readonly panic: GoPanic) {
    super('ERR_PANIC', `panic in ${service}`)
  }
}

/** a call's results as Go source writes them, their bytes charged as gas (see encoding-gas.ts) */
export function formatResults (out: any, ft: RType, charge: (gas: number) => void): string[] {
  if (ft.results.length === 0) return []
  if (ft.results.length === 1) return [formatResult(out, ft.results[0], charge)]
  return (out as any[]).map((x, i) => formatResult(x, ft.results[i], charge))
}

/** a result as Go source would write it: numbers in decimal (%#v would print uints in hex), the rest as %#v */
function formatResult (v: any, t: RType, charge: (gas: number) => void): string {
  const numeric = t.kind !== 'string' && t.kind !== 'bool' && t.kind !== 'interface' && t.fields.length === 0 && t.elem === null && t.key === null && t.kind !== 'func'
  return formatCharged(v, t, numeric ? '%v' : '%#v', charge)
}

/** formatGoValue with its bytes charged: the estimate before formatting, the rest after */
export function formatCharged (v: any, t: RType, verb: '%v' | '%#v', charge: (gas: number) => void): string {
  const charged = chargeValue(v, t, charge)
  const text = formatGoValue(v, t, verb)
  chargeRest(text, charged, charge)
  return text
}

/** `maxMemory`: the run's memory budget, for a value the host refused to hold (ERR_MEMORY names it). */
export function errorInfo (e: unknown, maxMemory?: number): VMErrorInfo {
  if (e instanceof VMError) return { code: e.code, message: e.message, ...(e.pos !== undefined ? { pos: e.pos } : {}) }
  if (e instanceof CrossServicePanic) {
    const d = describeFailure(e.panic)
    return { code: 'ERR_PANIC', message: `${e.service}: ${firstLine(d.text)}`, ...(e.panic.goPos !== '' ? { pos: e.panic.goPos } : {}) }
  }
  let g: GoPanic | LimitError | ExitError
  try { g = toGoError(e, maxMemory) } catch { return { code: 'ERR_INTERNAL', message: (e as Error)?.message ?? String(e) } }
  if (g instanceof GoPanic) {
    const d = describeFailure(g)
    return { code: 'ERR_PANIC', message: firstLine(d.text), ...(g.goPos !== '' ? { pos: g.goPos } : {}) }
  }
  if (g instanceof LimitError) return { code: g.code, message: g.message, ...(g.goPos !== '' ? { pos: g.goPos } : {}) }
  return { code: 'ERR_EXIT', message: 'os.Exit is not available to services' }
}

function firstLine (s: string): string {
  const t = jsString(s)
  return t.split('\n\ngoroutine')[0].trim()
}

export function gasLimit (gas: number | undefined, dflt: number | undefined): number {
  const g = gas ?? dflt ?? DEFAULT_GAS
  if (!Number.isInteger(g) || g < 1 || g > MAX_GAS) throw new VMError('ERR_BAD_GAS', `gas must be an integer in 1..${MAX_GAS}`)
  return g
}

export function stringMap (m: Record<string, CID>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.toString()]))
}

export function headStrings (moved: Record<string, { head: CID }>): Record<string, string> {
  return Object.fromEntries(Object.entries(moved).map(([p, m]) => [p, m.head.toString()]))
}
