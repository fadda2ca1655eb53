// Providers in the DHT (libp2p content routing over the node's own kad-dht): announce that this
// node has a block, and find and dial the peers that announced one.
import { setMaxListeners } from 'node:events'
import type { Libp2p, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'

/** Announce `cid` in the DHT. */
export async function announce (libp2p: Libp2p<any>, cid: CID, signal: AbortSignal): Promise<void> {
  // kad-dht listens on the signal once per query it runs
  setMaxListeners(Infinity, signal)
  await libp2p.contentRouting.provide(cid, { signal })
}

/** Each provider of `cid` other than this node, once it is connected (providers we cannot dial are skipped). */
export async function * dialedProviders (libp2p: Libp2p<any>, cid: CID, signal: AbortSignal): AsyncGenerator<PeerId> {
  const seen = new Set<string>()
  for await (const prov of libp2p.contentRouting.findProviders(cid, { signal })) {
    const key = prov.id.toString()
    if (prov.id.equals(libp2p.peerId) || seen.has(key)) continue
    seen.add(key)
    try {
      await libp2p.dial(prov.multiaddrs.length > 0 ? prov.multiaddrs : prov.id, { signal })
    } catch {
      try { await libp2p.dial(prov.id, { signal }) } catch { continue }
    }
    yield prov.id
  }
}
