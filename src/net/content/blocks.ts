// Content by CID: local blocks, fetching from peers over bitswap with our own hash check and a
// bad-peer list, providing in the DHT, DAG fetch, CAR.
//
// Bitswap computes a received block's CID from its bytes, so bytes that do not hash to the CID
// we want never satisfy the want on their own. What bitswap does not do is tell us *who* sent
// them or stop asking that peer. So we ask peers one by one (`wantSessionBlock`: a want-block to
// one peer, answered by the block or DONT_HAVE) and watch every received block: a block from a
// peer we are waiting on that answers none of our requests to it is that peer sending wrong bytes
// for what we asked; the peer goes on the bad-peer list for those CIDs and is not asked again.
import { setMaxListeners } from 'node:events'
import type { Logger, PeerId } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import { LevelBlockstore } from 'blockstore-level'
import { CID } from 'multiformats/cid'
import {
  HashMismatchError, NotFoundError, blockLinks, exportCar, importCar, makeCid, parseCid, readBlock, verifyBlock
} from '../../store/index.ts'
import type { CodecName, ImportResult } from '../../store/index.ts'
import type { AmigoLibp2p } from '../libp2p.ts'
import type { BlockApi, SignalOptions } from '../index.ts'
import { BadPeers } from './bad-peers.ts'
import type { BitswapHandle } from './bitswap.ts'

/** How long one peer gets to answer one want before we ask another. */
const PEER_TIMEOUT_MS = 4000
/** How many peers are asked for a block at once (after the peers that served the DAG so far). */
const WAVE = 3
/** How long a wave may go unanswered before the next wave is asked as well... */
const HEDGE_MS = 300
/** ...or, when the one peer asked is the one that served this fetch so far, this long. */
const PREFERRED_HEDGE_MS = 1500
/** Parallel block requests in a DAG fetch. */
const DAG_CONCURRENCY = 16
/** A late answer to a request we gave up on is not mistaken for wrong bytes for this long. */
const RECENT_MS = 30_000
/** A peer that said it does not have a block is not asked for it again for this long. */
const DONT_HAVE_MS = 60_000
const DEFAULT_TIMEOUT_MS = 30_000

interface Outstanding { cid: CID, fail: (err: Error) => void }
/** a peer's answer to a want, as @helia/bitswap's want list reports it */
interface Presence { sender: PeerId, cid: CID, has: boolean, block?: Uint8Array }

export interface ContentInit {
  libp2p: AmigoLibp2p
  blockstore: Blockstore
  bitswap?: BitswapHandle
  log: Logger
}

export class Content implements BlockApi {
  readonly bad = new BadPeers()
  private readonly libp2p: AmigoLibp2p
  private readonly blockstore: Blockstore
  private bitswap?: BitswapHandle
  private readonly log: Logger
  private readonly outstanding = new Map<string, Map<string, Outstanding>>()
  private readonly recent = new Map<string, Map<string, number>>()
  /** (peer, block) pairs answered DONT_HAVE. Bitswap peers keep our want after saying so and push
   *  the block when they get it, but never answer the same want again: re-asking would only wait. */
  private readonly dontHave = new Map<string, Map<string, number>>()
  private readonly inflight = new Map<string, Promise<Uint8Array>>()
  private readonly onBlock: (evt: Event) => void
  private lastPrune = 0

  constructor (init: ContentInit) {
    this.libp2p = init.libp2p
    this.blockstore = init.blockstore
    this.bitswap = init.bitswap
    this.log = init.log
    this.onBlock = (evt) => { this.checkReceived((evt as CustomEvent).detail) }
    if (init.bitswap != null) this.attach(init.bitswap)
  }

  /** Fetch through this bitswap from now on (the network attaches it on start). */
  attach (bitswap: BitswapHandle): void {
    this.detach()
    this.bitswap = bitswap
    bitswap.wantList.addEventListener('block', this.onBlock)
  }

  /** Back to local-only (on stop): pending fetches fail. */
  detach (): void {
    this.bitswap?.wantList.removeEventListener('block', this.onBlock)
    this.bitswap = undefined
    for (const outs of this.outstanding.values()) for (const o of outs.values()) o.fail(new NotFoundError('network stopped'))
  }

  async put (bytes: Uint8Array, codec: CodecName): Promise<CID> {
    const cid = await makeCid(bytes, codec)
    await this.store(cid, bytes)
    return cid
  }

  async has (cid: CID): Promise<boolean> {
    return this.blockstore.has(parseCid(cid))
  }

  async count (): Promise<number> {
    let n = 0
    // LevelDB can list keys alone; any other blockstore yields every block's bytes
    const keys = this.blockstore instanceof LevelBlockstore ? this.blockstore.db.keys() : this.blockstore.getAll()
    for await (const _ of keys) n++
    return n
  }

  async provide (cid: CID, options: SignalOptions = {}): Promise<void> {
    const c = parseCid(cid)
    if (!(await this.blockstore.has(c))) throw new NotFoundError(`cannot provide ${c.toString()}: not in the local store`)
    if (this.bitswap == null) return
    const signal = options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS)
    setMaxListeners(Infinity, signal)
    await this.libp2p.contentRouting.provide(c, { signal })
  }

  async get (cid: CID, options: SignalOptions = {}): Promise<Uint8Array> {
    const c = parseCid(cid)
    const signal = options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS)
    if (await this.blockstore.has(c)) return readBlock(this.blockstore, c, signal)
    const session = new Session(this, c, signal)
    try {
      return await this.fetchBlock(c, session)
    } finally {
      session.close()
    }
  }

  async fetchDag (root: CID, options: SignalOptions = {}): Promise<{ blocks: number, fetched: number }> {
    const r = parseCid(root)
    const signal = options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS)
    const session = new Session(this, r, signal)
    const seen = new Set<string>([r.toString()])
    const queue: CID[] = [r]
    let blocks = 0
    let fetched = 0
    let failure: unknown
    let active = 0
    // workers sleep on `changed` while the queue is empty but blocks are still being fetched
    let wake: () => void = () => {}
    let changed = new Promise<void>(resolve => { wake = resolve })
    const notify = (): void => { wake(); changed = new Promise<void>(resolve => { wake = resolve }) }
    const worker = async (): Promise<void> => {
      while (failure == null) {
        const cid = queue.shift()
        if (cid == null) {
          if (active === 0) return
          await changed
          continue
        }
        active++
        try {
          let bytes: Uint8Array
          if (await this.blockstore.has(cid)) {
            bytes = await readBlock(this.blockstore, cid, signal)
          } else {
            bytes = await this.fetchBlock(cid, session)
            fetched++
          }
          blocks++
          for (const link of blockLinks(cid, bytes)) {
            const key = link.toString()
            if (!seen.has(key)) { seen.add(key); queue.push(parseCid(link)) }
          }
        } catch (err) {
          failure ??= err
        } finally {
          active--
          notify()
        }
      }
    }
    try {
      await Promise.all(Array.from({ length: DAG_CONCURRENCY }, async () => worker()))
    } finally {
      session.close()
    }
    if (failure != null) throw failure
    return { blocks, fetched }
  }

  exportCar (root: CID, options: SignalOptions = {}): AsyncIterable<Uint8Array> {
    const r = parseCid(root)
    const self = this
    return (async function * () {
      await self.fetchDag(r, options)
      yield * exportCar(self.blockstore, r, options.signal)
    })()
  }

  async importCar (source: AsyncIterable<Uint8Array> | Uint8Array, options: SignalOptions = {}): Promise<ImportResult> {
    const result = await importCar(this.blockstore, source, options.signal)
    return result
  }

  badPeers (cid: CID): string[] {
    return this.bad.for(parseCid(cid))
  }

  /** Store a verified block and tell bitswap peers that want it. */
  async store (cid: CID, bytes: Uint8Array): Promise<void> {
    await verifyBlock(cid, bytes)
    await this.blockstore.put(cid, bytes)
    await this.bitswap?.notify(cid).catch(err => { this.log.error('bitswap notify failed - %e', err) })
  }

  /** One block from the network, asking preferred peers, then connected peers, then providers. */
  async fetchBlock (cid: CID, session: Session): Promise<Uint8Array> {
    const key = cid.toString()
    let p = this.inflight.get(key)
    if (p == null) {
      p = this.fetchBlockOnce(cid, session).finally(() => { this.inflight.delete(key) })
      this.inflight.set(key, p)
    }
    return p
  }

  /**
   * Ask peers for one block, a wave at a time: the peer that served this fetch so far alone, or
   * WAVE peers (providers first, then connected bitswap peers). A wave that has not answered after
   * a hedge delay does not hold up the next one: a peer that never answers (busy, or holding our
   * want without a DONT_HAVE) used to stall a fetch for PEER_TIMEOUT_MS per wave; and a provider
   * found in the DHT meanwhile is asked at once.
   */
  private async fetchBlockOnce (cid: CID, session: Session): Promise<Uint8Array> {
    const signal = session.signal
    if (this.bitswap == null) throw new NotFoundError(`block ${cid.toString()} is not in the local store (offline)`)
    const asked = new Set<string>()
    let mismatches = 0
    let got: { peer: PeerId, bytes: Uint8Array } | undefined
    let inFlight = 0
    const ctrl = new AbortController()
    const requests = AbortSignal.any([signal, ctrl.signal])
    setMaxListeners(Infinity, requests)
    // woken whenever a request settles
    let wake: () => void = () => {}
    let settled = new Promise<void>(resolve => { wake = resolve })
    const ask = (peer: PeerId): void => {
      asked.add(peer.toString())
      inFlight++
      void this.requestFrom(peer, cid, requests).then(bytes => {
        if (bytes != null) got ??= { peer, bytes }
      }, err => {
        if (err instanceof HashMismatchError) mismatches++
      }).finally(() => {
        inFlight--
        const w = wake
        settled = new Promise<void>(resolve => { wake = resolve })
        w()
      })
    }
    // first block of a fetch: look for providers while the connected peers are asked
    if (session.preferred().length === 0) session.wantProviders(cid)
    try {
      while (got == null && !signal.aborted) {
        if (await this.blockstore.has(cid)) return await readBlock(this.blockstore, cid, signal)
        const candidates = session.candidates().filter(p => !asked.has(p.toString()) && !this.bad.has(cid, p) && !this.saidDontHave(p, cid))
        let hedge = HEDGE_MS
        if (candidates.length > 0) {
          const preferred = session.preferred().filter(p => candidates.some(c => c.equals(p)))
          const wave = preferred.length > 0 ? preferred.slice(0, 1) : candidates.slice(0, WAVE)
          if (preferred.length > 0) hedge = PREFERRED_HEDGE_MS
          this.log('asking %s of %d candidates for %c (bitswap peers %d, providers/served %d)', wave.map(String).join(','), candidates.length, cid, this.bitswapPeers().length, session.candidates().length)
          for (const p of wave) ask(p)
        } else if (inFlight === 0) {
          session.wantProviders(cid)
          // nobody left to ask right now: wait for providers to turn up, then ask everyone again
          const more = await session.waitForPeers(250)
          if (!more) asked.clear()
          continue
        }
        // an answer, a new provider, or the hedge delay: whichever comes first
        await session.waitForPeers(hedge, settled)
      }
    } finally {
      ctrl.abort()
    }
    if (got != null) {
      this.log.trace('got %c from %p', cid, got.peer)
      await this.store(cid, got.bytes)
      session.served(got.peer)
      return got.bytes
    }
    if (mismatches > 0 || this.bad.for(cid).length > 0) {
      throw new HashMismatchError(`block ${cid.toString()}: peers ${this.bad.for(cid).join(', ')} sent bytes that do not hash to it, and no other peer sent it in time`)
    }
    throw new NotFoundError(`block ${cid.toString()} was not found in time`)
  }

  /** Ask one peer for one block. Resolves the verified bytes, or undefined if the peer does not have it. */
  private async requestFrom (peer: PeerId, cid: CID, signal: AbortSignal): Promise<Uint8Array | undefined> {
    // bitswap reports a failed send (e.g. the stream closed under it) only as a progress event
    // and then waits for an answer that cannot come: resend at once instead of timing out
    for (let attempt = 0; ; attempt++) {
      const res = await this.requestOnce(peer, cid, signal)
      if (res !== 'send-failed') return res
      if (attempt >= 2 || signal.aborted) return undefined
    }
  }

  private async requestOnce (peer: PeerId, cid: CID, signal: AbortSignal): Promise<Uint8Array | undefined | 'send-failed'> {
    const wantList = this.bitswap!.wantList
    const peerKey = peer.toString()
    const digest = digestKey(cid)
    let outs = this.outstanding.get(peerKey)
    if (outs == null) { outs = new Map(); this.outstanding.set(peerKey, outs) }
    let fail!: (err: Error) => void
    const failed = new Promise<never>((_resolve, reject) => { fail = reject })
    failed.catch(() => {})
    outs.set(digest, { cid, fail })
    const done = new AbortController()
    const ask = AbortSignal.any([signal, AbortSignal.timeout(PEER_TIMEOUT_MS), done.signal])
    setMaxListeners(Infinity, ask)
    let sendFailed = false
    const onProgress = (evt: { type: string }): void => {
      if (evt.type === 'bitswap:send-wantlist:error') { sendFailed = true; fail(new Error('send failed')) }
    }
    // @helia/bitswap's wantSessionBlock starts listening for the peer's answer only once the want
    // has been sent (its stream closed): an answer that arrives before that — a quick DONT_HAVE
    // or block from a peer on the same host — was missed, and the request waited PEER_TIMEOUT_MS.
    // So listen from before the send.
    let onPresence: ((evt: Event) => void) | undefined
    const presence = new Promise<Presence>(resolve => {
      onPresence = (evt) => {
        const d = (evt as CustomEvent<Presence>).detail
        if (d.sender.equals(peer) && equalBytes(d.cid.multihash.digest, cid.multihash.digest)) resolve(d)
      }
      wantList.addEventListener('presence', onPresence)
    })
    try {
      const sent = wantList.wantSessionBlock(cid, peer, { signal: ask, onProgress } as any)
      sent.catch(() => {})
      const res = await Promise.race([sent, presence, failed])
      this.log.trace('answer from %p for %c: has %s', peer, cid, res.has)
      if (!res.has || res.block == null) {
        this.prune()
        let map = this.dontHave.get(peerKey)
        if (map == null) { map = new Map(); this.dontHave.set(peerKey, map) }
        map.set(digest, Date.now())
        return undefined
      }
      try {
        await verifyBlock(cid, res.block)
      } catch (err) {
        if (err instanceof HashMismatchError) this.bad.add(cid, peer)
        throw err
      }
      return res.block
    } catch (err: any) {
      if (err instanceof HashMismatchError) throw err
      if (sendFailed) return 'send-failed'
      this.log('asking %p for %c failed - %s', peer, cid, err?.message)
      return undefined
    } finally {
      done.abort()
      wantList.removeEventListener('presence', onPresence!)
      outs.delete(digest)
      if (outs.size === 0) this.outstanding.delete(peerKey)
      this.prune()
      let recent = this.recent.get(peerKey)
      if (recent == null) { recent = new Map(); this.recent.set(peerKey, recent) }
      recent.set(digest, Date.now())
    }
  }

  /** Every block bitswap receives passes here (see the comment at the top). */
  private checkReceived (detail: { sender: PeerId, cid: CID, block?: Uint8Array }): void {
    const peerKey = detail.sender.toString()
    const digest = digestKey(detail.cid)
    const recent = this.recent.get(peerKey)
    const now = Date.now()
    if (recent != null) {
      for (const [k, t] of recent) if (now - t > RECENT_MS) recent.delete(k)
      if (recent.size === 0) this.recent.delete(peerKey)
    }
    const outs = this.outstanding.get(peerKey)
    if (outs?.has(digest) === true) return
    if (recent?.has(digest) === true || this.dontHave.get(peerKey)?.has(digest) === true || this.inflight.has(detail.cid.toString())) {
      // a late answer to a request we gave up on (the peer got the block after saying it had
      // not): its CID is computed from its bytes, so keep it; a waiting fetch finds it
      if (detail.block != null) void this.storeLate(detail.cid, detail.block)
      return
    }
    if (outs == null || outs.size === 0) return
    // bytes from this peer that answer none of our requests to it: wrong bytes for what we asked
    for (const o of outs.values()) {
      if (o.cid.code !== detail.cid.code) continue
      this.bad.add(o.cid, detail.sender)
      this.log.error('%p sent bytes for %c that hash to %c; not asking it again', detail.sender, o.cid, detail.cid)
      o.fail(new HashMismatchError(`peer ${peerKey} sent bytes for ${o.cid.toString()} that hash to ${detail.cid.toString()}`))
    }
  }

  /** Forget DONT_HAVE answers and finished requests once they no longer matter (at most every 10 s). */
  private prune (): void {
    const now = Date.now()
    if (now - this.lastPrune < 10_000) return
    this.lastPrune = now
    for (const [tables, ttl] of [[this.dontHave, DONT_HAVE_MS], [this.recent, RECENT_MS]] as const) {
      for (const [peer, map] of tables) {
        for (const [k, at] of map) if (now - at > ttl) map.delete(k)
        if (map.size === 0) tables.delete(peer)
      }
    }
  }

  private saidDontHave (peer: PeerId, cid: CID): boolean {
    const map = this.dontHave.get(peer.toString())
    if (map == null) return false
    const digest = digestKey(cid)
    const at = map.get(digest)
    if (at == null) return false
    if (Date.now() - at < DONT_HAVE_MS) return true
    map.delete(digest)
    return false
  }

  private async storeLate (cid: CID, bytes: Uint8Array): Promise<void> {
    try {
      const wanted = parseCid(CID.createV1(cid.code, cid.multihash))
      if (!(await this.blockstore.has(wanted))) await this.store(wanted, bytes)
    } catch (err: any) {
      this.log('dropping late block %c - %s', cid, err?.message)
    }
  }

  /** Connected peers that speak bitswap, as bitswap's own topology tracks them (no peer store reads: those queue behind every peer store write). */
  bitswapPeers (): PeerId[] {
    return this.bitswap == null ? [] : [...this.bitswap.wantList.peers.keys()]
  }

  get node (): AmigoLibp2p { return this.libp2p }
  get logger (): Logger { return this.log }
}

/**
 * The state of one fetch: which peers served it so far (asked first for the next block), and
 * providers found in the DHT for its root.
 */
class Session {
  readonly signal: AbortSignal
  private readonly content: Content
  private readonly servedBy: PeerId[] = []
  private readonly providers: PeerId[] = []
  private searching = false
  private readonly ctrl = new AbortController()
  private readonly root: CID
  /** settles (and is replaced) whenever a provider is found or the provider search ends */
  private changed: Promise<void>
  private wake: () => void = () => {}

  constructor (content: Content, root: CID, signal: AbortSignal) {
    this.content = content
    this.root = root
    this.signal = AbortSignal.any([signal, this.ctrl.signal])
    // every block of the fetch (up to DAG_CONCURRENCY at once) listens to this signal
    setMaxListeners(Infinity, this.signal, signal)
    this.changed = new Promise<void>(resolve => { this.wake = resolve })
  }

  private notify (): void {
    const w = this.wake
    this.changed = new Promise<void>(resolve => { this.wake = resolve })
    w()
  }

  close (): void { this.ctrl.abort() }

  served (peer: PeerId): void {
    if (!this.servedBy.some(p => p.equals(peer))) this.servedBy.unshift(peer)
  }

  preferred (): PeerId[] { return this.servedBy }

  candidates (): PeerId[] {
    const out: PeerId[] = [...this.servedBy]
    const add = (p: PeerId): void => { if (!out.some(q => q.equals(p))) out.push(p) }
    for (const p of this.providers) add(p)
    for (const p of this.content.bitswapPeers()) add(p)
    return out
  }

  /** Start looking for providers of the root (once per session). */
  wantProviders (_cid: CID): void {
    if (this.searching) return
    this.searching = true
    const libp2p = this.content.node
    void (async () => {
      try {
        for await (const prov of libp2p.contentRouting.findProviders(this.root, { signal: this.signal })) {
          if (prov.id.equals(libp2p.peerId)) continue
          if (this.providers.some(p => p.equals(prov.id))) continue
          try {
            await libp2p.dial(prov.multiaddrs.length > 0 ? prov.multiaddrs : prov.id, { signal: this.signal })
          } catch {
            try { await libp2p.dial(prov.id, { signal: this.signal }) } catch { continue }
          }
          this.providers.push(prov.id)
          this.content.logger('found provider %p of %c', prov.id, this.root)
          this.notify()
        }
      } catch {}
      this.searching = false
      this.notify()
    })()
  }

  /**
   * Wait until a new provider is found, `ms` pass, the fetch ends or `also` settles; true if a
   * provider was found. Any number of blocks of the fetch may wait at once.
   */
  async waitForPeers (ms: number, also?: Promise<void>): Promise<boolean> {
    const before = this.providers.length
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    await Promise.race([
      this.changed,
      ...(also != null ? [also] : []),
      new Promise<void>(resolve => {
        timer = setTimeout(resolve, ms)
        onAbort = resolve
        this.signal.addEventListener('abort', onAbort, { once: true })
      })
    ])
    clearTimeout(timer)
    this.signal.removeEventListener('abort', onAbort!)
    return this.providers.length > before
  }
}

function equalBytes (a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}

function digestKey (cid: CID): string {
  return Buffer.from(cid.multihash.digest).toString('base64')
}
