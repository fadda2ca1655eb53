/**
 * API errors: every failure leaves the server as `{"error":{"code":"ERR_…","message":"…"}}` with an
 * HTTP status that says whose fault it was (4xx: the request; 5xx: the node).
 */
import { AmigoError } from '../store/errors/index.ts'
import type { StoreErrorCode, StoreDataErrorCode, CallErrorCode, PackageErrorCode } from '../store/index.ts'
import type { LandErrorCode } from '../store/lands/index.ts'
import type { NetErrorCode } from '../net/index.ts'
import type { VMErrorCode } from '../vm/index.ts'
/** The API's own codes: requests it cannot parse or route, and its own limits. */
export type ApiErrorCode = 'ERR_BAD_REQUEST' | 'ERR_BAD_JSON' | 'ERR_BAD_KEY' | 'ERR_NO_ROUTE' | 'ERR_METHOD_NOT_ALLOWED' |
  'ERR_BODY_TOO_LARGE' | 'ERR_UNSUPPORTED_MEDIA_TYPE' | 'ERR_NO_SERVICES' |
  'ERR_UNAUTHORIZED' | 'ERR_FORBIDDEN_ORIGIN' | 'ERR_BAD_HOST' | 'ERR_DISK_FULL' |
  'ERR_LAND_UNKNOWN' | 'ERR_LAND_NO_RECEIPT' | 'ERR_LAND_NOT_FINAL' | 'ERR_LAND_TX_REQUIRED'

/** Every code an answer of the API may carry. */
export type ErrorCode = ApiErrorCode | StoreErrorCode | StoreDataErrorCode | NetErrorCode | CallErrorCode | PackageErrorCode |
  VMErrorCode | LandErrorCode | 'ERR_PUSH_MALFORMED' | 'ERR_PUSH_BAD_SIGNATURE'

export class ApiError extends AmigoError<ErrorCode> {
  constructor (readonly status: number, code: ErrorCode, message: string, readonly pos?: string) {
    super(code, message)
  }
}

/**
 * The HTTP status of every code: 4xx when the request is at fault, 5xx when the node is. Exhaustive
 * (a new code does not compile until it has a status). VM refusals of bad input (Go that does not
 * compile, an unknown function, wrong arguments, a bad expression, selector, path or version)
 * are 400.
 */
const STATUS: Record<ErrorCode, number> = {
  ERR_BAD_REQUEST: 400,
  ERR_BAD_JSON: 400,
  ERR_BAD_KEY: 400,
  ERR_NO_ROUTE: 404,
  ERR_METHOD_NOT_ALLOWED: 405,
  ERR_BODY_TOO_LARGE: 413,
  ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  ERR_NO_SERVICES: 503,
  // who may use the API (src/api/guard.ts)
  ERR_UNAUTHORIZED: 401,
  ERR_FORBIDDEN_ORIGIN: 403,
  ERR_BAD_HOST: 421,
  // the node's own resources (src/api/load-guards.ts): its disk nearly full
  ERR_DISK_FULL: 507,
  // network lands through the API (src/api/land-routes.ts)
  ERR_LAND_UNKNOWN: 404,
  ERR_LAND_NO_RECEIPT: 404,
  ERR_LAND_NOT_FINAL: 504,
  ERR_LAND_TX_REQUIRED: 400,
  // content (src/store)
  ERR_BAD_CID: 400,
  ERR_UNKNOWN_CODEC: 400,
  ERR_BAD_CAR: 400,
  ERR_HASH_MISMATCH: 400,
  ERR_BLOCK_TOO_LARGE: 413,
  ERR_NOT_FOUND: 404,
  // state structures read back from the node's own store
  ERR_BLOCK_NOT_FOUND: 500,
  ERR_INVALID_NODE: 500,
  ERR_INVALID_ARGUMENT: 500,
  ERR_HAMT_MAX_DEPTH: 500,
  ERR_INDEX_OUT_OF_RANGE: 500,
  // names and the network (src/net)
  ERR_BAD_NAME: 400,
  ERR_RECORD_INVALID: 400,
  ERR_RECORD_EXPIRED: 400,
  ERR_RECORD_STALE: 409,
  ERR_RECORD_BAD_SIGNATURE: 400,
  ERR_RECORD_WRONG_KEY: 400,
  ERR_RECORD_TOO_LARGE: 413,
  ERR_RECORD_WRONG_LAND: 400,
  ERR_RECORD_UNKNOWN_GENESIS: 404,
  ERR_OFFLINE: 503,
  ERR_TIMEOUT: 404,
  // a peer's malformed message: only ever logged, but every code has a status
  ERR_BITSWAP_MALFORMED: 502,
  // signed calls (protocols/calls.md)
  ERR_CALL_TOO_LARGE: 413,
  ERR_CALL_MALFORMED: 400,
  ERR_CALL_NOT_CANONICAL: 400,
  ERR_CALL_BAD_ARGUMENT: 400,
  ERR_CALL_WRONG_LAND: 400,
  ERR_CALL_BAD_SIGNATURE: 403,
  ERR_CALL_NONCE: 409,
  // pushes
  ERR_PUSH_MALFORMED: 400,
  ERR_PUSH_BAD_SIGNATURE: 403,
  // packages (protocols/packages.md)
  ERR_PACKAGE_BAD_PATH: 400,
  ERR_PACKAGE_BAD_FILE_NAME: 400,
  ERR_PACKAGE_DUPLICATE_FILE: 400,
  ERR_PACKAGE_NO_FILES: 400,
  ERR_PACKAGE_TOO_MANY_FILES: 400,
  ERR_PACKAGE_FILE_TOO_LARGE: 400,
  ERR_PACKAGE_TOO_LARGE: 400,
  ERR_PACKAGE_NOT_UTF8: 400,
  ERR_PACKAGE_BAD_IMPORT: 400,
  ERR_PACKAGE_BAD_CID: 400,
  ERR_PACKAGE_HASH_MISMATCH: 400,
  ERR_PACKAGE_BAD_MANIFEST: 400,
  ERR_PACKAGE_BLOCK_MISSING: 400,
  ERR_PACKAGE_NOT_FOUND: 400,
  // the VM (src/vm)
  ERR_BAD_ARGUMENT: 400,
  ERR_BAD_EXPR: 400,
  ERR_BAD_GAS: 400,
  ERR_BAD_PATH: 400,
  ERR_BAD_SELECTOR: 400,
  ERR_BAD_VERSION: 400,
  ERR_COMPILE: 400,
  ERR_UNKNOWN_FUNCTION: 400,
  ERR_NO_RENDER: 400,
  ERR_NOT_A_SERVICE: 400,
  ERR_PATH_TAKEN: 409,
  ERR_IMPORT_CONFLICT: 400,
  ERR_IMPORT_NOT_DEPLOYED: 400,
  ERR_LIBRARY_STATE: 400,
  ERR_FUNC_ACROSS_SERVICES: 400,
  ERR_PANIC: 400,
  ERR_EXIT: 400,
  ERR_GAS: 400,
  ERR_MEMORY: 400,
  ERR_DEPTH: 400,
  ERR_INIT_FAILED: 400,
  ERR_STATE_TYPE: 400,
  ERR_STATE_POINTER: 400,
  ERR_STATE_FUNC: 400,
  ERR_STATE_CYCLE: 400,
  // the node's own store holds something the VM cannot read back
  ERR_STATE_CORRUPT: 500,
  ERR_STATE_QUOTA: 400,
  // lands (protocols/lands.md): a refused transaction or message, a busy mempool, a stopped land
  ERR_LAND_TX_TOO_LARGE: 413,
  ERR_LAND_TX_MALFORMED: 400,
  ERR_LAND_TX_NOT_CANONICAL: 400,
  ERR_LAND_WRONG_LAND: 400,
  ERR_LAND_BAD_SIGNATURE: 403,
  ERR_LAND_NONCE: 409,
  ERR_BUSY: 503,
  ERR_LAND_TX_DROPPED: 409,
  ERR_LAND_MALFORMED: 400,
  ERR_LAND_TOO_LARGE: 413,
  ERR_LAND_NOT_SEQUENCER: 400,
  ERR_LAND_WRONG_HEIGHT: 400,
  ERR_LAND_WRONG_PREV: 400,
  ERR_LAND_WRONG_VIEW: 400,
  ERR_LAND_BAD_TIME: 400,
  ERR_LAND_NOT_VALIDATOR: 403,
  ERR_LAND_NO_QUORUM: 400,
  ERR_LAND_BAD_CERTIFICATE: 400,
  ERR_LAND_EQUIVOCATION: 400,
  ERR_LAND_DIVERGED: 503,
  ERR_LAND_STOPPED: 503,
  ERR_LAND_BAD_TX: 400,
  ERR_LAND_BAD_GENESIS: 400,
  ERR_LAND_GENESIS_MISMATCH: 500,
  ERR_LAND_HEIGHT: 500,
  ERR_LAND_BAD_BLOCK: 500,
  ERR_LAND_NO_PENDING: 500,
  ERR_LAND_BAD_RECORD: 500,
  ERR_LAND_BAD_STATE: 500,
  ERR_INTERNAL: 500
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(STATUS, code)

/** Turn anything thrown by a handler into an ApiError (unknown failures become 500 ERR_INTERNAL). */
export function toApiError (err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const message = err instanceof Error ? err.message : String(err)
  // a deadline is not the node's fault: what was asked for was not found in time
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return new ApiError(404, 'ERR_NOT_FOUND', `not found before the timeout: ${message}`)
  }
  if (err instanceof AmigoError && isErrorCode(err.code)) {
    // VM errors carry the Go position when known
    const pos = (err as { pos?: unknown }).pos
    return new ApiError(STATUS[err.code], err.code, message, typeof pos === 'string' ? pos : undefined)
  }
  return new ApiError(500, 'ERR_INTERNAL', message)
}

export function badRequest (message: string, code: ErrorCode = 'ERR_BAD_REQUEST'): ApiError {
  return new ApiError(STATUS[code], code, message)
}
