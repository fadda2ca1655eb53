/**
 * Which requests the node's load guards apply to (protocols/http-api.md, "Load limits"): the disk
 * guard to whatever writes to the repo, the memory guard to whatever may cost much (calls, pushes,
 * forks, imports, land transactions, queries without the token), the query limits to the queries
 * without the token. All of them run before the endpoint reads its body, so a refusal changes
 * nothing.
 */
import type { IncomingMessage } from 'node:http'
import type { Access } from './guard.ts'
import type { QueryLimits } from './query-limits.ts'

/** The node's checks of its own resources; each throws the typed error that refuses a request. */
export interface LoadGuards {
  /** ERR_DISK_FULL unless `bytes` more (0: unknown) fit on the repo's disk above its reserve */
  disk?: (bytes?: number) => Promise<void>
  /** ERR_BUSY while the node's memory is over its high-water mark */
  memory?: () => void
}

/** Routes that write to the repo (blocks, records, state). */
const WRITES = new Set(['block/put', 'dag/import', 'dag/fetch', 'pull', 'push', 'call', 'fork', 'land/tx', 'name/publish', 'explorer'])
/** Routes whose cost is not bounded by what the node holds. */
const COSTLY = new Set(['dag/import', 'pull', 'push', 'call', 'fork', 'land/tx', 'explorer'])
/** Queries: costly without the token (the owner's are bounded by the land's gas cap only). */
const QUERIES = new Set(['eval', 'render', 'state'])

/**
 * Applies the guards to a request of route `name` let in as `access`; resolves to the function
 * that ends it (the query slot given back), or throws the refusal.
 */
export async function admitLoad (guards: LoadGuards, queries: QueryLimits | undefined, name: string, access: Access, req: IncomingMessage, signal: AbortSignal): Promise<() => void> {
  // the explorer's pages only write on a form's POST
  const writes = WRITES.has(name) && (name !== 'explorer' || req.method === 'POST')
  const openQuery = QUERIES.has(name) && access === 'public'
  if ((COSTLY.has(name) && writes) || openQuery) guards.memory?.()
  if (writes && guards.disk !== undefined) {
    const declared = Number(req.headers['content-length'] ?? 0)
    await guards.disk(Number.isFinite(declared) ? declared : 0)
  }
  if (!openQuery || queries === undefined) return () => {}
  return await queries.acquire(clientOf(req), signal)
}

/** A client of the API: its remote address (every local user shares 127.0.0.1; the token lifts the limit). */
function clientOf (req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown'
}
