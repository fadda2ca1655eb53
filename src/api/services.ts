/**
 * What the HTTP API needs of the node's services: the VM for queries, and the admission of signed
 * calls and signed pushes (signatures, nonces), which the node implements (src/node/services.ts).
 */
import type { CID } from 'multiformats/cid'
import type { VM, PackageFile, PushResult, Receipt, DepsResult } from '../vm/types.ts'

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
