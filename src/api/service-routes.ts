/**
 * The API's service endpoints (protocols/http-api.md, "Services"): push, call (a signed call
 * block), nonce, eval, render, state, history, fork, deps, info, services, pull. A service path
 * travels as the query parameter `path` (it holds slashes). A call that fails while running (a
 * panic, out of gas) is a 200 receipt with `ok: false`; a refused request is a 4xx error.
 */
import { MAX_CALL_BYTES, publicKeyOfAddress, decodeSignedCall } from '../store/calls/index.ts'
import { parseCid } from '../store/index.ts'
import type { PackageFile } from '../vm/types.ts'
import { ApiError, badRequest } from './errors.ts'
import { readBody, readJson, sendJson } from './http.ts'
import type { Route, RouteContext } from './routes.ts'
import type { ServiceHost, LandHost, VMReads } from './services.ts'
import { untilFinal, waitParam } from './land-routes.ts'
import { OPEN_QUERY_GAS } from './guard.ts'
import type { Access } from './guard.ts'

/** A push's JSON body: sources as text, so at most the package limit (4 MiB) plus JSON escaping. */
const MAX_PUSH_BYTES = 16 * 1024 * 1024

function host (ctx: RouteContext): ServiceHost {
  if (ctx.services === undefined) throw new ApiError(503, 'ERR_NO_SERVICES', 'this node runs no services')
  return ctx.services
}

/**
 * The network land a request names, if this node replicates it; anything else is local.land's
 * (which answers exactly as it always has, refusals included).
 */
function networkLand (ctx: RouteContext, land: string | undefined): LandHost | undefined {
  if (land === undefined || land === ctx.services?.land) return undefined
  return ctx.lands?.get(land)
}

/** `testnet.land/alice/counter` → `testnet.land` */
function landOf (path: string): string {
  const slash = path.indexOf('/')
  return slash < 0 ? path : path.slice(0, slash)
}

/** The land a signed call block is signed for (undefined: not a call block; local.land says why). */
function landOfCall (bytes: Uint8Array): string | undefined {
  try {
    return decodeSignedCall(bytes).call.land
  } catch {
    return undefined
  }
}

/**
 * Where a read of `path` goes: the land's last final state (and its height, which the answer
 * carries as `finalHeight`), or local.land's VM.
 */
function readsFor (ctx: RouteContext, path: string): { reads: VMReads, maxGas: number, extra: () => { finalHeight?: number } } {
  const net = networkLand(ctx, landOf(path))
  if (net !== undefined) {
    const finalHeight = net.finalHeight()
    return { reads: net.reads, maxGas: net.maxGas, extra: () => ({ finalHeight }) }
  }
  const local = host(ctx)
  return { reads: local.vm, maxGas: local.maxGas, extra: () => ({}) }
}

function txRequired (land: string, what: string): ApiError {
  return new ApiError(400, 'ERR_LAND_TX_REQUIRED', `a ${what} on the network land ${land} is a signed ${what}-tx: POST it to /api/v1/lands/${land}/tx (amigo ${what} does)`)
}

function required (url: URL, name: string): string {
  const v = url.searchParams.get(name)
  if (v === null || v === '') throw badRequest(`query parameter "${name}" is required`)
  return v
}

function optionalInt (url: URL, name: string, min: number): number | undefined {
  const v = url.searchParams.get(name)
  if (v === null || v === '') return undefined
  if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) throw badRequest(`query parameter "${name}" must be an integer ≥ ${min}, not "${v}"`)
  return Number(v)
}

/**
 * `?at=N&gas=G`: the history entry to read, and the gas of the query (at most the land's cap; a
 * query without the owner's token at most OPEN_QUERY_GAS, its default too).
 */
function queryOptions (url: URL, maxGas: number, access: Access): { at?: number, gas?: number } {
  const at = optionalInt(url, 'at', 0)
  const asked = optionalInt(url, 'gas', 1)
  const cap = access === 'owner' ? maxGas : Math.min(maxGas, OPEN_QUERY_GAS)
  const gas = asked !== undefined ? Math.min(asked, cap) : access === 'owner' ? undefined : cap
  return { ...(at !== undefined ? { at } : {}), ...(gas !== undefined ? { gas } : {}) }
}

function stringField (body: Record<string, unknown>, name: string, optional = false): string | undefined {
  const v = body[name]
  if (v === undefined && optional) return undefined
  if (typeof v !== 'string' || v === '') throw badRequest(`"${name}" must be a non-empty string`, 'ERR_BAD_JSON')
  return v
}

function intField (body: Record<string, unknown>, name: string, min: number): number | undefined {
  const v = body[name]
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw badRequest(`"${name}" must be an integer ≥ ${min}`, 'ERR_BAD_JSON')
  return v
}

function filesField (body: Record<string, unknown>): PackageFile[] {
  const v = body.files
  if (!Array.isArray(v) || v.length === 0) throw badRequest('"files" must be a non-empty array of {"name", "text"}', 'ERR_BAD_JSON')
  return v.map((f, i) => {
    if (typeof f !== 'object' || f === null || typeof f.name !== 'string' || typeof f.text !== 'string') {
      throw badRequest(`files[${i}] must be {"name": string, "text": string}`, 'ERR_BAD_JSON')
    }
    return { name: f.name, text: f.text }
  })
}

function base64Field (body: Record<string, unknown>, name: string): Uint8Array {
  const v = body[name]
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) throw badRequest(`"${name}" must be base64`, 'ERR_BAD_JSON')
  return new Uint8Array(Buffer.from(v, 'base64'))
}

export const serviceRoutes: Route[] = [
  {
    method: 'POST',
    name: 'push',
    pattern: /^\/api\/v1\/push$/,
    async handle (ctx, { req, res }) {
      const body = await readJson(req, MAX_PUSH_BYTES)
      if (typeof body.path === 'string' && networkLand(ctx, landOf(body.path)) !== undefined) throw txRequired(landOf(body.path), 'push')
      const services = host(ctx)
      const result = await services.push({
        path: stringField(body, 'path')!,
        files: filesField(body),
        deployer: stringField(body, 'deployer')!,
        signature: base64Field(body, 'signature'),
        version: stringField(body, 'version', true),
        gas: intField(body, 'gas', 1)
      })
      sendJson(res, 200, result)
    }
  },
  {
    method: 'POST',
    name: 'call',
    pattern: /^\/api\/v1\/call$/,
    async handle (ctx, { req, res, url, signal }) {
      const bytes = await readBody(req, MAX_CALL_BYTES, 'ERR_CALL_TOO_LARGE')
      const net = networkLand(ctx, landOfCall(bytes))
      if (net === undefined) {
        sendJson(res, 200, await host(ctx).call(bytes))
        return
      }
      // a call of a network land: admitted to its mempool, then (unless ?wait=0) waited for until final
      const info = await net.inspect(bytes)
      if (info.kind !== 'call') throw badRequest('not a signed call block')
      if (!waitParam(url)) {
        const { tx } = await net.submit(bytes, { signal })
        sendJson(res, 202, { land: net.land, tx, callCid: tx, caller: info.signer, nonce: info.nonce, path: info.service, func: info.func })
        return
      }
      const r = await untilFinal(signal, undefined, async () => await net.execute(bytes, { signal }))
      sendJson(res, 200, {
        ok: r.ok,
        results: r.results,
        ...(r.error !== undefined ? { error: r.error } : {}),
        events: r.events,
        gasUsed: r.gasUsed,
        height: r.height,
        stateRoot: r.stateRoot,
        heads: r.heads,
        callCid: r.tx,
        caller: info.signer,
        nonce: info.nonce,
        path: info.service,
        func: info.func,
        land: net.land,
        block: r.block,
        latencyMs: r.latencyMs
      })
    }
  },
  {
    method: 'GET',
    name: 'nonce',
    pattern: /^\/api\/v1\/nonce\/([^/]+)$/,
    async handle (ctx, { res, params, url }) {
      const services = networkLand(ctx, url.searchParams.get('land') ?? undefined) ?? host(ctx)
      publicKeyOfAddress(params[0]) // ERR_CALL_MALFORMED unless an address
      const last = await services.lastNonce(params[0])
      sendJson(res, 200, { address: params[0], land: services.land, nonce: last ?? 0, next: (last ?? 0) + 1 })
    }
  },
  {
    method: 'GET',
    name: 'eval',
    pattern: /^\/api\/v1\/eval$/,
    async handle (ctx, { res, url, access }) {
      const path = required(url, 'path')
      const q = readsFor(ctx, path)
      sendJson(res, 200, { path, ...await q.reads.eval(path, required(url, 'expr'), queryOptions(url, q.maxGas, access)), ...q.extra() })
    }
  },
  {
    method: 'GET',
    name: 'render',
    pattern: /^\/api\/v1\/render$/,
    async handle (ctx, { res, url, access }) {
      const path = required(url, 'path')
      const subpath = url.searchParams.get('subpath') ?? ''
      const q = readsFor(ctx, path)
      const markdown = await q.reads.render(path, subpath, queryOptions(url, q.maxGas, access))
      sendJson(res, 200, { path, subpath, markdown, ...q.extra() })
    }
  },
  {
    method: 'GET',
    name: 'state',
    pattern: /^\/api\/v1\/state$/,
    async handle (ctx, { res, url, access }) {
      const path = required(url, 'path')
      const selector = url.searchParams.get('selector') ?? ''
      const q = readsFor(ctx, path)
      sendJson(res, 200, { path, selector, ...await q.reads.getObject(path, selector, queryOptions(url, q.maxGas, access)), ...q.extra() })
    }
  },
  {
    method: 'GET',
    name: 'history',
    pattern: /^\/api\/v1\/history$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const limit = optionalInt(url, 'limit', 1)
      const q = readsFor(ctx, path)
      sendJson(res, 200, { path, entries: await q.reads.history(path, limit === undefined ? undefined : { limit }), ...q.extra() })
    }
  },
  {
    method: 'POST',
    name: 'fork',
    pattern: /^\/api\/v1\/fork$/,
    async handle (ctx, { req, res }) {
      const body = await readJson(req, 64 * 1024)
      const src = stringField(body, 'src')!
      const dst = stringField(body, 'dst')!
      if (networkLand(ctx, landOf(src)) !== undefined) throw txRequired(landOf(src), 'fork')
      const result = await host(ctx).fork(src, dst, intField(body, 'at', 0))
      sendJson(res, 200, { src, dst, ...result })
    }
  },
  {
    method: 'GET',
    name: 'deps',
    pattern: /^\/api\/v1\/deps$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const q = readsFor(ctx, path)
      sendJson(res, 200, { ...await q.reads.deps(path), ...q.extra() })
    }
  },
  {
    method: 'GET',
    name: 'info',
    pattern: /^\/api\/v1\/info$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const q = readsFor(ctx, path)
      sendJson(res, 200, { ...await q.reads.info(path), ...q.extra() })
    }
  },
  {
    method: 'GET',
    name: 'services',
    pattern: /^\/api\/v1\/services$/,
    async handle (ctx, { res, url }) {
      const net = networkLand(ctx, url.searchParams.get('land') ?? undefined)
      const land = net?.land ?? host(ctx).land
      const q = net !== undefined ? readsFor(ctx, `${net.land}/`) : { reads: host(ctx).vm, extra: () => ({}) }
      const paths = await q.reads.list()
      const infos = []
      for (const path of paths) infos.push(await q.reads.info(path))
      sendJson(res, 200, { land, services: infos, ...q.extra() })
    }
  },
  {
    method: 'POST',
    name: 'pull',
    pattern: /^\/api\/v1\/pull\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      const services = host(ctx)
      const cid = parseCid(params[0])
      // the whole DAG (files and every import, linked by CID) is fetched and hash-checked first
      const fetched = await ctx.network.blocks.fetchDag(cid, { signal })
      const deps = await services.addFetched(cid)
      sendJson(res, 200, { ...deps, blocks: fetched.blocks, fetched: fetched.fetched })
    }
  }
]
