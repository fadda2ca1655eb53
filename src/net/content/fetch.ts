// One block by CID from peers (protocols/content.md, "Fetching"): ask in waves, hedge slow waves,
// skip bad peers and peers that said DONT_HAVE, and hand back bytes that hash to the CID.
import { setMaxListeners } from 'node:events'
import type { Logger, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import { HashMismatchError, NotFoundError, verifyBlock } from '../../store/index.ts'
import type { BadPeers } from './bad-peers.ts'
import type { Exchange } from './exchange.ts'
import type { Session } from './session.ts'

/** How long one peer gets to answer one want before we ask another. */
const PEER_TIMEOUT_MS = 4000
/** How many peers are asked for a block at once (after the peers that served the fetch so far). */
const WAVE = 3
/** How long a wave may go unanswered before the next wave is asked as well... */
const HEDGE_MS = 300
/** ...or, when the one peer asked is the one that served this fetch so far, this long. */
const PREFERRED_HEDGE_MS = 1500
/** A peer that said it does not have a block is not asked for it again for this long. */
const DONT_HAVE_MS = 60_000

export class BlockFetcher {
  /** (peer, CID) pairs answered DONT_HAVE, and when */
  private readonly dontHave = new Map<string, number>()
  private readonly inflight = new Map<string, Promise<Uint8Array>>()
  private lastPrune = 0

  constructor (
    private readonly exchange: () => Exchange | undefined,
    private readonly bad: BadPeers,
    private readonly log: Logger
  ) {}

  /** One block from the network (one fetch per CID at a time, whoever asks). */
  async fetch (cid: CID, session: Session): Promise<Uint8Array> {
    const key = cid.toString()
    let p = this.inflight.get(key)
    if (p == null) {
      p = this.fetchOnce(cid, session).finally(() => { this.inflight.delete(key) })
      this.inflight.set(key, p)
    }
    return p
  }

  /**
   * Ask peers a wave at a time: the peer that served this fetch so far alone, or WAVE candidates.
   * A wave that has not answered after a hedge delay does not hold up the next one, and a provider
   * found meanwhile is asked at once.
   */
  private async fetchOnce (cid: CID, session: Session): Promise<Uint8Array> {
    const signal = session.signal
    const exchange = this.exchange()
    if (exchange == null) throw new NotFoundError(`block ${cid.toString()} is not in the local store (offline)`)
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
      void this.request(exchange, peer, cid, requests).then(bytes => {
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
    if (session.preferred().length === 0) session.wantProviders()
    try {
      while (got == null && !signal.aborted) {
        const candidates = session.candidates().filter(p => !asked.has(p.toString()) && !this.bad.has(cid, p) && !this.saidDontHave(p, cid))
        let hedge = HEDGE_MS
        if (candidates.length > 0) {
          const preferred = session.preferred().filter(p => candidates.some(c => c.equals(p)))
          const wave = preferred.length > 0 ? preferred.slice(0, 1) : candidates.slice(0, WAVE)
          if (preferred.length > 0) hedge = PREFERRED_HEDGE_MS
          for (const p of wave) ask(p)
        } else if (inFlight === 0) {
          session.wantProviders()
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
      session.served(got.peer)
      return got.bytes
    }
    if (mismatches > 0 || this.bad.for(cid).length > 0) {
      throw new HashMismatchError(`block ${cid.toString()}: peers ${this.bad.for(cid).join(', ')} sent bytes that do not hash to it, and no other peer sent it in time`)
    }
    throw new NotFoundError(`block ${cid.toString()} was not found in time`)
  }

  /** Ask one peer. Resolves the verified bytes, or undefined if the peer did not send them. */
  private async request (exchange: Exchange, peer: PeerId, cid: CID, signal: AbortSignal): Promise<Uint8Array | undefined> {
    const ask = AbortSignal.any([signal, AbortSignal.timeout(PEER_TIMEOUT_MS)])
    let answer
    try {
      answer = await exchange.want(peer, cid, ask)
    } catch (err) {
      if (err instanceof HashMismatchError) {
        this.bad.add(cid, peer)
        this.log.error('%p sent wrong bytes for %c; not asking it again - %s', peer, cid, err.message)
      }
      throw err
    }
    if ('dontHave' in answer) {
      this.prune()
      this.dontHave.set(`${peer.toString()} ${cid.toString()}`, Date.now())
      return undefined
    }
    if (!('block' in answer)) return undefined
    // the exchange matched the bytes to the CID by hashing them; checked once more, with size
    await verifyBlock(cid, answer.block)
    return answer.block
  }

  private saidDontHave (peer: PeerId, cid: CID): boolean {
    const key = `${peer.toString()} ${cid.toString()}`
    const at = this.dontHave.get(key)
    if (at == null) return false
    if (Date.now() - at < DONT_HAVE_MS) return true
    this.dontHave.delete(key)
    return false
  }

  /** Forget DONT_HAVE answers once they no longer matter (at most every 10 s). */
  private prune (): void {
    const now = Date.now()
    if (now - this.lastPrune < 10_000) return
    this.lastPrune = now
    for (const [k, at] of this.dontHave) if (now - at > DONT_HAVE_MS) this.dontHave.delete(k)
  }
}
