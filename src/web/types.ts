// What the explorer reads, handed to it by the node (it changes nothing: reads only).
import type { CID } from 'multiformats/cid'
import type { VMReads, LandHosts, CallReceipt } from '../api/index.ts'
import type { VMEvent } from '../vm/index.ts'

/** Gas and events of a committed call, by its call CID (undefined: unknown here). */
export interface CallSummary { gasUsed: number, events: VMEvent[] }

/** One land the explorer shows: its reads and what it says about its height. */
export interface ExplorerLand {
  land: string
  reads: VMReads
  /** the land's last final height; undefined: local.land, whose height is that of its newest change */
  finalHeight?: () => number
  receipt: (callCid: string) => Promise<CallSummary | undefined>
}

/** Calls signed by the node for the explorer's forms (local.land only). */
export interface ExplorerCalls {
  /** the repo's keys a form can sign with */
  keys: () => Promise<Array<{ name: string, address: string }>>
  /** signs with the key's next nonce and runs the call; a refused one throws (a typed error with its code) */
  call: (key: string, path: string, func: string, args: string[]) => Promise<CallReceipt>
}

export interface ExplorerInit {
  /** local.land (the node's own services) */
  local?: ExplorerLand
  /** calls through the pages' forms (absent: the pages only read) */
  calls?: ExplorerCalls
  /** the network lands the node replicates */
  lands?: LandHosts
  /** the node's peers right now */
  peers: () => number
  /** a block of the node's blockstore (package manifests and files) */
  block: (cid: CID) => Promise<Uint8Array>
  version: string
  /** told of a page that failed for a reason of the node's own (the reader sees a plain 500) */
  onError?: (err: unknown, url: string) => void
}
