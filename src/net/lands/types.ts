/** The public shapes of a land's consensus (protocols/lands.md): what createLand takes and gives. */
import type { GossipSub } from '@libp2p/gossipsub'
import type { Libp2p, Logger, PrivateKey } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import type { Certificate, Genesis, LandReceipt, StateDifference } from '../../store/lands/index.ts'
import type { BlockApi } from '../index.ts'
import type { LandExecutor } from './executor.ts'

/** The land's records (the executor's storage): net reads and writes only keys under `log/`. */
export interface LandRecords {
  get: (key: string) => Promise<Uint8Array | undefined>
  batch: (ops: Array<{ key: string, value: Uint8Array | null }>) => Promise<void>
  keys: (prefix: string) => AsyncIterable<string>
}

export interface MempoolOptions {
  /** most pending txs (default 20,000) */
  maxTxs?: number
  /** most bytes of pending txs (default 64 MiB) */
  maxBytes?: number
  /** a tx pending longer than this is dropped (default 120 s) */
  ttlMs?: number
}

export interface LandInit {
  genesis: Genesis
  genesisCid: CID
  /** node identity; a validator iff its peer id is in genesis.validators */
  privateKey: PrivateKey
  libp2p: Libp2p<{ pubsub: GossipSub }>
  executor: LandExecutor
  /** the same land storage as the executor's, to read the `log/…` records on restart */
  records: LandRecords
  /** to put blocks and certificates as IPLD blocks (served by bitswap) */
  blocks?: Pick<BlockApi, 'put'>
  /** a block of the node's own store, never fetched (served to peers' state sync: `state` requests of sync.md) */
  localBlock?: (cid: CID) => Promise<Uint8Array | undefined>
  log?: Logger
  now?: () => number
  mempool?: MempoolOptions
  /** called after each final height is committed, with its finality certificate (e.g. to publish the head, protocols/heads.md) */
  onFinal?: (cert: Certificate) => void
  /** a node further behind than this many heights adopts the certified state instead of replaying (default 256) */
  stateSyncGap?: number
}

export type FinalReceipt = LandReceipt & { height: number, block: string, stateRoot: string }

export interface ValidatorStatus {
  id: string
  /** the last final height this node saw the validator vote for */
  height?: number
  connected: boolean
}

export interface LandStatus {
  land: string
  /** the genesis CID: the land identity */
  genesis: string
  /** the height being decided (finalHeight + 1) */
  height: number
  finalHeight: number
  /** the final land state root ('' at height 0 until the genesis state is computed: it is, lazily, when needed) */
  stateRoot: string
  view: number
  /** the peer id of the sequencer of `view` */
  sequencer: string
  validator: boolean
  validators: ValidatorStatus[]
  mempool: { txs: number, bytes: number }
  /**
   * this node's state root differs from a certificate's: it stopped executing the land and serves
   * reads at its last agreed height; `first` is the first service (or record) that differs, once found
   */
  divergence?: { height: number, ours: string, theirs: string, first?: StateDifference }
  /** the height whose certified state this node adopted (state sync) */
  syncedFrom?: number
  /** equivocations seen: the view whose sequencer signed two blocks */
  equivocations: Array<{ height: number, view: number, validator: string }>
  /** gossip messages this node rejected, by code (the sender's peer score was penalised) */
  rejections: Record<string, number>
}

export interface LandBlockSummary {
  height: number
  cid: string
  view: number
  timeMs: number
  txs: string[]
  stateRoot: string
  receiptsRoot: string
  /** peer ids of the certificate's signers */
  attestations: string[]
}

export interface Land {
  land: string
  genesisCid: CID
  start: () => Promise<void>
  stop: () => Promise<void>
  /** admit a signed tx of any kind: decode, verify, nonce window, mempool, gossip; its CID */
  submit: (bytes: Uint8Array, opts?: { signal?: AbortSignal }) => Promise<{ cid: CID }>
  /** the receipt once the tx is final (LandError ERR_LAND_TX_DROPPED if it was evicted; rejects on abort) */
  waitFinal: (txCid: CID, opts?: { signal?: AbortSignal }) => Promise<FinalReceipt>
  status: () => LandStatus
  blocks: (from: number, limit: number) => Promise<LandBlockSummary[]>
}
