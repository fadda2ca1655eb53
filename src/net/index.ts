/**
 * The node's network: libp2p (TCP, WebSockets, noise, yamux, identify, ping, bootstrap, a private
 * kad-dht on `/amigo/kad/1.0.0`, gossipsub) with our own Bitswap 1.2.0 (content/) over the repo's
 * LevelDB stores, content by CID with hash verification, and signed name records in the DHT (see protocols/names.md).
 * `createLand` runs one replicated land on top of it (protocols/lands.md).
 *
 * @example
 * ```ts
 * import { createNetwork } from './net/index.ts'
 * import { openStores } from './store/index.ts'
 * import { generateKeyPair } from '@libp2p/crypto/keys'
 *
 * const stores = await openStores('/tmp/repo')
 * const net = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), ...stores,
 *   listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: [] })
 * await net.start()
 * const cid = await net.blocks.put(new TextEncoder().encode('hi'), 'raw')
 * await net.names.publish('hub.land/alice/blog', cid, { signal: AbortSignal.timeout(10_000) })
 * const rec = await net.names.resolve(net.peerId, 'hub.land/alice/blog', { signal: AbortSignal.timeout(5_000) })
 * await net.stop(); await stores.close()
 * ```
 */
import './polyfill.ts'
import type { ComponentLogger, Libp2p, Metrics, PeerId, PrivateKey, PublicKey } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import type { Datastore } from 'interface-datastore'
import type { CID } from 'multiformats/cid'
import type { CodecName, ImportResult } from '../store/index.ts'
import type { NameRecord } from './names/record.ts'
import type { HeadApi } from './heads/index.ts'

export { createNetwork } from './network.ts'
export { DHT_PROTOCOL, BITSWAP_PROTOCOL } from './constants.ts'
export {
  NAME_NAMESPACE, NAME_RECORD_MAX_SIZE, nameKey, parseNameKey, createNameRecord, encodeNameRecord,
  decodeNameRecord, validateNameRecord, selectNameRecord, checkName
} from './names/record.ts'
export type { NameRecord, NameRecordInit } from './names/record.ts'
export * from './errors.ts'
export {
  LAND_RECORD_MAX_SIZE, HEAD_RECORD_MAX_SIZE, landKey, headKey, createLandRecord, encodeLandRecord, encodeHeadRecord,
  decodeLandRecord, decodeHeadRecord, validateLandRecord, validateHeadRecord, headRecordOf, createGenesisCache, HEAD_PUBLISH_INTERVAL_MS
} from './heads/index.ts'
export type { LandRecord, HeadRecord, CheckedGenesis, GenesisSource, GenesisCache, HeadApi, ResolvedLand, ResolvedHead } from './heads/index.ts'
export { createLand, landTopics, fetchStateBlock, SYNC_PROTOCOL } from './lands/index.ts'
export type { Land, LandInit, LandStatus, LandBlockSummary, LandRecords, FinalReceipt, MempoolOptions, ValidatorStatus, LandExecutor } from './lands/index.ts'

/** a multiaddr as libp2p returns it */
export type Multiaddr = ReturnType<Libp2p['getMultiaddrs']>[number]

export interface NameOptions {
  /** how long a record stays valid after publishing (default 24 h) */
  validityMs?: number
  /** how long a resolver's copy stays fresh (default 60 s) */
  ttlMs?: number
  /** how often published names are re-signed and re-put (default 4 h; must be < validityMs) */
  republishMs?: number
}

export interface NetworkInit {
  /** the node's Ed25519 identity (`@libp2p/crypto/keys`) */
  privateKey: PrivateKey
  /** opened stores (see `openStores`); the network never closes them */
  blockstore: Blockstore
  datastore: Datastore
  /** multiaddrs to listen on, e.g. `/ip4/127.0.0.1/tcp/4001`, `/ip4/127.0.0.1/tcp/4002/ws` */
  listen: string[]
  /** multiaddrs with `/p2p/<peerId>` to dial at start */
  bootstrap: string[]
  /** no listening, no dialing: blocks and names stay local */
  offline?: boolean
  /** libp2p's component logger (default: `debug`, namespaces `libp2p:*` and `amigo:*`) */
  logger?: ComponentLogger
  /** a libp2p metrics factory, e.g. `prometheusMetrics()` from @libp2p/prometheus-metrics */
  metrics?: (components: any) => Metrics
  names?: NameOptions
}

export interface SignalOptions { signal?: AbortSignal }

export interface BlockApi {
  /** store bytes as a block (checks size and, for dag-cbor, that they decode); returns its CID */
  put: (bytes: Uint8Array, codec: CodecName) => Promise<CID>
  /** the block's bytes: local store first, else fetched from peers and verified (ERR_NOT_FOUND on timeout) */
  get: (cid: CID, options?: SignalOptions) => Promise<Uint8Array>
  /** whether the local store holds the block */
  has: (cid: CID) => Promise<boolean>
  /** how many blocks the local store holds */
  count: () => Promise<number>
  /** announce in the DHT that this node provides `cid` */
  provide: (cid: CID, options?: SignalOptions) => Promise<void>
  /** fetch every missing block of the DAG under `root`, verifying each; returns the number of blocks in the DAG */
  fetchDag: (root: CID, options?: SignalOptions) => Promise<{ blocks: number, fetched: number }>
  /** CARv1 bytes of the DAG under `root` (fetching missing blocks first) */
  exportCar: (root: CID, options?: SignalOptions) => AsyncIterable<Uint8Array>
  /** store a CAR file's blocks after verifying every one */
  importCar: (source: AsyncIterable<Uint8Array> | Uint8Array, options?: SignalOptions) => Promise<ImportResult>
  /** peers (ids) that sent bytes for `cid` that do not hash to it; they are not asked for it again */
  badPeers: (cid: CID) => string[]
}

export interface ResolvedName {
  /** the CID the name points to */
  value: CID
  record: NameRecord
  /** where the answer came from */
  source: 'cache' | 'local' | 'network'
}

export interface NameApi {
  /** sign a record `name → cid` with the node key (seq = previous + 1), store it and put it to the DHT */
  publish: (name: string, value: CID, options?: SignalOptions & { extra?: Record<string, unknown> }) => Promise<NameRecord>
  /**
   * the best valid record for `name` under a publisher key or peer id (ERR_NOT_FOUND if none):
   * a copy this node has answers at once (refreshed in the background once older than its ttl);
   * otherwise, or with `nocache`, the DHT is asked (protocols/names.md §6)
   */
  resolve: (publisher: PeerId | PublicKey | string, name: string, options?: SignalOptions & { nocache?: boolean }) => Promise<ResolvedName>
  /** how many name records this node holds in its DHT store (its own and other publishers') */
  held: () => Promise<number>
}

export interface PeerSummary {
  id: PeerId
  addrs: Multiaddr[]
}

export interface Network {
  peerId: PeerId
  libp2p: Libp2p<any>
  start: () => Promise<void>
  /** stop everything the network started (the stores stay open) */
  stop: () => Promise<void>
  multiaddrs: () => Multiaddr[]
  /** currently connected peers */
  peers: () => PeerSummary[]
  /**
   * Cut the node off the network (close every connection, refuse every dial and every inbound
   * connection) or join it again (and redial the peers it knew): the testnet's `disconnect`
   * perturbation, a partition of one node without touching the host's network
   */
  setDisconnected: (disconnected: boolean) => Promise<void>
  disconnected: () => boolean
  blocks: BlockApi
  names: NameApi
  /** land records and head records (protocols/heads.md) */
  heads: HeadApi
}
