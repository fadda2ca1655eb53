/**
 * What the HTTP API needs of the node's services: the VM for queries, and the admission of signed
 * calls and signed pushes (signatures, nonces), which the node implements (src/node/services.ts).
 */
import type { CID } from 'multiformats/cid'
import type { VM, PackageFile, PushResult, Receipt, DepsResult } from '../vm/types.ts'
import type { LandReceipt } from '../store/lands/types.ts'
import type { LandStatus, LandBlockSummary as LandBlockInfo } from '../net/index.ts'

/** A push as the API receives it: the VM's request plus the deployer's signature. */
export interface SignedPush {
  path: string
  files: PackageFile[]
  /** the deployer's address (`12D3KooW…`) */
  deployer: string
  /** Ed25519 signature of the push (src/node/push-signature.ts) */
  signature: Uint8Array
  version?: string
  gas?: number
}

/** A call's receipt with what the node learnt admitting it. */
export interface CallReceipt extends Receipt {
  /** CID of the signed call block */
  callCid: string
  /** the signer's address */
  caller: string
  nonce: number
  path: string
  func: string
}

export interface ServiceHost {
  /** the land whose calls this node admits (`local.land`) */
  land: string
  /** the land's gas cap: calls, pushes and queries run with at most this much gas */
  maxGas: number
  /** queries (eval, render, state, history, deps, info, list) go to the VM directly */
  vm: VM
  /** verifies the push signature, then deploys */
  push: (push: SignedPush) => Promise<PushResult>
  /** admits a signed call block (verifyCall + persistent nonces), then runs it */
  call: (bytes: Uint8Array) => Promise<CallReceipt>
  /** the caller's last admitted nonce on this land (undefined: none yet) */
  lastNonce: (address: string) => Promise<number | undefined>
  /** fork SRC DST, in the same order as calls */
  fork: (src: string, dst: string, at?: number) => Promise<{ head: string, stateRoot: string }>
  /** checks and adds a package whose blocks are in the store (fetched by `pull`) */
  addFetched: (cid: CID) => Promise<DepsResult>
}

/** The consensus' view of a network land (`GET /api/v1/lands/LAND/status`) and one final block of its log: net's own shapes. */
export type { LandStatus, LandBlockSummary as LandBlockInfo, ResolvedLand } from '../net/index.ts'

/** The receipt of a final transaction of a network land (protocols/lands.md, Receipts). */
export interface LandTxReceipt extends LandReceipt {
  land: string
  /** the final block holding it */
  height: number
  block: string
  /** the land state root after that block */
  stateRoot: string
  /** ms from admission by this node to finality (only when this request waited for it) */
  latencyMs?: number
}

/** A decoded, signature-checked transaction of a network land. */
export type LandTxInfo =
  | { kind: 'call', signer: string, nonce: number, service: string, func: string }
  | { kind: 'push', signer: string, nonce: number, path: string }
  | { kind: 'fork', signer: string, nonce: number, src: string, dst: string }

/** The read-only part of a VM, as every land serves it. */
export type VMReads = Pick<VM, 'eval' | 'render' | 'getObject' | 'history' | 'deps' | 'info' | 'list'>

/**
 * A network land this node replicates (src/node/land-host.ts): reads answer from the last final
 * state; everything that changes state is a signed transaction submitted to the land's consensus.
 */
export interface LandHost {
  land: string
  maxGas: number
  /** queries at the last final height */
  reads: VMReads
  /** the last final height (the one reads answer from) */
  finalHeight: () => number
  /** the signer's last nonce: the final one, or the highest this node admitted since */
  lastNonce: (address: string) => Promise<number | undefined>
  /** what a signed transaction is (ERR_LAND_BAD_TX… when it is none) */
  inspect: (bytes: Uint8Array) => Promise<LandTxInfo>
  /** admits it into the mempool (gossiped to the land) and returns its CID */
  submit: (bytes: Uint8Array, opts?: { signal?: AbortSignal }) => Promise<{ tx: string }>
  /** submits and waits until it is final */
  execute: (bytes: Uint8Array, opts?: { signal?: AbortSignal }) => Promise<LandTxReceipt>
  /** the receipt of a final transaction (undefined: not final here, or unknown) */
  receipt: (tx: string) => Promise<LandTxReceipt | undefined>
  /** waits for a transaction this node may not have seen yet to become final */
  waitReceipt: (tx: string, opts?: { signal?: AbortSignal }) => Promise<LandTxReceipt>
  status: () => LandStatus
  blocks: (from: number, limit: number) => Promise<LandBlockInfo[]>
}

/** The network lands of a node, by name. */
export interface LandHosts {
  get: (land: string) => LandHost | undefined
  all: () => LandHost[]
}
