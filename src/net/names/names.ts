// Publishing and resolving name records through the DHT, with a TTL cache and republishing.
import { setMaxListeners } from 'node:events'
import type { Logger, PeerId, PrivateKey, PublicKey } from '@libp2p/interface'
import { Key } from 'interface-datastore'
import type { Datastore } from 'interface-datastore'
import { base32 } from 'multiformats/bases/base32'
import type { CID } from 'multiformats/cid'
import { NotFoundError, TimeoutError } from '../errors.ts'
import { DHT_DATASTORE_PREFIX } from '../constants.ts'
import type { AmigoLibp2p } from '../libp2p.ts'
import type { NameApi, ResolvedName, SignalOptions } from '../index.ts'
import { decodeDhtRecord, encodeDhtRecord } from './dht-record.ts'
import {
  checkName, compareNameRecords, createNameRecord, decodeNameRecord, encodeNameRecord, nameKey, publisherId, validateNameRecord
} from './record.ts'
import type { NameRecord } from './record.ts'

export const DEFAULT_VALIDITY_MS = 24 * 60 * 60 * 1000
export const DEFAULT_TTL_MS = 60 * 1000
export const DEFAULT_REPUBLISH_MS = 4 * 60 * 60 * 1000
/**
 * A resolve that asks the network answers with the best of the first QUORUM valid records (a copy
 * this node holds counts as one), or with the best it has ANSWER_GRACE_MS after the first valid
 * answer, or when the query ends — whichever comes first (protocols/names.md §6).
 */
const QUORUM = 2
const ANSWER_GRACE_MS = 40
/** After answering, the query keeps running in the background, to learn a better record if there
 *  is one, until this many valid records are in or this long has passed (a full query asks all k
 *  closest peers: too much work for every resolve). */
const BACKGROUND_ANSWERS = 3
const BACKGROUND_MS = 1000
/** How many answers the first publish of a name waits for (a holder that missed the latest put
 *  would hand back a stale seq). */
const FIRST_PUBLISH_ANSWERS = 5
/** How many background refreshes of stale copies may run at once (more are skipped). */
const MAX_REFRESHES = 1
/** How long a background refresh of a held copy may look for answers. */
const REFRESH_MS = 5000
/** Records of other publishers' names remembered in memory (oldest forgotten first). */
const CACHE_MAX = 10_000
const PUBLISHED_PREFIX = '/amigo/published/'
/** Puts per publish when one reaches no peer. */
const QUERY_ATTEMPTS = 3
/** The first republish after start comes this soon (or after republishMs, if shorter). */
const FIRST_REPUBLISH_MS = 30_000
/** How long the first publish of a name looks for an earlier record of it in the DHT. */
const FIRST_PUBLISH_LOOKUP_MS = 5000
/** How long a publish keeps putting the record to the closest peers after returning. */
const PUT_BACKGROUND_MS = 60_000
/** Pause before the next put, or the next resolve query after one found nothing (doubling, capped). */
const RETRY_DELAY_MS = 150
const MAX_RETRY_DELAY_MS = 1000

interface Held { record: NameRecord, bytes: Uint8Array }
/** A copy this node has, and since when (ms since the epoch): it is fresh for the record's ttl. */
interface Copy extends Held { since: number }

export interface NamesInit {
  libp2p: AmigoLibp2p
  datastore: Datastore
  privateKey: PrivateKey
  offline: boolean
  log: Logger
  validityMs?: number
  ttlMs?: number
  republishMs?: number
}

/** The DHT datastore key of a record key, as kad-dht computes it. */
export function dhtDatastoreKey (key: Uint8Array): Key {
  return new Key(`${DHT_DATASTORE_PREFIX}/record/${base32.baseEncode(key)}`, false)
}

export class Names implements NameApi {
  private readonly libp2p: AmigoLibp2p
  private readonly datastore: Datastore
  private readonly privateKey: PrivateKey
  private readonly offline: boolean
  private readonly log: Logger
  private readonly validityMs: number
  private readonly ttlMs: number
  private readonly republishMs: number
  /** copies of records by key (base32), in the order they were last renewed */
  private readonly cache = new Map<string, Copy>()
  private readonly refreshing = new Set<string>()
  private readonly stopping = new AbortController()
  private timer?: NodeJS.Timeout

  constructor (init: NamesInit) {
    this.libp2p = init.libp2p
    this.datastore = init.datastore
    this.privateKey = init.privateKey
    this.offline = init.offline
    this.log = init.log
    this.validityMs = init.validityMs ?? DEFAULT_VALIDITY_MS
    this.ttlMs = init.ttlMs ?? DEFAULT_TTL_MS
    this.republishMs = init.republishMs ?? DEFAULT_REPUBLISH_MS
    setMaxListeners(Infinity, this.stopping.signal)
    if (!(this.republishMs < this.validityMs)) throw new RangeError('names.republishMs must be shorter than names.validityMs')
  }

  start (): void {
    // first run soon after start, so that records survive a restart of the whole network
    this.schedule(Math.min(this.republishMs, FIRST_REPUBLISH_MS))
  }

  stop (): void {
    clearTimeout(this.timer)
    this.stopping.abort()
  }

  async publish (name: string, value: CID, options: SignalOptions & { extra?: Record<string, unknown> } = {}): Promise<Held['record']> {
    checkName(name)
    const key = nameKey(this.libp2p.peerId, name)
    const previous = await this.previousSeq(key, name)
    const record = await createNameRecord(this.privateKey, {
      name, value, seq: previous + 1, validity: Date.now() + this.validityMs, ttl: this.ttlMs, ext: options.extra
    })
    await this.putRecord(key, record, options.signal)
    return record
  }

  async resolve (publisher: PeerId | PublicKey | string, name: string, options: SignalOptions & { nocache?: boolean } = {}): Promise<ResolvedName> {
    const pub = publisherId(publisher)
    const key = nameKey(pub, name)
    const keyStr = base32.baseEncode(key)
    const nocache = options.nocache === true
    const cached = this.cached(keyStr)
    if (!nocache && cached != null && this.fresh(cached)) {
      return { value: cached.record.value, record: cached.record, source: 'cache' }
    }
    const local = await this.readLocal(key)
    // our own names: this node is the authority, its latest publication is the answer
    if (local != null && (this.offline || pub.equals(this.libp2p.peerId))) {
      this.remember(keyStr, local)
      return { value: local.record.value, record: local.record, source: 'local' }
    }
    if (!nocache) {
      // stale-while-revalidate: a valid copy this node holds (put to it by the DHT because it is
      // among the closest peers to the key, or cached from an earlier answer) answers at once; if
      // it is older than its ttl, the network is asked in the background for a better one
      const copy = local != null && (cached == null || this.better(local, cached)) ? local : cached
      if (copy != null) {
        if (!this.fresh(copy)) this.refresh(key, keyStr, [local, cached])
        if (copy === local) this.remember(keyStr, local)
        return { value: copy.record.value, record: copy.record, source: copy === local ? 'local' : 'cache' }
      }
    }
    if (this.offline) throw new NotFoundError(`no record for ${pub.toString()}/${name} (offline)`)
    const signal = options.signal ?? AbortSignal.timeout(10_000)
    let found: Held | undefined
    // a query that ends empty-handed may have met a thin routing table or peers too busy to
    // answer: ask again, backing off, until the caller's deadline — "not found" means "not found
    // in time", as for blocks
    for (let attempt = 0; found == null && !signal.aborted; attempt++) {
      if (attempt > 0) await sleep(Math.min(MAX_RETRY_DELAY_MS, RETRY_DELAY_MS * 2 ** (attempt - 1)), signal)
      if (signal.aborted) break
      found = await this.query(key, keyStr, signal, [local, cached]).catch(() => undefined)
      if (found == null) this.log('query %d for %s found no record', attempt + 1, keyStr)
    }
    if (found == null) throw new NotFoundError(`no valid record for ${pub.toString()}/${name} found before the deadline`)
    const source = local != null && found.bytes === local.bytes ? 'local' : 'network'
    return { value: found.record.value, record: found.record, source }
  }

  async held (): Promise<number> {
    let n = 0
    const now = Date.now()
    for await (const { value } of this.datastore.query({ prefix: `${DHT_DATASTORE_PREFIX}/record/` })) {
      const env = decodeDhtRecord(value)
      if (env == null) continue
      try {
        const r = decodeNameRecord(env.value)
        if (r.validity > now) n++
      } catch {}
    }
    return n
  }

  /**
   * Ask the DHT and answer with the best valid record (never worse than one in `known`) once
   * `quorum` valid records are in — `known[0]`, the copy this node holds, counts as one — or
   * ANSWER_GRACE_MS after the first valid answer, or when the query ends (until then it runs up to
   * the caller's deadline). The query then runs on in the background (up to BACKGROUND_ANSWERS
   * answers or BACKGROUND_MS) and the cache keeps its best record.
   */
  private async query (key: Uint8Array, keyStr: string, signal: AbortSignal, known: Array<Copy | undefined>, quorum = QUORUM): Promise<Held | undefined> {
    let best: Held | undefined
    for (const k of known) if (k != null && this.better(k, best)) best = k
    let answers = known[0] != null ? 1 : 0
    let settle!: () => void
    const answered = new Promise<void>(resolve => { settle = resolve })
    let grace: NodeJS.Timeout | undefined
    // the query runs until the caller's deadline while no answer is given, then on in the
    // background for at most BACKGROUND_MS, or until enough answers are in
    const stop = new AbortController()
    const background = AbortSignal.any([stop.signal, this.stopping.signal])
    setMaxListeners(Infinity, background) // kad-dht hangs a listener per peer it queries
    let backgroundTimer: NodeJS.Timeout | undefined
    void answered.then(() => { if (!stop.signal.aborted) backgroundTimer = setTimeout(() => { stop.abort() }, BACKGROUND_MS) })
    const enoughAnswers = Math.max(quorum, BACKGROUND_ANSWERS)
    const run = async (): Promise<void> => {
      try {
        for await (const ev of this.libp2p.services.dht.get(key, { signal: background })) {
          if (ev.name !== 'PEER_RESPONSE' || ev.record == null) continue
          let record: NameRecord
          try {
            record = await validateNameRecord(key, ev.record.value)
          } catch (err: any) {
            this.log('ignoring record for %s from %p - %s', keyStr, ev.from, err?.message)
            continue
          }
          const held = { record, bytes: ev.record.value }
          if (this.better(held, best)) best = held
          this.remember(keyStr, best!)
          answers++
          if (answers >= enoughAnswers) stop.abort()
          if (answers >= quorum) settle()
          else if (quorum === QUORUM) grace ??= setTimeout(settle, ANSWER_GRACE_MS)
        }
      } catch (err: any) {
        if (!background.aborted) this.log('name query for %s ended - %s', keyStr, err?.message)
      } finally {
        clearTimeout(grace)
        clearTimeout(backgroundTimer)
        if (best != null) this.remember(keyStr, best)
        settle()
      }
    }
    void run()
    let onAbort: (() => void) | undefined
    let callerGaveUp = false
    await new Promise<void>(resolve => {
      onAbort = () => { callerGaveUp = true; resolve() }
      signal.addEventListener('abort', onAbort, { once: true })
      void answered.then(resolve)
    })
    signal.removeEventListener('abort', onAbort!)
    if (callerGaveUp) stop.abort()
    if (best == null && signal.aborted) throw new NotFoundError(`no record for ${keyStr} before the deadline`)
    if (best != null) this.remember(keyStr, best)
    return best
  }

  /**
   * Ask the network for a better record than the copies this node has, in the background (at most
   * MAX_REFRESHES at a time). A better record found replaces the held copy in the DHT store.
   */
  private refresh (key: Uint8Array, keyStr: string, known: Array<Copy | undefined>): void {
    // best effort: a refresh skipped now happens on a later resolve; a burst of resolves of stale
    // copies must not turn into a burst of DHT queries
    if (this.offline || this.refreshing.size >= MAX_REFRESHES || this.refreshing.has(keyStr) || this.stopping.signal.aborted) return
    this.refreshing.add(keyStr)
    void (async () => {
      try {
        const found = await this.query(key, keyStr, AbortSignal.any([AbortSignal.timeout(REFRESH_MS), this.stopping.signal]), known)
        const local = known[0]
        this.log('refreshed %s: seq %s (held %s)', keyStr, found?.record.seq, local?.record.seq)
        if (found != null && local != null && found.bytes !== local.bytes && this.better(found, local)) {
          await this.datastore.put(dhtDatastoreKey(key), encodeDhtRecord(key, found.bytes))
        }
      } catch (err: any) {
        this.log('refreshing %s failed - %s', keyStr, err?.message)
      } finally {
        this.refreshing.delete(keyStr)
      }
    })()
  }

  private better (a: Held, b: Held | undefined): boolean {
    if (b == null) return a.record.validity > Date.now()
    return a.record.validity > Date.now() && compareNameRecords(a.record, a.bytes, b.record, b.bytes) > 0
  }

  /** Fresh: the copy is younger than its record's ttl (and the record still valid). */
  private fresh (copy: Copy): boolean {
    const now = Date.now()
    return now - copy.since < copy.record.ttl && copy.record.validity > now
  }

  /** The cached copy of a key while its record is valid. */
  private cached (keyStr: string): Copy | undefined {
    const c = this.cache.get(keyStr)
    if (c == null) return undefined
    if (c.record.validity > Date.now()) return c
    this.cache.delete(keyStr)
    return undefined
  }

  /** Remember `held` as the best copy of a key unless a better one is cached; the same record renews its age. */
  private remember (keyStr: string, held: Held & { since?: number }): void {
    const current = this.cached(keyStr)
    const since = held.since ?? Date.now()
    if (current != null) {
      if (current.bytes !== held.bytes && !this.better(held, current)) {
        if (compareNameRecords(held.record, held.bytes, current.record, current.bytes) === 0 && since > current.since) current.since = since
        return
      }
      if (current.bytes === held.bytes && current.since >= since) return
    }
    this.cache.delete(keyStr)
    this.cache.set(keyStr, { record: held.record, bytes: held.bytes, since })
    if (this.cache.size > CACHE_MAX) this.cache.delete(this.cache.keys().next().value!)
  }

  private async readLocal (key: Uint8Array): Promise<Copy | undefined> {
    let stored: Uint8Array
    try { stored = await this.datastore.get(dhtDatastoreKey(key)) } catch { return undefined }
    const env = decodeDhtRecord(stored)
    if (env == null) return undefined
    try {
      return { record: await validateNameRecord(key, env.value), bytes: env.value, since: Number.isNaN(env.timeReceived) ? 0 : env.timeReceived }
    } catch {
      return undefined
    }
  }

  private async previousSeq (key: Uint8Array, name: string): Promise<number> {
    let seq = -1
    const own = await this.readPublished(name)
    if (own != null) seq = Math.max(seq, own.seq)
    try {
      const env = decodeDhtRecord(await this.datastore.get(dhtDatastoreKey(key)))
      if (env != null) seq = Math.max(seq, decodeNameRecord(env.value).seq)
    } catch {}
    const cached = this.cache.get(base32.baseEncode(key))
    if (cached != null) seq = Math.max(seq, cached.record.seq)
    if (seq < 0 && !this.offline && this.libp2p.getConnections().length > 0) {
      // nothing known here (a new name, or a repo that lost its records): ask the DHT once, so
      // that a name published before is not re-published under a seq its holders would refuse.
      // It waits for as many answers as a full background query gets, not the first one or two:
      // a holder that missed the latest put would otherwise hand back a stale seq.
      try {
        const found = await this.query(key, base32.baseEncode(key), AbortSignal.timeout(FIRST_PUBLISH_LOOKUP_MS), [], FIRST_PUBLISH_ANSWERS)
        if (found != null) seq = found.record.seq
      } catch {}
    }
    return seq
  }

  private async readPublished (name: string): Promise<NameRecord | undefined> {
    try {
      return decodeNameRecord(await this.datastore.get(publishedKey(name)))
    } catch {
      return undefined
    }
  }

  /** Keep the record as ours, hold it in our DHT store, and (online) put it to the closest peers. */
  /**
   * Keep the record as ours, hold it in our DHT store, and (online) put it to the k closest peers.
   * Resolves when the put is done, so that a resolve anywhere then sees the new record. If
   * `signal` aborts first, resolves if some peer took the record already (the put goes on in the
   * background) and throws ERR_TIMEOUT if none did — the record stays published locally and the
   * republisher will put it again.
   */
  private async putRecord (key: Uint8Array, record: NameRecord, signal?: AbortSignal): Promise<void> {
    const bytes = encodeNameRecord(record)
    await this.datastore.put(publishedKey(record.name), bytes)
    await this.datastore.put(dhtDatastoreKey(key), encodeDhtRecord(key, bytes))
    this.remember(base32.baseEncode(key), { record, bytes })
    if (this.offline) return
    const caller = signal ?? AbortSignal.timeout(30_000)
    const background = AbortSignal.any([AbortSignal.timeout(PUT_BACKGROUND_MS), this.stopping.signal])
    setMaxListeners(Infinity, background, caller)
    let stored = 0
    const put = (async () => {
      // a put that reached nobody while we have peers (busy peers, a table still filling) is tried again
      for (let attempt = 0; attempt < QUERY_ATTEMPTS && !background.aborted; attempt++) {
        if (attempt > 0) await sleep(RETRY_DELAY_MS * attempt, background)
        try {
          for await (const ev of this.libp2p.services.dht.put(key, bytes, { signal: background })) {
            if (ev.name === 'PEER_RESPONSE' && ev.messageName === 'PUT_VALUE') stored++
          }
        } catch (err: any) {
          if (!background.aborted) this.log('put of %s failed - %s', record.name, err?.message)
        }
        if (stored > 0 || this.libp2p.getConnections().length === 0) break
      }
      this.log('published %s seq %d to %d peers', record.name, record.seq, stored)
    })()
    let onAbort: (() => void) | undefined
    const aborted = new Promise<void>(resolve => {
      onAbort = () => { resolve() }
      caller.addEventListener('abort', onAbort, { once: true })
    })
    await Promise.race([put, aborted])
    caller.removeEventListener('abort', onAbort!)
    if (stored === 0 && caller.aborted) {
      throw new TimeoutError(`no peer took the record for ${record.name} before the deadline; it stays published here and will be put again`)
    }
  }

  private schedule (ms: number): void {
    clearTimeout(this.timer)
    if (this.stopping.signal.aborted) return
    this.timer = setTimeout(() => {
      void this.republish().finally(() => { this.schedule(this.republishMs) })
    }, ms)
    this.timer.unref()
  }

  /**
   * Put every name this node published back into the DHT: the same record while it stays valid
   * past the next run, else re-signed with seq + 1 and a fresh validity. Returns how many were put.
   */
  async republish (): Promise<number> {
    let n = 0
    const records: NameRecord[] = []
    for await (const { value } of this.datastore.query({ prefix: PUBLISHED_PREFIX })) {
      try { records.push(decodeNameRecord(value)) } catch {}
    }
    for (const old of records) {
      if (this.stopping.signal.aborted) break
      try {
        const key = nameKey(this.libp2p.peerId, old.name)
        const known = await this.previousSeq(key, old.name)
        let record = old
        // re-sign when the record would expire before the next run (with a margin for a slow
        // put), or when the DHT holds a newer one than ours (then ours must go above it)
        if (old.validity - Date.now() < this.republishMs * 1.5 || known > old.seq) {
          record = await createNameRecord(this.privateKey, {
            name: old.name, value: old.value, seq: Math.max(old.seq, known) + 1, validity: Date.now() + this.validityMs, ttl: this.ttlMs, ext: old.ext
          })
        }
        await this.putRecord(key, record, AbortSignal.any([AbortSignal.timeout(30_000), this.stopping.signal]))
        n++
      } catch (err: any) {
        this.log.error('republishing %s failed - %e', old.name, err)
      }
    }
    return n
  }
}

async function sleep (ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>(resolve => {
    const done = (): void => { clearTimeout(t); signal.removeEventListener('abort', done); resolve() }
    const t = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

function publishedKey (name: string): Key {
  return new Key(PUBLISHED_PREFIX + Buffer.from(name, 'utf8').toString('hex'))
}
