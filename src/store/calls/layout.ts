/**
 * The call layout (protocols/calls.md): the fields of a call, their limits and their validation,
 * shared by the encoder and the decoder.
 */
import { parseExpr, inspect, NoPos } from '../../lang/syntax/index.ts'
import type * as ast from '../../lang/syntax/ast.ts'
import { CallError } from './errors.ts'

/** The `format` field of every call; a new layout gets a new value. */
export const CALL_FORMAT = 'amigo/call/1'
/** Prefix of the bytes a caller signs: no other Amigo signature starts with it. */
export const CALL_SIGNING_DOMAIN = 'amigo/call/1 signature\n'
/** The whole encoded signed call. */
export const MAX_CALL_BYTES = 128 * 1024
export const MAX_ARGS = 32
/** One argument's Go literal text, in UTF-8 bytes. */
export const MAX_ARG_BYTES = 64 * 1024
export const MAX_LAND_BYTES = 253
export const MAX_SERVICE_BYTES = 256
export const MAX_FUNC_BYTES = 128
/** Nonces and gas limits are positive integers that a JavaScript number holds exactly. */
export const MAX_NONCE = Number.MAX_SAFE_INTEGER
export const MAX_GAS = Number.MAX_SAFE_INTEGER
export const ED25519_PUBLIC_KEY_BYTES = 32
export const ED25519_SIGNATURE_BYTES = 64

/** A call before signing. */
export interface Call {
  /** the land whose call log this call is for, e.g. `local.land` */
  land: string
  /** the caller's Ed25519 public key, 32 raw bytes */
  caller: Uint8Array
  /** per caller and land, strictly increasing: 1, 2, 3… (gaps allowed) */
  nonce: number
  /** the service's path, `LAND/OWNER/NAME`, whose land is `land` */
  service: string
  /** an exported function of the service */
  func: string
  /** one Go literal per parameter, parsed as the parameter's type when the call runs */
  args: string[]
  /** gas limit */
  gas: number
}

/** A call with the caller's Ed25519 signature over CALL_SIGNING_DOMAIN + dag-cbor(call). */
export interface SignedCall {
  call: Call
  sig: Uint8Array
}

const LAND_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/
const PATH_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~+-]*$/
const EXPORTED_FUNC = /^[A-Z][A-Za-z0-9_]*$/

const utf8 = new TextEncoder()

function malformed (message: string): never {
  throw new CallError('ERR_CALL_MALFORMED', message)
}

function checkSafeInt (v: unknown, what: string, max: number): asserts v is number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > max) {
    malformed(`${what} must be an integer in 1..${max}, not ${typeof v === 'bigint' ? String(v) : JSON.stringify(v)}`)
  }
}

/** A land name: dot-separated lower-case DNS labels, at least two (`local.land`, `testnet.land`). */
export function checkLand (land: unknown): asserts land is string {
  if (typeof land !== 'string' || land.length === 0 || land.length > MAX_LAND_BYTES) malformed(`land must be a string of 1..${MAX_LAND_BYTES} characters`)
  const labels = land.split('.')
  if (labels.length < 2 || !labels.every(l => l.length <= 63 && LAND_LABEL.test(l))) {
    malformed(`land ${JSON.stringify(land)} is not a land name (lower-case DNS labels separated by dots, like local.land)`)
  }
}

/** A service path `LAND/OWNER/NAME…` (the package path rules of protocols/packages.md) on `land`. */
export function checkService (service: unknown, land: string): asserts service is string {
  if (typeof service !== 'string' || service.length === 0 || service.length > MAX_SERVICE_BYTES) malformed(`service must be a string of 1..${MAX_SERVICE_BYTES} characters`)
  const segs = service.split('/')
  if (segs.length < 2 || !segs.every(s => PATH_SEGMENT.test(s) && s !== '.' && s !== '..')) {
    malformed(`service ${JSON.stringify(service)} is not a service path (LAND/OWNER/NAME)`)
  }
  if (segs[0] !== land) malformed(`service ${JSON.stringify(service)} is not on the call's land ${land}`)
}

/** An exported Go function name (ASCII). */
export function checkFunc (func: unknown): asserts func is string {
  if (typeof func !== 'string' || func.length > MAX_FUNC_BYTES || !EXPORTED_FUNC.test(func)) {
    malformed(`func ${JSON.stringify(func)} is not an exported Go function name (ASCII, starting with an upper-case letter, at most ${MAX_FUNC_BYTES} bytes)`)
  }
}

/** Node kinds an argument may contain: literals, constant expressions, composite literals and their types, conversions. */
const ARG_NODES = new Set<string>([
  'Ident', 'BasicLit', 'CompositeLit', 'ParenExpr', 'SelectorExpr', 'IndexExpr', 'IndexListExpr', 'StarExpr',
  'UnaryExpr', 'BinaryExpr', 'KeyValueExpr', 'ArrayType', 'MapType', 'StructType', 'FieldList', 'Field', 'CallExpr'
])

/**
 * An argument is the text of one Go expression made of literals: basic literals, true/false/nil,
 * constant arithmetic, composite literals (`Post{Title: "x"}`, `[]string{"a"}`) and conversions
 * (`time.Duration(5)`). No function literals, no calls with other than one argument, no channels,
 * slicing or type assertions. Whether it fits the parameter's type is checked when the call runs.
 */
export function checkArgument (text: unknown, i: number): asserts text is string {
  if (typeof text !== 'string') malformed(`args[${i}] must be a string`)
  if (utf8.encode(text).length > MAX_ARG_BYTES) throw new CallError('ERR_CALL_TOO_LARGE', `args[${i}] has more than ${MAX_ARG_BYTES} bytes`)
  const { expr, errors } = parseExpr(text)
  if (errors.length > 0) throw new CallError('ERR_CALL_BAD_ARGUMENT', `args[${i}] ${JSON.stringify(clip(text))} is not a Go expression: ${errors[0].message}`)
  inspect(expr, (n: ast.Node) => {
    let bad = !ARG_NODES.has(n.kind)
    if (n.kind === 'CallExpr') bad = n.args.length !== 1 || n.ellipsis !== NoPos
    if (n.kind === 'UnaryExpr') bad = n.op === '<-' || n.op === '~'
    if (bad) throw new CallError('ERR_CALL_BAD_ARGUMENT', `args[${i}] ${JSON.stringify(clip(text))} is not a Go literal (${n.kind} is not allowed)`)
    return true
  })
}

function clip (s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s
}

/** Validates every field of a call; throws CallError. */
export function checkCall (call: Call): void {
  checkLand(call.land)
  if (!(call.caller instanceof Uint8Array) || call.caller.length !== ED25519_PUBLIC_KEY_BYTES) {
    malformed(`caller must be a ${ED25519_PUBLIC_KEY_BYTES}-byte Ed25519 public key`)
  }
  checkSafeInt(call.nonce, 'nonce', MAX_NONCE)
  checkService(call.service, call.land)
  checkFunc(call.func)
  if (!Array.isArray(call.args)) malformed('args must be a list of strings')
  if (call.args.length > MAX_ARGS) throw new CallError('ERR_CALL_TOO_LARGE', `a call has at most ${MAX_ARGS} arguments, not ${call.args.length}`)
  call.args.forEach((a, i) => checkArgument(a, i))
  checkSafeInt(call.gas, 'gas', MAX_GAS)
}
