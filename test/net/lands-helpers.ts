// Lands in tests: a deterministic fake executor (state root = hash chain of tx CIDs) over in-memory
// records, a genesis of the test nodes' keys, and waiting helpers.
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { createLand } from '../../src/net/index.ts'
import { encodeSignedCall, signCall } from '../../src/store/calls/index.ts'
import type { Land, LandExecutor, LandInit, LandRecords, MempoolOptions } from '../../src/net/index.ts'
import { genesisCid, parseGenesis, txSender, type ExecutedBlock, type Genesis, type LandReceipt, type LandTx } from '../../src/store/lands/index.ts'
import type { TestNode } from './helpers.ts'
import { waitFor } from './helpers.ts'

export class MemoryRecords implements LandRecords {
  readonly map = new Map<string, Uint8Array>()
  async get (key: string): Promise<Uint8Array | undefined> { return this.map.get(key) }
  async batch (ops: Array<{ key: string, value: Uint8Array | null }>): Promise<void> {
    for (const op of ops) op.value === null ? this.map.delete(op.key) : this.map.set(op.key, op.value)
  }

  async * keys (prefix: string): AsyncIterable<string> {
    for (const k of [...this.map.keys()].sort()) if (k.startsWith(prefix)) yield k
  }
}

async function cidOf (value: unknown): Promise<CID> {
  return CID.createV1(dagCbor.code, await sha256.digest(dagCbor.encode(value)))
}

interface HeadRecord { height: number, stateRoot: CID, nonces: Record<string, number> }

/** Executes a block by chaining the tx CIDs into the state root; nonces as the real executor keeps them. */
export class FakeExecutor implements LandExecutor {
  private pending?: HeadRecord & { result: ExecutedBlock }
  /** the heights this executor ran (not adopted) */
  readonly executed: number[] = []
  adopted?: number
  /** a test hook: changes what this replica computes (a replica that diverges) */
  tamper?: (result: ExecutedBlock) => ExecutedBlock
  /** a test hook: awaited before a block runs (a replica whose execution is slow) */
  gate?: (block: { height: number, timeMs: number, txs: LandTx[] }) => Promise<void>
  /** a test hook: where this replica's state differs from a certificate's (the real one compares the HAMTs) */
  diffState?: LandExecutor['diffState']

  /** whether the genesis state was computed (as the real executor, only when it is needed) */
  genesisComputed = false
  private readonly genesis: CID
  /** undefined until the genesis state is computed or a state adopted */
  private committed?: HeadRecord

  private constructor (readonly records: MemoryRecords, genesis: CID, head: HeadRecord | undefined) { this.genesis = genesis; this.committed = head }

  /** Opens over `records`: the committed head they hold, or nothing yet (the genesis state is computed when needed). */
  static async open (records: MemoryRecords, genesisRoot: CID): Promise<FakeExecutor> {
    const v = await records.get('fake/head')
    return new FakeExecutor(records, genesisRoot, v !== undefined ? dagCbor.decode<HeadRecord>(v) : undefined)
  }

  head (): { height: number, stateRoot: CID | undefined } { return { height: this.committed?.height ?? 0, stateRoot: this.committed?.stateRoot } }
  async lastNonce (address: string): Promise<number | undefined> { return this.committed?.nonces[address] }

  async genesisRoot (): Promise<CID | undefined> {
    if (this.committed === undefined) {
      this.committed = { height: 0, stateRoot: this.genesis, nonces: {} }
      this.genesisComputed = true
    }
    return this.committed.height === 0 ? this.committed.stateRoot : undefined
  }

  async execute (block: { height: number, timeMs: number, txs: LandTx[] }): Promise<ExecutedBlock> {
    if (this.committed === undefined) await this.genesisRoot()
    const c = this.committed!
    if (block.height !== c.height + 1) throw new Error(`execute height ${block.height} after ${c.height}`)
    if (this.gate !== undefined) await this.gate(block)
    const nonces = { ...c.nonces }
    let root = c.stateRoot
    const receipts: LandReceipt[] = []
    for (const tx of block.txs) {
      const { address, nonce } = txSender(tx)
      const ok = nonce > (nonces[address] ?? 0)
      if (ok) {
        nonces[address] = nonce
        root = await cidOf([root, tx.cid])
      }
      receipts.push({ tx: tx.cid.toString(), ok, results: [], events: [], gasUsed: 0, heads: {}, ...(ok ? {} : { error: { code: 'ERR_LAND_NONCE', message: 'nonce' } }) })
    }
    let result: ExecutedBlock = { height: block.height, stateRoot: root, receiptsRoot: await cidOf(receipts), receipts }
    if (this.tamper !== undefined) result = this.tamper(result)
    this.pending = { height: block.height, stateRoot: result.stateRoot, nonces, result }
    this.executed.push(block.height)
    return result
  }

  async commit (height: number, extra: Array<{ key: string, value: Uint8Array }> = []): Promise<void> {
    const p = this.pending
    if (p?.height !== height) throw new Error(`commit ${height} without its pending block`)
    this.committed = { height, stateRoot: p.stateRoot, nonces: p.nonces }
    this.pending = undefined
    await this.records.batch([...extra, { key: 'fake/head', value: dagCbor.encode(this.committed) }])
  }

  abort (): void { this.pending = undefined }

  async adopt (height: number, stateRoot: CID): Promise<void> {
    this.committed = { height, stateRoot, nonces: {} }
    this.adopted = height
    this.pending = undefined
    await this.records.batch([{ key: 'fake/head', value: dagCbor.encode(this.committed) }])
  }
}

export const GENESIS_ROOT = CID.parse('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy')

let landCount = 0

/** A fresh land (its own name and identity) whose validators are the keys given. */
export async function testGenesis (validators: PrivateKey[], params: Partial<Genesis['params']> = {}): Promise<{ genesis: Genesis, cid: CID }> {
  const genesis = parseGenesis({
    format: 'amigo/genesis/1',
    land: `t${++landCount}-${Date.now()}.land`,
    validators: validators.map(k => peerIdFromPrivateKey(k).toString()),
    timeMs: Date.now() - 60_000,
    params: { blockMs: 2, maxBlockTxs: 500, maxBlockBytes: 1 << 20, maxTxGas: 1e7, viewTimeoutMs: 600, maxClockSkewMs: 60_000, ...params },
    packages: []
  })
  return { genesis, cid: await genesisCid(genesis) }
}

export interface TestLand { node: TestNode, land: Land, executor: FakeExecutor, records: MemoryRecords }

/** Starts a land on a node (with fresh or given records). */
export async function startLand (node: TestNode, g: { genesis: Genesis, cid: CID }, opts: { records?: MemoryRecords, mempool?: MempoolOptions, stateSyncGap?: number, localBlock?: (cid: CID) => Promise<Uint8Array | undefined>, onFinal?: LandInit['onFinal'] } = {}): Promise<TestLand> {
  const records = opts.records ?? new MemoryRecords()
  const executor = await FakeExecutor.open(records, GENESIS_ROOT)
  const land = createLand({
    genesis: g.genesis,
    genesisCid: g.cid,
    privateKey: node.privateKey,
    libp2p: node.net.libp2p,
    executor,
    records,
    ...(opts.mempool !== undefined ? { mempool: opts.mempool } : {}),
    ...(opts.stateSyncGap !== undefined ? { stateSyncGap: opts.stateSyncGap } : {}),
    ...(opts.localBlock !== undefined ? { localBlock: opts.localBlock } : {}),
    ...(opts.onFinal !== undefined ? { onFinal: opts.onFinal } : {})
  })
  await land.start()
  return { node, land, executor, records }
}

/** Waits until every land's node sees every other one subscribed to the land's topics. */
export async function waitSubscribed (lands: TestLand[], timeoutMs = 15_000): Promise<void> {
  await waitFor(() => lands.every(a => {
    const pubsub = a.node.net.libp2p.services.pubsub
    return pubsub.getTopics().filter((t: string) => t.includes(a.land.genesisCid.toString())).every((t: string) => {
      const subs = new Set(pubsub.getSubscribers(t).map((p: { toString: () => string }) => p.toString()))
      return lands.every(b => b === a || subs.has(b.node.net.peerId.toString()))
    })
  }), timeoutMs)
}

/** Every node dials every other (gossip then reaches all in one hop). */
export async function connectAll (nodes: TestNode[]): Promise<void> {
  for (const a of nodes) {
    for (const b of nodes) {
      if (a === b || a.net.libp2p.getConnections(b.net.peerId).length > 0) continue
      await a.net.libp2p.dial(b.net.multiaddrs()[0], { signal: AbortSignal.timeout(5000) })
    }
  }
}

export async function stopAll (lands: TestLand[]): Promise<void> {
  for (const l of lands) await l.land.stop()
}

/** A signed call `counter.Add(1)` on the land. */
export async function callTx (key: PrivateKey, land: string, nonce: number): Promise<Uint8Array> {
  return encodeSignedCall(await signCall({ land, nonce, service: `${land}/alice/counter`, func: 'Add', args: ['1'], gas: 1000 }, key))
}
