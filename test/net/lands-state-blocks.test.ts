/**
 * State blocks over the land sync protocol (protocols/sync.md, "State blocks"): the lazy reads of a
 * node that adopted a certified state fetch one block by CID from the land's peers in one round
 * trip; a peer answers from its own store only, and a peer of another land answers nothing.
 */
import assert from 'node:assert/strict'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { fetchStateBlock } from '../../src/net/index.ts'
import { TestNet } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { connectAll, startLand, stopAll, testGenesis, type TestLand } from './lands-helpers.ts'

async function block (value: unknown): Promise<{ cid: CID, bytes: Uint8Array }> {
  const bytes = dagCbor.encode(value)
  return { cid: CID.createV1(dagCbor.code, await sha256.digest(bytes)), bytes }
}

describe('lands: state blocks by CID over the sync protocol', function () {
  this.timeout(60_000)
  const net = new TestNet()
  let nodes: TestNode[]

  before(async () => {
    nodes = await net.start(3)
    await connectAll(nodes)
  })
  after(async () => { await net.stop() })

  it('serves a block of its own store to a peer, nothing it lacks, and nothing for another land', async () => {
    const held = await block({ hamt: ['a state node'] })
    const lacking = await block({ hamt: ['not here'] })
    const store = new Map([[held.cid.toString(), held.bytes]])
    const g = await testGenesis([nodes[0].privateKey])
    const other = await testGenesis([nodes[2].privateKey])
    const lands: TestLand[] = [
      await startLand(nodes[0], g, { localBlock: async cid => store.get(cid.toString()) }),
      await startLand(nodes[2], other, { localBlock: async cid => store.get(cid.toString()) })
    ]
    try {
      const libp2p = nodes[1].net.libp2p
      const signal = AbortSignal.timeout(10_000)
      const got = await fetchStateBlock(libp2p, g.cid, [nodes[0].net.peerId], held.cid, signal)
      assert.deepEqual(got, held.bytes)
      assert.equal(await fetchStateBlock(libp2p, g.cid, [nodes[0].net.peerId], lacking.cid, signal), undefined)
      // node 2 replicates another land: it answers ERR_LAND_WRONG_LAND, and the next peer is asked
      assert.deepEqual(await fetchStateBlock(libp2p, g.cid, [nodes[2].net.peerId, nodes[0].net.peerId], held.cid, signal), held.bytes)
      assert.equal(await fetchStateBlock(libp2p, g.cid, [nodes[2].net.peerId], held.cid, signal), undefined)
    } finally {
      await stopAll(lands)
    }
  })
})
