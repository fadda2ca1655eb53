/**
 * `/amigo/land/sync/1.0.0` (protocols/sync.md): one dag-cbor request per stream, answered by one
 * dag-cbor response; one protocol handler per libp2p node serves every land it replicates.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { Libp2p, Logger, PeerId, Stream } from '@libp2p/interface'
import { CID } from 'multiformats/cid'
import { LandError, isLandErrorCode, type Signed, type ViewChangeMsg } from '../../store/lands/index.ts'

export const SYNC_PROTOCOL = '/amigo/land/sync/1.0.0'
/** a `push` carries tx bodies: up to MAX_PUSH_BYTES of them */
export const MAX_PUSH_BYTES = 4 * 1024 * 1024
export const MAX_SYNC_REQUEST = MAX_PUSH_BYTES + 64 * 1024
export const MAX_SYNC_RESPONSE = 8 * 1024 * 1024
export const MAX_SYNC_BLOCKS = 64
export const MAX_SYNC_TXS = 256
export const MAX_SYNC_STATE = 64

export type SyncRequest =
  | { latest: { genesis: CID } }
  | { blocks: { genesis: CID, from: number, limit: number } }
  | { txs: { genesis: CID, cids: CID[] } }
  | { proposal: { genesis: CID, height: number, block: CID } }
  | { state: { genesis: CID, cids: CID[] } }
  | { push: { genesis: CID, txs: Uint8Array[] } }
  | { viewChanges: { genesis: CID, height: number, vcs: Array<Signed<ViewChangeMsg>> } }

/** A land's answer to a request (plain dag-cbor data, see protocols/sync.md). */
export type SyncServe = (req: SyncRequest) => Promise<Record<string, unknown>>

const servers = new WeakMap<object, Map<string, SyncServe>>()

async function readAll (stream: Stream, max: number, signal?: AbortSignal): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let size = 0
  const onAbort = (): void => { stream.abort(new Error('aborted')) }
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    for await (const chunk of stream) {
      const bytes = chunk instanceof Uint8Array ? chunk : chunk.subarray()
      size += bytes.length
      if (size > max) throw new LandError('ERR_LAND_TOO_LARGE', `a sync message over ${max} bytes`)
      parts.push(bytes)
    }
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
  signal?.throwIfAborted()
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) { out.set(p, at); at += p.length }
  return out
}

async function send (stream: Stream, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  if (!stream.send(bytes)) await stream.onDrain({ signal })
  await stream.close({ signal })
}

function genesisOf (req: unknown): string | undefined {
  if (typeof req !== 'object' || req === null) return undefined
  const body = Object.values(req)[0] as { genesis?: unknown } | undefined
  return CID.asCID(body?.genesis)?.toString()
}

/** Registers a land's server; the first one installs the protocol handler. Returns the unregister function. */
export async function serveSync (libp2p: Libp2p<any>, genesis: CID, serve: SyncServe, log: Logger): Promise<() => Promise<void>> {
  let lands = servers.get(libp2p)
  if (lands === undefined) {
    const table = new Map<string, SyncServe>()
    lands = table
    servers.set(libp2p, table)
    await libp2p.handle(SYNC_PROTOCOL, async (stream: Stream) => {
      const signal = AbortSignal.timeout(30_000)
      try {
        const req = dagCbor.decode<SyncRequest>(await readAll(stream, MAX_SYNC_REQUEST, signal))
        const server = table.get(genesisOf(req) ?? '')
        const answer = server === undefined
          ? { error: { code: 'ERR_LAND_WRONG_LAND', message: 'this node does not replicate that land' } }
          : await server(req).catch(e => ({ error: { code: isLandErrorCode((e as LandError).code) ? (e as LandError).code : 'ERR_LAND_MALFORMED', message: String((e as Error).message) } }))
        await send(stream, dagCbor.encode(answer), signal)
      } catch (e) {
        log('sync request failed - %e', e)
        stream.abort(e as Error)
      }
    }, { runOnLimitedConnection: false })
  }
  lands.set(genesis.toString(), serve)
  const table = lands
  return async () => {
    table.delete(genesis.toString())
    if (table.size === 0 && servers.get(libp2p) === table) {
      servers.delete(libp2p)
      await libp2p.unhandle(SYNC_PROTOCOL).catch(() => {})
    }
  }
}

/**
 * A peer's `{error: {code, message}}` as a LandError: its code only if it is one of ours (anything
 * else, or a malformed error, is ERR_LAND_MALFORMED), its message as plain text of bounded length.
 */
export function peerError (peer: PeerId, error: unknown): LandError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown, message?: unknown }
  const text = typeof e.message === 'string' ? e.message.slice(0, 1000) : 'no message'
  if (!isLandErrorCode(e.code)) {
    return new LandError('ERR_LAND_MALFORMED', `peer ${peer.toString()} answered with an unknown error ${JSON.stringify(String(e.code)).slice(0, 100)}: ${text}`)
  }
  return new LandError(e.code, `peer ${peer.toString()}: ${text}`)
}

/** Asks one peer; the answer's single key names its kind (`error` is thrown as a LandError). */
export async function syncRequest (libp2p: Libp2p<any>, peer: PeerId, req: SyncRequest, signal: AbortSignal): Promise<Record<string, unknown>> {
  const stream = await libp2p.dialProtocol(peer, SYNC_PROTOCOL, { signal })
  try {
    await send(stream, dagCbor.encode(req), signal)
    const answer = dagCbor.decode<Record<string, unknown>>(await readAll(stream, MAX_SYNC_RESPONSE, signal))
    if (answer.error !== undefined) throw peerError(peer, answer.error)
    return answer
  } catch (e) {
    stream.abort(e as Error)
    throw e
  }
}
