/**
 * Bad input to a land (protocols/lands.md "Errors", gossip.md "Topic validators"): every rejected
 * tx and consensus message has its stable code, gossip verdict Reject, and changes nothing.
 */
import assert from 'node:assert/strict'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { CID } from 'multiformats/cid'
import { encodeSignedCall, signCall } from '../../src/store/calls/index.ts'
import {
  ATTEST_FORMAT, BLOCK_FORMAT, PROPOSAL_FORMAT, blockCid, encodeProposalEnvelope, encodeVoteMessage, signMessage,
  signPushTx, MAX_PUSH_TX_BYTES, type Block, type Certificate
} from '../../src/store/lands/index.ts'
import { landTopics } from '../../src/net/index.ts'
import { readEntry } from '../../src/net/lands/log-records.ts'
import { TestNet } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { callTx, connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

async function rejects (p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: Error & { code?: string }) => { assert.equal(e.code, code, e.message); return true })
}

describe('lands: rejections', function () {
  this.timeout(120_000)
  const net = new TestNet()
  let nodes: TestNode[]
  let lands: TestLand[]
  let user: PrivateKey
  let g: Awaited<ReturnType<typeof testGenesis>>
  let cert: Certificate

  before(async () => {
    nodes = await net.start(4)
    await connectAll(nodes)
    user = await generateKeyPair('Ed25519')
    g = await testGenesis(nodes.map(n => n.privateKey))
    lands = []
    for (const n of nodes) lands.push(await startLand(n, g))
    await waitSubscribed(lands)
    const { cid } = await lands[0].land.submit(await callTx(user, g.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
    await Promise.all(lands.map(async l => l.land.waitFinal(cid, { signal: AbortSignal.timeout(20_000) })))
    cert = (await readEntry(lands[1].records, 1))!.cert
  })
  after(async () => {
    await stopAll(lands)
    await net.stop()
  })

  it('submit refuses bad txs with their codes and keeps nothing', async () => {
    const land = lands[2].land
    const before = land.status().mempool.txs
    const good = dagCbor.decode<{ call: Record<string, unknown>, sig: Uint8Array }>(await callTx(user, g.genesis.land, 5))
    await rejects(land.submit(dagCbor.encode({ call: { ...good.call, nonce: 6 }, sig: good.sig })), 'ERR_CALL_BAD_SIGNATURE')
    await rejects(land.submit(await callTx(user, 'other.land', 5), { signal: AbortSignal.timeout(10_000) }), 'ERR_CALL_WRONG_LAND')
    await rejects(land.submit(encodeSignedCall(await signCall({ land: g.genesis.land, nonce: 1, service: `${g.genesis.land}/alice/counter`, func: 'Sub', args: [], gas: 1 }, user))), 'ERR_LAND_NONCE')
    await rejects(land.submit(await callTx(user, g.genesis.land, 1 + 1001), { signal: AbortSignal.timeout(10_000) }), 'ERR_LAND_NONCE')
    const push = await signPushTx({ land: g.genesis.land, nonce: 7, path: `${g.genesis.land}/alice/big`, files: [{ name: 'big.go', text: 'x'.repeat(MAX_PUSH_TX_BYTES) }], gas: 1 }, user)
    const data = { format: 'amigo/push-tx/1', land: g.genesis.land, deployer: push.push.deployer, nonce: 7, path: push.push.path, files: push.push.files, gas: 1 }
    await rejects(land.submit(dagCbor.encode({ tx: data, sig: push.sig })), 'ERR_LAND_TX_TOO_LARGE')
    assert.equal(land.status().mempool.txs, before)
  })

  it('a full mempool answers ERR_BUSY', async () => {
    const lone = await testGenesis([await generateKeyPair('Ed25519'), await generateKeyPair('Ed25519')])
    const follower = await startLand(nodes[3], lone, { mempool: { maxTxs: 1 } })
    try {
      assert.equal(follower.land.status().validator, false)
      await follower.land.submit(await callTx(user, lone.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      await rejects(follower.land.submit(await callTx(user, lone.genesis.land, 2), { signal: AbortSignal.timeout(10_000) }), 'ERR_BUSY')
      assert.equal(follower.land.status().mempool.txs, 1)
    } finally {
      await follower.land.stop()
    }
  })

  it('a tx that waits past its time to live is dropped: its waiter gets ERR_LAND_TX_DROPPED', async () => {
    const lone = await testGenesis([await generateKeyPair('Ed25519')])
    const follower = await startLand(nodes[3], lone, { mempool: { ttlMs: 50 } })
    try {
      const { cid } = await follower.land.submit(await callTx(user, lone.genesis.land, 1), { signal: AbortSignal.timeout(10_000) })
      await rejects(follower.land.waitFinal(cid, { signal: AbortSignal.timeout(20_000) }), 'ERR_LAND_TX_DROPPED')
      assert.equal(follower.land.status().mempool.txs, 0)
    } finally {
      await follower.land.stop()
    }
  })

  describe('gossip validators reject bad consensus messages with their codes', () => {
    const topics = (): ReturnType<typeof landTopics> => landTopics(g.cid)

    async function verdict (topic: string, data: Uint8Array, code: string): Promise<void> {
      const l = lands[1]
      const before = l.land.status()
      const validate = l.node.net.libp2p.services.pubsub.topicValidators.get(topic)!
      const result = await validate(nodes[0].net.peerId, { type: 'signed', topic, data, from: nodes[0].net.peerId, sequenceNumber: 1n, signature: new Uint8Array(), key: nodes[0].privateKey.publicKey } as any)
      assert.equal(result, 'reject')
      const after = l.land.status()
      assert.equal(after.rejections[code], (before.rejections[code] ?? 0) + 1, `rejections ${JSON.stringify(after.rejections)}`)
      assert.equal(after.finalHeight, before.finalHeight)
      assert.equal(after.view, before.view)
    }

    function nextBlock (over: Partial<Block> = {}): Block {
      return { format: BLOCK_FORMAT, genesis: g.cid, height: 2, prev: cert.msg.block, timeMs: Date.now(), txs: [], prevStateRoot: cert.msg.stateRoot, ...over }
    }

    async function envelope (block: Block, opts: { view?: number, by?: number, height?: number, prevCert?: Certificate, sig?: (s: Uint8Array) => Uint8Array } = {}): Promise<Uint8Array> {
      const view = opts.view ?? cert.msg.view
      const by = opts.by ?? view % 4
      const proposal = await signMessage({ format: PROPOSAL_FORMAT, genesis: g.cid, height: opts.height ?? block.height, view, block: await blockCid(block) }, by, nodes[by].privateKey)
      if (opts.sig !== undefined) proposal.sig = opts.sig(proposal.sig)
      return encodeProposalEnvelope({ proposal, block, txs: [], prevCert: opts.prevCert ?? cert })
    }

    it('a block from a non-sequencer', async () => {
      const by = (cert.msg.view + 1) % 4
      await verdict(topics().block, await envelope(nextBlock(), { by }), 'ERR_LAND_NOT_SEQUENCER')
    })
    it('a block with a bad signature', async () => {
      await verdict(topics().block, await envelope(nextBlock(), { sig: s => s.map((b, i) => i === 0 ? b ^ 1 : b) }), 'ERR_LAND_BAD_SIGNATURE')
    })
    it('a block with a wrong prev state root', async () => {
      await verdict(topics().block, await envelope(nextBlock({ prevStateRoot: g.cid })), 'ERR_LAND_WRONG_PREV')
    })
    it('a block whose prev is not the certified block', async () => {
      await verdict(topics().block, await envelope(nextBlock({ prev: g.cid })), 'ERR_LAND_BAD_CERTIFICATE')
    })
    it('a block whose proposal names another height', async () => {
      await verdict(topics().block, await envelope(nextBlock(), { height: 3 }), 'ERR_LAND_WRONG_HEIGHT')
    })
    it('a block in a later view without a new-view proof', async () => {
      await verdict(topics().block, await envelope(nextBlock(), { view: cert.msg.view + 1 }), 'ERR_LAND_WRONG_VIEW')
    })
    it('a block whose time is beyond the clock skew', async () => {
      await verdict(topics().block, await envelope(nextBlock({ timeMs: Date.now() + 10 * 60_000 })), 'ERR_LAND_BAD_TIME')
    })
    it('a block whose previous certificate is short of quorum', async () => {
      const short = { msg: cert.msg, sigs: cert.sigs.slice(0, 2) }
      await verdict(topics().block, await envelope(nextBlock(), { prevCert: short }), 'ERR_LAND_NO_QUORUM')
    })
    it('an attestation by a non-validator', async () => {
      const msg = { format: ATTEST_FORMAT, genesis: g.cid, height: 2, view: cert.msg.view, block: cert.msg.block, stateRoot: cert.msg.stateRoot, receiptsRoot: cert.msg.receiptsRoot } as const
      const s = await signMessage(msg, 0, user)
      await verdict(topics().vote, encodeVoteMessage({ attest: { ...s, by: 9 } }), 'ERR_LAND_NOT_VALIDATOR')
    })
    it('a vote signed by another key than its validator\'s', async () => {
      const msg = { format: ATTEST_FORMAT, genesis: g.cid, height: 2, view: cert.msg.view, block: cert.msg.block, stateRoot: cert.msg.stateRoot, receiptsRoot: cert.msg.receiptsRoot } as const
      await verdict(topics().vote, encodeVoteMessage({ attest: await signMessage(msg, 2, user) }), 'ERR_LAND_BAD_SIGNATURE')
    })
    it('a vote for another land', async () => {
      const other = CID.parse('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy')
      const msg = { format: ATTEST_FORMAT, genesis: other, height: 2, view: 0, block: cert.msg.block, stateRoot: cert.msg.stateRoot, receiptsRoot: cert.msg.receiptsRoot } as const
      await verdict(topics().vote, encodeVoteMessage({ attest: await signMessage(msg, 1, nodes[1].privateKey) }), 'ERR_LAND_WRONG_LAND')
    })
    it('a malformed vote message', async () => {
      await verdict(topics().vote, dagCbor.encode({ attest: 'nope' }), 'ERR_LAND_MALFORMED')
    })
    it('a gossiped tx with a bad signature', async () => {
      const good = dagCbor.decode<{ call: Record<string, unknown>, sig: Uint8Array }>(await callTx(user, g.genesis.land, 9))
      await verdict(topics().tx, dagCbor.encode({ call: { ...good.call, nonce: 10 }, sig: good.sig }), 'ERR_CALL_BAD_SIGNATURE')
    })
  })
})
