// Bitswap 1.2.0 over libp2p streams (protocols/content.md): serves the wants of connected peers
// from the blockstore, sends our wants one (peer, CID) at a time, and tells each request exactly
// what its peer answered. Because every answer is matched to the peer that sent it, a peer that
// sends wrong bytes is caught here and named (see `onBlocks`).
import type { Connection, Libp2p, Logger, PeerId, Stream } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { HashMismatchError } from '../../store/index.ts'
import { readFrames, writeFrames } from './frames.ts'
import {
  DONT_HAVE, HAVE, WANT_BLOCK, cidPrefix, decodeMessage, decodePrefix, emptyMessage, encodeMessage
} from './wire.ts'
import type { Message, WantEntry } from './wire.ts'

/** A peer's wants we hold at most. */
const MAX_LEDGER = 1024
/** Blocks per outgoing message up to this many bytes (one block always goes). */
const MAX_OUT_MESSAGE = 2 * 1024 * 1024
/** want-have of a block this small is answered with the block. */
const SMALL_BLOCK = 1024
/** A late answer to a request that ended is not mistaken for wrong bytes for this long. */
const ENDED_MS = 30_000
const SEND_TIMEOUT_MS = 10_000

/** What a peer answered to a want-block. */
export type Answer = { block: Uint8Array } | { dontHave: true } | { unreachable: true }

interface Request { cid: CID, settle: (a: Answer) => void, fail: (e: Error) => void, promise: Promise<Answer> }
interface LedgerEntry { cid: CID, wantType: number }

/** The queued part of the next message to one peer, and the stream it goes on. */
interface Outbox { pending: Message, requests: Request[], scheduled: boolean, chain: Promise<void>, stream?: Stream }

export interface ExchangeInit { libp2p: Libp2p<any>, blockstore: Blockstore, log: Logger, protocol: string }

export class Exchange {
  private readonly libp2p: Libp2p<any>
  private readonly blockstore: Blockstore
  private readonly log: Logger
  private readonly protocol: string
  /** connected peers that speak the protocol */
  private readonly online = new Map<string, PeerId>()
  private readonly outboxes = new Map<string, Outbox>()
  /** each peer's wants, by CID string */
  private readonly ledgers = new Map<string, Map<string, LedgerEntry>>()
  /** our open requests, by peer and CID string */
  private readonly open = new Map<string, Map<string, Request>>()
  /** requests that ended without a block, by peer and CID string: when they ended */
  private readonly ended = new Map<string, Map<string, number>>()
  private readonly received = new Map<string, number>()
  private topology?: string
  private running = false

  constructor (init: ExchangeInit) {
    this.libp2p = init.libp2p
    this.blockstore = init.blockstore
    this.log = init.log
    this.protocol = init.protocol
  }

  /** Registers the protocol (before libp2p starts, so identify announces it). */
  async start (): Promise<void> {
    this.running = true
    // the handler runs until the peer ends the stream: libp2p closes a stream once its handler returns
    await this.libp2p.handle(this.protocol, async (stream, connection) => { await this.onStream(stream, connection) }, {
      maxInboundStreams: 64, maxOutboundStreams: 64
    })
    this.topology = await this.libp2p.register(this.protocol, {
      onConnect: (peer) => { this.online.set(peer.toString(), peer) },
      onDisconnect: (peer) => { this.forget(peer) }
    })
  }

  async stop (): Promise<void> {
    this.running = false
    if (this.topology != null) this.libp2p.unregister(this.topology)
    await this.libp2p.unhandle(this.protocol).catch(() => {})
    for (const peer of [...this.online.values()]) this.forget(peer)
    for (const reqs of this.open.values()) for (const r of reqs.values()) r.settle({ unreachable: true })
    this.open.clear()
  }

  /** Connected peers that speak Bitswap. */
  peers (): PeerId[] { return [...this.online.values()] }

  /** How many want entries (cancels included) a peer has sent us: what it asked of this node. */
  wantsReceivedFrom (peer: PeerId): number { return this.received.get(peer.toString()) ?? 0 }

  /**
   * Ask one peer for one block (want-block, send DONT_HAVE). Resolves the block (its bytes hash to
   * `cid`), DONT_HAVE, or unreachable; rejects with HashMismatchError if the peer sent wrong bytes
   * for it. When `signal` aborts first the peer gets a cancel and the answer is unreachable.
   */
  async want (peer: PeerId, cid: CID, signal: AbortSignal): Promise<Answer> {
    const peerKey = peer.toString()
    const key = cid.toString()
    let reqs = this.open.get(peerKey)
    if (reqs == null) { reqs = new Map(); this.open.set(peerKey, reqs) }
    const existing = reqs.get(key)
    if (existing != null) return existing.promise
    let settle!: (a: Answer) => void
    let fail!: (e: Error) => void
    const promise = new Promise<Answer>((resolve, reject) => { settle = resolve; fail = reject })
    const req: Request = { cid, settle, fail, promise }
    reqs.set(key, req)
    const onAbort = (): void => { req.settle({ unreachable: true }) }
    signal.addEventListener('abort', onAbort, { once: true })
    if (signal.aborted) onAbort()
    const box = this.outbox(peerKey)
    box.pending.wantlist.entries.push({ cid: cid.bytes, priority: 1, cancel: false, wantType: WANT_BLOCK, sendDontHave: true })
    box.requests.push(req)
    this.schedule(peerKey, peer, box)
    let answer: Answer | undefined
    try {
      answer = await promise
      return answer
    } finally {
      signal.removeEventListener('abort', onAbort)
      if (this.open.get(peerKey)?.get(key) === req) {
        reqs.delete(key)
        if (reqs.size === 0) this.open.delete(peerKey)
      }
      if (answer == null || !('block' in answer)) {
        this.markEnded(peerKey, key)
        // the peer keeps a want it could not answer and would push the block later: withdraw it
        if (this.online.has(peerKey) && this.running) {
          const b = this.outbox(peerKey)
          b.pending.wantlist.entries.push({ cid: cid.bytes, priority: 1, cancel: true, wantType: WANT_BLOCK, sendDontHave: false })
          this.schedule(peerKey, peer, b)
        }
      }
    }
  }

  /** We now have `cid`: send it (or HAVE) to every peer whose wants hold it. */
  notify (cid: CID, bytes: Uint8Array): void {
    const key = cid.toString()
    for (const [peerKey, ledger] of this.ledgers) {
      const entry = ledger.get(key)
      const peer = this.online.get(peerKey)
      if (entry == null || peer == null) continue
      ledger.delete(key)
      const box = this.outbox(peerKey)
      if (entry.wantType === WANT_BLOCK || bytes.byteLength <= SMALL_BLOCK) box.pending.payload.push({ prefix: cidPrefix(cid), data: bytes })
      else box.pending.presences.push({ cid: cid.bytes, type: HAVE })
      this.schedule(peerKey, peer, box)
    }
  }

  private forget (peer: PeerId): void {
    const key = peer.toString()
    this.online.delete(key)
    this.ledgers.delete(key)
    this.received.delete(key)
    const box = this.outboxes.get(key)
    this.outboxes.delete(key)
    box?.stream?.abort(new Error('peer disconnected'))
    for (const r of box?.requests ?? []) r.settle({ unreachable: true })
    for (const r of this.open.get(key)?.values() ?? []) r.settle({ unreachable: true })
  }

  private markEnded (peerKey: string, key: string): void {
    let ended = this.ended.get(peerKey)
    if (ended == null) { ended = new Map(); this.ended.set(peerKey, ended) }
    const now = Date.now()
    ended.set(key, now)
    if (ended.size > 256) for (const [k, at] of ended) if (now - at > ENDED_MS) ended.delete(k)
  }

  // --- inbound ---

  private async onStream (stream: Stream, connection: Connection): Promise<void> {
    const peer = connection.remotePeer
    try {
      // we never write on a peer's stream: say so at once, as the protocol's senders expect
      await stream.close()
      for await (const frame of readFrames(stream)) {
        // a peer can send before our topology has seen it (identify still running)
        if (!this.online.has(peer.toString())) this.online.set(peer.toString(), peer)
        await this.onMessage(peer, decodeMessage(frame))
      }
    } catch (err: any) {
      this.log('bitswap stream from %p failed - %s', peer, err?.message)
      stream.abort(err)
    }
  }

  private async onMessage (peer: PeerId, m: Message): Promise<void> {
    if (m.wantlist.entries.length > 0 || m.wantlist.full) await this.onWants(peer, m.wantlist.entries, m.wantlist.full)
    if (m.payload.length > 0) await this.onBlocks(peer, m.payload)
    for (const p of m.presences) {
      if (p.type !== DONT_HAVE) continue
      const cid = decodeCid(p.cid)
      if (cid != null) this.open.get(peer.toString())?.get(cid.toString())?.settle({ dontHave: true })
    }
  }

  private async onWants (peer: PeerId, entries: WantEntry[], full: boolean): Promise<void> {
    const peerKey = peer.toString()
    this.received.set(peerKey, (this.received.get(peerKey) ?? 0) + entries.length)
    let ledger = this.ledgers.get(peerKey)
    if (ledger == null || full) { ledger = new Map(); this.ledgers.set(peerKey, ledger) }
    const box = this.outbox(peerKey)
    const wants: Array<{ e: WantEntry, cid: CID }> = []
    for (const e of entries) {
      const cid = decodeCid(e.cid)
      if (cid == null) continue
      if (e.cancel) ledger.delete(cid.toString())
      else wants.push({ e, cid })
    }
    // the store looks the blocks up in parallel; answers keep the wants' order
    const found = await Promise.all(wants.map(async w => this.lookup(w.cid)))
    for (let i = 0; i < wants.length; i++) {
      const { e, cid } = wants[i]
      const bytes = found[i]
      const key = cid.toString()
      if (bytes == null) {
        if (e.sendDontHave) box.pending.presences.push({ cid: e.cid, type: DONT_HAVE })
        if (ledger.size < MAX_LEDGER) ledger.set(key, { cid, wantType: e.wantType })
      } else if (e.wantType === WANT_BLOCK || bytes.byteLength <= SMALL_BLOCK) {
        ledger.delete(key)
        box.pending.payload.push({ prefix: cidPrefix(cid), data: bytes })
      } else {
        ledger.delete(key)
        box.pending.presences.push({ cid: e.cid, type: HAVE })
      }
    }
    this.schedule(peerKey, peer, box)
  }

  /** A block's bytes, or undefined when the store does not have it (or cannot read it). */
  private async lookup (cid: CID): Promise<Uint8Array | undefined> {
    try {
      const parts: Uint8Array[] = []
      for await (const part of this.blockstore.get(cid)) parts.push(part)
      return parts.length === 1 ? parts[0] : Buffer.concat(parts)
    } catch {
      return undefined
    }
  }

  /**
   * Blocks from a peer. A block is the answer to our open request to that peer for the CID its
   * bytes hash to. One that answers none of them, nor a request that recently ended, while requests
   * of the same codec are open, is wrong bytes for those: they fail with HashMismatchError.
   */
  private async onBlocks (peer: PeerId, blocks: Message['payload']): Promise<void> {
    const peerKey = peer.toString()
    for (const b of blocks) {
      let cid: CID
      try {
        const prefix = decodePrefix(b.prefix)
        if (prefix.version !== 1 || prefix.hashCode !== sha256.code) continue
        cid = CID.createV1(prefix.code, await sha256.digest(b.data))
      } catch {
        continue
      }
      const reqs = this.open.get(peerKey)
      const key = cid.toString()
      const req = reqs?.get(key)
      if (req != null) { req.settle({ block: b.data }); continue }
      if (this.ended.get(peerKey)?.has(key) === true || reqs == null) continue
      for (const r of reqs.values()) {
        if (r.cid.code !== cid.code) continue
        r.fail(new HashMismatchError(`peer ${peerKey} sent bytes for ${r.cid.toString()} that hash to ${key}`))
      }
    }
  }

  // --- outbound ---

  private outbox (peerKey: string): Outbox {
    let box = this.outboxes.get(peerKey)
    if (box == null) {
      box = { pending: emptyMessage(), requests: [], scheduled: false, chain: Promise.resolve() }
      this.outboxes.set(peerKey, box)
    }
    return box
  }

  /** Sends what is queued for a peer once the current turn of the event loop has queued all it will. */
  private schedule (peerKey: string, peer: PeerId, box: Outbox): void {
    if (box.scheduled) return
    box.scheduled = true
    setImmediate(() => {
      box.scheduled = false
      const m = box.pending
      const requests = box.requests
      box.pending = emptyMessage()
      box.requests = []
      if (m.wantlist.entries.length === 0 && m.payload.length === 0 && m.presences.length === 0) return
      box.chain = box.chain.then(async () => { await this.send(peerKey, peer, box, m, requests) })
    })
  }

  private async send (peerKey: string, peer: PeerId, box: Outbox, m: Message, requests: Request[]): Promise<void> {
    const frames = split(m).map(encodeMessage)
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!this.running || this.outboxes.get(peerKey) !== box) break
      const signal = AbortSignal.timeout(SEND_TIMEOUT_MS)
      try {
        box.stream ??= await this.libp2p.dialProtocol(peer, this.protocol, { signal })
        await writeFrames(box.stream, frames, signal)
        return
      } catch (err: any) {
        this.log('sending to %p failed (attempt %d) - %s', peer, attempt + 1, err?.message)
        box.stream?.abort(err)
        box.stream = undefined
      }
    }
    for (const r of requests) r.settle({ unreachable: true })
  }
}

/** One message's contents as messages of at most MAX_OUT_MESSAGE bytes of blocks each. */
function split (m: Message): Message[] {
  const out: Message[] = [{ wantlist: m.wantlist, payload: [], presences: m.presences }]
  let size = 0
  for (const b of m.payload) {
    let last = out[out.length - 1]
    if (size > 0 && size + b.data.byteLength > MAX_OUT_MESSAGE) {
      last = emptyMessage()
      out.push(last)
      size = 0
    }
    last.payload.push(b)
    size += b.data.byteLength
  }
  return out
}

function decodeCid (bytes: Uint8Array): CID | undefined {
  try {
    return CID.decode(bytes)
  } catch {
    return undefined
  }
}
