/**
 * Who may use the API (protocols/http-api.md, "Access"): every request is checked here before a
 * route runs. The node's owner holds the repo's `api.token`; a web page elsewhere, a DNS-rebinding
 * name or another local user without the token must not drive the node. In order:
 *
 *  1. `Host` is 127.0.0.1, localhost or [::1] with the node's port, else 421 (DNS rebinding);
 *  2. no foreign `Origin`, no cross-site fetch metadata (`Sec-Fetch-Site`), else 403;
 *  3. the route is open, or the request carries `Authorization: Bearer <token>` (or the
 *     same-origin session cookie derived from the token), else 401;
 *  4. a POST with a body declares its media type (never one a browser may send without a
 *     preflight: text/plain, forms), else 415.
 *
 * Open routes are read-only and cheap; a query (eval, render, state) without the token runs with
 * at most {@link OPEN_QUERY_GAS}. A route not listed in {@link ACCESS} needs the token.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError } from './errors.ts'

/** Who a request was let in as: the token's (or the session's) holder, or anyone on the machine. */
export type Access = 'owner' | 'public'

/** What a route asks of a request: open to anyone, or the owner's; the media type of its body. */
export interface RoutePolicy {
  open: boolean
  /** `json`: application/json; `bytes`: application/octet-stream (or an IPLD type); `form`: an HTML form (the explorer's call forms, owner only); `none`: no body */
  body?: 'json' | 'bytes' | 'form' | 'none'
}

/** The gas of a query sent without the token: enough for a read of a service, not for a siege. */
export const OPEN_QUERY_GAS = 1_000_000

/** The cookie of a same-origin session (the explorer's pages; `amigo open` logs a browser in): named after the port, as cookies ignore ports. */
export const SESSION_COOKIE_PREFIX = 'amigo-session-'

const OPEN: RoutePolicy = { open: true }
const OWNER: RoutePolicy = { open: false }

/**
 * Every route by name (src/api/routes.ts and friends). Open: what reads what this node already
 * holds and is bounded by it (identity, counts, a block's presence, nonces, history, package
 * metadata, the lands' final log); queries with a small gas budget. The owner's: whatever changes
 * something (blocks, names, services, lands, the network) or may cost more than a bounded read
 * (anything that searches the network: block/get, dag/export, name/resolve, dag/fetch, pull).
 */
export const ACCESS: Record<string, RoutePolicy> = {
  id: OPEN,
  peers: OPEN,
  status: OPEN,
  metrics: OPEN,
  'block/has': OPEN,
  nonce: OPEN,
  eval: OPEN,
  render: OPEN,
  state: OPEN,
  history: OPEN,
  deps: OPEN,
  info: OPEN,
  services: OPEN,
  lands: OPEN,
  'land/status': OPEN,
  'land/blocks': OPEN,
  'land/receipt': OPEN,
  // it asks the DHT (bounded by the request's deadline), but only for two small checked records:
  // the read a node that runs no land needs to find one
  'land/resolve': OPEN,
  receipt: OPEN,
  session: { open: false, body: 'none' },
  'session/code': { open: false, body: 'none' },
  disconnect: { open: false, body: 'none' },
  'block/get': OWNER,
  'dag/export': OWNER,
  'name/resolve': OWNER,
  'block/put': { open: false, body: 'bytes' },
  'dag/fetch': { open: false, body: 'none' },
  'dag/import': { open: false, body: 'bytes' },
  provide: { open: false, body: 'none' },
  'name/publish': { open: false, body: 'json' },
  push: { open: false, body: 'json' },
  call: { open: false, body: 'bytes' },
  fork: { open: false, body: 'json' },
  pull: { open: false, body: 'none' },
  'land/tx': { open: false, body: 'bytes' },
  // the explorer's pages (src/web): open to read; a call form's post is the owner's (session), see pages.ts there
  explorer: { open: true, body: 'form' }
}

const BYTE_TYPES = ['application/octet-stream', 'application/vnd.ipld.raw', 'application/vnd.ipld.car', 'application/cbor', 'application/vnd.ipld.dag-cbor']

export interface Guard {
  /** Checks what every request must satisfy (Host, Origin, fetch metadata); throws the ApiError that refuses it. */
  admit: (req: IncomingMessage) => void
  /** Checks a request for the route `name` (token, media type): who it is let in as, or the ApiError that refuses it. */
  authorize: (req: IncomingMessage, name: string) => Access
  /** `Set-Cookie` value of a same-origin session for the owner (POST /api/v1/session). */
  sessionCookie: () => string
}

/**
 * The checks of one API server. `port` is read on each request: the server knows it once it
 * listens (port 0 picks one).
 */
export function createGuard (token: string, port: () => number): Guard {
  if (!/^[A-Za-z0-9_-]{32,}$/.test(token)) throw new Error('the API token must be at least 32 base64url characters')
  const tokenDigest = digest(token)
  // the session value is derived from the token, so whoever sees a cookie has not seen the token
  const session = createHmac('sha256', token).update('amigo/api-session/1').digest('base64url')
  const sessionDigest = digest(session)

  const allowedHosts = (): string[] => {
    const p = port()
    return [`127.0.0.1:${p}`, `localhost:${p}`, `[::1]:${p}`]
  }

  const sameOrigin = (req: IncomingMessage): boolean => {
    const origin = req.headers.origin
    return origin !== undefined && allowedHosts().map(h => `http://${h}`).includes(origin.toLowerCase())
  }

  return {
    admit (req) {
      const hosts = allowedHosts()
      const host = (req.headers.host ?? '').toLowerCase()
      if (!hosts.includes(host)) {
        throw new ApiError(421, 'ERR_BAD_HOST', `Host ${JSON.stringify(req.headers.host ?? '')} is not this node's API; use ${hosts.join(', ')}`)
      }
      const origin = req.headers.origin
      if (origin !== undefined && !sameOrigin(req)) {
        throw new ApiError(403, 'ERR_FORBIDDEN_ORIGIN', `requests from the web page ${JSON.stringify(origin)} are refused: only the node's owner drives it`)
      }
      checkFetchSite(req)
    },
    authorize (req, name) {
      const policy = ACCESS[name] ?? OWNER
      const access = owner(req, sameOrigin(req)) ? 'owner' : 'public'
      if (!policy.open && access !== 'owner') {
        throw new ApiError(401, 'ERR_UNAUTHORIZED', 'this endpoint needs the node\'s API token: "Authorization: Bearer <token>", the token being the node repo\'s api.token (the CLI reads it, or AMIGO_API_TOKEN)')
      }
      if (req.method === 'POST') checkMediaType(req, policy.body ?? 'json')
      return access
    },
    sessionCookie () {
      return `${SESSION_COOKIE_PREFIX}${port()}=${session}; Path=/; HttpOnly; SameSite=Strict`
    }
  }

  function owner (req: IncomingMessage, sameOrigin: boolean): boolean {
    const auth = req.headers.authorization
    if (auth !== undefined) {
      const m = /^Bearer +(\S+) *$/i.exec(auth)
      return m !== null && timingSafeEqual(digest(m[1]), tokenDigest)
    }
    // a session counts only on a request of a page of this very origin (browsers send Origin on
    // every POST; a GET without Origin is a navigation or a same-origin read)
    const cookie = sessionFrom(req.headers.cookie, `${SESSION_COOKIE_PREFIX}${port()}`)
    if (cookie === undefined) return false
    if (req.method !== 'GET' && !sameOrigin) return false
    return timingSafeEqual(digest(cookie), sessionDigest)
  }
}

/** Browsers say where a request comes from: only this origin itself, or the user (`none`). */
function checkFetchSite (req: IncomingMessage): void {
  const site = req.headers['sec-fetch-site']
  if (site === undefined || site === 'same-origin' || site === 'none') return
  // a link followed from elsewhere may open a page, never act (a GET changes nothing)
  if (req.method === 'GET' && req.headers['sec-fetch-mode'] === 'navigate') return
  throw new ApiError(403, 'ERR_FORBIDDEN_ORIGIN', `a ${String(site)} request from a web page is refused: only the node's owner drives it`)
}

function checkMediaType (req: IncomingMessage, body: 'json' | 'bytes' | 'form' | 'none'): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0
  if (type === '' && !hasBody) return
  const wanted = body === 'json' ? ['application/json'] : body === 'bytes' ? BYTE_TYPES : body === 'form' ? ['application/x-www-form-urlencoded'] : []
  if (wanted.includes(type)) return
  throw new ApiError(415, 'ERR_UNSUPPORTED_MEDIA_TYPE', body === 'none'
    ? `this endpoint takes no body (got ${type === '' ? 'one' : JSON.stringify(type)})`
    : `the body must be ${wanted.join(' or ')}${type === '' ? ', with its Content-Type' : `, not ${JSON.stringify(type)}`}`)
}

function sessionFrom (header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/** Fixed-length digests, so the comparison takes the same time whatever was sent. */
function digest (text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/** `POST /api/v1/session` (owner only): sets the same-origin session cookie, for the explorer's pages. */
export function sendSession (res: ServerResponse, guard: Guard): void {
  const body = JSON.stringify({ session: true })
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'set-cookie': guard.sessionCookie(), 'cache-control': 'no-store' })
  res.end(body)
}
