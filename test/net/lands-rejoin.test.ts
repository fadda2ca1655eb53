/**
 * Rejoining a height (protocols/finality.md): with the sequencer and one more of 5 validators down,
 * the 3 left cannot form a new-view proof (q = 4) and keep sending view changes with a doubling
 * timer. A validator that comes back learns their view changes by a direct exchange (sync.md,
 * `viewChanges`) instead of waiting for the next, long-delayed gossip: it joins the view they ask
 * for and the land finalizes a block in that very view.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { VIEW_CHANGE_FORMAT, decodeVoteMessage, signMessage, type ViewChangeMsg } from '../../src/store/lands/index.ts'
import { landTopics } from '../../src/net/index.ts'
import { syncRequest } from '../../src/net/lands/sync-wire.ts'
import { TestNet, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { callTx, connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

describe('lands: a validator rejoining a height where the others changed view', function () {
  this.timeout(120_000)
  const net = new TestNet()
  let nodes: TestNode[]

  before(async () => {
    nodes = await net.start(5)
    await connectAll(nodes)
  })
  after(async () => { await net.stop() })

  it('joins the view the others ask for, and a block is final in that view', async () => {
    const user = await generateKeyPair('Ed25519')
    const g = await testGenesis(nodes.map(n => n.privateKey), { viewTimeoutMs: 400 })
    const lands: TestLand[] = []
    for (const n of nodes) lands.push(await startLand(n, g))
    await waitSubscribed(lands)
    // the highest view each validator sent a view change for, as validator 4 receives them
    const vcView = new Map<number, number>()
    const topic = landTopics(g.cid).vote
    const pubsub = nodes[4].net.libp2p.services.pubsub
    const onMessage = (evt: CustomEvent<{ topic: string, data: Uint8Array }>): void => {
      if (evt.detail.topic !== topic) return
      const m = decodeVoteMessage(evt.detail.data)
      if ('viewChange' in m) vcView.set(m.viewChange.by, Math.max(vcView.get(m.viewChange.by) ?? -1, m.viewChange.msg.view))
    }
    pubsub.addEventListener('message', onMessage as any)
    const running = new Set(lands)
    try {
      const first = await lands[2].land.submit(await callTx(user, g.genesis.land, 1))
      await Promise.all(lands.map(async l => l.land.waitFinal(first.cid, { signal: AbortSignal.timeout(20_000) })))
      assert.equal(lands[2].land.status().view, 0)
      // the sequencer of view 0 and of view 1 go down: 3 of 5 are left, below the quorum of 4
      for (const i of [0, 1]) { await lands[i].land.stop(); running.delete(lands[i]) }
      const { cid } = await lands[2].land.submit(await callTx(user, g.genesis.land, 2))
      // their view changes escalate: the timer has doubled 3 times when they ask for view 4
      await waitFor(() => (vcView.get(2) ?? -1) >= 4 && (vcView.get(3) ?? -1) >= 4, 30_000)
      const asked = Math.max(...[2, 3].map(i => vcView.get(i)!))
      // past gossipsub's gossip window (3 heartbeats of 1 s): no peer offers those view changes to a
      // node that subscribes again, as after a real restart (the next ones come 16 timeouts later)
      await new Promise(resolve => setTimeout(resolve, 4000))
      assert.equal(Math.max(...[2, 3].map(i => vcView.get(i)!)), asked, 'no newer view change meanwhile')
      assert.equal(lands[2].land.status().finalHeight, 1, 'no quorum: nothing was final meanwhile')
      // validator 1 comes back with its records: it missed every view change of height 2
      lands[1] = await startLand(nodes[1], g, { records: lands[1].records })
      running.add(lands[1])
      const finals = await Promise.all([1, 2, 3, 4].map(async i => lands[i].land.waitFinal(cid, { signal: AbortSignal.timeout(30_000) })))
      for (const f of finals) assert.equal(f.height, 2)
      const [b] = await lands[1].land.blocks(2, 1)
      assert.equal(b.view, asked, `final in the view asked for when validator 1 came back (${asked}), not in a later one`)
      for (const i of [2, 3]) assert.equal(vcView.get(i), asked, `validator ${i} sent no view change above ${asked}: the doubled timer never had to fire`)
      for (const i of [1, 2, 3, 4]) assert.equal(lands[i].land.status().view, asked)
    } finally {
      pubsub.removeEventListener('message', onMessage as any)
      await stopAll([...running])
    }
  })

  it('a viewChanges exchange counts only view changes that verify, and answers with those held', async () => {
    const g = await testGenesis(nodes.map(n => n.privateKey), { viewTimeoutMs: 400 })
    const lands: TestLand[] = []
    for (const n of nodes) lands.push(await startLand(n, g))
    try {
      const server = nodes[2].net.peerId
      const client = nodes[3].net.libp2p
      const ask = async (vcs: unknown[], genesis = g.cid): Promise<{ height: number, vcs: Array<{ by: number, msg: ViewChangeMsg }> }> =>
        (await syncRequest(client, server, { viewChanges: { genesis, height: 1, vcs: vcs as any } }, AbortSignal.timeout(10_000))).viewChanges as any
      const vc = async (signer: number, view: number, genesis = g.cid): Promise<unknown> =>
        signMessage({ format: VIEW_CHANGE_FORMAT, genesis, height: 1, view, finalHeight: 0 }, signer, nodes[signer].privateKey)
      assert.deepEqual(await ask([]), { height: 1, vcs: [] }, 'nothing held yet')
      const good = await vc(0, 1)
      const held = await ask([good])
      assert.equal(held.height, 1)
      assert.deepEqual(held.vcs.map(v => [v.by, v.msg.view]), [[0, 1]], 'counted and served back')
      const forged = { ...(await vc(1, 2) as object), by: 4 }
      const other = await testGenesis(nodes.map(n => n.privateKey))
      const cases: Array<[unknown[], string]> = [
        [[forged, await vc(1, 2)], 'ERR_LAND_BAD_SIGNATURE'],
        [[await vc(1, 2, other.cid)], 'ERR_LAND_WRONG_LAND'],
        [[{ msg: 'no' }], 'ERR_LAND_MALFORMED'],
        [Array.from({ length: 4 * 5 + 1 }, () => good), 'ERR_LAND_MALFORMED']
      ]
      for (const [vcs, code] of cases) {
        await assert.rejects(ask(vcs), (e: Error & { code?: string }) => e.code === code, code)
      }
      await assert.rejects(syncRequest(client, server, { viewChanges: { genesis: g.cid, height: 1, vcs: 'no' as any } }, AbortSignal.timeout(10_000)),
        (e: Error & { code?: string }) => e.code === 'ERR_LAND_MALFORMED')
      assert.deepEqual((await ask([])).vcs.map(v => [v.by, v.msg.view]), [[0, 1]], 'a refused exchange changed nothing')
      assert.equal(lands[2].land.status().view, 0)
    } finally {
      await stopAll(lands)
    }
  })
})
