/**
 * The API's endpoints of network lands (protocols/http-api.md, "Lands"): the lands a node
 * replicates and their status, a land's final blocks, signed transactions (call, push, fork)
 * submitted with or without waiting for finality, receipts by transaction CID, and any land's
 * genesis and latest head by name, through the DHT (protocols/heads.md).
 */
import { parseCid } from '../store/index.ts'
import { ApiError, badRequest } from './errors.ts'
import { readBody, sendJson, parseBoolean } from './http.ts'
import type { Route, RouteContext } from './routes.ts'
import type { LandHost, LandTxInfo, LandTxReceipt } from './services.ts'

/** A signed land transaction: a call (128 KiB at most) or a push of a package (4 MiB of sources, encoded). */
const MAX_TX_BYTES = 8 * 1024 * 1024
/** Most blocks one `blocks` request returns. */
const MAX_BLOCKS = 1000

export function landHost (ctx: RouteContext, land: string): LandHost {
  const host = ctx.lands?.get(land)
  if (host === undefined) {
    const known = ctx.lands?.all().map(l => l.land) ?? []
    throw new ApiError(404, 'ERR_LAND_UNKNOWN', `this node does not replicate the land ${land}${known.length > 0 ? ` (it replicates ${known.join(', ')})` : ' (it replicates no network land; start it with --land FILE)'}`)
  }
  return host
}

/** `?wait=`: whether a request waits for finality (default yes). */
export function waitParam (url: URL): boolean {
  return url.searchParams.get('wait') === null ? true : parseBoolean(url.searchParams.get('wait'), 'wait')
}

/**
 * Runs a wait for finality under the request's deadline: running out of time is not "not found"
 * but "not final yet", with the transaction's CID to ask again.
 */
export async function untilFinal<T> (signal: AbortSignal, tx: string | undefined, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait()
  } catch (err) {
    if (signal.aborted && (err as Error)?.name !== 'LandError') {
      throw new ApiError(504, 'ERR_LAND_NOT_FINAL', `not final before the timeout${tx !== undefined ? `; ask again with GET /api/v1/receipts/${tx}` : ''}`)
    }
    throw err
  }
}

/** A final push or fork as `amigo push` / `amigo fork` print it on local.land, with the land's receipt fields. */
export async function txResult (host: LandHost, info: LandTxInfo, r: LandTxReceipt): Promise<Record<string, unknown>> {
  if (info.kind === 'push' && r.ok) {
    const [deps, svc] = await Promise.all([host.reads.deps(info.path), host.reads.info(info.path)])
    return { ...r, cid: r.cid ?? deps.cid, kind: svc.kind, imports: deps.imports, path: info.path }
  }
  if (info.kind === 'fork') {
    const svc = r.ok ? await host.reads.info(info.dst) : undefined
    return { src: info.src, dst: info.dst, ...r, head: svc?.head ?? r.heads[info.dst], serviceStateRoot: svc?.stateRoot ?? undefined }
  }
  return { ...r }
}

function intParam (url: URL, name: string, min: number, fallback: number): number {
  const v = url.searchParams.get(name)
  if (v === null || v === '') return fallback
  if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) throw badRequest(`query parameter "${name}" must be an integer ≥ ${min}, not "${v}"`)
  return Number(v)
}

export const landRoutes: Route[] = [
  {
    method: 'GET',
    name: 'land/resolve',
    pattern: /^\/api\/v1\/land\/resolve\/([^/]+)$/,
    async handle (ctx, { res, params, signal }) {
      // any node answers, whether it runs the land or not: the land record and the head record
      // come from the DHT and are checked against the genesis (protocols/heads.md)
      sendJson(res, 200, await ctx.network.heads.resolveLand(params[0], { signal }))
    }
  },
  {
    method: 'GET',
    name: 'lands',
    pattern: /^\/api\/v1\/lands$/,
    async handle (ctx, { res }) {
      sendJson(res, 200, { lands: (ctx.lands?.all() ?? []).map(l => l.status()) })
    }
  },
  {
    method: 'GET',
    name: 'land/status',
    pattern: /^\/api\/v1\/lands\/([^/]+)$/,
    async handle (ctx, { res, params }) {
      sendJson(res, 200, landHost(ctx, params[0]).status())
    }
  },
  {
    method: 'GET',
    name: 'land/blocks',
    pattern: /^\/api\/v1\/lands\/([^/]+)\/blocks$/,
    async handle (ctx, { res, params, url }) {
      const host = landHost(ctx, params[0])
      const final = host.finalHeight()
      const limit = Math.min(intParam(url, 'limit', 1, 100), MAX_BLOCKS)
      const from = intParam(url, 'from', 1, Math.max(1, final - limit + 1))
      sendJson(res, 200, { land: host.land, finalHeight: final, blocks: from > final ? [] : await host.blocks(from, limit) })
    }
  },
  {
    method: 'POST',
    name: 'land/tx',
    pattern: /^\/api\/v1\/lands\/([^/]+)\/tx$/,
    async handle (ctx, { req, res, params, url, signal }) {
      const host = landHost(ctx, params[0])
      const wait = waitParam(url)
      const bytes = await readBody(req, MAX_TX_BYTES, 'ERR_LAND_TX_TOO_LARGE')
      const info = await host.inspect(bytes)
      if (!wait) {
        const { tx } = await host.submit(bytes, { signal })
        sendJson(res, 202, { land: host.land, tx, kind: info.kind, signer: info.signer, nonce: info.nonce })
        return
      }
      const r = await untilFinal(signal, undefined, async () => await host.execute(bytes, { signal }))
      sendJson(res, 200, await txResult(host, info, r))
    }
  },
  {
    method: 'GET',
    name: 'land/receipt',
    pattern: /^\/api\/v1\/lands\/([^/]+)\/receipts\/([^/]+)$/,
    async handle (ctx, { res, params, url, signal }) {
      const host = landHost(ctx, params[0])
      const tx = parseCid(params[1]).toString()
      sendJson(res, 200, await receiptOf([host], tx, parseBoolean(url.searchParams.get('wait'), 'wait'), signal))
    }
  },
  {
    method: 'GET',
    name: 'receipt',
    pattern: /^\/api\/v1\/receipts\/([^/]+)$/,
    async handle (ctx, { res, params, url, signal }) {
      const tx = parseCid(params[0]).toString()
      const hosts = ctx.lands?.all() ?? []
      if (hosts.length === 0) throw new ApiError(404, 'ERR_LAND_UNKNOWN', 'this node replicates no network land: receipts by CID are kept by network lands (start the node with --land FILE)')
      sendJson(res, 200, await receiptOf(hosts, tx, parseBoolean(url.searchParams.get('wait'), 'wait'), signal))
    }
  }
]

/** The receipt of tx on the first of `hosts` that has it; waiting for it (on each of them) when asked. */
async function receiptOf (hosts: LandHost[], tx: string, wait: boolean, signal: AbortSignal): Promise<LandTxReceipt> {
  for (const host of hosts) {
    const r = await host.receipt(tx)
    if (r !== undefined) return r
  }
  if (!wait) throw new ApiError(404, 'ERR_LAND_NO_RECEIPT', `no final receipt of ${tx} on ${hosts.map(h => h.land).join(', ')} (yet): ?wait=1 waits for it`)
  const stop = new AbortController()
  const both = AbortSignal.any([signal, stop.signal])
  try {
    return await untilFinal(signal, tx, async () => await Promise.any(hosts.map(async h => await h.waitReceipt(tx, { signal: both }))).catch((err: AggregateError) => { throw err.errors[0] }))
  } finally {
    stop.abort()
  }
}
