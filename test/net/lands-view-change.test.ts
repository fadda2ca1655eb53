/**
 * A locked block survives a view change (protocols/finality.md, blocks.md): when validators hold a
 * prepare QC for a block of view 0 but no certificate formed, the sequencer of view 1 re-proposes
 * that very block (same CID: a block does not contain its view) from the locks carried by the view
 * change, and it is the block finalized at that height, on every validator.
 */
import assert from 'node:assert/strict'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { blockCid, decodeProposalEnvelope } from '../../src/store/lands/index.ts'
import { landTopics } from '../../src/net/index.ts'
import { TestNet, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { callTx, connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

describe('lands: a locked block across a view change', function () {
  this.timeout(120_000)
  const net = new TestNet()
  let nodes: TestNode[]

  before(async () => {
    nodes = await net.start(4)
    await connectAll(nodes)
  })
  after(async () => { await net.stop() })

  it('is re-proposed unchanged by the next view\'s sequencer and is the block finalized', async () => {
    const user = await generateKeyPair('Ed25519')
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands: TestLand[] = []
    for (const n of nodes) lands.push(await startLand(n, g))
    await waitSubscribed(lands)
    // every proposal gossiped, seen from validator 3: (view, block CID)
    const proposals: Array<{ view: number, block: string }> = []
    const topic = landTopics(g.cid).block
    const pubsub = nodes[3].net.libp2p.services.pubsub
    const onMessage = (evt: CustomEvent<{ topic: string, data: Uint8Array }>): void => {
      if (evt.detail.topic !== topic) return
      const env = decodeProposalEnvelope(evt.detail.data, g.genesis.params.maxBlockBytes)
      void blockCid(env.block).then(cid => { proposals.push({ view: env.proposal.msg.view, block: cid.toString() }) })
    }
    pubsub.addEventListener('message', onMessage as any)
    // validators 2 and 3 execute nothing until they have moved to view 1: only 0 and 1 can attest in
    // view 0 (2 of the 3 a certificate needs), but all four prepare, so 0 and 1 lock the block
    const executedIn: Array<{ node: number, view: number, timeMs: number }> = []
    for (const i of [2, 3]) {
      lands[i].executor.gate = async block => {
        executedIn.push({ node: i, view: lands[i].land.status().view, timeMs: block.timeMs })
        await waitFor(() => lands[i].land.status().view >= 1, 30_000)
      }
    }
    try {
      const { cid } = await lands[0].land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      const finals = await Promise.all(lands.map(async l => l.land.waitFinal(cid, { signal: AbortSignal.timeout(30_000) })))
      const h = finals[0].height
      // the block of view 0, locked by validators 0 and 1 (their durable lock record: a prepare QC of view 0)
      const first = proposals.find(p => p.view === 0)
      assert.ok(first !== undefined, 'validator 0 proposed in view 0')
      for (const i of [0, 1]) {
        const lock = dagCbor.decode<{ height: number, view: number, lock: { msg: { view: number, block: { toString: () => string } }, sigs: unknown[] } }>((await lands[i].records.get('log/lock'))!)
        assert.equal(lock.height, h)
        assert.equal(lock.lock.msg.block.toString(), first.block, `validator ${i} locked the view-0 block`)
        assert.ok(lock.lock.sigs.length >= 3, 'a prepare QC')
      }
      assert.deepEqual(executedIn.map(e => e.view), [0, 0], 'validators 2 and 3 got the block in view 0')
      // the final block is that block, certified in view 1 (proposed again there by validator 1)
      assert.ok(proposals.some(p => p.view === 1 && p.block === first.block), `view 1 re-proposed ${first.block}: ${JSON.stringify(proposals)}`)
      assert.ok(!proposals.some(p => p.block !== first.block), 'no other block was proposed for the height')
      for (const f of finals) assert.equal(f.block, first.block)
      for (const l of lands) {
        const [b] = await l.land.blocks(h, 1)
        assert.equal(b.cid, first.block)
        assert.equal(b.view, 1, 'certified in view 1')
        assert.equal(b.timeMs, executedIn[0].timeMs, 'the block time of view 0: the same block, not a rebuilt one')
      }
    } finally {
      pubsub.removeEventListener('message', onMessage as any)
      await stopAll(lands)
    }
  })
})
