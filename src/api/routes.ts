/**
 * The API's endpoints (documented in protocols/http-api.md). Each handler gets the parsed URL,
 * the path parameters and an AbortSignal that fires on the request's timeout or when the client
 * goes away; whatever it throws becomes a JSON error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CID } from 'multiformats/cid'
import { parseCid, codecCode, codecName, MAX_BLOCK_SIZE } from '../store/index.ts'
import type { CodecName } from '../store/index.ts'
import type { Network, NameRecord } from '../net/index.ts'
import { ApiError, badRequest } from './errors.ts'
import { readBody, readJson, sendJson, parseDuration, parseBoolean } from './http.ts'
import type { ServiceHost, LandHosts } from './services.ts'
import { serviceRoutes } from './service-routes.ts'
import { landRoutes } from './land-routes.ts'
import type { Access } from './guard.ts'

export interface ApiLimits {
  maxBlockBytes: number
  maxRequestBytes: number
  fetchTimeoutMs: number
  /** open queries (eval, render, state without the token) one client may have in flight */
  openQueriesPerClient?: number
  /** open queries that run at once */
  maxOpenQueries?: number
  /** open queries that may wait for a slot; past it, ERR_BUSY */
  maxQueuedQueries?: number
}

export interface RouteContext {
  network: Network
  limits: ApiLimits
  version: string
  startedAt: number
  offline: boolean
  /** the node's services (absent: the service endpoints answer ERR_NO_SERVICES) */
  services?: ServiceHost
  /** the network lands it replicates (absent: none) */
  lands?: LandHosts
}

export interface Request {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  params: string[]
  /** who the request was let in as (./guard.ts): the owner, or anyone (open routes only) */
  access: Access
  /** the request's deadline (`?timeout=`, default limits.fetchTimeoutMs) or the client leaving */
  signal: AbortSignal
}

export interface Route {
  method: 'GET' | 'POST'
  /** a short stable name, used as the metrics label */
  name: string
  pattern: RegExp
  handle: (ctx: RouteContext, r: Request) => Promise<void>
}

const PREFIX = '/api/v1'

const nodeRoutes: Route[] = [
  {
    method: 'GET',
    name: 'id',
    pattern: /^\/api\/v1\/id$/,
    async handle (ctx, { res }) {
      sendJson(res, 200, {
        peerId: ctx.network.peerId.toString(),
        publicKey: ctx.network.libp2p.peerId.publicKey === undefined ? undefined : Buffer.from(ctx.network.libp2p.peerId.publicKey.raw).toString('base64'),
        multiaddrs: ctx.network.multiaddrs().map(String),
        agentVersion: `amigo-node/${ctx.version}`
      })
    }
  },
  {
    method: 'GET',
    name: 'peers',
    pattern: /^\/api\/v1\/peers$/,
    async handle (ctx, { res }) {
      sendJson(res, 200, { peers: ctx.network.peers().map(p => ({ peerId: p.id.toString(), multiaddrs: p.addrs.map(String) })) })
    }
  },
  {
    // the testnet's `disconnect` perturbation: a partition of this node alone (the owner's: it needs the API token)
    method: 'POST',
    name: 'disconnect',
    pattern: /^\/api\/v1\/network\/(disconnect|reconnect)$/,
    async handle (ctx, { res, params }) {
      if (ctx.offline) throw new ApiError(503, 'ERR_OFFLINE', 'the node runs --offline: it has no network to leave or join')
      await ctx.network.setDisconnected(params[0] === 'disconnect')
      sendJson(res, 200, { disconnected: ctx.network.disconnected(), peers: ctx.network.peers().length })
    }
  },
  {
    method: 'GET',
    name: 'status',
    pattern: /^\/api\/v1\/status$/,
    async handle (ctx, { res }) {
      const [blocksStored, namesHeld] = await Promise.all([ctx.network.blocks.count(), ctx.network.names.held()])
      sendJson(res, 200, {
        version: ctx.version,
        peerId: ctx.network.peerId.toString(),
        peers: ctx.network.peers().length,
        blocksStored,
        namesHeld,
        multiaddrs: ctx.network.multiaddrs().map(String),
        offline: ctx.offline,
        uptimeMs: Math.round(performance.now() - ctx.startedAt)
      })
    }
  },
  {
    method: 'POST',
    name: 'block/put',
    pattern: /^\/api\/v1\/block\/put$/,
    async handle (ctx, { req, res, url }) {
      const codec = codecParam(url)
      const limit = Math.min(ctx.limits.maxBlockBytes, MAX_BLOCK_SIZE)
      const bytes = await readBody(req, limit, 'ERR_BLOCK_TOO_LARGE')
      const cid = await ctx.network.blocks.put(bytes, codec)
      sendJson(res, 200, { cid: cid.toString(), size: bytes.byteLength, codec })
    }
  },
  {
    method: 'GET',
    name: 'block/get',
    pattern: /^\/api\/v1\/block\/get\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      const cid = cidParam(params[0])
      const bytes = await ctx.network.blocks.get(cid, { signal })
      res.writeHead(200, { 'content-type': 'application/vnd.ipld.raw', 'content-length': bytes.byteLength, 'x-ipld-codec': codecName(cid.code) })
      res.end(bytes)
    }
  },
  {
    method: 'GET',
    name: 'block/has',
    pattern: /^\/api\/v1\/block\/has\/([^/]+)$/,
    async handle (ctx, { res, params }) {
      const cid = cidParam(params[0])
      sendJson(res, 200, { cid: cid.toString(), has: await ctx.network.blocks.has(cid) })
    }
  },
  {
    method: 'POST',
    name: 'dag/fetch',
    pattern: /^\/api\/v1\/dag\/fetch\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      const cid = cidParam(params[0])
      const result = await ctx.network.blocks.fetchDag(cid, { signal })
      sendJson(res, 200, { cid: cid.toString(), ...result })
    }
  },
  {
    method: 'GET',
    name: 'dag/export',
    pattern: /^\/api\/v1\/dag\/export\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      const cid = cidParam(params[0])
      const iterator = ctx.network.blocks.exportCar(cid, { signal })[Symbol.asyncIterator]()
      // the first chunk comes only once the whole DAG is here: failures before it are clean JSON errors
      const first = await iterator.next()
      res.writeHead(200, { 'content-type': 'application/vnd.ipld.car; version=1', 'content-disposition': `attachment; filename="${cid.toString()}.car"` })
      if (first.done !== true) await write(res, first.value)
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) await write(res, next.value)
      res.end()
    }
  },
  {
    method: 'POST',
    name: 'dag/import',
    pattern: /^\/api\/v1\/dag\/import$/,
    async handle (ctx, { req, res, signal }) {
      const body = await readBody(req, ctx.limits.maxRequestBytes)
      const result = await ctx.network.blocks.importCar(body, { signal })
      sendJson(res, 200, { roots: result.roots.map(String), blocks: result.blocks })
    }
  },
  {
    method: 'POST',
    name: 'provide',
    pattern: /^\/api\/v1\/provide\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      const cid = cidParam(params[0])
      if (!(await ctx.network.blocks.has(cid))) throw new ApiError(404, 'ERR_NOT_FOUND', `${cid.toString()} is not in this node's store; only stored content can be provided`)
      await ctx.network.blocks.provide(cid, { signal })
      sendJson(res, 200, { cid: cid.toString(), provided: true })
    }
  },
  {
    method: 'POST',
    name: 'name/publish',
    pattern: /^\/api\/v1\/name\/publish$/,
    async handle (ctx, { req, res, signal }) {
      const body = await readJson(req, 64 * 1024)
      if (typeof body.name !== 'string') throw badRequest('"name" must be a string, e.g. "hub.land/alice/blog"', 'ERR_BAD_NAME')
      if (typeof body.cid !== 'string') throw badRequest('"cid" must be a CID string', 'ERR_BAD_CID')
      const cid = cidParam(body.cid)
      const record = await ctx.network.names.publish(body.name, cid, { signal })
      sendJson(res, 200, recordJson(ctx.network.peerId.toString(), record))
    }
  },
  {
    method: 'GET',
    name: 'name/resolve',
    pattern: /^\/api\/v1\/name\/resolve\/([^/]+)\/(.+)$/,
    async handle (ctx, { res, url, params, signal }) {
      const [key, name] = params
      const nocache = parseBoolean(url.searchParams.get('nocache'), 'nocache')
      const resolved = await ctx.network.names.resolve(key, name, { signal, nocache })
      sendJson(res, 200, { ...recordJson(key, resolved.record), source: resolved.source })
    }
  }
]

/** Every endpoint: the node's own, then the services' (./service-routes.ts), then the lands' (./land-routes.ts). */
export const routes: Route[] = [...nodeRoutes, ...serviceRoutes, ...landRoutes]

/** The request's deadline: `?timeout=5s`, else the configured fetch timeout. */
export function requestTimeout (url: URL, limits: ApiLimits): number {
  const given = url.searchParams.get('timeout')
  return given === null ? limits.fetchTimeoutMs : parseDuration(given, 'timeout')
}

export { PREFIX }

function codecParam (url: URL): CodecName {
  const codec = url.searchParams.get('codec') ?? 'raw'
  codecCode(codec) // throws ERR_UNKNOWN_CODEC for anything but dag-cbor and raw
  return codec as CodecName
}

function cidParam (text: string): CID {
  return parseCid(text)
}

async function write (res: ServerResponse, chunk: Uint8Array): Promise<void> {
  if (!res.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = (): void => { res.off('drain', done); res.off('close', done); res.destroyed ? reject(new Error('client went away')) : resolve() }
      res.once('drain', done)
      res.once('close', done)
    })
  }
}

/** A name record as JSON: CIDs as strings, bytes as base64, bigints as decimal strings. */
function recordJson (key: string, record: NameRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { key }
  for (const [k, v] of Object.entries(record as unknown as Record<string, unknown>)) out[k] = jsonValue(v)
  return out
}

function jsonValue (v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (typeof v === 'bigint') return v.toString()
  if (v !== null && typeof v === 'object') {
    if ((v as { '/': unknown })['/'] !== undefined || (v as any).asCID === v) return String(v)
    if (Array.isArray(v)) return v.map(jsonValue)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, jsonValue(x)]))
  }
  return v
}
