/**
 * createLand: one land's consensus on one node (protocols/lands.md, blocks.md, finality.md,
 * gossip.md, sync.md). Messages arrive through the topic validators; every decision is taken
 * synchronously on the land's state after the awaited (pure) checks, so handlers never interleave
 * inside a state change. Executor calls (execute, abort, commit, adopt) run one at a time in order.
 */
import { logger as debugLogger } from '@libp2p/logger'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Logger, PeerId } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import * as dagCbor from '@ipld/dag-cbor'
import {
  ATTEST_FORMAT, LandError, PREPARE_FORMAT, PROPOSAL_FORMAT, VIEW_CHANGE_FORMAT, ValidatorSet,
  decodeProposalEnvelope, decodeVoteMessage, encodeProposalEnvelope, encodeVoteMessage, signMessage, parseSigned, parseViewChangeMsg,
  txSender, blockCid, type AttestMsg, type Block, type Certificate, type EquivocationProof, type ExecutedBlock,
  type LandTx, type PrepareMsg, type ProposalEnvelope, type Signed, type ViewChangeMsg, type VoteMessage
} from '../../store/lands/index.ts'
import type { LandExecutor } from './executor.ts'
import { Mempool, MEMPOOL_DEFAULTS } from './mempool.ts'
import { Ignore, landTopics, publish, subscribeTopics, type LandTopics } from './topics.ts'
import { buildBlock, blockTxs, checkBody, checkSigned, type CheckContext, type Tip } from './sequencer.ts'
import { Round, type AcceptedProposal } from './round.ts'
import { ViewTimer, highestLock, maxExchanged, viewTimeout } from './view-change.ts'
import { lockRecord, logRecords, markStarted, readEntry, readFinal, readLock } from './log-records.ts'
import { FinalReceipts } from './receipts.ts'
import { FinalNonces } from './final-nonces.ts'
import { admitTx } from './admission.ts'
import { logTiming, oldestTxAge } from './timing.ts'
import { dialValidators, exchangeViewChanges, fetchPending, pushPending, syncPeers, type PeerContext } from './peer-requests.ts'
import { landStatus, logBlocks } from './land-reads.ts'
import { serveSync } from './sync-wire.ts'
import { catchUp, serveRequest, verifyCertified } from './sync.ts'
import type { FinalReceipt, Land, LandBlockSummary, LandInit, LandStatus } from './types.ts'

const MAX_FUTURE_VOTES = 10_000
const MAX_FUTURE_PROPOSALS = 64
const SYNC_RETRY_MS = 1000
const EVICT_EVERY_MS = 5000
const DIAL_VALIDATORS_MS = 2000

interface Execution { height: number, block: string, result?: ExecutedBlock }
type FutureVote = { height: number, vote: VoteMessage }
/** the tip of height 1 may not know the genesis state root yet: it is computed when first needed */
type LandTip = Omit<Tip, 'prevStateRoot'> & { prevStateRoot: CID | undefined }

export function createLand (init: LandInit): Land {
  return new LandNode(init)
}

class LandNode implements Land {
  readonly land: string
  readonly genesisCid: CID
  private readonly genesis
  private readonly params
  private readonly set: ValidatorSet
  /** this node's validator index, -1 for a follower */
  private readonly me: number
  private readonly topics: LandTopics
  private readonly log: Logger
  /** one line per final height: when each of its steps happened (DEBUG=amigo:land:*:timing) */
  private readonly timing: Logger
  private readonly now: () => number
  private readonly executor: LandExecutor
  private readonly mempool: Mempool
  private readonly stateSyncGap: number

  private tip!: LandTip
  /** the last final height, its block and certificate (what status and sync show) */
  private final: { height: number, block?: Block, cert?: Certificate } = { height: 0 }
  /** when the last block became final here (this node's clock): how long pending txs have waited */
  private lastFinalMs = 0
  private view = 0
  private round = new Round(1)
  private exec?: Execution
  private queue: Promise<unknown> = Promise.resolve()
  private committing = false
  private running = false
  private diverged?: NonNullable<LandStatus['divergence']>
  private syncedFrom?: number
  private readonly equivocations: LandStatus['equivocations'] = []
  private readonly badViews = new Set<number>()
  private readonly rejections: Record<string, number> = {}
  private futureProposals: ProposalEnvelope[] = []
  private futureVotes: FutureVote[] = []
  private readonly receipts: FinalReceipts
  private readonly nonces: FinalNonces
  private readonly lastSeen = new Map<number, number>()
  private readonly timer = new ViewTimer()
  private proposeTimer?: ReturnType<typeof setTimeout>
  private proposeSoon = false
  private lastProposalMs = -Infinity
  private syncing = false
  private syncAgain = false
  private syncTimer?: ReturnType<typeof setInterval>
  private ttlTimer?: ReturnType<typeof setInterval>
  private dialTimer?: ReturnType<typeof setInterval>
  private synced = false
  private abort = new AbortController()
  private undo: Array<() => void | Promise<void>> = []

  constructor (private readonly init: LandInit) {
    this.genesis = init.genesis
    this.params = init.genesis.params
    this.land = init.genesis.land
    this.genesisCid = init.genesisCid
    this.set = new ValidatorSet(init.genesis.validators)
    this.me = this.set.indexOf(peerIdFromPrivateKey(init.privateKey).toString())
    this.topics = landTopics(init.genesisCid)
    this.log = init.log ?? debugLogger(`amigo:land:${this.land}`)
    this.timing = debugLogger(`amigo:land:${this.land}:timing`)
    this.now = init.now ?? Date.now
    this.executor = init.executor
    this.mempool = new Mempool({ ...MEMPOOL_DEFAULTS, ...init.mempool }, this.now)
    this.stateSyncGap = init.stateSyncGap ?? 256
    this.receipts = new FinalReceipts(init.records)
    this.nonces = new FinalNonces(async a => await this.executor.lastNonce(a))
  }

  private get pubsub (): LandInit['libp2p']['services']['pubsub'] { return this.init.libp2p.services.pubsub }

  private ctx (): CheckContext {
    return { genesisCid: this.genesisCid, land: this.land, params: this.params, set: this.set, mempool: this.mempool, now: this.now() }
  }

  /** Runs executor work after everything queued before it. */
  private async serial<T> (fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => {})
    return run
  }

  // ---- lifecycle

  async start (): Promise<void> {
    if (this.running) return
    const final = await readFinal(this.init.records)
    const head = this.executor.head()
    if (final === undefined) {
      this.tip = { height: head.height + 1, prev: this.genesisCid, prevTimeMs: this.genesis.timeMs, prevStateRoot: head.stateRoot }
      this.final = { height: head.height }
    } else {
      const entry = await readEntry(this.init.records, final.height)
      if (entry === undefined) throw new LandError('ERR_LAND_MALFORMED', `the log names final height ${final.height} but has no entry for it`)
      if (head.height !== final.height) this.log.error('the executor is at height %d, the log at %d', head.height, final.height)
      this.tip = { height: final.height + 1, prev: final.block, prevTimeMs: entry.block.timeMs, prevStateRoot: entry.cert.msg.stateRoot, cert: entry.cert }
      this.final = { height: final.height, block: entry.block, cert: entry.cert }
      this.view = entry.cert.msg.view
    }
    this.round = new Round(this.tip.height)
    if (this.me >= 0) {
      const held = await readLock(this.init.records)
      const restarted = await markStarted(this.init.records)
      // a restarted validator may have proposed or voted in this view before it stopped, even in view
      // 0 before any block was final: it never signs a second block or vote there (a fresh one has
      // signed nothing)
      if (restarted || final !== undefined || held !== undefined) this.round.proposed.add(this.view)
      if (held?.height === this.tip.height) {
        this.round.lock = held.lock
        this.round.prepared.add(held.view)
        this.round.attested.add(held.view)
      }
      // a validator with no final block will have to check and execute block 1: it computes the
      // genesis state before it takes part, so the first proposal does not wait for it (a late
      // follower, which adopts a certified state, never computes it)
      if (final === undefined) await this.readyTip()
    }
    this.abort = new AbortController()
    this.running = true
    this.undo.push(subscribeTopics(this.pubsub, {
      [this.topics.tx]: async (data) => { await this.onTx(data) },
      [this.topics.block]: async (data) => { await this.onBlock(data) },
      [this.topics.vote]: async (data) => { await this.onVote(data) }
    }, this.log, code => { this.rejections[code] = (this.rejections[code] ?? 0) + 1 }))
    this.undo.push(await serveSync(this.init.libp2p, this.genesisCid, async req => serveRequest({
      records: this.init.records,
      mempool: this.mempool,
      finalHeight: () => this.final.height,
      lastFinal: () => ({ block: this.final.block, cert: this.final.cert }),
      pending: (height, block) => {
        const p = height === this.round.height ? this.round.byBlock.get(block) : undefined
        return p === undefined ? undefined : { block: p.env.block, txs: p.env.txs }
      },
      ...(this.init.localBlock !== undefined ? { localBlock: this.init.localBlock } : {}),
      admit: async bytes => {
        if (!this.running || this.diverged !== undefined) return false
        return (await this.admit(bytes)).fresh
      },
      viewChanges: async (height, vcs) => {
        await this.takeViewChanges(height, vcs)
        const r = this.round
        return { height: r.height, vcs: r.height === height ? r.viewChanges.held(maxExchanged(this.set.n)) : [] }
      }
    }, req), this.log))
    // until one peer has answered, keep asking: a node started before its peers still catches up
    // and while txs wait with no block final for a view timeout: the certificate of a height may
    // have reached the others but not this node (gossip is not reliable), and with no new traffic
    // nothing else would tell it that the land moved on
    this.syncTimer = setInterval(() => { if (!this.synced || this.stalled()) this.needSync() }, SYNC_RETRY_MS)
    // and ask at once when a peer connects (a late joiner: no waiting for the next retry); a
    // validator connecting to a synced node gets its view changes (finality.md, "Rejoining a height")
    const onConnect = (evt: CustomEvent<PeerId>): void => {
      if (!this.synced) this.needSync()
      else if (this.set.indexOf(evt.detail.toString()) >= 0) void this.exchangeViewChanges([evt.detail])
    }
    this.init.libp2p.addEventListener('peer:connect', onConnect)
    this.undo.push(() => { this.init.libp2p.removeEventListener('peer:connect', onConnect) })
    // txs past their time to live leave even while no block is final
    this.ttlTimer = setInterval(() => {
      void this.evict([])
      if (this.timing.enabled) for (const e of this.mempool.oldest(5)) if (this.now() - e.addedMs > 3000) this.timing('stuck %s age %d view %d height %d', e.cid, this.now() - e.addedMs, this.view, this.round.height)
    }, EVICT_EVERY_MS)
    // a validator stays connected to the other validators (finality.md, "Rejoining a height")
    if (this.me >= 0) {
      const dial = (): void => { void dialValidators(this.peerContext(), this.me) }
      this.dialTimer = setInterval(dial, DIAL_VALIDATORS_MS)
      dial()
    }
    this.needSync()
  }

  /**
   * After a peer answered the first catch-up: a node still at height 1 (its land has no final block
   * yet, or it replays from genesis) will need the genesis state, so it computes it now, in the
   * background; one that adopted a certified state never does.
   */
  private prepareGenesis (): void {
    if (this.tip.height !== 1 || this.tip.prevStateRoot !== undefined) return
    void this.readyTip().catch(err => { this.log.error('the genesis state cannot be computed: %s', (err as Error).message) })
  }

  /**
   * The tip with its previous state root: at height 1 the genesis state's, computed the first time;
   * undefined when the tip moved on meanwhile (a certified state was adopted).
   */
  private async readyTip (): Promise<Tip | undefined> {
    const tip = this.tip
    if (tip.prevStateRoot !== undefined) return { ...tip, prevStateRoot: tip.prevStateRoot }
    const root = await this.executor.genesisRoot?.()
    if (root === undefined || this.tip.height !== tip.height) return undefined
    if (this.tip === tip) this.tip = { ...tip, prevStateRoot: root }
    return { ...tip, prevStateRoot: root }
  }

  async stop (): Promise<void> {
    if (!this.running) return
    this.running = false
    this.abort.abort()
    this.timer.disarm()
    clearTimeout(this.proposeTimer)
    clearInterval(this.syncTimer)
    clearInterval(this.ttlTimer)
    clearInterval(this.dialTimer)
    for (const u of this.undo.reverse()) await u()
    this.undo = []
    await this.queue
    this.executor.abort()
    this.exec = undefined
    const stopped = new LandError('ERR_LAND_STOPPED', `land ${this.land} stopped`)
    this.receipts.rejectAll(stopped)
  }

  // ---- txs

  async submit (bytes: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<{ cid: CID }> {
    opts.signal?.throwIfAborted()
    if (!this.running) throw new LandError('ERR_LAND_STOPPED', `land ${this.land} is not running`)
    if (this.diverged !== undefined) throw new LandError('ERR_LAND_DIVERGED', `land ${this.land} diverged at height ${this.diverged.height}`)
    const { tx, fresh } = await this.admit(bytes)
    if (fresh) await publish(this.pubsub, this.topics.tx, bytes, this.log)
    this.timing('submitted %s fresh %s', tx.cid, fresh)
    return { cid: tx.cid }
  }

  private async admit (bytes: Uint8Array): Promise<{ tx: LandTx, fresh: boolean }> {
    const admitted = await admitTx({ land: this.land, mempool: this.mempool, receipts: this.receipts, nonces: this.nonces }, bytes)
    if (admitted.fresh) this.onWork()
    return admitted
  }

  private async onTx (data: Uint8Array): Promise<void> {
    if (!this.running || this.diverged !== undefined) throw new Ignore('not admitting')
    try {
      const { fresh, tx } = await this.admit(data)
      this.timing('gossiped %s fresh %s', tx.cid, fresh)
      if (!fresh) throw new Ignore('duplicate')
    } catch (e) {
      const code = (e as LandError).code
      this.timing('gossiped tx refused %s %s', code, (e as Error).message)
      if (code === 'ERR_LAND_NONCE' || code === 'ERR_BUSY') throw new Ignore(code)
      throw e
    }
  }

  async waitFinal (txCid: CID, opts: { signal?: AbortSignal } = {}): Promise<FinalReceipt> {
    opts.signal?.throwIfAborted()
    const key = txCid.toString()
    const known = await this.receipts.get(key)
    if (known !== undefined) return known
    if (!this.running) throw new LandError('ERR_LAND_STOPPED', `land ${this.land} is not running`)
    const waiting = this.receipts.wait(key, opts.signal)
    // it may have become final while we looked in the log
    const late = await this.receipts.get(key)
    if (late !== undefined) this.receipts.final(key, late)
    return waiting
  }

  // ---- proposals

  private async onBlock (data: Uint8Array): Promise<void> {
    if (!this.running) throw new Ignore('stopped')
    const env = decodeProposalEnvelope(data, this.params.maxBlockBytes, this.params.maxBlockTxs)
    const h = env.block.height
    if (h < this.tip.height) throw new Ignore(`old height ${h}`)
    if (h > this.tip.height + 1) { this.needSync(); throw new Ignore(`height ${h} is ahead: catching up`) }
    const cid = await checkSigned(env, this.ctx())
    if (h === this.tip.height + 1) {
      // pipelining: the sequencer finalized our height already; its certificate may finish ours
      const c = env.prevCert
      if (c !== undefined && c.msg.height === this.tip.height && c.msg.genesis.equals(this.genesisCid)) {
        await this.set.verifyQC(c)
        this.onCertificate(c)
      }
    }
    // the height may have moved while the checks ran
    if (h === this.tip.height + 1) {
      if (this.futureProposals.length < MAX_FUTURE_PROPOSALS) this.futureProposals.push(env)
      return
    }
    await this.acceptProposal(env, cid)
  }

  private async acceptProposal (env: ProposalEnvelope, cid: CID): Promise<void> {
    const r = this.round
    const v = env.proposal.msg.view
    if (env.block.height !== r.height || this.committing) throw new Ignore('not for the height being decided')
    this.checkEquivocation(r, env, cid)
    if (this.badViews.has(v) || r.equivocated.has(v)) throw new LandError('ERR_LAND_WRONG_VIEW', `the sequencer of view ${v} equivocated`)
    if (v < this.view) throw new Ignore(`stale view ${v}`)
    const tip = await this.readyTip()
    if (tip === undefined) throw new Ignore('the height moved on')
    const checked = await checkBody(env, cid, tip, this.ctx())
    if (this.round !== r || this.committing) throw new Ignore('the height moved on')
    this.checkEquivocation(r, env, cid)
    const accepted: AcceptedProposal = { env, cid, txs: checked.txs }
    r.proposals.set(v, accepted)
    r.byBlock.set(cid.toString(), accepted)
    r.mark('accepted')
    this.log.trace('accepted block %s height %d view %d (%d txs)', cid, r.height, v, accepted.txs.length)
    // keep the bodies: a view change may re-propose them
    env.txs.forEach((bytes, i) => { if (!this.mempool.has(accepted.txs[i].cid.toString())) { try { this.mempool.add(accepted.txs[i], bytes) } catch {} } })
    if (v > this.view) this.enterView(v, env.justification)
    else if (v === this.view && r.proposals.size === 1) {
      // the sequencer is alive: its round gets a full timeout (a slow machine is not a dead sequencer)
      this.timer.disarm()
    }
    this.startExecution(cid.toString())
    if (this.canVote(v) && !r.prepared.has(v)) {
      r.prepared.add(v)
      const msg: PrepareMsg = { format: PREPARE_FORMAT, genesis: this.genesisCid, height: r.height, view: v, block: cid }
      const s = await signMessage(msg, this.me, this.init.privateKey)
      r.prepares.add(msg, this.me, s.sig)
      void publish(this.pubsub, this.topics.vote, encodeVoteMessage({ prepare: s }), this.log)
    }
    this.onWork()
    this.progress()
  }

  /** A second, different proposal of one sequencer for (h, v): gossip the proof, leave the view. */
  private checkEquivocation (r: Round, env: ProposalEnvelope, cid: CID): void {
    const v = env.proposal.msg.view
    const first = r.proposals.get(v)
    if (first === undefined) return
    if (first.cid.equals(cid)) throw new Ignore('proposal already seen')
    const proof: EquivocationProof = { format: 'amigo/equivocation/1', a: first.env.proposal, b: env.proposal }
    void publish(this.pubsub, this.topics.vote, encodeVoteMessage({ equivocation: proof }), this.log)
    this.onEquivocation(proof)
    throw new LandError('ERR_LAND_EQUIVOCATION', `validator ${env.proposal.by} signed two blocks for height ${r.height} view ${v}`)
  }

  private onEquivocation (p: EquivocationProof): void {
    const { height, view } = p.a.msg
    if (this.badViews.has(view)) return
    this.badViews.add(view)
    this.equivocations.push({ height, view, validator: this.set.addresses[p.a.by] })
    this.log.error('validator %s equivocated at height %d view %d', this.set.addresses[p.a.by], height, view)
    if (height === this.round.height) this.round.equivocated.add(view)
    if (this.view <= view) void this.sendViewChange(view + 1)
  }

  private canVote (v: number): boolean {
    const r = this.round
    return this.me >= 0 && this.running && this.diverged === undefined && v === this.view && r.viewChangeSent <= v &&
      !this.badViews.has(v) && !r.equivocated.has(v)
  }

  // ---- execution and commit

  private startExecution (block: string): void {
    const r = this.round
    const p = r.byBlock.get(block)
    if (p === undefined || this.committing || this.diverged !== undefined) return
    if (this.exec?.height === r.height && this.exec.block === block) return
    const token: Execution = { height: r.height, block }
    this.exec = token
    void this.serial(async () => {
      if (this.exec !== token || !this.running) return
      this.executor.abort()
      try {
        r.mark('execStart')
        token.result = await this.executor.execute({ height: r.height, timeMs: p.env.block.timeMs, txs: p.txs })
        r.mark('executed')
      } catch (e) {
        this.log.error('executing block %s of height %d - %e', block, r.height, e)
        if (this.exec === token) this.exec = undefined
        return
      }
      if (this.exec === token) this.progress()
    })
  }

  /** Attest once prepared and executed; commit once certified. */
  private progress (): void {
    const r = this.round
    if (this.committing || this.diverged !== undefined || !this.running) return
    const v = this.view
    const p = r.proposals.get(v)
    const ex = this.exec
    if (p !== undefined && this.canVote(v) && !r.attested.has(v) && ex?.block === p.cid.toString() && ex.result !== undefined) {
      const qc = r.prepares.qc({ format: PREPARE_FORMAT, genesis: this.genesisCid, height: r.height, view: v, block: p.cid }, this.set.q)
      if (qc !== undefined) {
        this.log.trace('prepared block %s height %d view %d', p.cid, r.height, v)
        r.mark('prepareQC')
        r.attested.add(v)
        r.lock = qc
        void this.attest(r, v, p.cid, ex.result)
      }
    }
    if (r.cert === undefined) r.cert = r.attests.complete(this.set.q)[0]
    if (r.cert !== undefined) { r.mark('cert'); this.tryCommit(r) }
  }

  private async attest (r: Round, v: number, block: CID, result: ExecutedBlock): Promise<void> {
    const msg: AttestMsg = { format: ATTEST_FORMAT, genesis: this.genesisCid, height: r.height, view: v, block, stateRoot: result.stateRoot, receiptsRoot: result.receiptsRoot }
    const s = await signMessage(msg, this.me, this.init.privateKey)
    if (this.round !== r) return
    // durable before it is sent: after a crash this validator is still locked and votes no other block in this view
    if (r.lock !== undefined) await this.init.records.batch([lockRecord({ height: r.height, view: v, lock: r.lock })])
    if (this.round !== r) return
    r.attests.add(msg, this.me, s.sig)
    r.mark('attested')
    void publish(this.pubsub, this.topics.vote, encodeVoteMessage({ attest: s }), this.log)
    this.progress()
  }

  /** A certificate for the height being decided (from votes or from a next proposal's prevCert). */
  private onCertificate (cert: Certificate): void {
    const r = this.round
    if (cert.msg.height !== r.height || r.cert !== undefined) return
    r.cert = cert
    this.progress()
  }

  private tryCommit (r: Round): void {
    const cert = r.cert!
    const block = cert.msg.block.toString()
    const p = r.byBlock.get(block)
    if (p === undefined) { this.needSync(); return }
    const ex = this.exec
    if (ex?.block !== block || ex.height !== r.height) { this.startExecution(block); return }
    if (ex.result === undefined) return
    if (!this.sameRoots(ex.result, cert)) return
    this.committing = true
    const oldest = this.timing.enabled ? oldestTxAge(p, this.mempool, this.now()) : 0
    void this.serial(async () => {
      try {
        if (this.exec !== ex || !this.running) { this.committing = false; this.progress(); return }
        await this.executor.commit(r.height, logRecords({ block: p.env.block, proposal: p.env.proposal, cert, receipts: ex.result!.receipts }, p.cid, p.env.txs))
        r.mark('committed')
        this.log.trace('final block %s height %d view %d', p.cid, r.height, cert.msg.view)
        if (this.timing.enabled) logTiming(this.timing, r, p, oldest)
        this.advance(p.env.block, p.cid, cert, ex.result!, p.txs)
      } catch (e) {
        this.committing = false
        this.log.error('committing height %d - %e', r.height, e)
      }
    })
  }

  /** Compares our roots with a certificate's; a mismatch stops the land (divergence). */
  private sameRoots (result: ExecutedBlock, cert: Certificate): boolean {
    if (result.stateRoot.equals(cert.msg.stateRoot) && result.receiptsRoot.equals(cert.msg.receiptsRoot)) return true
    this.diverged = { height: cert.msg.height, ours: result.stateRoot.toString(), theirs: cert.msg.stateRoot.toString() }
    this.timer.disarm()
    this.log.error('land %s diverged at height %d: our state root %s, the certificate\'s %s (receipts %s vs %s)', this.land, cert.msg.height,
      result.stateRoot.toString(), cert.msg.stateRoot.toString(), result.receiptsRoot.toString(), cert.msg.receiptsRoot.toString())
    if (!result.stateRoot.equals(cert.msg.stateRoot)) void this.locateDivergence(result.stateRoot, cert.msg.stateRoot)
    return false
  }

  /** The first service (or record) whose state differs, found in the background: the certificate's blocks come from peers. */
  private async locateDivergence (ours: CID, theirs: CID): Promise<void> {
    const d = this.diverged
    if (d === undefined || this.executor.diffState === undefined) return
    try {
      const first = await this.executor.diffState(ours, theirs)
      if (first === undefined || this.diverged !== d) return
      d.first = first
      this.log.error('land %s diverged at height %d: the first differing %s (ours %s, certified %s)', this.land, d.height,
        first.service !== undefined ? `service is ${first.service}` : `record is ${first.key}`, first.ours ?? 'absent', first.theirs ?? 'absent')
    } catch (e) {
      this.log.error('land %s diverged at height %d: the states cannot be compared - %e', this.land, d.height, e)
    }
  }

  /** The block of `tip.height` is committed: move to the next height. */
  private advance (block: Block, cid: CID, cert: Certificate, result: ExecutedBlock | undefined, txs: LandTx[]): void {
    const h = block.height
    this.exec = undefined
    this.tip = { height: h + 1, prev: cid, prevTimeMs: block.timeMs, prevStateRoot: cert.msg.stateRoot, cert }
    // the certificate fixes the view the next height starts in (blocks.md, "base view"): a view
    // change this node began at the certified height is over
    this.view = cert.msg.view
    this.round = new Round(h + 1)
    this.committing = false
    this.timer.disarm()
    const senders = new Set<string>()
    if (result === undefined) this.nonces.clear()
    else this.nonces.final(txs.map(txSender))
    this.final = { height: h, block, cert }
    this.lastFinalMs = this.now()
    txs.forEach((tx, i) => {
      const key = tx.cid.toString()
      this.mempool.remove(key)
      senders.add(txSender(tx).address)
      const receipt = result?.receipts[i]
      if (receipt === undefined) return
      const final: FinalReceipt = { ...receipt, height: h, block: cid.toString(), stateRoot: cert.msg.stateRoot.toString() }
      this.receipts.final(key, final)
    })
    void this.evict(senders)
    void this.init.blocks?.put(dagCbor.encode(block), 'dag-cbor').catch(() => {})
    try { this.init.onFinal?.(cert) } catch (e) { this.log.error('the final-height hook failed - %e', e) }
    if (this.badViews.has(this.view)) void this.sendViewChange(this.view + 1)
    this.drainFuture()
    this.onWork()
  }

  private async evict (senders: Iterable<string>): Promise<void> {
    const last = new Map<string, number>()
    for (const a of senders) last.set(a, await this.nonces.get(a))
    for (const e of this.mempool.evict(last)) {
      this.receipts.drop(e.cid, new LandError('ERR_LAND_TX_DROPPED', `tx ${e.cid} was dropped from the mempool (its nonce ${e.nonce} is used, or it waited too long)`))
    }
  }

  private drainFuture (): void {
    const h = this.tip.height
    const votes = this.futureVotes
    const props = this.futureProposals
    this.futureVotes = votes.filter(f => f.height > h)
    this.futureProposals = props.filter(p => p.block.height > h)
    for (const f of votes) if (f.height === h) this.applyVote(f.vote)
    for (const env of props) {
      if (env.block.height !== h) continue
      void blockCid(env.block).then(async cid => { await this.acceptProposal(env, cid) }).catch(e => {
        if (!(e instanceof Ignore)) this.log('a held proposal was refused - %e', e)
      })
    }
  }

  // ---- votes

  private async onVote (data: Uint8Array): Promise<void> {
    if (!this.running) throw new Ignore('stopped')
    const m = decodeVoteMessage(data)
    if ('equivocation' in m) {
      if (this.badViews.has(m.equivocation.a.msg.view)) throw new Ignore('known proof')
      await this.set.verifyEquivocation(m.equivocation, this.genesisCid)
      this.onEquivocation(m.equivocation)
      return
    }
    const s: Signed<PrepareMsg | AttestMsg | ViewChangeMsg> = 'prepare' in m ? m.prepare : 'attest' in m ? m.attest : m.viewChange
    if (!s.msg.genesis.equals(this.genesisCid)) throw new LandError('ERR_LAND_WRONG_LAND', 'a vote for another land')
    const h = s.msg.height
    if ('attest' in m) this.lastSeen.set(s.by, Math.max(this.lastSeen.get(s.by) ?? 0, h))
    if (h < this.tip.height) throw new Ignore(`old height ${h}`)
    if (h > this.tip.height + 1) { this.needSync(); throw new Ignore(`height ${h} is ahead: catching up`) }
    if ('viewChange' in m) await this.verifyViewChange(m.viewChange)
    else await this.set.verifySigned(s)
    if (h === this.tip.height + 1) {
      if (this.futureVotes.length < MAX_FUTURE_VOTES) this.futureVotes.push({ height: h, vote: m })
      return
    }
    if (h !== this.round.height) throw new Ignore('the height moved on')
    if (!this.applyVote(m)) throw new Ignore('vote already counted')
  }

  /** Throws unless a view change is validly signed and its lock, if any, is a prepare QC of its height from an earlier view. */
  private async verifyViewChange (vc: Signed<ViewChangeMsg>): Promise<void> {
    if (!vc.msg.genesis.equals(this.genesisCid)) throw new LandError('ERR_LAND_WRONG_LAND', 'a view change for another land')
    await this.set.verifySigned(vc)
    const l = vc.msg.lock
    if (l !== undefined) {
      if (l.msg.height !== vc.msg.height || l.msg.view >= vc.msg.view || !l.msg.genesis.equals(this.genesisCid)) throw new LandError('ERR_LAND_WRONG_VIEW', 'the lock is not a prepare QC of this height from an earlier view')
      await this.set.verifyQC(l)
    }
  }

  /** Counts a verified vote of the height being decided; false if it was counted before. */
  private applyVote (m: VoteMessage): boolean {
    const r = this.round
    if ('prepare' in m) {
      if (!r.prepares.add(m.prepare.msg, m.prepare.by, m.prepare.sig)) return false
      this.progress()
    } else if ('attest' in m) {
      if (!r.attests.add(m.attest.msg, m.attest.by, m.attest.sig)) return false
      this.progress()
    } else if ('viewChange' in m) {
      if (!r.viewChanges.add(m.viewChange)) return false
      this.onViewChanges()
    }
    return true
  }

  // ---- view change

  private onWork (): void {
    this.armTimer()
    this.schedulePropose()
  }

  private armTimer (): void {
    const r = this.round
    if (this.me < 0 || !this.running || this.diverged !== undefined || this.timer.armed || this.committing) return
    if (this.mempool.size === 0 && r.proposals.size === 0 && r.cert === undefined) return
    // waiting for a new-view proof: back off by the view changes sent; in a view: by the views
    // entered before it (finality.md, "Timer"), so lonely view changes do not slow a quorum that is back
    const doublings = r.viewChangeSent > this.view ? r.changes : Math.max(0, r.entered - 1)
    this.timer.arm(viewTimeout(this.params.viewTimeoutMs, doublings), () => {
      if (this.round !== r || !this.running) return
      if (r.proposals.size === 0 && this.set.sequencer(this.view) !== this.me) void pushPending(this.peerContext(), this.mempool, this.set.sequencer(this.view))
      void this.sendViewChange(Math.max(this.view, r.viewChangeSent) + 1)
    })
  }

  private async sendViewChange (view: number): Promise<void> {
    const r = this.round
    if (this.me < 0 || !this.running || this.diverged !== undefined || view <= r.viewChangeSent || view <= this.view - 1) return
    const sending = this.signViewChange(r, view)
    r.sending = sending
    await sending
  }

  private async signViewChange (r: Round, view: number): Promise<void> {
    r.viewChangeSent = view
    r.changes++
    const msg: ViewChangeMsg = { format: VIEW_CHANGE_FORMAT, genesis: this.genesisCid, height: r.height, view, finalHeight: r.height - 1, ...(r.lock !== undefined ? { lock: r.lock } : {}) }
    const s = await signMessage(msg, this.me, this.init.privateKey)
    if (this.round !== r) return
    this.log('view change to %d at height %d', view, r.height)
    r.viewChanges.add(s)
    void publish(this.pubsub, this.topics.vote, encodeVoteMessage({ viewChange: s }), this.log)
    this.timer.disarm()
    this.armTimer()
    this.onViewChanges()
  }

  private onViewChanges (): void {
    const r = this.round
    // f+1 validators want a higher view: at least one honest one timed out (the highest such view:
    // a validator rejoining a height learns several at once, and joins where the others are)
    const wanted = r.viewChanges.viewsWith(this.set.f + 1, Math.max(this.view, r.viewChangeSent))
    if (wanted.length > 0 && this.me >= 0) void this.sendViewChange(wanted[wanted.length - 1])
    const ready = r.viewChanges.viewsWith(this.set.q, this.view)
    if (ready.length > 0) {
      const w = ready[ready.length - 1]
      this.enterView(w, r.viewChanges.proof(w, this.set.q))
    }
  }

  private enterView (view: number, proof?: Array<Signed<ViewChangeMsg>>): void {
    if (view <= this.view) return
    const r = this.round
    this.view = view
    if (proof !== undefined) r.justification.set(view, proof)
    r.entered++
    this.log('entered view %d at height %d (sequencer %s)', view, r.height, this.set.addresses[this.set.sequencer(view)])
    this.timer.disarm()
    // the new sequencer may have missed our pending txs' gossip (it was down, or just reconnected)
    const next = this.set.sequencer(view)
    if (this.me >= 0 && next !== this.me && this.mempool.size > 0) void pushPending(this.peerContext(), this.mempool, next)
    this.onWork()
  }

  // ---- rejoining a height (finality.md): view changes exchanged directly, gossip does not repeat them

  /** Checks and counts view changes handed over by a peer; all verified before any is counted. */
  private async takeViewChanges (height: number, raw: unknown[]): Promise<void> {
    if (!this.running) return
    if (raw.length > maxExchanged(this.set.n)) throw new LandError('ERR_LAND_MALFORMED', `at most ${maxExchanged(this.set.n)} view changes in one exchange`)
    const vcs = raw.map(v => parseSigned(v, parseViewChangeMsg))
    if (height > this.tip.height) { this.needSync(); return }
    const r = this.round
    if (height !== r.height) return
    const mine = vcs.filter(vc => vc.msg.height === height)
    await Promise.all(mine.map(async vc => { await this.verifyViewChange(vc) }))
    if (this.round !== r || !this.running) return
    let fresh = false
    for (const vc of mine) if (r.viewChanges.add(vc)) fresh = true
    if (fresh) this.onViewChanges()
  }

  /** Sends our view changes of the height to validators and counts theirs; once more if that made us send one. */
  private async exchangeViewChanges (peers: PeerId[]): Promise<void> {
    const r = this.round
    if (this.me < 0 || !this.running || this.diverged !== undefined || peers.length === 0) return
    const sent = r.viewChangeSent
    const once = async (): Promise<void> => {
      const held = r.viewChanges.held(maxExchanged(this.set.n))
      await Promise.all(peers.map(async peer => {
        const got = await exchangeViewChanges(this.peerContext(), peer, r.height, held)
        if (got !== undefined) await this.takeViewChanges(got.height, got.vcs).catch(e => { this.log('view changes from %p refused - %e', peer, e) })
      }))
    }
    await once()
    await r.sending
    if (this.round === r && r.viewChangeSent > sent) await once()
  }

  /** The connected validators other than this node. */
  private validatorPeers (): PeerId[] {
    const me = this.me >= 0 ? this.set.addresses[this.me] : undefined
    return this.syncPeers().filter(p => { const a = p.toString(); return a !== me && this.set.indexOf(a) >= 0 })
  }

  // ---- sequencer

  private schedulePropose (): void {
    if (this.proposeSoon || !this.running || this.me < 0 || this.set.sequencer(this.view) !== this.me) return
    this.proposeSoon = true
    // a burst of txs that arrive together goes into one block
    setImmediate(() => {
      this.proposeSoon = false
      void this.propose().catch(e => { this.log.error('proposing - %e', e) })
    })
  }

  private async propose (): Promise<void> {
    const r = this.round
    const v = this.view
    if (!this.running || this.me < 0 || this.diverged !== undefined || this.committing || this.set.sequencer(v) !== this.me) return
    if (r.proposed.has(v) || r.proposals.has(v) || this.badViews.has(v) || r.viewChangeSent > v || r.cert !== undefined) return
    const base = this.tip.cert?.msg.view ?? 0
    const justification = v > base ? r.justification.get(v) : undefined
    if (v > base && justification === undefined) return
    const lock = justification !== undefined ? highestLock(justification) : undefined
    if (lock === undefined) {
      const wait = this.lastProposalMs + this.params.blockMs - this.now()
      if (wait > 0) {
        clearTimeout(this.proposeTimer)
        this.proposeTimer = setTimeout(() => { this.schedulePropose() }, wait)
        return
      }
    }
    let block: Block
    let bodies: Uint8Array[]
    if (lock !== undefined) {
      const held = r.byBlock.get(lock.msg.block.toString())
      const locked = held !== undefined ? { block: held.env.block, txs: held.env.txs } : await fetchPending(this.peerContext(), this.syncPeers(), r.height, lock.msg.block, this.ctx())
      if (locked === undefined) return
      block = locked.block
      bodies = locked.txs
    } else {
      const tip = await this.readyTip()
      const built = tip === undefined ? undefined : buildBlock(tip, this.mempool, this.params, this.genesisCid, this.now())
      if (built === undefined) return
      block = built.block
      bodies = built.bodies
    }
    if (this.round !== r || this.view !== v || r.proposed.has(v)) return
    r.proposed.add(v)
    r.mark('proposing')
    this.lastProposalMs = this.now()
    const cid = await blockCid(block)
    const proposal = await signMessage({ format: PROPOSAL_FORMAT, genesis: this.genesisCid, height: r.height, view: v, block: cid }, this.me, this.init.privateKey)
    const env: ProposalEnvelope = { proposal, block, txs: bodies, ...(this.tip.cert !== undefined ? { prevCert: this.tip.cert } : {}), ...(justification !== undefined ? { justification } : {}) }
    const bytes = encodeProposalEnvelope(env)
    await this.acceptProposal(env, cid).catch(e => { if (!(e instanceof Ignore)) throw e })
    await publish(this.pubsub, this.topics.block, bytes, this.log)
  }

  // ---- sync

  private syncPeers (): PeerId[] {
    return syncPeers(this.init.libp2p, this.set, this.lastSeen)
  }

  private peerContext (): PeerContext {
    return { libp2p: this.init.libp2p, genesisCid: this.genesisCid, set: this.set, log: this.log, signal: this.abort.signal }
  }

  private stalled (): boolean {
    return this.mempool.size > 0 && this.now() - this.lastFinalMs > this.params.viewTimeoutMs
  }

  private needSync (): void {
    if (!this.running || this.diverged !== undefined) return
    if (this.syncing) { this.syncAgain = true; return }
    this.syncing = true
    void catchUp({
      libp2p: this.init.libp2p,
      genesisCid: this.genesisCid,
      set: this.set,
      log: this.log,
      stateSyncGap: this.stateSyncGap,
      signal: this.abort.signal,
      nextHeight: () => this.tip.height,
      peers: () => this.syncPeers(),
      applyCertified: async (block, cert, bodies) => { await this.applyCertified(block, cert, bodies) },
      adopt: async (block, cert) => { await this.adopt(block, cert) }
    }).then(answered => {
      if (!answered) return
      this.synced = true
      this.prepareGenesis()
      // at the land's height now: learn the view changes made while this node was away
      void this.exchangeViewChanges(this.validatorPeers())
    }, e => { this.log('catch-up failed - %e', e) }).finally(() => {
      this.syncing = false
      if (this.syncAgain) { this.syncAgain = false; this.needSync() }
    })
  }

  /** Replays one certified block of the next height (catch-up). */
  private async applyCertified (block: Block, cert: Certificate, bodies: Uint8Array[]): Promise<void> {
    if (this.diverged !== undefined || !this.running) throw new LandError('ERR_LAND_DIVERGED', 'not executing')
    const cid = await verifyCertified(block, cert, { genesisCid: this.genesisCid, set: this.set })
    if (block.height !== this.tip.height || this.committing) return
    if (!block.prev.equals(this.tip.prev)) throw new LandError('ERR_LAND_WRONG_PREV', `certified block ${block.height} does not follow our last block`)
    const txs = await blockTxs(block, bodies, this.ctx())
    this.committing = true
    this.exec = undefined
    try {
      await this.serial(async () => {
        this.executor.abort()
        const result = await this.executor.execute({ height: block.height, timeMs: block.timeMs, txs })
        if (!this.sameRoots(result, cert)) { this.executor.abort(); throw new LandError('ERR_LAND_DIVERGED', `diverged at height ${block.height}`) }
        await this.executor.commit(block.height, logRecords({ block, cert, receipts: result.receipts }, cid, bodies))
        this.advance(block, cid, cert, result, txs)
      })
    } finally {
      this.committing = false
    }
  }

  /** State sync: adopt the certified state of a height far ahead (or any, for a node that never executed). */
  private async adopt (block: Block, cert: Certificate): Promise<void> {
    // a diverged node keeps its last agreed state (finality.md, "Divergence")
    if (this.diverged !== undefined || !this.running) throw new LandError('ERR_LAND_DIVERGED', 'not executing')
    const cid = await verifyCertified(block, cert, { genesisCid: this.genesisCid, set: this.set })
    if (block.height < this.tip.height || this.committing) return
    this.committing = true
    this.exec = undefined
    try {
      await this.serial(async () => {
        this.executor.abort()
        await this.executor.adopt(block.height, cert.msg.stateRoot)
        await this.init.records.batch(logRecords({ block, cert }, cid))
      })
      this.syncedFrom = block.height
      this.log('adopted the certified state of height %d (%s)', block.height, cert.msg.stateRoot.toString())
      this.advance(block, cid, cert, undefined, [])
      void this.evict(new Set([...this.mempoolSenders()]))
    } finally {
      this.committing = false
    }
  }

  private * mempoolSenders (): Iterable<string> {
    for (const e of this.mempool.oldest(this.mempool.size)) yield e.address
  }

  // ---- reads

  status (): LandStatus {
    return landStatus({
      land: this.land,
      genesisCid: this.genesisCid,
      set: this.set,
      me: this.me,
      self: peerIdFromPrivateKey(this.init.privateKey).toString(),
      connected: new Set(this.init.libp2p.getPeers().map(p => p.toString())),
      finalHeight: this.final.height,
      stateRoot: this.final.cert?.msg.stateRoot ?? this.executor.head().stateRoot,
      view: this.view,
      lastSeen: this.lastSeen,
      mempool: this.mempool,
      diverged: this.diverged,
      syncedFrom: this.syncedFrom,
      equivocations: this.equivocations,
      rejections: this.rejections
    })
  }

  async blocks (from: number, limit: number): Promise<LandBlockSummary[]> {
    return logBlocks(this.init.records, this.set.addresses, this.final.height, from, limit)
  }
}
