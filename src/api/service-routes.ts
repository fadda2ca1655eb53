/**
 * The API's service endpoints (protocols/http-api.md, "Services"): push, call (a signed call
 * block), nonce, eval, render, state, history, fork, deps, info, services, pull. A service path
 * travels as the query parameter `path` (it holds slashes). A call that fails while running (a
 * panic, out of gas) is a 200 receipt with `ok: false`; a refused request is a 4xx error.
 */
import { MAX_CALL_BYTES, publicKeyOfAddress } from '../store/calls/index.ts'
import { parseCid } from '../store/index.ts'
import type { PackageFile } from '../vm/types.ts'
import { ApiError, badRequest } from './errors.ts'
import { readBody, readJson, sendJson } from './http.ts'
import type { Route, RouteContext } from './routes.ts'
import type { ServiceHost } from './services.ts'

/** A push's JSON body: sources as text, so at most the package limit (4 MiB) plus JSON escaping. */
const MAX_PUSH_BYTES = 16 * 1024 * 1024

function host (ctx: RouteContext): ServiceHost {
  if (ctx.services === undefined) throw new ApiError(503, 'ERR_NO_SERVICES', 'this node runs no services')
  return ctx.services
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

/** `?at=N&gas=G`: the history entry to read, and the gas of the query (at most the land's cap). */
function queryOptions (url: URL, maxGas: number): { at?: number, gas?: number } {
  const at = optionalInt(url, 'at', 0)
  const gas = optionalInt(url, 'gas', 1)
  return { ...(at !== undefined ? { at } : {}), ...(gas !== undefined ? { gas: Math.min(gas, maxGas) } : {}) }
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
      const services = host(ctx)
      const body = await readJson(req, MAX_PUSH_BYTES)
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
    async handle (ctx, { req, res }) {
      const services = host(ctx)
      const bytes = await readBody(req, MAX_CALL_BYTES, 'ERR_CALL_TOO_LARGE')
      sendJson(res, 200, await services.call(bytes))
    }
  },
  {
    method: 'GET',
    name: 'nonce',
    pattern: /^\/api\/v1\/nonce\/([^/]+)$/,
    async handle (ctx, { res, params }) {
      const services = host(ctx)
      publicKeyOfAddress(params[0]) // ERR_CALL_MALFORMED unless an address
      const last = await services.lastNonce(params[0])
      sendJson(res, 200, { address: params[0], land: services.land, nonce: last ?? 0, next: (last ?? 0) + 1 })
    }
  },
  {
    method: 'GET',
    name: 'eval',
    pattern: /^\/api\/v1\/eval$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      sendJson(res, 200, { path, ...await host(ctx).vm.eval(path, required(url, 'expr'), queryOptions(url, host(ctx).maxGas)) })
    }
  },
  {
    method: 'GET',
    name: 'render',
    pattern: /^\/api\/v1\/render$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const subpath = url.searchParams.get('subpath') ?? ''
      const markdown = await host(ctx).vm.render(path, subpath, queryOptions(url, host(ctx).maxGas))
      sendJson(res, 200, { path, subpath, markdown })
    }
  },
  {
    method: 'GET',
    name: 'state',
    pattern: /^\/api\/v1\/state$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const selector = url.searchParams.get('selector') ?? ''
      sendJson(res, 200, { path, selector, ...await host(ctx).vm.getObject(path, selector, queryOptions(url, host(ctx).maxGas)) })
    }
  },
  {
    method: 'GET',
    name: 'history',
    pattern: /^\/api\/v1\/history$/,
    async handle (ctx, { res, url }) {
      const path = required(url, 'path')
      const limit = optionalInt(url, 'limit', 1)
      sendJson(res, 200, { path, entries: await host(ctx).vm.history(path, limit === undefined ? undefined : { limit }) })
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
      const result = await host(ctx).fork(src, dst, intField(body, 'at', 0))
      sendJson(res, 200, { src, dst, ...result })
    }
  },
  {
    method: 'GET',
    name: 'deps',
    pattern: /^\/api\/v1\/deps$/,
    async handle (ctx, { res, url }) {
      sendJson(res, 200, await host(ctx).vm.deps(required(url, 'path')))
    }
  },
  {
    method: 'GET',
    name: 'info',
    pattern: /^\/api\/v1\/info$/,
    async handle (ctx, { res, url }) {
      sendJson(res, 200, await host(ctx).vm.info(required(url, 'path')))
    }
  },
  {
    method: 'GET',
    name: 'services',
    pattern: /^\/api\/v1\/services$/,
    async handle (ctx, { res }) {
      const services = host(ctx)
      const paths = await services.vm.list()
      const infos = []
      for (const path of paths) infos.push(await services.vm.info(path))
      sendJson(res, 200, { land: services.land, services: infos })
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
