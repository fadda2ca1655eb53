/**
 * The node's HTTP API on a loopback address (node:http, no framework): identity, peers, status,
 * blocks, DAGs as CAR, provide, names, and Prometheus `/metrics`. Endpoints and errors are
 * documented in protocols/http-api.md; the CLI talks to it through {@link ApiClient}.
 *
 * @example
 * ```ts
 * const api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.1.0', logger })
 * await api.start()
 * console.log(api.url) // http://127.0.0.1:41234
 * await api.stop()
 * ```
 */
import { createServer } from 'node:http'
import type { Server, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import type { Registry } from 'prom-client'
import type { Network } from '../net/index.ts'
import { ApiError, toApiError } from './errors.ts'
import { sendError, sendJson } from './http.ts'
import { routes, requestTimeout } from './routes.ts'
import type { ApiLimits, RouteContext } from './routes.ts'
import { registerNodeMetrics } from './metrics.ts'
import { createGuard, sendSession } from './guard.ts'
import { DEFAULT_QUERY_LIMITS } from './query-limits.ts'
import type { Guard, Access } from './guard.ts'
import { createLoginCodes } from './login-codes.ts'
import type { LoginCodes } from './login-codes.ts'
import type { ApiMetrics } from './metrics.ts'
import { admitLoad } from './load-guards.ts'
import type { LoadGuards } from './load-guards.ts'
import { createQueryLimits } from './query-limits.ts'
import type { QueryLimits } from './query-limits.ts'
import type { ServiceHost, LandHosts } from './services.ts'

export { ApiError } from './errors.ts'
export { ApiClient, ApiClientError } from './client.ts'
export type { ApiLimits } from './routes.ts'
export type { ApiClientOptions } from './client.ts'
export { OPEN_QUERY_GAS } from './guard.ts'
export type { Access } from './guard.ts'
export { createLoginCodes, LOGIN_CODE_TTL_MS } from './login-codes.ts'
export type { LoginCodes } from './login-codes.ts'

/**
 * Trades a one-time login code (`GET /login?code=…`, the explorer's) for the `Set-Cookie` value of
 * the owner's session; undefined for a code that is unknown, used or expired.
 */
export type LoginExchange = (code: string) => string | undefined
export type { LoadGuards } from './load-guards.ts'
export { DEFAULT_QUERY_LIMITS } from './query-limits.ts'
export type { ServiceHost, SignedPush, CallReceipt, LandHost, LandHosts, LandStatus, LandBlockInfo, LandTxReceipt, LandTxInfo, VMReads } from './services.ts'

export interface ApiInit {
  network: Network
  /** loopback host and port (0: any free port) */
  host: string
  port: number
  limits: ApiLimits
  version: string
  /** the owner's token (the repo's api.token): every request that changes anything needs it */
  token: string
  offline?: boolean
  logger: ComponentLogger
  /** the registry behind `/metrics` (libp2p's metrics are registered in it too); none: no `/metrics` */
  registry?: Registry
  /** the node's services (push, call, queries); none: those endpoints answer ERR_NO_SERVICES */
  services?: ServiceHost
  /** the network lands the node replicates; none: only local.land */
  lands?: LandHosts
  /** the explorer's pages (src/web): asked for a request outside /api/ that no endpoint takes, with who it was let in as and how a login code becomes a session; true = answered */
  pages?: (req: IncomingMessage, res: ServerResponse, url: URL, access: Access, login: LoginExchange) => Promise<boolean>
  /** the clock of the login codes, in ms (tests move it); default Date.now */
  now?: () => number
  /** the node's disk and memory checks (./load-guards.ts); none: no such refusals */
  guards?: LoadGuards
}

export interface Api {
  start: () => Promise<void>
  /** stop accepting, end idle keep-alive connections, wait for open requests (at most a moment) */
  stop: () => Promise<void>
  /** `http://host:port` once started */
  readonly url: string
}

export function createApi (init: ApiInit): Api {
  const log = init.logger.forComponent('amigo:api')
  const ctx: RouteContext = { network: init.network, limits: init.limits, version: init.version, startedAt: performance.now(), offline: init.offline ?? false, services: init.services, lands: init.lands }
  const metrics = init.registry !== undefined ? registerNodeMetrics(init.registry, init.network, init.version, init.lands) : undefined
  const sockets = new Set<Socket>()
  let server: Server | undefined
  let url = ''
  let port = 0
  const guard = createGuard(init.token, () => port)
  const codes = createLoginCodes({ now: init.now })
  const load: Load = {
    guards: init.guards ?? {},
    queries: createQueryLimits({
      perClient: init.limits.openQueriesPerClient ?? DEFAULT_QUERY_LIMITS.perClient,
      running: init.limits.maxOpenQueries ?? DEFAULT_QUERY_LIMITS.running,
      queued: init.limits.maxQueuedQueries ?? DEFAULT_QUERY_LIMITS.queued
    })
  }

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    void handle(ctx, guard, codes, load, init.registry, metrics, log, req, res, init.pages)
  }

  return {
    get url () { return url },
    async start () {
      // a request without Host gets the guard's typed 421, not node:http's bare 400
      server = createServer({ keepAliveTimeout: 5000, requireHostHeader: false }, handler)
      server.on('connection', socket => {
        sockets.add(socket)
        socket.once('close', () => sockets.delete(socket))
      })
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject)
        server!.listen(init.port, init.host, () => { server!.off('error', reject); resolve() })
      })
      const address = server.address() as AddressInfo
      port = address.port
      url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      log('listening on %s', url)
    },
    async stop () {
      if (server === undefined) return
      const s = server
      server = undefined
      const closed = new Promise<void>(resolve => s.close(() => resolve()))
      s.closeIdleConnections()
      // requests still running (a long fetch) get a moment, then their sockets are cut
      const timer = setTimeout(() => { for (const socket of sockets) socket.destroy() }, 1000)
      await closed
      clearTimeout(timer)
    }
  }
}

/** The load guards of one API server and its open-query slots. */
interface Load { guards: LoadGuards, queries: QueryLimits }

async function handle (ctx: RouteContext, guard: Guard, codes: LoginCodes, load: Load, registry: Registry | undefined, metrics: ApiMetrics | undefined, log: Logger, req: IncomingMessage, res: ServerResponse, pages?: ApiInit['pages']): Promise<void> {
  const started = performance.now()
  let routeName = 'unknown'
  const controller = new AbortController()
  res.once('close', () => { if (!res.writableFinished) controller.abort(new Error('client went away')) })
  try {
    guard.admit(req)
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/metrics' && registry !== undefined) {
      routeName = 'metrics'
      guard.authorize(req, routeName)
      if (req.method !== 'GET') throw new ApiError(405, 'ERR_METHOD_NOT_ALLOWED', '/metrics takes GET')
      const text = await registry.metrics()
      res.writeHead(200, { 'content-type': registry.contentType })
      res.end(text)
      return
    }
    if (url.pathname === '/api/v1/session') {
      routeName = 'session'
      guard.authorize(req, routeName)
      if (req.method !== 'POST') throw new ApiError(405, 'ERR_METHOD_NOT_ALLOWED', '/api/v1/session takes POST')
      sendSession(res, guard)
      return
    }
    if (url.pathname === '/api/v1/session/code') {
      routeName = 'session/code'
      guard.authorize(req, routeName)
      if (req.method !== 'POST') throw new ApiError(405, 'ERR_METHOD_NOT_ALLOWED', '/api/v1/session/code takes POST')
      sendJson(res, 200, codes.issue(), { 'cache-control': 'no-store' })
      return
    }
    let allowed: string | undefined
    for (const route of routes) {
      const m = route.pattern.exec(url.pathname)
      if (m === null) continue
      if (route.method !== req.method) { allowed = route.method; continue }
      routeName = route.name
      const access = guard.authorize(req, route.name)
      const timeout = AbortSignal.timeout(requestTimeout(url, ctx.limits))
      const params = m.slice(1).map(p => decodeURIComponent(p))
      const signal = AbortSignal.any([controller.signal, timeout])
      // a query waits for its slot until its client leaves (the running ones are bounded by gas)
      const done = await admitLoad(load.guards, load.queries, route.name, access, req, controller.signal)
      try {
        await route.handle(ctx, { req, res, url, params, access, signal })
      } finally {
        done()
      }
      return
    }
    if (allowed === undefined && pages !== undefined && !url.pathname.startsWith('/api/')) {
      const access = guard.authorize(req, 'explorer')
      const done = await admitLoad(load.guards, load.queries, 'explorer', access, req, controller.signal)
      let answered: boolean
      try {
        answered = await pages(req, res, url, access, code => codes.redeem(code) ? guard.sessionCookie() : undefined)
      } finally {
        done()
      }
      if (answered) {
        routeName = 'explorer'
        return
      }
    }
    if (allowed !== undefined) throw new ApiError(405, 'ERR_METHOD_NOT_ALLOWED', `${url.pathname} takes ${allowed}`)
    throw new ApiError(404, 'ERR_NO_ROUTE', `no endpoint ${req.method ?? ''} ${url.pathname}; see protocols/http-api.md`)
  } catch (err) {
    if (clientLeft(req, err) || controller.signal.aborted) {
      // nobody is left to answer: one short line, no stack (a slow or dropped client is no failure of the node)
      log('%s %s: the client went away mid-request (%s)', req.method, req.url, (err as NodeJS.ErrnoException).code ?? (err as Error).message)
      res.destroy()
      return
    }
    const apiError = err instanceof URIError ? new ApiError(400, 'ERR_BAD_REQUEST', `malformed URL: ${err.message}`) : toApiError(err)
    // a refusal of the load guards is the node protecting itself, not a failure: a flood of them must not flood the log
    if (apiError.code === 'ERR_BUSY' || apiError.code === 'ERR_DISK_FULL') log('%s %s refused: %s', req.method, req.url, apiError.message)
    // a typed failure (a timeout, the node offline) is one line; only an unexpected one carries its stack
    else if (apiError.code === 'ERR_INTERNAL') log.error('%s %s failed: %e', req.method, req.url, err)
    else if (apiError.status >= 500) log.error('%s %s failed: %s %s', req.method, req.url, apiError.code, apiError.message)
    // drain what the client is still sending, so it reads our error instead of a reset connection
    if (!req.complete) req.resume()
    sendError(res, apiError)
  } finally {
    metrics?.observe(routeName, req.method ?? '', res.statusCode, (performance.now() - started) / 1000)
  }
}

/** A request whose client dropped the connection before its body was in (or before the answer). */
function clientLeft (req: IncomingMessage, err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ECONNRESET' || code === 'ECONNABORTED' || code === 'ERR_STREAM_PREMATURE_CLOSE') return true
  return req.destroyed && !req.complete
}
