// Content by CID, the node's BlockApi (protocols/content.md): local blocks, fetching from peers over
// the block exchange (fetch.ts, dag.ts), providing in the DHT, CAR import and export.
import type { Logger } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import { LevelBlockstore } from 'blockstore-level'
import type { CID } from 'multiformats/cid'
import { NotFoundError, exportCar, importCar, makeCid, parseCid, readBlock, verifyBlock } from '../../store/index.ts'
import type { CodecName, ImportResult } from '../../store/index.ts'
import type { AmigoLibp2p } from '../libp2p.ts'
import type { BlockApi, SignalOptions } from '../index.ts'
import { BadPeers } from './bad-peers.ts'
import { walkAndFetch } from './dag.ts'
import type { Exchange } from './exchange.ts'
import { BlockFetcher } from './fetch.ts'
import { announce } from './providers.ts'
import { Session } from './session.ts'

const DEFAULT_TIMEOUT_MS = 30_000

export interface ContentInit {
  libp2p: AmigoLibp2p
  blockstore: Blockstore
  log: Logger
}

export class Content implements BlockApi {
  readonly bad = new BadPeers()
  private readonly libp2p: AmigoLibp2p
  private readonly blockstore: Blockstore
  private readonly log: Logger
  private readonly fetcher: BlockFetcher
  /** the block exchange while the network runs */
  exchange?: Exchange

  constructor (init: ContentInit) {
    this.libp2p = init.libp2p
    this.blockstore = init.blockstore
    this.log = init.log
    this.fetcher = new BlockFetcher(() => this.exchange, this.bad, this.log)
  }

  /** Fetch and serve through this exchange from now on (the network attaches it on start). */
  attach (exchange: Exchange): void { this.exchange = exchange }

  /** Back to local only (on stop). */
  detach (): void { this.exchange = undefined }

  async put (bytes: Uint8Array, codec: CodecName): Promise<CID> {
    const cid = await makeCid(bytes, codec)
    await this.store(cid, bytes)
    return cid
  }

  async has (cid: CID): Promise<boolean> {
    return this.blockstore.has(parseCid(cid))
  }

  async count (): Promise<number> {
    let n = 0
    // LevelDB can list keys alone; any other blockstore yields every block's bytes
    const keys = this.blockstore instanceof LevelBlockstore ? this.blockstore.db.keys() : this.blockstore.getAll()
    for await (const _ of keys) n++
    return n
  }

  async provide (cid: CID, options: SignalOptions = {}): Promise<void> {
    const c = parseCid(cid)
    if (!(await this.blockstore.has(c))) throw new NotFoundError(`cannot provide ${c.toString()}: not in the local store`)
    if (this.exchange == null) return
    await announce(this.libp2p, c, options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS))
  }

  async get (cid: CID, options: SignalOptions = {}): Promise<Uint8Array> {
    const c = parseCid(cid)
    const signal = options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS)
    const session = this.session(c, signal)
    try {
      return (await this.block(c, session)).bytes
    } finally {
      session.close()
    }
  }

  async fetchDag (root: CID, options: SignalOptions = {}): Promise<{ blocks: number, fetched: number }> {
    const r = parseCid(root)
    const session = this.session(r, options.signal ?? AbortSignal.timeout(DEFAULT_TIMEOUT_MS))
    try {
      return await walkAndFetch(r, { block: async (cid) => this.block(cid, session) })
    } finally {
      session.close()
    }
  }

  exportCar (root: CID, options: SignalOptions = {}): AsyncIterable<Uint8Array> {
    const r = parseCid(root)
    const self = this
    return (async function * () {
      await self.fetchDag(r, options)
      yield * exportCar(self.blockstore, r, options.signal)
    })()
  }

  async importCar (source: AsyncIterable<Uint8Array> | Uint8Array, options: SignalOptions = {}): Promise<ImportResult> {
    return importCar(this.blockstore, source, options.signal)
  }

  badPeers (cid: CID): string[] {
    return this.bad.for(parseCid(cid))
  }

  /** Store a verified block and send it to peers that want it. */
  async store (cid: CID, bytes: Uint8Array): Promise<void> {
    await verifyBlock(cid, bytes)
    await this.blockstore.put(cid, bytes)
    this.exchange?.notify(cid, bytes)
  }

  /** A block from the local store, or else from peers (then stored). */
  private async block (cid: CID, session: Session): Promise<{ bytes: Uint8Array, fetched: boolean }> {
    if (await this.blockstore.has(cid)) return { bytes: await readBlock(this.blockstore, cid, session.signal), fetched: false }
    const bytes = await this.fetcher.fetch(cid, session)
    if (!(await this.blockstore.has(cid))) await this.store(cid, bytes)
    return { bytes, fetched: true }
  }

  private session (root: CID, signal: AbortSignal): Session {
    return new Session(this.libp2p, () => this.exchange?.peers() ?? [], root, signal, this.log)
  }
}
