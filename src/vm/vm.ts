/**
 * The VM (see index.ts): deployments, calls as transactions over every service they touch,
 * queries, history and forks, over a VMStorage.
 *
 * Records (VMStorage.records): `svc/<path>` → dag-cbor {kind, cid, head} for every deployed
 * path; `land/height` → the land's height; `ver/<path>@<version>` → a package CID.
 * Blocks: packages (protocols/packages.md), heads and state roots (protocols/state.md §5).
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { encodePackage } from '../store/packages/index.ts'
import { encodeBlock } from '../store/hamt/index.ts'
import type { BlockStore } from '../store/hamt/index.ts'
import { checkArguments, argumentsToValues, packageHeader, stripVersion, GoPanic, panicRuntime, goString, jsString, LimitError, type AmigoHost, type Iface } from '../lang/index.ts'
import { typeKey } from './type-key.ts'
import { BlockCache, Miss } from './block-cache.ts'
import type { LargeMap } from './heap.ts'
import { ServiceInstance, type HeadInfo } from './instance.ts'
import { PackageLoader, buildFrom, sourceFiles, parseCidOrThrow, type Built, type LoadedPackage } from './packages.ts'
import { Transfer } from './transfer.ts'
import { viewState } from './state-view.ts'
import { WriteMeter } from './write-meter.ts'
import { CallTrace, failureText } from './trace.ts'
import { packageDoc } from './package-doc.ts'
import { VMError } from './errors.ts'
import { chargeRender } from './encoding-gas.ts'
import { CrossServicePanic, formatResults, formatCharged, errorInfo, gasLimit, stringMap, headStrings } from './results.ts'
import { equals } from 'multiformats/bytes'
import type {
  VM, VMInit, PushRequest, PushResult, CallRequest, Receipt, QueryOptions, EvalResult, StateView,
  HistoryEntry, DepsResult, ServiceInfo, VMEvent, VMErrorInfo, PackageFile, TraceFrame
} from './types.ts'

const HEAD_FORMAT = 'amigo/head/1'
const DEFAULT_MAX_MEMORY = 256 * 1024 * 1024
/** defaults of the land limits on state (protocols/gas.md) */
export const DEFAULT_MAX_TX_WRITE_BYTES = 16 * 1024 * 1024
export const DEFAULT_MAX_STATE_BYTES = 64 * 1024 * 1024
/** a call that missed this many blocks loads whole subtrees on its next misses */
const MISSES_BEFORE_SUBTREES = 8
const PATH_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/[A-Za-z0-9][A-Za-z0-9._~+-]*){2,}$/

interface Record_ { kind: 'service' | 'library', cid: CID, head: CID | null }
interface HeadBlock {
  format: string
  path: string
  code: CID
  state: CID
  prev: CID | null
  index: number
  height: number
  call?: { func: string, args: string[], caller: string, cid?: string }
  forkedFrom?: { path: string, head: CID }
}
interface StateRootBlock { vars: Record<string, unknown>, objects: CID | null, maps: Record<string, LargeMap>, next: number }

/** a service the running call needs that is not loaded: the driver loads it and runs the call again */
class NeedInstance { constructor (readonly path: string) {} }

/** A transaction: one call (or push, or query) and every service it reaches. */
class Tx {
  readonly touched = new Map<string, ServiceInstance>()
  /** the services on the call stack, outermost first */
  readonly stack: string[] = []
  events: VMEvent[] = []
  readonly trace = new CallTrace()
  constructor (
    readonly origin: string,
    readonly height: number,
    readonly timeNanos: bigint,
    readonly readOnly: boolean,
    readonly gas: number
  ) {}

  reset (): void { this.touched.clear(); this.stack.length = 0; this.events = []; this.trace.reset() }
}

/** the receipt's `trace` field, when the call got as far as entering its function */
function traceOf (tx: Tx, gasUsed: number, error?: VMErrorInfo): { trace?: TraceFrame } {
  const trace = tx.trace.finish(gasUsed, error === undefined ? undefined : failureText(error))
  return trace === undefined ? {} : { trace }
}

export class LocalVM implements VM {
  private readonly cache: BlockCache
  private readonly loader: PackageLoader
  private readonly store: BlockStore
  private readonly warm = new Map<string, ServiceInstance>()
  private tx: Tx | null = null
  private height = -1
  /** a network land's block being executed: every transaction runs at its height (null: local.land, one height per call) */
  private block: number | null = null
  /** one operation at a time: calls are ordered (this node is local.land's sequencer) */
  private queue: Promise<unknown> = Promise.resolve()

  /** bytes a transaction may allocate in each service it runs */
  private readonly maxMemory: number

  constructor (private readonly init: VMInit) {
    this.maxMemory = init.maxMemory ?? DEFAULT_MAX_MEMORY
    const blocks = init.storage.blocks
    this.cache = new BlockCache(blocks)
    this.loader = new PackageLoader(async cid => await blocks.get(cid))
    this.store = {
      get: async cid => await blocks.get(cid),
      put: async (cid, bytes) => {
        await blocks.put(cid, bytes)
        this.cache.remember(cid, bytes)
      }
    }
  }

  private serial<T> (f: () => Promise<T>): Promise<T> {
    const r = this.queue.then(f, f)
    this.queue = r.catch(() => {})
    return r
  }

  // ------------------------------------------------------------------ records

  private async record (path: string): Promise<Record_ | undefined> {
    const b = await this.init.storage.records.get('svc/' + path)
    return b === undefined ? undefined : dagCbor.decode(b) as Record_
  }

  private async deployed (path: string): Promise<Record_> {
    const r = await this.record(path)
    if (r === undefined) throw new VMError('ERR_NOT_FOUND', `nothing is deployed at ${path}`)
    return r
  }

  private async landHeight (): Promise<number> {
    if (this.height < 0) {
      const b = await this.init.storage.records.get('land/height')
      this.height = b === undefined ? 0 : dagCbor.decode(b) as number
    }
    return this.height
  }

  /** the height of the next call or push: its block's, or local.land's next one */
  private async nextHeight (): Promise<number> {
    return this.block ?? await this.landHeight() + 1
  }

  /** the height a fork or a query sees: its block's, or local.land's current one */
  private async currentHeight (): Promise<number> {
    return this.block ?? await this.landHeight()
  }

  /**
   * For the land executor: from now on every call, push and fork belongs to the block at `height`
   * (its time comes from `VMInit.blockTime`); null returns to one height per call.
   */
  atBlock (height: number | null): void {
    this.block = height
  }

  /**
   * For the land executor: the records changed under this VM (a block committed or dropped, a
   * state adopted): forgets the loaded instances of `paths` (all when absent) and the cached height.
   * Queued behind the running operation, so no operation keeps an instance loaded before the change.
   */
  async refresh (paths?: Iterable<string>): Promise<void> {
    await this.serial(async () => {
      if (paths === undefined) this.warm.clear()
      else for (const p of paths) this.warm.delete(p)
      this.height = -1
    })
  }

  private checkPath (path: string): void {
    if (typeof path !== 'string' || path.length > 256 || !PATH_RE.test(path)) {
      throw new VMError('ERR_BAD_PATH', `${JSON.stringify(path)} is not a path LAND/OWNER/NAME (e.g. ${this.init.land}/alice/counter)`)
    }
    if (!path.startsWith(this.init.land + '/')) throw new VMError('ERR_BAD_PATH', `${path} is not on this land (${this.init.land})`)
  }

  private async putBlock (value: unknown, store: BlockStore = this.store): Promise<CID> {
    const b = await encodeBlock(value)
    await store.put(b.cid, b.bytes)
    return b.cid
  }

  // ------------------------------------------------------------------ instances

  private host (path: string): AmigoHost {
    const tx = (): Tx => {
      if (this.tx === null) panicRuntime('amigo: no call is running')
      return this.tx
    }
    return {
      caller: () => { const t = tx(); const i = t.stack.lastIndexOf(path); return i > 0 ? t.stack[i - 1] : t.origin },
      origin: () => tx().origin,
      self: () => path,
      land: () => this.init.land,
      height: () => BigInt(tx().height),
      timeNanos: () => tx().timeNanos,
      emit: (name, kv) => {
        const t = tx()
        if (t.readOnly) panicRuntime('amigo.Emit: a query cannot emit events')
        const event = { service: path, name, kv }
        t.events.push(event)
        t.trace.emit(event)
      }
    }
  }

  private newRuntime (path: string, built: Built): ReturnType<typeof ServiceInstance.instantiate> {
    return ServiceInstance.instantiate(built, {
      amigo: this.host(path),
      callService: (callee: string, name: string, args: any[]) => this.callService(path, callee, name, args)
    })
  }

  /** the committed instance of a deployed service (loading it if needed) */
  private async instance (path: string): Promise<ServiceInstance> {
    const have = this.warm.get(path)
    if (have !== undefined) return have
    const rec = await this.deployed(path)
    if (rec.kind !== 'service' || rec.head === null) throw new VMError('ERR_NOT_A_SERVICE', `${path} is a library: it has no state and cannot be called`)
    const head = await this.cache.load(rec.head) as HeadBlock
    const inst = await this.load(path, rec.cid, { head: rec.head, stateRoot: head.state, index: head.index })
    this.warm.set(path, inst)
    return inst
  }

  /** an instance of `cid` at path holding the state at `at` (not cached) */
  private async load (path: string, cid: CID, at: HeadInfo, built?: Built): Promise<ServiceInstance> {
    built ??= await this.loader.build(cid)
    const root = await this.cache.load(at.stateRoot!) as StateRootBlock
    // every object but the entries of large maps is loaded now: read the table in one pass
    if (root.objects !== null) await this.cache.loadHamt(root.objects)
    for (;;) {
      const rt = this.newRuntime(path, built)
      rt.program.setLimits({})
      rt.program.initExcept(new Set([built.program.path]))
      const inst = new ServiceInstance(path, cid, built, rt, this.cache, root, at)
      try {
        inst.heap.loadVars(inst.vars, root.vars)
      } catch (e) {
        if (e instanceof Miss) { await this.cache.loadMiss(e); continue }
        throw e
      }
      inst.libFingerprint = await inst.fingerprintLibraries(this.cache)
      return inst
    }
  }

  /** a live-import call from service `from` (sync, inside Go code) */
  private callService (from: string, path: string, name: string, args: any[]): any {
    const tx = this.tx
    if (tx === null) panicRuntime('live import outside a call')
    const caller = tx.touched.get(from)
    if (caller === undefined) throw new VMError('ERR_INTERNAL', `calling service ${from} is not running`)
    const running = tx.touched.get(path)
    const callee = running ?? this.warm.get(path)
    if (callee === undefined) throw new NeedInstance(path)
    // first entry in this transaction: fresh memory and depth budgets; a re-entry keeps them
    if (running === undefined) callee.rt.program.setLimits({ maxMemory: this.maxMemory })
    tx.touched.set(path, callee)
    const fn = callee.rt.program.service[name]
    if (fn === undefined) panicRuntime(`service ${path} has no function ${name}`)
    const ft = fn.type
    const toCallee = new Transfer(callee.types)
    const inArgs = args.map((a, i) => {
      const pt = ft.variadic && i === ft.params.length - 1 ? ft.params[i] : ft.params[i]
      return toCallee.copy(a, caller.types.get(typeKey(pt)) ?? pt)
    })
    const cp = caller.rt.program as any
    const ep = callee.rt.program as any
    ep.setGas(cp.gasLeft())
    tx.stack.push(path)
    tx.trace.enter(path, name, from, cp.gasLeft())
    let out: any
    let failure: string | undefined
    try {
      out = fn.fn(...inArgs)
    } catch (e) {
      // a missing block or instance runs the whole call again (and its tree from the start)
      if (!(e instanceof Miss || e instanceof NeedInstance)) failure = failureText(errorInfo(e instanceof GoPanic ? new CrossServicePanic(path, e) : e, this.maxMemory))
      if (e instanceof GoPanic) throw new CrossServicePanic(path, e)
      throw e
    } finally {
      tx.trace.exit(ep.gasLeft(), failure)
      tx.stack.pop()
      cp.setGas(ep.gasLeft())
      cp.activate?.()
    }
    const back = new Transfer(caller.types)
    if (ft.results.length === 0) return undefined
    if (ft.results.length === 1) return back.copy(out, ft.results[0])
    return (out as any[]).map((x, i) => back.copy(x, ft.results[i]))
  }

  // ------------------------------------------------------------------ transactions

  /**
   * Runs `body` until it completes without needing blocks or instances it did not have; a
   * failure drops every instance it touched (their committed state is in the store).
   */
  private async run<T> (tx: Tx, body: () => T): Promise<{ ok: true, value: T } | { ok: false, error: VMErrorInfo }> {
    let misses = 0
    for (;;) {
      tx.reset()
      this.tx = tx
      try {
        const value = body()
        return { ok: true, value }
      } catch (e) {
        this.drop(tx)
        if (e instanceof Miss) {
          // a call that keeps missing blocks reads much of a structure: load whole subtrees
          // rather than run it again once per block
          this.tx = null
          await this.cache.loadMiss(++misses > MISSES_BEFORE_SUBTREES ? new Miss(e.cid, true) : e)
          continue
        }
        if (e instanceof NeedInstance) { this.tx = null; await this.instance(e.path); continue }
        return { ok: false, error: errorInfo(e, this.maxMemory) }
      } finally {
        this.tx = null
      }
    }
  }

  private drop (tx: Tx): void {
    for (const p of tx.touched.keys()) this.warm.delete(p)
  }

  /** the instance a transaction runs first, with the transaction's limits */
  private enter (tx: Tx, inst: ServiceInstance): void {
    tx.touched.set(inst.path, inst)
    tx.stack.push(inst.path)
    inst.rt.program.setLimits({ gas: tx.gas, maxMemory: this.maxMemory })
  }

  private gasUsed (tx: Tx, inst: ServiceInstance): number {
    return Math.min(tx.gas, Math.max(0, tx.gas - Math.max(inst.rt.program.gasLeft(), 0)))
  }

  /** commits every touched service; returns the moved heads */
  private async commit (tx: Tx, top: string, call: HeadBlock['call'] | undefined, height: number): Promise<Record<string, { head: CID, state: CID, index: number }>> {
    // the transaction's gas is on the top instance's meter once its Go code has returned
    const meter = tx.touched.get(top)!.rt.program
    const charge = (g: number): void => meter.charge(g)
    const store = new WriteMeter(this.store, charge, this.init.maxTxWriteBytes ?? DEFAULT_MAX_TX_WRITE_BYTES)
    const moved = await this.commitTo(store, charge, tx, top, call, height)
    await store.flush()
    return moved
  }

  private async commitTo (store: WriteMeter, charge: (g: number) => void, tx: Tx, top: string, call: HeadBlock['call'] | undefined, height: number): Promise<Record<string, { head: CID, state: CID, index: number }>> {
    const quota = this.init.maxStateBytes ?? DEFAULT_MAX_STATE_BYTES
    const moved: Record<string, { head: CID, state: CID, index: number }> = {}
    for (const inst of tx.touched.values()) {
      if (inst.libFingerprint !== null) {
        const now = await inst.fingerprintLibraries(this.cache)
        if (!equals(now, inst.libFingerprint)) {
          throw new VMError('ERR_LIBRARY_STATE', `cannot write a package variable of a library (${inst.libraryVarNames()}): libraries keep no state`)
        }
      }
      const r = await inst.heap.commit(inst.vars, store, charge)
      const size = inst.heap.stateBytes()
      if (size > quota) throw new VMError('ERR_STATE_QUOTA', `state quota exceeded: ${inst.path} would hold about ${size} bytes of state, the land allows ${quota}`)
      const state = await this.putBlock({ vars: r.vars, objects: r.objectsRoot, maps: r.maps, next: r.next } satisfies StateRootBlock, store)
      const isTop = inst.path === top
      if (!isTop && inst.at.stateRoot !== null && state.equals(inst.at.stateRoot)) continue
      const head: HeadBlock = {
        format: HEAD_FORMAT,
        path: inst.path,
        code: inst.cid,
        state,
        prev: inst.at.head,
        index: inst.at.head === null ? 0 : inst.at.index + 1,
        height
      }
      if (call !== undefined) head.call = isTop ? call : { ...call, func: `${top}.${call.func}` }
      moved[inst.path] = { head: await this.putBlock(head, store), state, index: head.index }
    }
    return moved
  }

  /** one synced batch: every moved head of the transaction, the land's height, and `extra` */
  private async publish (tx: Tx, moved: Record<string, { head: CID, state: CID, index: number }>, height: number, extra: Array<{ key: string, value: Uint8Array }> = []): Promise<void> {
    const ops: Array<{ key: string, value: Uint8Array | null }> = [...extra]
    for (const [path, m] of Object.entries(moved)) {
      ops.push({ key: 'svc/' + path, value: dagCbor.encode({ kind: 'service', cid: tx.touched.get(path)!.cid, head: m.head } satisfies Record_) })
    }
    ops.push({ key: 'land/height', value: dagCbor.encode(height) })
    await this.init.storage.records.batch(ops)
    this.height = height
  }

  private finish (tx: Tx, moved: Record<string, { head: CID, state: CID, index: number }>): void {
    for (const inst of tx.touched.values()) {
      const m = moved[inst.path]
      if (m !== undefined) inst.at = { head: m.head, stateRoot: m.state, index: m.index }
      this.warm.set(inst.path, inst)
    }
  }

  // ------------------------------------------------------------------ push

  async push (req: PushRequest): Promise<PushResult> {
    return await this.serial(async () => await this.pushNow(req))
  }

  private async pushNow (req: PushRequest): Promise<PushResult> {
    this.checkPath(req.path)
    if (!Array.isArray(req.files) || req.files.length === 0) throw new VMError('ERR_PACKAGE_NO_FILES', 'a package needs at least one .go file')
    if (await this.record(req.path) !== undefined) throw new VMError('ERR_PATH_TAKEN', `${req.path} is already deployed: push to a new path, or fork it`)
    if (req.version !== undefined && !/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(req.version)) throw new VMError('ERR_BAD_VERSION', `version ${req.version} is not vMAJOR.MINOR.PATCH`)
    const files = req.files.map(f => ({ name: f.name, text: f.text }))
    // resolve the imports as the files write them, to exact CIDs
    const imports: Record<string, CID> = {}
    const closure = new Map<string, LoadedPackage>()
    const header = packageHeader(sourceFiles(files))
    for (const written of header.imports) {
      const path = stripVersion(written)
      const cid = await this.resolveImport(path, written.length > path.length ? written.slice(path.length + 1) : null)
      if (imports[path] !== undefined && !imports[path].equals(cid)) throw new VMError('ERR_IMPORT_CONFLICT', `${path} is imported as two different packages`)
      imports[path] = cid
      const dep = await this.loader.load(cid)
      for (const [p, d] of await this.loader.closure(dep)) {
        const seen = closure.get(p)
        if (seen !== undefined && !seen.cid.equals(d.cid)) throw new VMError('ERR_IMPORT_CONFLICT', `${p} is imported as two different packages (${seen.cid.toString()} and ${String(d.cid)})`)
        closure.set(p, d)
      }
    }
    for (const d of closure.values()) {
      if (d.kind === 'service') {
        const rec = await this.record(d.path)
        if (rec === undefined || rec.kind !== 'service' || !rec.cid.equals(d.cid)) {
          throw new VMError('ERR_IMPORT_NOT_DEPLOYED', `${d.path} (${d.cid.toString()}) is a service package that is not deployed at its path: only libraries can be imported by content hash`)
        }
      }
    }
    const kind = header.kind
    const built = buildFrom(req.path, files, closure)
    const enc = await encodePackage({ path: req.path, files: files.map(f => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })), imports })
    // a library: nothing runs at deployment beyond checking that its init succeeds
    const height = await this.nextHeight()
    const gas = gasLimit(req.gas, this.init.defaultGas)
    const tx = new Tx(req.deployer, height, this.init.blockTime(), false, gas)
    let pushed: ServiceInstance | null = null
    const r = await this.run(tx, () => {
      const rt = this.newRuntime(req.path, built)
      const inst = new ServiceInstance(req.path, enc.root, built, rt, this.cache, { objects: null, next: 1 }, { head: null, stateRoot: null, index: -1 })
      this.enter(tx, inst)
      rt.program.initExcept(new Set())
      pushed = inst
      return inst
    })
    const inst = pushed as ServiceInstance | null
    if (!r.ok || inst === null) {
      const error: VMErrorInfo = r.ok ? { code: 'ERR_INTERNAL', message: 'push did not run' } : r.error
      throw new VMError(error.code === 'ERR_PANIC' ? 'ERR_INIT_FAILED' : error.code, `init of ${req.path} failed: ${error.message}`, error.pos)
    }
    if (kind === 'library') {
      const gasUsed = this.gasUsed(tx, inst)
      for (const b of enc.blocks) await this.store.put(b.cid, b.bytes)
      const ops: Array<{ key: string, value: Uint8Array }> = [{ key: 'svc/' + req.path, value: dagCbor.encode({ kind: 'library', cid: enc.root, head: null } satisfies Record_) }]
      if (req.version !== undefined) ops.push({ key: `ver/${req.path}@${req.version}`, value: dagCbor.encode(enc.root) })
      // touched services (an init that called services) are dropped: a library init commits nothing
      tx.touched.delete(req.path)
      this.drop(tx)
      await this.init.storage.records.batch(ops)
      return { ok: true, results: [], events: [], gasUsed, height: await this.currentHeight(), stateRoot: '', heads: {}, cid: enc.root.toString(), kind, imports: stringMap(imports) }
    }
    inst.libFingerprint = await inst.fingerprintLibraries(this.cache)
    let moved
    try {
      moved = await this.commit(tx, req.path, undefined, height)
    } catch (e) {
      this.drop(tx)
      if (e instanceof LimitError) throw new VMError(e.code, `init of ${req.path} failed: ${e.message}`)
      throw e
    }
    const gasUsed = this.gasUsed(tx, inst)
    for (const b of enc.blocks) await this.store.put(b.cid, b.bytes)
    const version = req.version !== undefined ? [{ key: `ver/${req.path}@${req.version}`, value: dagCbor.encode(enc.root) }] : []
    await this.publish(tx, moved, height, version)
    this.finish(tx, moved)
    return {
      ok: true,
      results: [],
      events: tx.events,
      gasUsed,
      height,
      stateRoot: moved[req.path].state.toString(),
      heads: Object.fromEntries(Object.entries(moved).map(([p, m]) => [p, m.head.toString()])),
      cid: enc.root.toString(),
      kind,
      imports: stringMap(imports)
    }
  }

  private async resolveImport (path: string, suffix: string | null): Promise<CID> {
    if (suffix === null) {
      const rec = await this.record(path)
      if (rec === undefined) throw new VMError('ERR_IMPORT_NOT_DEPLOYED', `package ${path} is not deployed`)
      return rec.cid
    }
    if (suffix.startsWith('v')) {
      const b = await this.init.storage.records.get(`ver/${path}@${suffix}`)
      if (b === undefined) throw new VMError('ERR_IMPORT_NOT_DEPLOYED', `no version ${suffix} of ${path} was pushed`)
      return dagCbor.decode(b) as CID
    }
    const cid = parseCidOrThrow(suffix)
    const p = await this.loader.load(cid)
    if (p.path !== path) throw new VMError('ERR_PACKAGE_BAD_IMPORT', `${cid.toString()} is the package ${p.path}, not ${path}`)
    return cid
  }

  // ------------------------------------------------------------------ call

  async call (req: CallRequest): Promise<Receipt> {
    return await this.serial(async () => await this.callNow(req))
  }

  private async callNow (req: CallRequest): Promise<Receipt> {
    this.checkPath(req.path)
    const inst0 = await this.instance(req.path)
    const fn = inst0.rt.program.service[req.func]
    if (fn === undefined || !/^[A-Z]/.test(req.func)) throw new VMError('ERR_UNKNOWN_FUNCTION', `${req.path} has no exported function ${req.func}`)
    const checked = checkArguments(inst0.built.input, req.func, req.args)
    if (!checked.ok) throw new VMError(checked.code, checked.message)
    const height = await this.nextHeight()
    const gas = gasLimit(req.gas, this.init.defaultGas)
    const tx = new Tx(req.caller, height, this.init.blockTime(), false, gas)
    let top: ServiceInstance | null = null
    const r = await this.run(tx, () => {
      const inst = this.warm.get(req.path)
      if (inst === undefined) throw new NeedInstance(req.path)
      top = inst
      this.enter(tx, inst)
      tx.trace.start(req.path, req.func, req.caller)
      const f = inst.rt.program.service[req.func]
      const args = argumentsToValues(checked.values, f.type, inst.rt.program.types)
      const out = f.fn(...args)
      return formatResults(out, f.type, g => inst.rt.program.charge(g))
    })
    const inst = top as ServiceInstance | null
    const call = { func: req.func, args: req.args, caller: req.caller, ...(req.callCid !== undefined ? { cid: req.callCid } : {}) }
    if (r.ok && inst !== null) {
      try {
        const moved = await this.commit(tx, req.path, call, height)
        await this.publish(tx, moved, height)
        this.finish(tx, moved)
        const gasUsed = this.gasUsed(tx, inst)
        return { ok: true, results: r.value, events: tx.events, gasUsed, height, stateRoot: moved[req.path].state.toString(), heads: headStrings(moved), ...traceOf(tx, gasUsed) }
      } catch (e) {
        this.drop(tx)
        const error = commitError(e)
        const gasUsed = this.gasUsed(tx, inst)
        return { ...await this.failed(req.path, error, gasUsed, height), ...traceOf(tx, gasUsed, error) }
      }
    }
    const error = r.ok ? { code: 'ERR_INTERNAL' as const, message: 'call did not run' } : r.error
    const gasUsed = inst === null ? 0 : this.gasUsed(tx, inst)
    return { ...await this.failed(req.path, error, gasUsed, height), ...traceOf(tx, gasUsed, error) }
  }

  private async failed (path: string, error: VMErrorInfo, gasUsed: number, height: number): Promise<Receipt> {
    const rec = await this.record(path)
    const state = rec?.head == null ? '' : (await this.cache.load(rec.head) as HeadBlock).state.toString()
    return { ok: false, results: [], error, events: [], gasUsed, height, stateRoot: state, heads: {} }
  }

  // ------------------------------------------------------------------ queries

  /** a read-only instance: the head (kept warm) or an old state (loaded for this query) */
  private async queryInstance (path: string, opts: QueryOptions | undefined, extraFiles?: PackageFile[]): Promise<ServiceInstance> {
    this.checkPath(path)
    const rec = await this.deployed(path)
    if (rec.kind !== 'service' || rec.head === null) throw new VMError('ERR_NOT_A_SERVICE', `${path} is a library: it has no state`)
    let at: HeadInfo
    if (opts?.at !== undefined) {
      const h = await this.headAt(rec.head, opts.at)
      at = { head: h.cid, stateRoot: h.block.state, index: h.block.index }
    } else {
      const h = await this.cache.load(rec.head) as HeadBlock
      at = { head: rec.head, stateRoot: h.state, index: h.index }
    }
    // the head: the committed instance itself (query() drops it if the query changed it)
    if (extraFiles === undefined && opts?.at === undefined) return await this.instance(path)
    if (extraFiles === undefined) return await this.load(path, rec.cid, at)
    const lp = await this.loader.load(rec.cid)
    return await this.load(path, rec.cid, at, buildFrom(path, lp.files, await this.loader.closure(lp), extraFiles))
  }

  /** runs a read-only function of a query instance; every service it touches is dropped after */
  private async query<T> (inst: ServiceInstance, gas: number | undefined, body: (inst: ServiceInstance) => T): Promise<{ value: T, gasUsed: number }> {
    const tx = new Tx('', await this.landHeight(), this.init.blockTime(), true, gasLimit(gas, this.init.defaultGas))
    const warm = this.warm.get(inst.path) === inst
    const r = await this.run(tx, () => {
      // a run again after a miss needs the committed instance, not the one the first run touched
      const cur = warm ? this.warm.get(inst.path) : inst
      if (cur === undefined) throw new NeedInstance(inst.path)
      inst = cur
      this.enter(tx, cur)
      return body(cur)
    })
    // a query commits nothing: every committed instance it ran is kept only if it did not change
    for (const [p, i] of tx.touched) if (this.warm.get(p) === i && (!r.ok || i.heap.changed(i.vars))) this.warm.delete(p)
    if (!r.ok) throw new VMError(r.error.code, r.error.message, r.error.pos)
    return { value: r.value, gasUsed: this.gasUsed(tx, inst) }
  }

  async eval (path: string, expr: string, opts?: QueryOptions): Promise<EvalResult> {
    return await this.serial(async () => await this.evalNow(path, expr, opts))
  }

  private async evalNow (path: string, expr: string, opts?: QueryOptions): Promise<EvalResult> {
    if (typeof expr !== 'string' || expr.trim() === '' || expr.length > 4096) throw new VMError('ERR_BAD_EXPR', 'an expression of 1..4096 characters is needed')
    if (/[\n;{]/.test(expr.replace(/"(\\.|[^"\\])*"|`[^`]*`/g, '""').replace(/\w+\{/g, ''))) throw new VMError('ERR_BAD_EXPR', `${JSON.stringify(expr)} is not a single expression`)
    const rec = await this.deployed(path)
    const lp = await this.loader.load(rec.cid)
    const pkgName = /^package\s+(\w+)/m.exec(lp.files.find(f => !f.name.endsWith('_test.go'))?.text ?? '')?.[1] ?? 'main'
    const file = { name: 'amigo_eval.go', text: `package ${pkgName}\n\nfunc AmigoEval() any {\n\treturn ${expr}\n}\n` }
    let inst: ServiceInstance
    try {
      inst = await this.queryInstance(path, opts, [file])
    } catch (e) {
      if (e instanceof VMError && e.code === 'ERR_COMPILE') throw new VMError('ERR_BAD_EXPR', e.message.replace(/amigo_eval\.go:4:\d+: /g, ''))
      throw e
    }
    const { value, gasUsed } = await this.query(inst, opts?.gas, i => {
      const v = i.rt.program.service.AmigoEval.fn() as Iface | null
      return v === null ? null : { text: formatCharged(v.v, v.t, '%#v', g => i.rt.program.charge(g)), type: v.t.str }
    })
    if (value === null) return { value: '<nil>', type: 'nil', gasUsed }
    return { value: value.text, type: value.type, gasUsed }
  }

  async render (path: string, subpath: string, opts?: QueryOptions): Promise<string> {
    return await this.serial(async () => await this.renderNow(path, subpath, opts))
  }

  private async renderNow (path: string, subpath: string, opts?: QueryOptions): Promise<string> {
    const inst = await this.queryInstance(path, opts)
    const f = inst.rt.program.service.Render
    if (f === undefined) throw new VMError('ERR_NO_RENDER', `${path} has no func Render(path string) string`)
    const { value } = await this.query(inst, opts?.gas, i => {
      const md = f.fn(goString(subpath ?? '')) as string
      chargeRender(md, g => i.rt.program.charge(g))
      return md
    })
    return jsString(value)
  }

  async getObject (path: string, selector: string, opts?: QueryOptions): Promise<StateView> {
    return await this.serial(async () => {
      const inst = await this.queryInstance(path, opts)
      const { value } = await this.query(inst, opts?.gas, i => viewState(i, selector ?? ''))
      return value
    })
  }

  // ------------------------------------------------------------------ history, fork, info

  private async headAt (head: CID, index: number): Promise<{ cid: CID, block: HeadBlock }> {
    let cid: CID | null = head
    while (cid !== null) {
      const block = await this.cache.load(cid) as HeadBlock
      if (block.index === index) return { cid, block }
      if (block.index < index) break
      cid = block.prev
    }
    throw new VMError('ERR_NOT_FOUND', `there is no state ${index} in the history`)
  }

  async history (path: string, opts?: { limit?: number }): Promise<HistoryEntry[]> {
    this.checkPath(path)
    const rec = await this.deployed(path)
    const out: HistoryEntry[] = []
    let cid = rec.head
    const limit = opts?.limit ?? 100
    while (cid !== null && out.length < limit) {
      const h = await this.cache.load(cid) as HeadBlock
      const e: HistoryEntry = { index: h.index, head: cid.toString(), stateRoot: h.state.toString(), height: h.height }
      if (h.call !== undefined) e.call = { func: h.call.func, args: h.call.args, caller: h.call.caller, ...(h.call.cid !== undefined ? { callCid: h.call.cid } : {}) }
      if (h.forkedFrom !== undefined) e.forkedFrom = h.forkedFrom.path
      out.push(e)
      cid = h.prev
    }
    return out
  }

  async fork (src: string, dst: string, opts?: { at?: number }): Promise<{ head: string, stateRoot: string }> {
    return await this.serial(async () => {
      this.checkPath(src)
      this.checkPath(dst)
      const rec = await this.deployed(src)
      if (rec.kind !== 'service' || rec.head === null) throw new VMError('ERR_NOT_A_SERVICE', `${src} is a library: import it instead`)
      if (await this.record(dst) !== undefined) throw new VMError('ERR_PATH_TAKEN', `${dst} is already deployed`)
      const from = opts?.at !== undefined ? await this.headAt(rec.head, opts.at) : { cid: rec.head, block: await this.cache.load(rec.head) as HeadBlock }
      const height = await this.currentHeight()
      const head = await this.putBlock({ format: HEAD_FORMAT, path: dst, code: rec.cid, state: from.block.state, prev: null, index: 0, height, forkedFrom: { path: src, head: from.cid } } satisfies HeadBlock)
      await this.init.storage.records.batch([{ key: 'svc/' + dst, value: dagCbor.encode({ kind: 'service', cid: rec.cid, head } satisfies Record_) }])
      return { head: head.toString(), stateRoot: from.block.state.toString() }
    })
  }

  async deps (path: string): Promise<DepsResult> {
    this.checkPath(path)
    const rec = await this.deployed(path)
    const p = await this.loader.load(rec.cid)
    return { path, cid: rec.cid.toString(), imports: stringMap(p.imports) }
  }

  async info (path: string): Promise<ServiceInfo> {
    this.checkPath(path)
    const rec = await this.deployed(path)
    const built = await this.loader.build(rec.cid)
    const doc = packageDoc(sourceFiles((await this.loader.load(rec.cid)).files))
    let stateRoot: string | null = null
    let height = 0
    if (rec.head !== null) {
      const h = await this.cache.load(rec.head) as HeadBlock
      stateRoot = h.state.toString()
      height = h.height
    }
    return { path, kind: rec.kind, cid: rec.cid.toString(), head: rec.head?.toString() ?? null, stateRoot, height, doc, functions: built.program.functions.map(f => f.signature) }
  }

  async list (): Promise<string[]> {
    const out: string[] = []
    for await (const k of this.init.storage.records.keys('svc/')) out.push(k.slice(4))
    return out
  }

  async verifyPackage (cidText: string): Promise<DepsResult> {
    const cid = parseCidOrThrow(cidText)
    const lp = await this.loader.load(cid)
    await this.loader.build(cid)
    return { path: lp.path, cid: cid.toString(), imports: stringMap(lp.imports) }
  }
}

/** what a failed commit reports: a VMError or a limit (storage gas) as is; anything else is the node's own failure */
function commitError (e: unknown): VMErrorInfo {
  if (e instanceof VMError || e instanceof LimitError) return errorInfo(e)
  return { code: 'ERR_INTERNAL', message: (e as Error)?.message ?? String(e) }
}

export function createVM (init: VMInit): VM {
  return new LocalVM(init)
}
