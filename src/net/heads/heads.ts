// Publishing and resolving land and head records through the DHT (protocols/heads.md §3–5):
// validators sign the land record of each land they run and publish its final heads, rate-limited
// (latest wins); any node resolves a land name to its genesis and a genesis to its latest head.
import { setMaxListeners } from 'node:events'
import type { Logger, PrivateKey } from '@libp2p/interface'
import type { Datastore } from 'interface-datastore'
import type { CID } from 'multiformats/cid'
import { encodeGenesis, type Certificate, type Genesis } from '../../store/lands/index.ts'
import { NotFoundError } from '../errors.ts'
import type { AmigoLibp2p } from '../libp2p.ts'
import type { BlockApi, SignalOptions } from '../index.ts'
import { decodeDhtRecord, encodeDhtRecord } from '../names/dht-record.ts'
import { dhtDatastoreKey } from '../names/names.ts'
import type { GenesisCache } from './genesis-source.ts'
import type { RecordRules } from './rules.ts'
import {
  createLandRecord, encodeHeadRecord, encodeLandRecord, headKey, headRecordOf, landKey,
  validateHeadRecord, validateLandRecord, type HeadRecord, type LandRecord
} from './record.ts'

/** At most one head publish per land this often (protocols/heads.md §4). */
export const HEAD_PUBLISH_INTERVAL_MS = 500
export const LAND_RECORD_VALIDITY_MS = 24 * 60 * 60 * 1000
export const LAND_REPUBLISH_MS = 4 * 60 * 60 * 1000
/** A resolve answers with the best of this many valid answers (this node's copy counts), or GRACE_MS after the first. */
const ANSWERS = 2
const GRACE_MS = 40
/** A land record found in the DHT answers again for this long (it changes rarely; the head is always asked). */
const LAND_FRESH_MS = 60_000
const LAND_CACHE_MAX = 1000
const RETRY_MS = 150
const PUT_MS = 10_000
const LAND_RETRY_MS = 5000

export interface ResolvedHead {
  height: number
  stateRoot: string
  block: string
  view: number
  /** peer ids of the certificate's signers */
  signers: string[]
}

export interface ResolvedLand {
  land: string
  genesis: string
  /** `own`: a land this node runs; `dht`: a land record found in the DHT */
  source: 'own' | 'dht'
  record?: { seq: number, validity: number, signer: string, by: number }
  validators: string[]
  quorum: number
  head?: ResolvedHead
}

export interface HeadApi {
  /** a land this node runs: trusted for its name, its genesis block stored so peers can fetch it */
  addLand: (genesis: Genesis, cid: CID) => Promise<void>
  /** sign (as one of its validators) and put the land record of a land this node runs */
  publishLand: (genesis: Genesis, cid: CID, options?: SignalOptions) => Promise<LandRecord>
  /** a final height's certificate: published soon (at most every HEAD_PUBLISH_INTERVAL_MS, latest wins) */
  publishHead: (cert: Certificate) => void
  /** the latest valid head of a land (ERR_NOT_FOUND if none before the deadline) */
  resolveHead: (genesis: CID, options?: SignalOptions) => Promise<HeadRecord>
  /** a land name's genesis and latest head, with the evidence (ERR_NOT_FOUND if no valid land record) */
  resolveLand: (land: string, options?: SignalOptions) => Promise<ResolvedLand>
  /** resolves when no head publish waits or runs */
  idle: () => Promise<void>
}

export interface HeadsInit {
  libp2p: AmigoLibp2p
  datastore: Datastore
  blocks: Pick<BlockApi, 'put'>
  privateKey: PrivateKey
  geneses: GenesisCache
  rules: RecordRules
  offline: boolean
  log: Logger
  publishIntervalMs?: number
}

interface Publisher { latest?: HeadRecord, pending?: HeadRecord, running?: Promise<void>, timer?: NodeJS.Timeout, last: number }

export class Heads implements HeadApi {
  private readonly own = new Map<string, { genesis: Genesis, cid: CID }>()
  /** own lands (by genesis CID) whose land record no peer took yet, and when it was last tried */
  private readonly landUnplaced = new Map<string, number>()
  private readonly publishers = new Map<string, Publisher>()
  private readonly stopping = new AbortController()
  private readonly intervalMs: number
  private republishTimer?: NodeJS.Timeout
  /** land records found in the DHT, by land name, and when */
  private readonly landCache = new Map<string, { bytes: Uint8Array, since: number }>()

  constructor (private readonly init: HeadsInit) {
    this.intervalMs = init.publishIntervalMs ?? HEAD_PUBLISH_INTERVAL_MS
    setMaxListeners(Infinity, this.stopping.signal)
  }

  start (): void {
    this.republishTimer = setInterval(() => { void this.republish() }, LAND_REPUBLISH_MS)
    this.republishTimer.unref()
  }

  stop (): void {
    clearInterval(this.republishTimer)
    for (const p of this.publishers.values()) clearTimeout(p.timer)
    this.stopping.abort()
  }

  async addLand (genesis: Genesis, cid: CID): Promise<void> {
    this.init.geneses.add(genesis, cid)
    this.own.set(genesis.land, { genesis, cid })
    const stored = await this.init.blocks.put(encodeGenesis(genesis), 'dag-cbor')
    if (!stored.equals(cid.toV1())) this.init.log.error('the genesis of %s stored as %s, not %s', genesis.land, stored, cid)
  }

  async publishLand (genesis: Genesis, cid: CID, options: SignalOptions = {}): Promise<LandRecord> {
    await this.addLand(genesis, cid)
    const record = await createLandRecord(this.init.privateKey, { genesis, cid }, { seq: Date.now(), validity: Date.now() + LAND_RECORD_VALIDITY_MS })
    this.landUnplaced.set(cid.toString(), Date.now())
    const took = await this.put(landKey(genesis.land), encodeLandRecord(record), options.signal)
    if (took > 0 || this.init.offline) this.landUnplaced.delete(cid.toString())
    return record
  }

  publishHead (cert: Certificate): void {
    const k = cert.msg.genesis.toString()
    let p = this.publishers.get(k)
    if (p === undefined) { p = { last: 0 }; this.publishers.set(k, p) }
    if (p.latest !== undefined && p.latest.height >= cert.msg.height) return
    p.latest = headRecordOf(cert)
    p.pending = p.latest
    this.schedule(p)
  }

  async idle (): Promise<void> {
    for (;;) {
      const busy = [...this.publishers.values()].filter(p => p.running !== undefined || p.timer !== undefined)
      if (busy.length === 0 || this.stopping.signal.aborted) return
      await Promise.all(busy.map(async p => await (p.running ?? new Promise(resolve => setTimeout(resolve, this.intervalMs)))))
    }
  }

  private schedule (p: Publisher): void {
    if (p.running !== undefined || p.timer !== undefined || p.pending === undefined || this.stopping.signal.aborted) return
    p.timer = setTimeout(() => {
      p.timer = undefined
      const record = p.pending!
      p.pending = undefined
      p.last = Date.now()
      p.running = this.put(headKey(record.genesis), encodeHeadRecord(record)).then(async () => {
        // a land record put at start, before the routing table filled, reached nobody: try again
        const tried = this.landUnplaced.get(record.genesis.toString())
        const own = [...this.own.values()].find(o => o.cid.equals(record.genesis))
        if (tried !== undefined && own !== undefined && Date.now() - tried >= LAND_RETRY_MS) await this.publishLand(own.genesis, own.cid)
      }).catch(e => {
        this.init.log('publishing the head %d of %s failed - %s', record.height, record.genesis, e?.message)
      }).finally(() => {
        p.running = undefined
        this.schedule(p)
      })
    }, Math.max(0, p.last + this.intervalMs - Date.now()))
  }

  async resolveHead (genesis: CID, options: SignalOptions = {}): Promise<HeadRecord> {
    const key = headKey(genesis)
    const mine = this.publishers.get(genesis.toString())?.latest
    const found = await this.find(key, options.signal, mine !== undefined ? encodeHeadRecord(mine) : undefined)
    if (found === undefined) throw new NotFoundError(`no valid head of ${genesis.toString()} found before the deadline`)
    return (await validateHeadRecord(key, found, async cid => await this.init.geneses.get(cid))).record
  }

  async resolveLand (land: string, options: SignalOptions = {}): Promise<ResolvedLand> {
    const signal = options.signal ?? AbortSignal.timeout(10_000)
    const own = this.own.get(land)
    let out: ResolvedLand
    let genesisCid: CID
    if (own !== undefined) {
      const g = await this.init.geneses.get(own.cid)
      genesisCid = g.cid
      out = { land, genesis: own.cid.toString(), source: 'own', validators: g.genesis.validators, quorum: g.set.q }
    } else {
      const key = landKey(land)
      const cached = this.landCache.get(land)
      const found = cached !== undefined && Date.now() - cached.since < LAND_FRESH_MS ? cached.bytes : await this.find(key, signal)
      if (found === undefined) throw new NotFoundError(`no valid land record for ${land} found before the deadline`)
      // checked again when cached: it may have expired, and its genesis may have left the cache
      const { record, genesis: g } = await validateLandRecord(key, found, async cid => await this.init.geneses.get(cid))
      if (found !== cached?.bytes) {
        this.landCache.delete(land)
        this.landCache.set(land, { bytes: found, since: Date.now() })
        if (this.landCache.size > LAND_CACHE_MAX) this.landCache.delete(this.landCache.keys().next().value!)
      }
      genesisCid = g.cid
      out = {
        land,
        genesis: g.cid.toString(),
        source: 'dht',
        record: { seq: record.seq, validity: record.validity, signer: g.genesis.validators[record.by], by: record.by },
        validators: g.genesis.validators,
        quorum: g.set.q
      }
    }
    try {
      const head = await this.resolveHead(genesisCid, { signal })
      const g = await this.init.geneses.get(genesisCid)
      out.head = {
        height: head.height,
        stateRoot: head.stateRoot.toString(),
        block: head.cert.msg.block.toString(),
        view: head.cert.msg.view,
        signers: head.cert.sigs.map(s => g.genesis.validators[s.by])
      }
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e
    }
    return out
  }

  /**
   * The best valid record under `key`: this node's copy (or `known`) counts as one answer; the DHT is
   * asked until ANSWERS valid answers are in, GRACE_MS after the first, or the deadline (then
   * again, after a pause, while nothing valid was found).
   */
  private async find (key: Uint8Array, signal = AbortSignal.timeout(10_000), known?: Uint8Array): Promise<Uint8Array | undefined> {
    const { rules } = this.init
    let best: Uint8Array | undefined
    const consider = async (value: Uint8Array | undefined): Promise<boolean> => {
      if (value === undefined) return false
      try { await rules.validate(key, value) } catch { return false }
      if (best === undefined || rules.compare(key, value, best) > 0) best = value
      return true
    }
    const held = (await consider(known) ? 1 : 0) + (await consider(await this.readLocal(key)) ? 1 : 0)
    if (this.init.offline) return best
    for (let attempt = 0; !signal.aborted; attempt++) {
      if (attempt > 0) await sleep(RETRY_MS, signal)
      let answers = Math.min(held, 1)
      const stop = new AbortController()
      const querySignal = AbortSignal.any([signal, stop.signal, this.stopping.signal])
      setMaxListeners(Infinity, querySignal)
      let grace: NodeJS.Timeout | undefined
      try {
        for await (const ev of this.init.libp2p.services.dht.get(key, { signal: querySignal })) {
          if (ev.name !== 'PEER_RESPONSE' || ev.record == null) continue
          if (!await consider(ev.record.value)) continue
          if (++answers >= ANSWERS) break
          grace ??= setTimeout(() => { stop.abort() }, GRACE_MS)
        }
      } catch (e: any) {
        if (!querySignal.aborted) this.init.log('query of %s ended - %s', new TextDecoder().decode(key), e?.message)
      } finally {
        clearTimeout(grace)
      }
      if (best !== undefined) return best
    }
    return best
  }

  private async readLocal (key: Uint8Array): Promise<Uint8Array | undefined> {
    try {
      return decodeDhtRecord(await this.init.datastore.get(dhtDatastoreKey(key)))?.value
    } catch {
      return undefined
    }
  }

  /** Hold the record in our DHT store (the guard validates it) and put it to the closest peers; how many took it. */
  private async put (key: Uint8Array, bytes: Uint8Array, signal?: AbortSignal): Promise<number> {
    await this.init.datastore.put(dhtDatastoreKey(key), encodeDhtRecord(key, bytes))
    if (this.init.offline) return 0
    const s = AbortSignal.any([signal ?? AbortSignal.timeout(PUT_MS), this.stopping.signal])
    setMaxListeners(Infinity, s)
    let took = 0
    try {
      for await (const ev of this.init.libp2p.services.dht.put(key, bytes, { signal: s })) {
        if (ev.name === 'PEER_RESPONSE' && ev.messageName === 'PUT_VALUE') took++
      }
    } catch (e: any) {
      if (!s.aborted) throw e
    }
    return took
  }

  private async republish (): Promise<void> {
    for (const { genesis, cid } of this.own.values()) {
      if (!genesis.validators.includes(this.init.libp2p.peerId.toString())) continue
      await this.publishLand(genesis, cid).catch(e => { this.init.log('republishing the land record of %s failed - %s', genesis.land, e?.message) })
    }
  }
}

async function sleep (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>(resolve => {
    const done = (): void => { clearTimeout(t); signal.removeEventListener('abort', done); resolve() }
    const t = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}
