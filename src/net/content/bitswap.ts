// Bitswap (@helia/bitswap) attached directly to our libp2p, without a Helia node.
//
// Why not `createHeliaLight` + `withLibp2p`: importing `helia` and `@helia/libp2p` costs seconds
// and ~70 MB RSS more than `@helia/bitswap` alone (figures in README, "Operating a node"): they
// pull libp2p's full default stack (autonat, relay, webrtc, delegated routing…), which breaks the
// "ready < 1 s, idle RSS < 120 MB" targets. `withBitswap` only needs a host object with the
// components a Helia node would give it (libp2p, blockstore, routing, logger, hasher), so we give
// it exactly those.
import { withBitswap } from '@helia/bitswap'
import type { Libp2p, PeerId, AbortOptions } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import type { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { BITSWAP_PROTOCOL } from '../constants.ts'

/** The parts of @helia/bitswap's WantList we drive (it is a public field of its Bitswap class). */
export interface WantListLike extends EventTarget {
  /** connected peers that speak bitswap (kept by bitswap's topology listener) */
  peers: { keys: () => Iterable<PeerId> }
  wantSessionBlock: (cid: CID, peer: PeerId, options?: AbortOptions) => Promise<{ sender: PeerId, cid: CID, has: boolean, block?: Uint8Array }>
}

export interface BitswapHandle {
  /** tell peers that want `cid` that we now have it */
  notify: (cid: CID) => Promise<void>
  wantList: WantListLike
  stop: () => Promise<void>
}

interface Startable { start: () => Promise<void>, stop: () => Promise<void>, bitswap: { wantList: WantListLike, notify: (cid: CID) => Promise<void> } }

export async function startBitswap (libp2p: Libp2p, blockstore: Blockstore): Promise<BitswapHandle> {
  let mixin: { start: (host: unknown) => Promise<void> } | undefined
  let broker: Startable | undefined
  const host = {
    status: 'starting',
    libp2p,
    blockstore,
    logger: libp2p.logger,
    metrics: libp2p.metrics,
    // bitswap asks routing for providers; our DHT is libp2p's content routing
    routing: {
      findProviders: (cid: CID, options?: AbortOptions) => libp2p.contentRouting.findProviders(cid, options)
    },
    getHasher: async (code: number) => {
      if (code === sha256.code) return sha256
      throw new Error(`unsupported hash 0x${code.toString(16)}`)
    },
    addMixin: (m: typeof mixin) => { mixin = m },
    hasBlockBroker: () => broker != null,
    addBlockBroker: (b: Startable) => { broker = b }
  }
  withBitswap(host as any, {
    protocols: [BITSWAP_PROTOCOL],
    maxInboundStreams: 64,
    maxOutboundStreams: 128,
    // a peer that asks again (its earlier request timed out or was cancelled) gets the block
    // again after this long, not after the default 5 s
    doNotResendBlockWindow: 250
  } as any)
  if (mixin == null) throw new Error('@helia/bitswap did not register its mixin')
  await mixin.start(host)
  const b = broker
  if (b == null) throw new Error('@helia/bitswap did not create its block broker')
  return {
    notify: async (cid) => { await b.bitswap.notify(cid) },
    wantList: b.bitswap.wantList,
    stop: async () => { await b.stop() }
  }
}
