import { strict as assert } from 'node:assert'
import type { CID } from 'multiformats/cid'
import { encodeBlock, readBlock, verifyBlock, walkDag } from '../../src/store/index.ts'
import { Content } from '../../src/net/content/index.ts'
import type { Exchange } from '../../src/net/content/index.ts'
import { TestNet, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'

const t = (ms = 20_000): { signal: AbortSignal } => ({ signal: AbortSignal.timeout(ms) })

/** A ~1 MiB DAG: a dag-cbor root linking 4 raw chunks of 256 KiB and a small dag-cbor child. */
async function putDag (node: TestNode, seed: number): Promise<{ root: CID, cids: string[] }> {
  const cids: CID[] = []
  for (let i = 0; i < 4; i++) {
    const chunk = new Uint8Array(256 * 1024)
    for (let j = 0; j < chunk.length; j += 4096) chunk[j] = (seed * 31 + i + j) & 0xff
    cids.push(await node.net.blocks.put(chunk, 'raw'))
  }
  const child = await encodeBlock({ note: `child of ${seed}`, first: cids[0] })
  cids.push(await node.net.blocks.put(child.bytes, 'dag-cbor'))
  const root = await encodeBlock({ seed, chunks: cids.slice(0, 4), child: child.cid })
  const rootCid = await node.net.blocks.put(root.bytes, 'dag-cbor')
  return { root: rootCid, cids: [rootCid, ...cids].map(String).sort() }
}

async function collect (it: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const p of it) parts.push(p)
  return Buffer.concat(parts)
}

describe('content by CID (3 in-process nodes)', function () {
  this.timeout(90_000)
  const net = new TestNet()
  let nodes: TestNode[]

  before(async () => { nodes = await net.start(3) })
  after(async () => { await net.stop() })

  it('puts blocks, counts them, and refuses bad input', async () => {
    const before = await nodes[0].net.blocks.count()
    const cid = await nodes[0].net.blocks.put(new TextEncoder().encode('hello'), 'raw')
    assert.ok(await nodes[0].net.blocks.has(cid))
    assert.equal(await nodes[0].net.blocks.count(), before + 1)
    await assert.rejects(nodes[0].net.blocks.put(new Uint8Array(1024 * 1024 + 1), 'raw'), { code: 'ERR_BLOCK_TOO_LARGE' })
    await assert.rejects(nodes[0].net.blocks.put(new Uint8Array([0xff]), 'dag-cbor'), { code: 'ERR_UNKNOWN_CODEC' })
    await assert.rejects(nodes[0].net.blocks.put(new Uint8Array([1]), 'dag-json' as any), { code: 'ERR_UNKNOWN_CODEC' })
    assert.equal(await nodes[0].net.blocks.count(), before + 1)
  })

  it('fetches a 1 MiB DAG from the node that provides it, verifying every block', async () => {
    const { root, cids } = await putDag(nodes[1], 1)
    await nodes[1].net.blocks.provide(root, t())
    const res = await nodes[2].net.blocks.fetchDag(root, t())
    assert.equal(res.blocks, cids.length)
    assert.equal(res.fetched, cids.length)
    const got: string[] = []
    for await (const b of walkDag(nodes[2].stores.blockstore, root)) {
      await verifyBlock(b.cid, b.bytes)
      got.push(b.cid.toString())
    }
    assert.deepEqual(got.sort(), cids)
    // and node 0 gets it too, now from either holder
    const again = await nodes[0].net.blocks.fetchDag(root, t())
    assert.equal(again.blocks, cids.length)
  })

  it('gets a single block from a peer, and fails with ERR_NOT_FOUND when nobody has it', async () => {
    const cid = await nodes[0].net.blocks.put(new TextEncoder().encode('single'), 'raw')
    assert.equal(new TextDecoder().decode(await nodes[2].net.blocks.get(cid, t())), 'single')
    const absent = (await encodeBlock({ nobody: 'has this' })).cid
    await assert.rejects(nodes[2].net.blocks.get(absent, t(800)), { code: 'ERR_NOT_FOUND' })
  })

  it('exports a fetched DAG as a CAR that another node imports with the same CIDs', async () => {
    const { root, cids } = await putDag(nodes[0], 2)
    const car = await collect(nodes[1].net.blocks.exportCar(root, t()))
    const fresh = await net.add({ offline: true })
    const result = await fresh.net.blocks.importCar(car)
    assert.deepEqual(result.roots.map(String), [root.toString()])
    assert.equal(result.blocks, cids.length)
    const got: string[] = []
    for await (const b of walkDag(fresh.stores.blockstore, root)) got.push(b.cid.toString())
    assert.deepEqual(got.sort(), cids)
  })
})

describe('a peer serving a corrupted block', function () {
  this.timeout(90_000)
  const net = new TestNet()
  let nodes: TestNode[]
  let cid: CID

  before(async () => { nodes = await net.start(3) })
  after(async () => { await net.stop() })

  /** Put `value` on `good` (if any) and wrong bytes under the same CID straight into `bad`'s LevelDB. */
  async function corrupt (bad: TestNode, good: TestNode | undefined, value: unknown): Promise<CID> {
    const { cid, bytes } = await encodeBlock(value)
    if (good != null) await good.net.blocks.put(bytes, 'dag-cbor')
    await bad.stores.blockstore.put(cid, (await encodeBlock({ corrupted: value })).bytes)
    return cid
  }

  it('is rejected: the block is not stored and the peer is on the bad-peer list', async () => {
    const [fetcher, bad] = [nodes[0], nodes[1]]
    await waitFor(() => fetcher.net.peers().some(p => p.id.equals(bad.net.peerId)))
    cid = await corrupt(bad, undefined, { only: 'the bad peer has this' })
    await assert.rejects(fetcher.net.blocks.get(cid, t(8000)), { code: 'ERR_HASH_MISMATCH' })
    assert.equal(await fetcher.net.blocks.has(cid), false)
    assert.deepEqual(fetcher.net.blocks.badPeers(cid), [bad.net.peerId.toString()])
  })

  it('is not asked for that CID again; an honest peer serves the right bytes', async () => {
    const [fetcher, bad] = [nodes[0], nodes[1]]
    const honest = await net.add()
    await waitFor(() => fetcher.net.peers().some(p => p.id.equals(honest.net.peerId)))
    await honest.net.blocks.put((await encodeBlock({ only: 'the bad peer has this' })).bytes, 'dag-cbor')
    await honest.net.blocks.provide(cid, t())
    // what the fetcher asks of each node, as each node counts the want entries it receives
    const exchangeOf = (n: TestNode): Exchange => {
      assert.ok(n.net.blocks instanceof Content && n.net.blocks.exchange != null)
      return n.net.blocks.exchange
    }
    const badBefore = exchangeOf(bad).wantsReceivedFrom(fetcher.net.peerId)
    const honestBefore = exchangeOf(honest).wantsReceivedFrom(fetcher.net.peerId)
    const bytes = await fetcher.net.blocks.get(cid, t())
    await verifyBlock(cid, bytes)
    assert.ok(exchangeOf(honest).wantsReceivedFrom(fetcher.net.peerId) > honestBefore)
    assert.equal(exchangeOf(bad).wantsReceivedFrom(fetcher.net.peerId), badBefore, 'the bad peer was asked again')
  })

  it('does not spoil a DAG fetch when an honest peer has the block too', async () => {
    const [fetcher, bad, good] = [nodes[0], nodes[1], nodes[2]]
    const value = { both: 'have this', n: 42 }
    const child = await corrupt(bad, good, value)
    const root = await encodeBlock({ link: child })
    await bad.stores.blockstore.put(root.cid, root.bytes)
    await good.net.blocks.put(root.bytes, 'dag-cbor')
    const res = await fetcher.net.blocks.fetchDag(root.cid, t())
    assert.equal(res.blocks, 2)
    const bytes = await readBlock(fetcher.stores.blockstore, child)
    await verifyBlock(child, bytes)
    assert.deepEqual(Uint8Array.from(bytes), (await encodeBlock(value)).bytes)
  })
})
