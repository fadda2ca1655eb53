// Property and fuzz tests of a running land's topic validators (issue 12, protocols/gossip.md
// "Topic validators"): whatever a peer publishes on the tx, block and vote topics gets a verdict
// (accept, ignore or reject) without a host error in the land's log, and a message that is not
// accepted changes nothing the land reports.
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { Logger, PeerId, PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import fc from 'fast-check'
import { createLand, landTopics, type Land } from '../../src/net/index.ts'
import {
  ATTEST_FORMAT, BLOCK_FORMAT, PREPARE_FORMAT, PROPOSAL_FORMAT, VIEW_CHANGE_FORMAT, blockCid, encodeProposalEnvelope,
  encodeVoteMessage, signMessage, type Block
} from '../../src/store/lands/index.ts'
import { TestNet } from '../net/helpers.ts'
import { FakeExecutor, GENESIS_ROOT, MemoryRecords, callTx, testGenesis } from '../net/lands-helpers.ts'
import { anyBytes, changeValue, mutantsOf, params, testTimeout, valueChange } from './arbitraries.ts'

type Validate = (from: PeerId, msg: { data: Uint8Array, topic: string }) => Promise<string>

/** A logger that keeps its error-level lines: a handler's host error is logged there. */
function errorLog (errors: string[]): Logger {
  const log = (() => {}) as unknown as Logger
  log.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')) }
  log.trace = () => {}
  log.enabled = false
  log.newScope = () => log
  return log
}

describe('fuzz: land gossip topic validators', function () {
  this.timeout(testTimeout(60_000))
  const net = new TestNet()
  let land: Land
  let keys: PrivateKey[]
  let validators: Record<'tx' | 'block' | 'vote', Validate>
  let samples: Record<'tx' | 'block' | 'vote', Uint8Array[]>
  let from: PeerId
  const errors: string[] = []

  /** What a refused message must leave alone. */
  const snapshot = (): unknown => {
    const s = land.status()
    return { finalHeight: s.finalHeight, stateRoot: s.stateRoot, mempool: s.mempool, equivocations: s.equivocations, divergence: s.divergence, view: s.view }
  }

  before(async () => {
    keys = await Promise.all([1, 2, 3].map(async i => generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(20 + i))))
    const [node] = await net.start(1, { offline: true })
    // the node is the last of 4 validators: not the sequencer of view 0, and no quorum of its own
    const g = await testGenesis([...keys, node.privateKey], { viewTimeoutMs: 600_000 })
    const records = new MemoryRecords()
    land = createLand({ genesis: g.genesis, genesisCid: g.cid, privateKey: node.privateKey, libp2p: node.net.libp2p, executor: await FakeExecutor.open(records, GENESIS_ROOT), records, log: errorLog(errors) })
    await land.start()
    const topics = landTopics(g.cid)
    const pubsub = node.net.libp2p.services.pubsub
    const get = (t: string): Validate => {
      const v = pubsub.topicValidators.get(t)
      assert.ok(v !== undefined, `no validator on ${t}`)
      return async (peer, msg) => String(await v(peer, { type: 'unsigned', ...msg } as any))
    }
    validators = { tx: get(topics.tx), block: get(topics.block), vote: get(topics.vote) }
    from = peerIdFromPrivateKey(keys[1])

    const genesis = g.cid
    const head = { genesis, height: 1, view: 0 }
    const block: Block = { format: BLOCK_FORMAT, genesis, height: 1, prev: genesis, timeMs: Date.now(), txs: [], prevStateRoot: GENESIS_ROOT }
    const bcid = await blockCid(block)
    const prepare = { format: PREPARE_FORMAT, ...head, block: bcid } as const
    const prepareQC = { msg: prepare, sigs: await Promise.all([0, 1, 2].map(async by => ({ by, sig: (await signMessage(prepare, by, keys[by])).sig }))) }
    samples = {
      tx: [await callTx(keys[0], g.genesis.land, 1), await callTx(keys[1], g.genesis.land, 2)],
      block: [encodeProposalEnvelope({ proposal: await signMessage({ format: PROPOSAL_FORMAT, ...head, block: bcid }, 0, keys[0]), block, txs: [] })],
      vote: [
        encodeVoteMessage({ prepare: await signMessage(prepare, 1, keys[1]) }),
        encodeVoteMessage({ attest: await signMessage({ format: ATTEST_FORMAT, ...head, block: bcid, stateRoot: GENESIS_ROOT, receiptsRoot: GENESIS_ROOT }, 2, keys[2]) }),
        encodeVoteMessage({ viewChange: await signMessage({ format: VIEW_CHANGE_FORMAT, genesis, height: 1, view: 1, finalHeight: 0, lock: prepareQC }, 0, keys[0]) })
      ]
    }
  })
  after(async () => {
    await land?.stop()
    await net.stop()
  })

  it('the harness: the untouched tx and votes are accepted', async () => {
    for (const topic of ['tx', 'vote'] as const) {
      for (const data of samples[topic]) assert.equal(await validators[topic](from, { data, topic }), 'accept', topic)
    }
    assert.deepEqual(errors, [])
  })

  for (const topic of ['tx', 'block', 'vote'] as const) {
    it(`${topic} topic: random, mutated and reshaped messages get a verdict, no host error, and change nothing unless accepted`, async () => {
      const reshaped = fc.tuple(fc.nat(samples[topic].length - 1), valueChange).map(([i, ch]) => {
        try { return dagCbor.encode(changeValue(dagCbor.decode(samples[topic][i]), ch.path, ch.by, ch.extra)) } catch { return new Uint8Array(0) }
      })
      await fc.assert(fc.asyncProperty(fc.oneof(anyBytes(), mutantsOf(samples[topic]), reshaped), async data => {
        const before = snapshot()
        const verdict = await validators[topic](from, { data, topic })
        assert.ok(['accept', 'ignore', 'reject'].includes(verdict), verdict)
        assert.deepEqual(errors, [], 'a host error was logged')
        if (verdict !== 'accept') assert.deepEqual(snapshot(), before)
      }), params(0.3, { timeout: 10_000 }))
    })
  }
})
