// Small helpers over node:http: bounded bodies, JSON in and out, query parameters.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, badRequest } from './errors.ts'

/** The codes of a body over its limit: a block, a call or land transaction, any other body. */
export type TooLargeCode = 'ERR_BODY_TOO_LARGE' | 'ERR_BLOCK_TOO_LARGE' | 'ERR_CALL_TOO_LARGE' | 'ERR_LAND_TX_TOO_LARGE'

/** Read the whole request body, refusing more than `limit` bytes with `code` (413). */
export async function readBody (req: IncomingMessage, limit: number, code: TooLargeCode = 'ERR_BODY_TOO_LARGE'): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared, limit, code)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > limit) throw tooLarge(size, limit, code)
    chunks.push(chunk)
  }
  const body = Buffer.concat(chunks, size)
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
}

function tooLarge (size: number, limit: number, code: TooLargeCode): ApiError {
  const what = code === 'ERR_BLOCK_TOO_LARGE' ? 'block' : 'request body'
  return new ApiError(413, code, `${what} of ${size}${code === 'ERR_BLOCK_TOO_LARGE' ? '' : '+'} bytes exceeds the limit of ${limit} bytes`)
}

/** Parse a JSON object body; anything else is ERR_BAD_JSON. */
export async function readJson (req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const body = await readBody(req, limit)
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch (err) {
    throw badRequest(`request body is not valid JSON: ${(err as Error).message}`, 'ERR_BAD_JSON')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('request body must be a JSON object', 'ERR_BAD_JSON')
  return value as Record<string, unknown>
}

export function sendJson (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value)
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

export function sendError (res: ServerResponse, err: ApiError): void {
  if (res.headersSent) {
    // a stream (CAR export) failed midway: the status is out already, so cut the response short
    res.destroy(err)
    return
  }
  // a 401 says how to authenticate (RFC 6750): the bearer token of the node's repo
  const headers: Record<string, string> = err.code === 'ERR_UNAUTHORIZED' ? { 'www-authenticate': 'Bearer realm="amigo-node"' } : {}
  // a busy node (memory, open queries, a full mempool) says when to come back
  if (err.code === 'ERR_BUSY') headers['retry-after'] = '1'
  sendJson(res, err.status, { error: { code: err.code, message: err.message, ...(err.pos !== undefined ? { pos: err.pos } : {}) } }, headers)
}

/** A duration query parameter in ms: `1500`, `1500ms`, `2s`, `1m`. */
export function parseDuration (text: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim())
  if (m === null) throw badRequest(`query parameter "${name}" must be a duration like 500ms, 5s or 1m, not "${text}"`)
  const n = Number(m[1]) * (m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 1)
  if (n > 10 * 60_000) throw badRequest(`query parameter "${name}" may be at most 10m`)
  return n
}

export function parseBoolean (text: string | null, name: string): boolean {
  if (text === null) return false
  if (['', '1', 'true', 'yes'].includes(text)) return true
  if (['0', 'false', 'no'].includes(text)) return false
  throw badRequest(`query parameter "${name}" must be true or false, not "${text}"`)
}
