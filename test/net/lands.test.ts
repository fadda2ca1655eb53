/**
 * Lands over the network (protocols/lands.md, finality.md, sync.md): 4 in-process validators on
 * 127.0.0.1 with a fake executor. Txs become final everywhere with identical blocks; a stopped
 * sequencer is replaced; a restarted node replays; a late node adopts the certified state.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { encodeSignedCall, signCall } from '../../src/store/calls/index.ts'
import type { CID } from 'multiformats/cid'
import { TestNet, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

export async function callTx (key: PrivateKey, land: string, nonce: number): Promise<Uint8Array> {
  return encodeSignedCall(await signCall({ land, nonce, service: `${land}/alice/counter`, func: 'Add', args: ['1'], gas: 1000 }, key))
}

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
})
