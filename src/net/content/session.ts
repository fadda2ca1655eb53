// The state of one fetch (a block or a DAG): the peers that served it so far, asked first for its
// next blocks, and the providers of its root found in the DHT.
import { setMaxListeners } from 'node:events'
import type { Libp2p, Logger, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import { dialedProviders } from './providers.ts'

export class Session {
  readonly signal: AbortSignal
  private readonly servedBy: PeerId[] = []
  private readonly providers: PeerId[] = []
  private searching = false
  private readonly ctrl = new AbortController()
  /** settles (and is replaced) whenever a provider is found or the provider search ends */
  private changed!: Promise<void>
  private wake: () => void = () => {}

  constructor (
    private readonly libp2p: Libp2p<any>,
    private readonly connected: () => PeerId[],
    private readonly root: CID,
    signal: AbortSignal,
    private readonly log: Logger
  ) {
    this.signal = AbortSignal.any([signal, this.ctrl.signal])
    // every block of the fetch (up to the DAG concurrency at once) listens to this signal
    setMaxListeners(Infinity, this.signal, signal)
    this.renew()
  }

  private renew (): void { this.changed = new Promise<void>(resolve => { this.wake = resolve }) }

  private notify (): void {
    const w = this.wake
    this.renew()
    w()
  }

  close (): void { this.ctrl.abort() }

  served (peer: PeerId): void {
    if (!this.servedBy.some(p => p.equals(peer))) this.servedBy.unshift(peer)
  }

  preferred (): PeerId[] { return this.servedBy }

  /** Peers to ask: those that served this fetch, then providers, then connected Bitswap peers. */
  candidates (): PeerId[] {
    const out: PeerId[] = [...this.servedBy]
    const add = (p: PeerId): void => { if (!out.some(q => q.equals(p))) out.push(p) }
    for (const p of this.providers) add(p)
    for (const p of this.connected()) add(p)
    return out
  }

  /** Start looking for providers of the root (once at a time). */
  wantProviders (): void {
    if (this.searching || this.signal.aborted) return
    this.searching = true
    void (async () => {
      try {
        for await (const id of dialedProviders(this.libp2p, this.root, this.signal)) {
          if (this.providers.some(p => p.equals(id))) continue
          this.providers.push(id)
          this.log('found provider %p of %c', id, this.root)
          this.notify()
        }
      } catch {}
      this.searching = false
      this.notify()
    })()
  }

  /**
   * Wait until a provider is found, `ms` pass, the fetch ends or `also` settles; true if a
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
    if (onAbort != null) this.signal.removeEventListener('abort', onAbort)
    return this.providers.length > before
  }
}
