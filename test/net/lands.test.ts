/**
 * Lands over the network (protocols/lands.md, finality.md, sync.md): 4 in-process validators on
 * 127.0.0.1 with a fake executor. Txs become final everywhere with identical blocks; a stopped
 * sequencer is replaced; a restarted node replays; a late node adopts the certified state.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { callCid } from '../../src/store/calls/index.ts'
import { BLOCK_FORMAT, PROPOSAL_FORMAT, blockCid, encodeProposalEnvelope, signMessage, type Block } from '../../src/store/lands/index.ts'
import { landTopics } from '../../src/net/index.ts'
import { syncRequest } from '../../src/net/lands/sync-wire.ts'
import type { CID } from 'multiformats/cid'
import { TestNet, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { GENESIS_ROOT, callTx, connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

/** Every land's log up to `height` (block CID and state root per height). */
async function logs (lands: TestLand[], height: number): Promise<string[][]> {
  return Promise.all(lands.map(async l => (await l.land.blocks(1, height)).map(b => `${b.height} ${b.cid} ${b.stateRoot}`)))
}

async function finalEverywhere (lands: TestLand[], cid: CID): Promise<Array<{ height: number, block: string, stateRoot: string, ok: boolean }>> {
  return Promise.all(lands.map(async l => l.land.waitFinal(cid, { signal: AbortSignal.timeout(20_000) })))
}

describe('lands: consensus on 4 nodes', function () {
  this.timeout(120_000)
  const net = new TestNet()
  let nodes: TestNode[]
  let user: PrivateKey

  before(async () => {
    nodes = await net.start(4)
    await connectAll(nodes)
    user = await generateKeyPair('Ed25519')
  })
  after(async () => { await net.stop() })

  async function startAll (g: Awaited<ReturnType<typeof testGenesis>>, which = nodes): Promise<TestLand[]> {
    const lands: TestLand[] = []
    for (const n of which) lands.push(await startLand(n, g))
    await waitSubscribed(lands)
    return lands
  }

  it('txs submitted on any node become final on all, with identical blocks and roots', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const cids: CID[] = []
      for (let i = 0; i < 12; i++) cids.push((await lands[i % 4].land.submit(await callTx(user, g.genesis.land, i + 1), { signal: AbortSignal.timeout(5000) })).cid)
      for (const cid of cids) {
        const finals = await finalEverywhere(lands, cid)
        assert.ok(finals.every(f => f.ok))
        assert.equal(new Set(finals.map(f => `${f.height} ${f.block} ${f.stateRoot}`)).size, 1, 'one block and root for the tx on every node')
      }
      const height = Math.min(...lands.map(l => l.land.status().finalHeight))
      assert.ok(height >= 1)
      const all = await logs(lands, height)
      for (const l of all) assert.deepEqual(l, all[0])
      const s = lands[0].land.status()
      assert.equal(s.validator, true)
      assert.equal(s.validators.length, 4)
      assert.equal(s.sequencer, s.validators[s.view % 4].id)
      const blocks = await lands[1].land.blocks(1, height)
      assert.equal(blocks.flatMap(b => b.txs).filter(t => cids.some(c => c.toString() === t)).length, cids.length, 'each tx in the log exactly once')
      assert.ok(blocks.every(b => b.attestations.length >= 3))
    } finally {
      await stopAll(lands)
    }
  })

  it('a stopped sequencer is replaced by a view change; later txs are final and no final block is reverted', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const first = await lands[1].land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      await finalEverywhere(lands, first.cid)
      const before = lands[1].land.status().finalHeight
      const logBefore = await logs(lands, before)
      const seqId = lands[1].land.status().sequencer
      const seq = lands.find(l => l.node.net.peerId.toString() === seqId)!
      await seq.land.stop()
      const rest = lands.filter(l => l !== seq)
      const next = await rest[0].land.submit(await callTx(user, g.genesis.land, 2), { signal: AbortSignal.timeout(10_000) })
      const finals = await finalEverywhere(rest, next.cid)
      assert.equal(new Set(finals.map(f => f.block)).size, 1)
      for (const l of rest) {
        const s = l.land.status()
        assert.ok(s.view >= 1, `view ${s.view}`)
        assert.notEqual(s.sequencer, seqId)
      }
      const logAfter = await logs(rest, before)
      for (const l of logAfter) assert.deepEqual(l, logBefore[0], 'the final blocks before the view change are unchanged')
    } finally {
      await stopAll(lands)
    }
  })

  it('an equivocating sequencer is caught: the proof is gossiped and the land changes view', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const seq = nodes[0].privateKey // validators[0] is the sequencer of view 0
      const topic = landTopics(g.cid).block
      for (const nonce of [1, 2]) {
        const body = await callTx(user, g.genesis.land, nonce)
        const block: Block = { format: BLOCK_FORMAT, genesis: g.cid, height: 1, prev: g.cid, timeMs: Date.now(), txs: [await callCid(body)], prevStateRoot: GENESIS_ROOT }
        const proposal = await signMessage({ format: PROPOSAL_FORMAT, genesis: g.cid, height: 1, view: 0, block: await blockCid(block) }, 0, seq)
        await nodes[0].net.libp2p.services.pubsub.publish(topic, encodeProposalEnvelope({ proposal, block, txs: [body] }))
      }
      await waitFor(() => lands.slice(1).every(l => l.land.status().equivocations.length > 0), 20_000)
      assert.equal(lands[1].land.status().equivocations[0].validator, lands[0].land.status().validators[0].id)
      await waitFor(() => lands.every(l => l.land.status().view >= 1), 20_000)
      const later = await lands[2].land.submit(await callTx(user, g.genesis.land, 3), { signal: AbortSignal.timeout(10_000) })
      const finals = await finalEverywhere(lands, later.cid)
      assert.equal(new Set(finals.map(f => f.block)).size, 1)
    } finally {
      await stopAll(lands)
    }
  })

  it('a sequencer restarted before any block is final does not propose in view 0 again (it might have signed there)', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const first = lands.findIndex(l => l.node.net.peerId.toString() === l.land.status().sequencer)
      assert.ok(first >= 0)
      const away = lands[first]
      await away.land.stop()
      const back = await startLand(away.node, g, { records: away.records })
      lands[first] = back
      await waitSubscribed(lands)
      const [final] = await finalEverywhere(lands, (await back.land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })).cid)
      const [block] = await back.land.blocks(final.height, 1)
      assert.ok(block.view >= 1, `the block was final in view ${block.view}, after a view change`)
      assert.deepEqual(back.land.status().equivocations, [])
    } finally {
      await stopAll(lands)
    }
  })

  it('a tx handed to the sequencer by a sync push (gossip repair) becomes final; a malformed push is refused', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const seq = lands.find(l => l.node.net.peerId.toString() === l.land.status().sequencer)!
      const other = lands.find(l => l !== seq)!
      const bytes = await callTx(user, g.genesis.land, 1)
      const res = await syncRequest(other.node.net.libp2p, seq.node.net.peerId, { push: { genesis: g.cid, txs: [bytes, bytes] } }, AbortSignal.timeout(10_000))
      assert.deepEqual(res.push, { accepted: 1 }, 'the copy is a duplicate')
      const finals = await finalEverywhere(lands, await callCid(bytes))
      assert.ok(finals.every(f => f.ok))
      await assert.rejects(syncRequest(other.node.net.libp2p, seq.node.net.peerId, { push: { genesis: g.cid, txs: 'no' as unknown as Uint8Array[] } }, AbortSignal.timeout(10_000)),
        (e: Error & { code?: string }) => e.code === 'ERR_LAND_MALFORMED')
    } finally {
      await stopAll(lands)
    }
  })

  it('a restarted node replays the blocks it missed from its peers', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      await finalEverywhere(lands, (await lands[0].land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })).cid)
      const away = lands[2]
      await away.land.stop()
      const rest = lands.filter(l => l !== away)
      for (let n = 2; n <= 4; n++) await finalEverywhere(rest, (await rest[0].land.submit(await callTx(user, g.genesis.land, n), { signal: AbortSignal.timeout(10_000) })).cid)
      const target = rest[0].land.status().finalHeight
      const back = await startLand(away.node, g, { records: away.records })
      lands[2] = back
      assert.equal(back.land.status().finalHeight, away.land.status().finalHeight, 'restarts from its log')
      await waitFor(() => back.land.status().finalHeight >= target, 20_000)
      assert.equal(back.executor.adopted, undefined, 'replayed, not state-synced')
      assert.ok(back.executor.executed.includes(target))
      const all = await logs([rest[0], back], target)
      assert.deepEqual(all[1], all[0])
      assert.equal(back.land.status().stateRoot, rest[0].land.status().stateRoot)
    } finally {
      await stopAll(lands)
    }
  })

  it('a late follower adopts the certified state and never computes the genesis state', async () => {
    const g = await testGenesis(nodes.slice(0, 3).map(n => n.privateKey))
    const early = await startAll(g, nodes.slice(0, 3))
    const lands = [...early]
    try {
      for (let n = 1; n <= 2; n++) await finalEverywhere(early, (await early[n % 3].land.submit(await callTx(user, g.genesis.land, n), { signal: AbortSignal.timeout(10_000) })).cid)
      const follower = await startLand(nodes[3], g)
      lands.push(follower)
      assert.equal(follower.land.status().validator, false)
      await waitFor(() => follower.land.status().syncedFrom !== undefined, 20_000)
      assert.equal(follower.executor.adopted, follower.land.status().syncedFrom)
      assert.equal(follower.executor.genesisComputed, false, 'a late follower never computes the genesis state')
      assert.ok(early.every(l => l.executor.genesisComputed), 'the validators computed it')
    } finally {
      await stopAll(lands)
    }
  })

  it('a late node adopts the certified state (no replay) and then follows new blocks', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const early = await startAll(g, nodes.slice(0, 3))
    const lands = [...early]
    try {
      for (let n = 1; n <= 3; n++) await finalEverywhere(early, (await early[n % 3].land.submit(await callTx(user, g.genesis.land, n), { signal: AbortSignal.timeout(10_000) })).cid)
      const height = early[0].land.status().finalHeight
      const late = await startLand(nodes[3], g)
      lands.push(late)
      await waitFor(() => late.land.status().syncedFrom !== undefined, 20_000)
      const from = late.land.status().syncedFrom!
      assert.ok(from >= height)
      assert.equal(late.executor.adopted, from)
      assert.ok(late.executor.executed.every(h => h > from), 'no block at or below the adopted height was executed')
      assert.ok(early.every(l => l.executor.genesisComputed), 'the nodes that executed height 1 did')
      assert.equal(late.land.status().stateRoot, (await early[0].land.blocks(from, 1))[0].stateRoot)
      await waitSubscribed(lands)
      const next = await late.land.submit(await callTx(user, g.genesis.land, 4), { signal: AbortSignal.timeout(10_000) })
      const finals = await finalEverywhere(lands, next.cid)
      assert.equal(new Set(finals.map(f => `${f.block} ${f.stateRoot}`)).size, 1)
      assert.ok(late.executor.executed.includes(finals[0].height))
    } finally {
      await stopAll(lands)
    }
  })

  it('a follower verifies certificates and executes blocks but never votes', async () => {
    const g = await testGenesis(nodes.slice(0, 3).map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const follower = lands[3]
      assert.equal(follower.land.status().validator, false)
      const { cid } = await follower.land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      const finals = await finalEverywhere(lands, cid)
      assert.equal(new Set(finals.map(f => `${f.block} ${f.stateRoot}`)).size, 1)
      const blocks = await follower.land.blocks(1, finals[0].height)
      assert.ok(blocks.every(b => !b.attestations.includes(follower.node.net.peerId.toString())))
      assert.ok(follower.executor.executed.includes(finals[0].height))
    } finally {
      await stopAll(lands)
    }
  })

  it('a replica whose state root differs from a certificate stops and reports the divergence', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey))
    const lands = await startAll(g)
    try {
      const odd = lands[3]
      odd.executor.tamper = r => ({ ...r, stateRoot: GENESIS_ROOT })
      const compared: string[][] = []
      const first = { key: `svc/${g.genesis.land}/alice/counter`, service: `${g.genesis.land}/alice/counter`, ours: 'head-a', theirs: 'head-b' }
      odd.executor.diffState = async (ours, theirs) => { compared.push([ours.toString(), theirs.toString()]); return first }
      const { cid } = await lands[0].land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      const finals = await finalEverywhere(lands.slice(0, 3), cid)
      await waitFor(() => odd.land.status().divergence?.first !== undefined, 20_000)
      const d = odd.land.status().divergence!
      // both roots, and the first service that differs (asked of the executor with our root and the certificate's)
      assert.deepEqual(d, { height: finals[0].height, ours: GENESIS_ROOT.toString(), theirs: finals[0].stateRoot, first })
      assert.deepEqual(compared, [[GENESIS_ROOT.toString(), finals[0].stateRoot]])
      assert.equal(odd.land.status().finalHeight, finals[0].height - 1, 'it keeps its last agreed height')
      await assert.rejects(odd.land.submit(await callTx(user, g.genesis.land, 2), { signal: AbortSignal.timeout(10_000) }), (e: Error & { code?: string }) => e.code === 'ERR_LAND_DIVERGED')
    } finally {
      await stopAll(lands)
    }
  })
})
