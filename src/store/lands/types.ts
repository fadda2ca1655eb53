/**
 * The shared shapes of a land (protocols/lands.md): its genesis, the transactions its blocks order,
 * and what executing a block yields. The consensus (src/net/lands) orders and certifies blocks;
 * the VM (src/vm, `createLandExecutor`) executes them; the node (src/node) wires the two.
 */
import type { CID } from 'multiformats/cid'

/** One Go source file of a genesis package. */
export interface GenesisFile { name: string, text: string }

/**
 * A land's genesis. Its CID (dag-cbor, sha2-256, of exactly these fields) is the land's identity:
 * every wire message of the land names it. On disk it is JSON (bootstrap/lands/*.json).
 */
export interface Genesis {
  format: 'amigo/genesis/1'
  /** `testnet.land`: ≥ 2 lower-case DNS labels, never `local.land` */
  land: string
  /** validator addresses (Ed25519 peer ids `12D3KooW…`), in order: view v's sequencer is validators[v % n] */
  validators: string[]
  /** the genesis time in ms since the Unix epoch (the time of height 0) */
  timeMs: number
  params: LandParams
  /** packages deployed at height 0, in order, by `deployer` GENESIS_DEPLOYER (e.g. `testnet.land/amigo/avl`) */
  packages: Array<{ path: string, files: GenesisFile[] }>
}

export interface LandParams {
  /** the sequencer closes a block at most this often while calls are pending */
  blockMs: number
  /** most transactions in one block */
  maxBlockTxs: number
  /** most bytes of transactions in one block */
  maxBlockBytes: number
  /** most gas of one transaction (a call asking more runs with this much) */
  maxTxGas: number
  /** a validator with pending work that sees no final block for this long asks for a view change */
  viewTimeoutMs: number
  /** largest allowed difference between a block's time and a replica's clock */
  maxClockSkewMs: number
  /** most bytes of state blocks one transaction may write (absent: the VM's default, protocols/gas.md) */
  maxTxWriteBytes?: number
  /** the state quota: most bytes one service's state may hold (absent: the VM's default, protocols/gas.md) */
  maxStateBytes?: number
}

/** The deployer (Caller/Origin of init) of the genesis packages. */
export const GENESIS_DEPLOYER = 'genesis'

/**
 * A transaction a block orders, as the executor receives it: its signature, land and shape were
 * checked at admission (and again by every replica when the block arrived); the executor decides
 * everything that depends on state (nonce, path taken, function exists, arguments).
 */
export type LandTx =
  | { kind: 'call', cid: CID, caller: string, nonce: number, service: string, func: string, args: string[], gas: number }
  | { kind: 'push', cid: CID, deployer: string, nonce: number, path: string, files: GenesisFile[], version?: string, gas: number }
  /** `fork SRC DST [--at N]`: DST gets SRC's code and the state of SRC's head N (the head when absent) */
  | { kind: 'fork', cid: CID, caller: string, nonce: number, src: string, dst: string, at?: number, gas: number }

/** The receipt of one transaction of a block (stored; its list's CID is the block's receipts root). */
export interface LandReceipt {
  /** CID of the transaction */
  tx: string
  ok: boolean
  results: string[]
  error?: { code: string, message: string, pos?: string }
  events: Array<{ service: string, name: string, kv: string[] }>
  gasUsed: number
  /** service path → its new head CID (empty when !ok) */
  heads: Record<string, string>
  /** for a push: the package CID */
  cid?: string
}

/** The roots a replica computes by executing a block, and which its attestation signs. */
export interface ExecutedBlock {
  height: number
  /** land state root after the block */
  stateRoot: CID
  /** CID of the block's receipts list */
  receiptsRoot: CID
  receipts: LandReceipt[]
}

/**
 * What the consensus needs of execution (implemented by src/vm's `createLandExecutor`, wired by
 * src/node; net and vm never import each other, so the contract lives here, below both). One height
 * at a time: `execute` runs a block on top of the last committed one and keeps the result pending;
 * `commit` makes it durable once final (one synced batch, with the consensus' own records); `abort`
 * forgets it (view change, another block).
 */
export interface LandExecutor {
  /**
   * the last committed (final) block: height 0 is the genesis state, whose root is undefined until
   * it is computed (`genesisRoot`, or executing height 1)
   */
  head: () => { height: number, stateRoot: CID | undefined }
  /**
   * the genesis state root, computing the genesis state (deploying its packages) the first time;
   * undefined when a later certified state was adopted before. Absent: `head()` always has the root.
   */
  genesisRoot?: () => Promise<CID | undefined>
  /** the caller's last nonce in the committed state (undefined: none yet) */
  lastNonce: (address: string) => Promise<number | undefined>
  /** runs the block's txs in order on the committed state; pending until commit or abort */
  execute: (block: { height: number, timeMs: number, txs: LandTx[] }) => Promise<ExecutedBlock>
  /** makes the pending block of `height` durable, writing `extra` records in the same batch */
  commit: (height: number, extra?: Array<{ key: string, value: Uint8Array }>) => Promise<void>
  /** drops the pending block, if any */
  abort: () => void
  /** state sync: adopt the land state root certified final at `height` (its blocks are fetched lazily) */
  adopt: (height: number, stateRoot: CID) => Promise<void>
  /**
   * divergence: where two land states differ (`ours` this node's, `theirs` a certificate's, whose
   * blocks may come from peers); undefined when they hold the same entries
   */
  diffState?: (ours: CID, theirs: CID) => Promise<StateDifference | undefined>
}

/**
 * The first entry (in key byte order) in which two land states differ (protocols/state.md §6): the
 * first service whose record (code CID, head) differs, or, when every service agrees, the first
 * other state record (`nonce/…`, `ver/…`).
 */
export interface StateDifference {
  /** the state key: `svc/<path>`, `nonce/<address>` or `ver/<path>@<version>` */
  key: string
  /** the service path, when a service's record differs */
  service?: string
  /** the entry on each side, as text (a service's head CID, or its code CID for a library; a nonce; a package CID); absent where the state has no such entry */
  ours?: string
  theirs?: string
}
