// Keeps the DHT routing table filled in small and young networks.
//
// kad-dht fills its table from peers it connects to and runs its self-query on a timer (first
// after `initialQuerySelfInterval`, then every 5 min). With `allowQueryWithZeroPeers` (needed so a
// lone node does not hang), that first self-query may run before the bootstrap connection is up
// and find nothing, leaving the node knowing only its bootstrap peer for minutes. So: whenever a
// new peer connects while our table is small, look ourselves up (debounced, one at a time); the
// lookup dials the peers closest to us, and kad-dht adds them to the table.
import { setMaxListeners } from 'node:events'
import type { Logger } from '@libp2p/interface'
import type { AmigoLibp2p } from './libp2p.ts'
import { DHT_PROTOCOL } from './constants.ts'

const DEBOUNCE_MS = 100
const MIN_GAP_MS = 1000
/** A lookup that did not grow the table doubles the gap before the next one, up to this. In a
 *  network smaller than SMALL_TABLE the table never reaches it: without the back-off every node
 *  looked itself up whenever any peer (re)connected or re-identified, for ever. */
const MAX_GAP_MS = 5 * 60 * 1000
const SMALL_TABLE = 20
const LOOKUP_TIMEOUT_MS = 5000

export function startWarmup (libp2p: AmigoLibp2p, log: Logger): () => void {
  let timer: NodeJS.Timeout | undefined
  let running = false
  let last = 0
  let gap = MIN_GAP_MS
  const stopped = new AbortController()

  // kad-dht's routing table is not part of its public API: the peers we know to speak our DHT
  // protocol are what fills it, and are what a lookup can grow
  const tableSize = async (): Promise<number> => (await libp2p.peerStore.all({ filters: [p => p.protocols.includes(DHT_PROTOCOL)] })).length

  const lookup = async (): Promise<void> => {
    if (running || stopped.signal.aborted) return
    running = true
    last = Date.now()
    try {
      const signal = AbortSignal.any([stopped.signal, AbortSignal.timeout(LOOKUP_TIMEOUT_MS)])
      setMaxListeners(Infinity, signal) // libp2p hangs one listener per peer it stores
      let found = 0
      const before = await tableSize()
      for await (const _ of libp2p.peerRouting.getClosestPeers(libp2p.peerId.toMultihash().bytes, { signal })) found++
      const after = await tableSize()
      gap = after > before ? MIN_GAP_MS : Math.min(MAX_GAP_MS, gap * 2)
      log('self lookup found %d peers; %d known DHT peers', found, after)
    } catch (err: any) {
      if (!stopped.signal.aborted) log('self lookup failed - %s', err?.message)
    } finally {
      running = false
    }
  }

  const schedule = (): void => {
    clearTimeout(timer)
    const wait = Math.max(DEBOUNCE_MS, last + gap - Date.now())
    timer = setTimeout(() => { void lookup() }, wait)
    timer.unref()
  }

  const onConnect = (): void => {
    if (stopped.signal.aborted) return
    void tableSize().then(n => { if (n < SMALL_TABLE && !stopped.signal.aborted) schedule() }, () => {})
  }

  libp2p.addEventListener('peer:identify', onConnect)
  return () => {
    stopped.abort()
    clearTimeout(timer)
    libp2p.removeEventListener('peer:identify', onConnect)
  }
}
