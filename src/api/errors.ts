/**
 * API errors: every failure leaves the server as `{"error":{"code":"ERR_…","message":"…"}}` with an
 * HTTP status that says whose fault it was (4xx: the request; 5xx: the node).
 */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor (readonly status: number, readonly code: string, message: string, readonly pos?: string) {
    super(message)
  }
}

/** HTTP status of each stable error code the node's layers use. */
const STATUS: Record<string, number> = {
  ERR_BAD_REQUEST: 400,
  ERR_BAD_JSON: 400,
  ERR_BAD_CID: 400,
  ERR_UNKNOWN_CODEC: 400,
  ERR_BAD_CAR: 400,
  ERR_HASH_MISMATCH: 400,
  ERR_BAD_NAME: 400,
  ERR_BAD_KEY: 400,
  ERR_RECORD_INVALID: 400,
  ERR_RECORD_EXPIRED: 400,
  ERR_RECORD_STALE: 409,
  ERR_RECORD_BAD_SIGNATURE: 400,
  ERR_RECORD_WRONG_KEY: 400,
  ERR_RECORD_TOO_LARGE: 413,
  ERR_NOT_FOUND: 404,
  ERR_NO_ROUTE: 404,
  ERR_METHOD_NOT_ALLOWED: 405,
  ERR_BLOCK_TOO_LARGE: 413,
  ERR_BODY_TOO_LARGE: 413,
  ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  ERR_OFFLINE: 503,
  ERR_INTERNAL: 500,
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
  ERR_NO_SERVICES: 503,
  // network lands (protocols/lands.md)
  ERR_BUSY: 503,
  ERR_LAND_UNKNOWN: 404,
  ERR_LAND_NO_RECEIPT: 404,
  ERR_LAND_NOT_FINAL: 504,
  ERR_LAND_TX_REQUIRED: 400,
  ERR_LAND_TX_TOO_LARGE: 413,
  ERR_LAND_TX_DROPPED: 409,
  ERR_LAND_NONCE: 409,
  ERR_LAND_BAD_SIGNATURE: 403,
  ERR_LAND_UNAVAILABLE: 503
}

/**
 * VM errors (src/vm VMError) whose status is not 400 (a request the VM refused: Go that does not
 * compile, an unknown function, wrong arguments, a bad expression, selector, path, version or gas).
 */
const VM_STATUS: Record<string, number> = {
  ERR_NOT_FOUND: 404,
  ERR_PATH_TAKEN: 409,
  // the node's own store holds something the VM cannot read back
  ERR_STATE_CORRUPT: 500
}
/** Turn anything thrown by a handler into an ApiError (unknown failures become 500 ERR_INTERNAL). */
export function toApiError (err: unknown): ApiError {
  if (err instanceof ApiError) return err
  const code = (err as { code?: unknown })?.code
  const message = err instanceof Error ? err.message : String(err)
  if (typeof code === 'string' && code in STATUS) return new ApiError(STATUS[code], code, message)
  // the VM and the package layer refuse bad input (Go that does not compile, wrong arguments,
  // unknown functions, bad package files): the request's fault, with the Go position when known
  const name = (err as { name?: unknown })?.name
  if (typeof code === 'string' && (name === 'VMError' || name === 'PackageError')) {
    const pos = (err as { pos?: unknown }).pos
    return new ApiError(VM_STATUS[code] ?? 400, code, message, typeof pos === 'string' ? pos : undefined)
  }
  // the land's consensus refuses a transaction (bad signature, wrong land, nonce out of its window…)
  if (typeof code === 'string' && name === 'LandError' && code.startsWith('ERR_LAND_')) return new ApiError(400, code, message)
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return new ApiError(404, 'ERR_NOT_FOUND', `not found before the timeout: ${message}`)
  }
  return new ApiError(500, 'ERR_INTERNAL', message)
}

export function badRequest (message: string, code = 'ERR_BAD_REQUEST'): ApiError {
  return new ApiError(STATUS[code] ?? 400, code, message)
}
