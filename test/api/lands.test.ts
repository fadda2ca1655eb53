// The land endpoints of the HTTP API and the dispatch of service endpoints by the land of a path
// (protocols/http-api.md, "Lands"), on an in-process node: the real land executor and the node's
// land host, with a one-node stand-in for the consensus (./land-node.ts).
import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { signCall, encodeSignedCall, addressOf } from '../../src/store/calls/index.ts'
import { request, assertError, stopNode } from './helpers.ts'
import { landNode, LAND } from './land-node.ts'
import type { LandTestNode } from './land-node.ts'

const COUNTER = `${LAND}/amigo/counter`

describe('http api: network lands', function () {
  this.timeout(60_000)
  let dir: string
  let node: LandTestNode
  let key: PrivateKey
  let address: string
  let nonce = 0
  const signed = async (func: string, args: string[] = [], land = LAND, service = COUNTER): Promise<Uint8Array> =>
    encodeSignedCall(await signCall({ land, nonce: ++nonce, service, func, args, gas: 1_000_000 }, key))

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-api-lands-'))
    node = await landNode(dir)
    key = await generateKeyPair('Ed25519')
    address = addressOf(key.publicKey.raw)
  })
  after(async () => {
    await stopNode(node)
    await rm(dir, { recursive: true, force: true })
  })

  it('lists the lands it replicates with their status; an unknown land is ERR_LAND_UNKNOWN', async () => {
    const { lands } = await node.client.lands()
    assert.deepEqual(lands.map(l => [l.land, l.finalHeight, l.sequencer]), [[LAND, 0, node.validator]])
    assert.equal((await node.client.landStatus(LAND)).validators[0].id, node.validator)
    assertError(await request(node, 'GET', '/api/v1/lands/other.land'), 404, 'ERR_LAND_UNKNOWN')
  })

  it('runs a call of the land until final: the receipt has the results, height, block and land state root', async () => {
    const r = await node.client.landCall(await signed('Add', ['5'])) as any
    assert.equal(r.ok, true)
    assert.deepEqual(r.results, ['5'])
    assert.equal(r.height, 1)
    assert.equal(r.land, LAND)
    assert.equal(r.path, COUNTER)
    assert.equal(r.func, 'Add')
    assert.equal(r.caller, address)
    assert.equal(typeof r.latencyMs, 'number')
    const [block] = (await node.client.landBlocks(LAND, { from: 1 })).blocks
    assert.equal(r.block, block.cid)
    assert.equal(r.stateRoot, block.stateRoot)
    assert.deepEqual(block.txs, [r.callCid])
    assert.equal((await node.client.landStatus(LAND)).stateRoot, r.stateRoot)
  })

  it('answers reads from the last final state, saying its height', async () => {
    const e = await request(node, 'GET', `/api/v1/eval?path=${COUNTER}&expr=Get()`)
    assert.equal(e.status, 200)
    assert.equal(e.json.value, '5')
    assert.equal(e.json.finalHeight, 1)
    const r = await request(node, 'GET', `/api/v1/render?path=${COUNTER}`)
    assert.match(r.json.markdown, /\*\*5\*\*/)
    assert.equal(r.json.finalHeight, 1)
    const s = await node.client.services({ land: LAND })
    assert.equal(s.land, LAND)
    assert.deepEqual(s.services.map(x => x.path), [COUNTER])
    assert.equal(s.finalHeight, 1)
  })

  it('gives the next nonce on the land, counting calls it admitted that are not final yet', async () => {
    assert.deepEqual(await node.client.nonce(address, LAND), { address, land: LAND, nonce, next: nonce + 1 })
    assert.equal((await node.client.nonce(address)).land, 'local.land')
  })

  it('submits without waiting (202, the tx CID); the receipt by CID follows once final', async () => {
    const bytes = await signed('Add', ['2'])
    const sent = await node.client.landCall(bytes, { wait: false }) as any
    assert.equal(sent.land, LAND)
    const r = await node.client.receipt(sent.tx, { wait: true, timeoutMs: 10_000 })
    assert.equal(r.ok, true)
    assert.deepEqual(r.results, ['7'])
    assert.equal(r.height, 2)
    assert.deepEqual(await node.client.receipt(sent.tx, { land: LAND }), r)
  })

  it('says a tx is not final yet (ERR_LAND_NO_RECEIPT) and refuses what does not belong to a network land', async () => {
    assertError(await request(node, 'GET', '/api/v1/receipts/bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'), 404, 'ERR_LAND_NO_RECEIPT')
    assertError(await request(node, 'POST', '/api/v1/push', JSON.stringify({ path: `${LAND}/alice/x`, files: [{ name: 'x.go', text: 'package x' }], deployer: address, signature: '' })), 400, 'ERR_LAND_TX_REQUIRED')
    assertError(await request(node, 'POST', '/api/v1/fork', JSON.stringify({ src: COUNTER, dst: `${LAND}/bob/counter` })), 400, 'ERR_LAND_TX_REQUIRED')
  })

  it('keeps local.land as it was: a call of local.land runs on the node alone', async () => {
    const r = await request(node, 'GET', '/api/v1/services')
    assert.equal(r.status, 200)
    assert.deepEqual(r.json, { land: 'local.land', services: [] })
    const call = await request(node, 'POST', '/api/v1/call', await signed('Add', ['1'], 'local.land', 'local.land/alice/counter'))
    assertError(call, 404, 'ERR_NOT_FOUND')
  })
})
