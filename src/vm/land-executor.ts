/**
 * A network land's executor: runs the blocks its consensus orders with LocalVM (the code that runs
 * local.land), one height at a time.
 *
 * Two LocalVMs share the land's storage: `exec` runs transactions over a records overlay (reads
 * fall through to the committed records, writes stay pending in memory), `reads` answers queries
 * from the committed records only. `commit` writes the overlay, the receipts and the consensus'
 * records in one batch; `abort` forgets the overlay.
 *
 * Records of its own (besides LocalVM's `svc/`, `ver/`, `land/height`): `nonce/<address>` → last
 * nonce, `rcpt/<tx CID>` → receipt and height, `land/head` → {height, stateRoot, timeMs} of the last
 * commit, `land/genesis` → the genesis CID. `log/` is the consensus'.
 *
 * The genesis state is computed lazily (protocols/lands.md, Genesis): an empty storage holds no
 * state until a block of height 1 is executed, a read asks for it or `genesisRoot` is called; a
 * node that adopts a certified state first (a late joiner) never deploys the genesis packages.
 */
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { Hamt, InvalidNodeError, encodeBlock } from '../store/hamt/index.ts'
import { checkNonce } from '../store/calls/index.ts'
import { PackageError } from '../store/packages/index.ts'
import { GENESIS_DEPLOYER, type ExecutedBlock, type Genesis, type LandReceipt, type LandTx, type StateDifference } from '../store/lands/types.ts'
import { LocalVM } from './vm.ts'
import { VMError } from './errors.ts'
import { errorInfo } from './results.ts'
import { RecordsOverlay } from './land-overlay.ts'
import { LazyStateRecords } from './land-lazy-records.ts'
import { STATE_PREFIXES, applyRecords, emptyLandState, firstStateDifference, isStateKey, loadWholeState, stateRecords } from './land-state.ts'
import { RECEIPT_PREFIX, decodeStoredReceipt, encodeStoredReceipt, failedReceipt, landReceipt, receiptsBlock } from './land-receipts.ts'
import type { LandExecutorInit, LandVM, VMStorage } from './types.ts'

const HEAD_KEY = 'land/head'
const GENESIS_KEY = 'land/genesis'
const HEIGHT_KEY = 'land/height'
/** present while the state records of an adopted state are not all written locally: reads take them from the land state */
const LAZY_KEY = 'land/lazy'
/** state records written per batch while an adopted state is copied into the records */
const COPY_BATCH = 1000
const NONCE_PREFIX = 'nonce/'
/** key prefixes the executor owns: `extra` records of a commit may not use them */
const OWN_PREFIXES = [...STATE_PREFIXES, 'land/', RECEIPT_PREFIX]

interface Committed { height: number, stateRoot: CID, timeMs: number, state: Hamt }
interface Pending { height: number, timeMs: number, state: Hamt, receipts: LandReceipt[] }
interface HeadRecord { height: number, stateRoot: CID, timeMs: number }

const nanos = (ms: number): bigint => BigInt(ms) * 1_000_000n

class LandExecutor implements LandVM {
  private readonly overlay: RecordsOverlay
  private readonly exec: LocalVM
  private readonly readVM: LocalVM
  /** undefined until the genesis state is deployed or a certified state adopted */
  private committed?: Committed
  /** the genesis deploy, once started (it runs at most once) */
  private deploying?: Promise<void>
  private genesisCid!: CID
  private pending: Pending | null = null
  /** the block time of the transactions `exec` runs */
  private timeMs: number
  private queue: Promise<unknown> = Promise.resolve()
  readonly reads: LandVM['reads']
  /** the records both LocalVMs use: state records from the land state while `lazy` */
  private readonly records: LazyStateRecords
  private lazy = false
  /** the state keys committed since the current copy of an adopted state began (the copy skips them) */
  private touched = new Set<string>()
  /** the current copy's number: a later adopt makes an earlier copy stop */
  private copies = 0

  constructor (private readonly storage: VMStorage, private readonly genesis: Genesis, maxMemory: number | undefined) {
    const land = genesis.land
    this.timeMs = genesis.timeMs
    this.records = new LazyStateRecords(storage.records, () => this.lazy ? this.committed?.state : undefined)
    this.overlay = new RecordsOverlay(this.records)
    this.exec = new LocalVM({ storage: { blocks: storage.blocks, records: this.overlay }, land, blockTime: () => nanos(this.timeMs), defaultGas: genesis.params.maxTxGas, maxMemory, ...stateLimits(genesis) })
    this.readVM = new LocalVM({ storage: { blocks: storage.blocks, records: this.records }, land, blockTime: () => nanos(this.committed?.timeMs ?? genesis.timeMs), defaultGas: genesis.params.maxTxGas, maxMemory, ...stateLimits(genesis) })
    const r = this.readVM
    // a read of a node that holds no state yet is a read of the genesis state: compute it first
    const g = async (): Promise<void> => { if (this.committed === undefined) await this.genesisRoot() }
    this.reads = {
      eval: async (path, expr, opts) => { await g(); return await r.eval(path, expr, opts) },
      render: async (path, subpath, opts) => { await g(); return await r.render(path, subpath, opts) },
      getObject: async (path, selector, opts) => { await g(); return await r.getObject(path, selector, opts) },
      history: async (path, opts) => { await g(); return await r.history(path, opts) },
      deps: async path => { await g(); return await r.deps(path) },
      info: async path => { await g(); return await r.info(path) },
      list: async () => { await g(); return await r.list() }
    }
  }

  private serial<T> (f: () => Promise<T>): Promise<T> {
    const r = this.queue.then(f, f)
    this.queue = r.catch(() => {})
    return r
  }

  // ------------------------------------------------------------------ opening, genesis

  async open (): Promise<void> {
    const genesisCid = (await encodeBlock(this.genesis)).cid
    this.genesisCid = genesisCid
    const head = await this.storage.records.get(HEAD_KEY)
    if (head !== undefined) {
      const stored = await this.storage.records.get(GENESIS_KEY)
      if (stored === undefined || !(dagCbor.decode(stored) as CID).equals(genesisCid)) {
        throw new VMError('ERR_LAND_GENESIS_MISMATCH', `this storage holds another land's state than the genesis ${genesisCid.toString()} of ${this.genesis.land}`)
      }
      const h = dagCbor.decode(head) as HeadRecord
      this.committed = { ...h, state: await Hamt.load(this.storage.blocks, h.stateRoot) }
      // stopped while copying an adopted state: copy the committed one (what commits since wrote is in it)
      if (await this.storage.records.get(LAZY_KEY) !== undefined) {
        this.lazy = true
        void this.copyState()
      }
    }
    // an empty storage: the genesis state waits until it is needed
  }

  async genesisRoot (): Promise<CID | undefined> {
    this.deploying ??= this.serial(async () => { if (this.committed === undefined) await this.deployGenesis() })
      .catch(e => { this.deploying = undefined; throw e })
    await this.deploying
    // a certified state adopted before anything asked for the genesis: the genesis state is not kept
    return this.committed!.height === 0 ? this.committed!.stateRoot : undefined
  }

  /** the genesis packages, committed in one batch with the head: a crash leaves none or all */
  private async deployGenesis (): Promise<void> {
    const genesisCid = this.genesisCid
    this.exec.atBlock(0)
    this.timeMs = this.genesis.timeMs
    for (const p of this.genesis.packages) {
      try {
        await this.exec.push({ path: p.path, files: p.files, deployer: GENESIS_DEPLOYER, gas: this.genesis.params.maxTxGas })
      } catch (e) {
        this.overlay.clear()
        if (!isRefusal(e)) throw e
        throw new VMError('ERR_LAND_BAD_GENESIS', `genesis package ${p.path} cannot be deployed: ${e.message}`)
      }
    }
    const ops = this.overlay.ops()
    const state = await applyRecords(await emptyLandState(this.storage.blocks), ops)
    const h: HeadRecord = { height: 0, stateRoot: state.root, timeMs: this.genesis.timeMs }
    await this.storage.records.batch([...ops, ...headOps(h), { key: GENESIS_KEY, value: dagCbor.encode(genesisCid) }])
    this.overlay.clear()
    this.committed = { ...h, state }
  }

  head (): { height: number, stateRoot: CID | undefined } {
    return { height: this.committed?.height ?? 0, stateRoot: this.committed?.stateRoot }
  }

  async lastNonce (address: string): Promise<number | undefined> {
    return decodeNonce(await this.records.get(NONCE_PREFIX + address))
  }

  async receipt (txCid: string): Promise<(LandReceipt & { height: number }) | undefined> {
    const b = await this.storage.records.get(RECEIPT_PREFIX + txCid)
    return b === undefined ? undefined : decodeStoredReceipt(b)
  }

  // ------------------------------------------------------------------ blocks

  async execute (block: { height: number, timeMs: number, txs: LandTx[] }): Promise<ExecutedBlock> {
    // height 1 runs on the genesis state
    if (this.committed === undefined) await this.genesisRoot()
    return await this.serial(async () => {
      const committed = this.committed!
      const next = committed.height + 1
      if (block.height !== next) throw new VMError('ERR_LAND_HEIGHT', `block ${String(block.height)} cannot be executed: the next height is ${next}`)
      if (!Number.isSafeInteger(block.timeMs) || block.timeMs < 0) throw new VMError('ERR_LAND_BAD_BLOCK', `block time ${String(block.timeMs)} is not a time in ms`)
      if (!Array.isArray(block.txs)) throw new VMError('ERR_LAND_BAD_BLOCK', 'a block needs a list of transactions')
      // another block for this height (a view change) replaces the pending one
      await this.dropPending()
      this.exec.atBlock(block.height)
      this.timeMs = block.timeMs
      try {
        const receipts: LandReceipt[] = []
        for (const tx of block.txs) receipts.push(await this.runTx(tx))
        const state = await applyRecords(committed.state, this.overlay.ops())
        const rb = await receiptsBlock(receipts)
        await this.storage.blocks.put(rb.cid, rb.bytes)
        this.pending = { height: block.height, timeMs: block.timeMs, state, receipts }
        return { height: block.height, stateRoot: state.root, receiptsRoot: rb.cid, receipts }
      } catch (e) {
        // not a transaction's failure (those are receipts): the node's own (storage, a missing block)
        await this.dropPending()
        throw e
      }
    })
  }

  /** one transaction: its nonce is used whatever its outcome, once it is the next in sequence */
  private async runTx (tx: LandTx): Promise<LandReceipt> {
    const signer = tx.kind === 'push' ? tx.deployer : tx.caller
    const key = NONCE_PREFIX + signer
    const last = decodeNonce(await this.overlay.get(key))
    try {
      if (!Number.isSafeInteger(tx.nonce) || tx.nonce < 0) throw new VMError('ERR_LAND_NONCE', `nonce ${String(tx.nonce)} is not a non-negative integer`)
      checkNonce(last, tx.nonce, signer)
    } catch (e) {
      return failedReceipt(tx.cid, { code: 'ERR_LAND_NONCE', message: (e as Error).message })
    }
    await this.overlay.batch([{ key, value: dagCbor.encode(tx.nonce) }])
    const gas = typeof tx.gas === 'number' ? Math.min(tx.gas, this.genesis.params.maxTxGas) : tx.gas
    try {
      switch (tx.kind) {
        case 'call': {
          const r = await this.exec.call({ path: tx.service, func: tx.func, args: tx.args, caller: tx.caller, gas, callCid: tx.cid.toString() })
          return landReceipt(tx.cid, r)
        }
        case 'push': {
          const r = await this.exec.push({ path: tx.path, files: tx.files, deployer: tx.deployer, gas, version: tx.version })
          return landReceipt(tx.cid, r)
        }
        case 'fork': {
          const r = await this.exec.fork(tx.src, tx.dst, tx.at === undefined ? undefined : { at: tx.at })
          return landReceipt(tx.cid, { ok: true, results: [], events: [], gasUsed: 0, heads: { [tx.dst]: r.head } })
        }
        default:
          throw new VMError('ERR_LAND_BAD_TX', `unknown transaction kind ${JSON.stringify((tx as { kind: unknown }).kind)}`)
      }
    } catch (e) {
      if (!isRefusal(e)) throw e
      return failedReceipt(tx.cid, errorInfo(e instanceof VMError ? e : new VMError(e.code, e.message)))
    }
  }

  async commit (height: number, extra: Array<{ key: string, value: Uint8Array }> = []): Promise<void> {
    await this.serial(async () => {
      const p = this.pending
      if (p === null || p.height !== height) throw new VMError('ERR_LAND_NO_PENDING', `no executed block of height ${height} is pending`)
      for (const op of extra) {
        if (typeof op.key !== 'string' || OWN_PREFIXES.some(pre => op.key.startsWith(pre)) || !(op.value instanceof Uint8Array)) {
          throw new VMError('ERR_LAND_BAD_RECORD', `record ${JSON.stringify(op.key)} is the executor's own or has no bytes`)
        }
      }
      const ops = this.overlay.ops()
      const indexed = new Set<string>()
      for (const r of p.receipts) {
        // a transaction repeated (refused by its nonce) keeps the receipt it got first
        if (indexed.has(r.tx) || await this.storage.records.get(RECEIPT_PREFIX + r.tx) !== undefined) continue
        indexed.add(r.tx)
        ops.push({ key: RECEIPT_PREFIX + r.tx, value: encodeStoredReceipt(r, height) })
      }
      const h: HeadRecord = { height, stateRoot: p.state.root, timeMs: p.timeMs }
      await this.storage.records.batch([...ops, ...headOps(h), ...extra])
      if (this.lazy) for (const op of ops) if (isStateKey(op.key)) this.touched.add(op.key)
      const moved = this.overlay.changed('svc/')
      this.overlay.clear()
      this.pending = null
      this.committed = { ...h, state: p.state }
      // `exec` already holds these instances at their committed state; `reads` loads them again
      void this.readVM.refresh(moved)
    })
  }

  abort (): void {
    void this.serial(async () => await this.dropPending())
  }

  private async dropPending (): Promise<void> {
    const touched = this.overlay.changed('svc/')
    this.overlay.clear()
    this.pending = null
    if (touched.length > 0) await this.exec.refresh(touched)
  }

  // ------------------------------------------------------------------ divergence

  async diffState (ours: CID, theirs: CID): Promise<StateDifference | undefined> {
    return await firstStateDifference(this.storage.blocks, ours, theirs)
  }

  // ------------------------------------------------------------------ state sync

  /**
   * State sync: the certified root becomes the committed state at once; its state records are read
   * from it (lazily, block by block) until a background copy has written them all locally.
   */
  async adopt (height: number, stateRoot: CID): Promise<void> {
    await this.serial(async () => {
      const final = this.committed?.height ?? 0
      if (!Number.isSafeInteger(height) || height < final) {
        throw new VMError('ERR_LAND_HEIGHT', `cannot adopt a state at height ${String(height)}: height ${final} is final here`)
      }
      await this.dropPending()
      let state: Hamt
      try {
        state = await Hamt.load(this.storage.blocks, stateRoot)
      } catch (e) {
        if (e instanceof InvalidNodeError) throw new VMError('ERR_LAND_BAD_STATE', `${stateRoot.toString()} is not a land state: ${e.message}`)
        throw e
      }
      // this node's own state records go: until the copy is done, the adopted state answers
      const ops: Array<{ key: string, value: Uint8Array | null }> = []
      for (const prefix of STATE_PREFIXES) {
        for await (const k of this.storage.records.keys(prefix)) ops.push({ key: k, value: null })
      }
      const h: HeadRecord = { height, stateRoot: state.root, timeMs: this.committed?.timeMs ?? this.genesis.timeMs }
      // the first head of a storage names its genesis (the genesis state itself was never computed)
      const first = this.committed === undefined ? [{ key: GENESIS_KEY, value: dagCbor.encode(this.genesisCid) }] : []
      await this.storage.records.batch([...ops, ...first, { key: LAZY_KEY, value: dagCbor.encode(state.root) }, ...headOps(h)])
      this.committed = { ...h, state }
      this.lazy = true
      void this.copyState()
      await this.exec.refresh()
      void this.readVM.refresh()
    })
  }

  /**
   * Writes the committed land state's records into the records (in batches, between blocks),
   * skipping keys committed since it began; then reads go back to the records. Its blocks are
   * fetched first, many at a time. A failure leaves the executor lazy (reads still answer).
   */
  private async copyState (): Promise<void> {
    const copy = ++this.copies
    const state = this.committed!.state
    this.touched = new Set()
    const touched = this.touched
    const current = (): boolean => copy === this.copies
    try {
      await loadWholeState(this.storage.blocks, state.root)
      let batch: Array<{ key: string, value: Uint8Array }> = []
      const flush = async (): Promise<void> => {
        const ops = batch
        batch = []
        await this.serial(async () => { if (current()) await this.storage.records.batch(ops.filter(op => !touched.has(op.key))) })
      }
      for await (const r of stateRecords(state)) {
        if (!current()) return
        batch.push(r)
        if (batch.length >= COPY_BATCH) await flush()
      }
      await flush()
      await this.serial(async () => {
        if (!current()) return
        await this.storage.records.batch([{ key: LAZY_KEY, value: null }])
        this.lazy = false
        this.touched = new Set()
      })
    } catch {
      // the state stays readable from the land state; a restart copies it again
    }
  }
}

/** the genesis's limits on state, when it sets them (the VM's defaults otherwise) */
function stateLimits (genesis: Genesis): { maxTxWriteBytes?: number, maxStateBytes?: number } {
  const { maxTxWriteBytes, maxStateBytes } = genesis.params
  return { ...(maxTxWriteBytes !== undefined ? { maxTxWriteBytes } : {}), ...(maxStateBytes !== undefined ? { maxStateBytes } : {}) }
}

function headOps (h: HeadRecord): Array<{ key: string, value: Uint8Array }> {
  // land/height too: queries read it (amigo.Height() of a read is the final height)
  return [{ key: HEAD_KEY, value: dagCbor.encode(h) }, { key: HEIGHT_KEY, value: dagCbor.encode(h.height) }]
}

function decodeNonce (b: Uint8Array | undefined): number | undefined {
  return b === undefined ? undefined : dagCbor.decode(b) as number
}

/**
 * A refusal of a transaction by the VM or the package codec (bad input: the same on every replica);
 * anything else (a storage failure, a block that could not be fetched) is the node's own failure.
 */
function isRefusal (e: unknown): e is VMError | PackageError {
  return e instanceof VMError || e instanceof PackageError
}

/**
 * Opens a land's executor on its storage: an empty storage deploys the genesis packages at height 0
 * (and commits them) when the genesis state is first needed; a later open resumes at the last commit.
 */
export async function createLandExecutor (init: LandExecutorInit): Promise<LandVM> {
  const ex = new LandExecutor(init.storage, init.genesis, init.maxMemory)
  await ex.open()
  return ex
}
