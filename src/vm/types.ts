/**
 * The VM's public types: what the node (src/node), the HTTP API (src/api) and the CLI see of it.
 * Everything here is plain data (JSON-safe except where a CID is named), so receipts can be sent
 * over HTTP and stored as they are.
 */
import type { CID } from 'multiformats/cid'
import type { VMErrorCode } from './errors.ts'
import type { Genesis, LandExecutor, LandReceipt } from '../store/lands/types.ts'

/** One Go source file of a package. */
export interface PackageFile { name: string, text: string }

/** Where the VM keeps blocks (dag-cbor/raw, hash-checked) and its small mutable records. */
export interface VMStorage {
  /** content-addressed blocks; `get` throws when the block is absent */
  blocks: {
    get: (cid: CID) => Promise<Uint8Array>
    put: (cid: CID, bytes: Uint8Array) => Promise<void>
    has: (cid: CID) => Promise<boolean>
  }
  /**
   * Small mutable records (service heads, the land's height). `batch` is atomic and durable
   * (LevelDB write with sync): a call's new heads are committed by one batch, so a crash leaves
   * either every head of a call or none.
   */
  records: {
    get: (key: string) => Promise<Uint8Array | undefined>
    batch: (ops: Array<{ key: string, value: Uint8Array | null }>) => Promise<void>
    /** keys with `prefix`, in byte order */
    keys: (prefix: string) => AsyncIterable<string>
  }
}

export interface VMInit {
  storage: VMStorage
  /** `local.land` for the embedded default */
  land: string
  /** the time of the next block in ns since the Unix epoch (the sequencer's clock; never read by Go code directly) */
  blockTime: () => bigint
  /** default gas limit of a call or push when the request gives none */
  defaultGas?: number
  /** bytes a call may allocate in each service it runs (default 256 MiB) */
  maxMemory?: number
  /** bytes of state blocks one transaction may write, all services together (protocols/gas.md; default 16 MiB) */
  maxTxWriteBytes?: number
  /** the state quota: the most bytes one service's state may hold (protocols/gas.md; default 64 MiB) */
  maxStateBytes?: number
}

/** An event emitted by a service with amigo.Emit. */
export interface VMEvent { service: string, name: string, kv: string[] }

export interface VMErrorInfo {
  /** stable code: ERR_PANIC, ERR_GAS, ERR_MEMORY, ERR_DEPTH, ERR_COMPILE, ERR_BAD_ARGUMENT, ERR_UNKNOWN_FUNCTION, ERR_LIBRARY_STATE, ... */
  code: VMErrorCode
  message: string
  /** `file.go:12:5` where the error happened, when known */
  pos?: string
}

/** The result of a call or a push. */
export interface Receipt {
  ok: boolean
  /** results formatted as Go's %#v would (strings quoted): one per result */
  results: string[]
  error?: VMErrorInfo
  events: VMEvent[]
  gasUsed: number
  /** the land height of the block holding the call */
  height: number
  /** the called service's state root after the call (unchanged when !ok), as a CID string */
  stateRoot: string
  /** every service whose head moved: path → new head CID (empty when !ok) */
  heads: Record<string, string>
  /** a call's live-call tree (calls only; network lands' receipts leave it out) */
  trace?: TraceFrame
}

/**
 * One function a call entered (protocols/services.md §3.6): the called function, or a
 * live-import call into another service (or back into one already running).
 */
export interface TraceFrame {
  service: string
  func: string
  /** the signer for the root, else the service that made the live-import call */
  caller: string
  /** gas its code used, with every frame under it; the root's is the receipt's (state writes at commit included) */
  gasUsed: number
  /** the events this frame emitted itself, in order (a failed call keeps none: see the receipt) */
  events: VMEvent[]
  /** the live-import calls it made, in order */
  calls: TraceFrame[]
  /** the panic or limit that ended it, when one did */
  panic?: string
}

export interface PushRequest {
  /** `local.land/alice/counter` */
  path: string
  files: PackageFile[]
  /** the deployer's address (runs init as Caller/Origin) */
  deployer: string
  gas?: number
  /** a version tag (`v1.2.0`): imports may then name `PATH@v1.2.0` */
  version?: string
}

export interface PushResult extends Receipt {
  /** the package's CID (protocols/packages.md) */
  cid: string
  kind: 'service' | 'library'
  /** import path → the CID it resolved to */
  imports: Record<string, string>
}

export interface CallRequest {
  path: string
  func: string
  /** one Go literal per parameter */
  args: string[]
  /** the signer's address */
  caller: string
  gas?: number
  /** CID of the signed call block, recorded in history (absent for unsigned local calls in tests) */
  callCid?: string
}

export interface QueryOptions {
  /** read the state as of this history index (0 = after deployment) instead of the head */
  at?: number
  gas?: number
}

export interface EvalResult { value: string, type: string, gasUsed: number }

/** A value of the state as GetObject shows it: Go type and a JSON view. */
export interface StateView {
  type: string
  /** basic values as JSON (int64/uint64 as strings), structs as objects, slices/arrays as arrays, maps as [{key, value}], pointers as {ref, value} */
  value: unknown
}

export interface HistoryEntry {
  /** 0 = the deployment, then one per committed call */
  index: number
  head: string
  stateRoot: string
  height: number
  /** the call that produced this state (absent for the deployment and forks) */
  call?: { func: string, args: string[], caller: string, callCid?: string }
  /** `fork` when this head was created by `fork SRC DST`, with the source path */
  forkedFrom?: string
}

export interface ServiceInfo {
  path: string
  kind: 'service' | 'library'
  cid: string
  head: string | null
  stateRoot: string | null
  height: number
  /** the package's doc comment (`// Package counter is …` above the package clause), '' when none */
  doc: string
  /** exported functions with their Go signatures: `Add(n int) int` */
  functions: string[]
}

export interface DepsResult { path: string, cid: string, imports: Record<string, string> }

/** The VM API. Every method fails with a VMError (code, message) on bad input and changes nothing then. */
export interface VM {
  push: (req: PushRequest) => Promise<PushResult>
  call: (req: CallRequest) => Promise<Receipt>
  eval: (path: string, expr: string, opts?: QueryOptions) => Promise<EvalResult>
  render: (path: string, subpath: string, opts?: QueryOptions) => Promise<string>
  getObject: (path: string, selector: string, opts?: QueryOptions) => Promise<StateView>
  history: (path: string, opts?: { limit?: number }) => Promise<HistoryEntry[]>
  fork: (src: string, dst: string, opts?: { at?: number }) => Promise<{ head: string, stateRoot: string }>
  deps: (path: string) => Promise<DepsResult>
  info: (path: string) => Promise<ServiceInfo>
  /** every deployed path */
  list: () => Promise<string[]>
  /**
   * Adds a package that is already in the blockstore (fetched by CID from peers) after verifying
   * its blocks and type-checking it against its recorded imports (which must be present too).
   */
  verifyPackage: (cid: string) => Promise<DepsResult>
}

/** What a network land's executor is made of: its own storage (the node gives it a prefix of its own) and genesis. */
export interface LandExecutorInit {
  /** dedicated to this land; `blocks.get` may fetch from peers (state sync loads lazily) */
  storage: VMStorage
  genesis: Genesis
  /** bytes a transaction may allocate in each service it runs (default 256 MiB) */
  maxMemory?: number
}

/**
 * A network land's executor (protocols/lands.md): it executes the blocks the consensus orders, with
 * LocalVM's code, one height at a time (the `LandExecutor` the consensus drives), plus reads and receipts.
 */
export interface LandVM extends LandExecutor {
  genesisRoot: NonNullable<LandExecutor['genesisRoot']>
  /** reads at the last committed (final) height, never a pending block (the first computes the genesis state, if need be) */
  reads: Pick<VM, 'eval' | 'render' | 'getObject' | 'history' | 'deps' | 'info' | 'list'>
  /** the receipt of a committed transaction, by its CID */
  receipt: (txCid: string) => Promise<(LandReceipt & { height: number }) | undefined>
}
