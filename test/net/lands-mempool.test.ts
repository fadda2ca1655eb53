/**
 * The mempool of a land (protocols/lands.md, "Mempool"): bounded by txs and bytes, first come
 * first kept, one pending tx per sender and nonce, senders' nonces in order inside a block, and
 * eviction of used nonces and expired txs.
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { decodeLandTx, type LandTx } from '../../src/store/lands/index.ts'
import { Mempool, MEMPOOL_DEFAULTS } from '../../src/net/lands/mempool.ts'
import { callTx } from './lands-helpers.ts'
import { encodeSignedCall, signCall } from '../../src/store/calls/index.ts'

const LAND = 'pool.land'

async function tx (key: PrivateKey, nonce: number): Promise<{ tx: LandTx, bytes: Uint8Array }> {
  const bytes = await callTx(key, LAND, nonce)
  return { tx: (await decodeLandTx(bytes)).tx, bytes }
}

function code (f: () => unknown): string | undefined {
  try { f() } catch (e) { return (e as { code?: string }).code }
  return undefined
}

describe('lands: mempool', () => {
  let alice: PrivateKey
  let bob: PrivateKey
  before(async () => {
    alice = await generateKeyPair('Ed25519')
    bob = await generateKeyPair('Ed25519')
  })

  it('refuses newcomers when full (count or bytes) without evicting anyone: ERR_BUSY', async () => {
    const byCount = new Mempool({ ...MEMPOOL_DEFAULTS, maxTxs: 2 }, () => 0)
    const [a, b, c] = await Promise.all([tx(alice, 1), tx(alice, 2), tx(bob, 1)])
    byCount.add(a.tx, a.bytes)
    byCount.add(b.tx, b.bytes)
    assert.equal(code(() => byCount.add(c.tx, c.bytes)), 'ERR_BUSY')
    assert.deepEqual([byCount.has(a.tx.cid.toString()), byCount.has(b.tx.cid.toString()), byCount.size], [true, true, 2])
    const byBytes = new Mempool({ ...MEMPOOL_DEFAULTS, maxBytes: a.bytes.length + 10 }, () => 0)
    byBytes.add(a.tx, a.bytes)
    assert.equal(code(() => byBytes.add(c.tx, c.bytes)), 'ERR_BUSY')
    assert.equal(byBytes.bytes, a.bytes.length)
  })

  it('keeps one pending tx per sender and nonce: ERR_LAND_NONCE', async () => {
    const pool = new Mempool(MEMPOOL_DEFAULTS, () => 0)
    const a = await tx(alice, 5)
    const otherBytes = encodeSignedCall(await signCall({ land: LAND, nonce: 5, service: `${LAND}/alice/counter`, func: 'Add', args: ['2'], gas: 1000 }, alice))
    const other = (await decodeLandTx(otherBytes)).tx
    pool.add(a.tx, a.bytes)
    assert.equal(code(() => pool.add(other, otherBytes)), 'ERR_LAND_NONCE')
    pool.remove(a.tx.cid.toString())
    pool.add(other, otherBytes)
    assert.equal(pool.size, 1)
  })

  it('orders each sender\'s txs by nonce in the slots they took', async () => {
    const pool = new Mempool(MEMPOOL_DEFAULTS, () => 0)
    const order = [await tx(alice, 3), await tx(bob, 1), await tx(alice, 1), await tx(alice, 2)]
    for (const t of order) pool.add(t.tx, t.bytes)
    const picked = pool.select(10, 1 << 20).map(p => `${p.address === peerIdFromPrivateKey(alice).toString() ? 'a' : 'b'}${p.nonce}`)
    assert.deepEqual(picked, ['a1', 'b1', 'a2', 'a3'])
    assert.equal(pool.select(2, 1 << 20).length, 2)
    assert.equal(pool.select(10, order[0].bytes.length).length, 1)
  })

  it('evicts txs whose nonce is used and txs older than the ttl', async () => {
    let now = 0
    const pool = new Mempool({ ...MEMPOOL_DEFAULTS, ttlMs: 1000 }, () => now)
    const [a1, a2, b1] = [await tx(alice, 1), await tx(alice, 2), await tx(bob, 1)]
    pool.add(a1.tx, a1.bytes)
    pool.add(a2.tx, a2.bytes)
    now = 600
    pool.add(b1.tx, b1.bytes)
    const used = pool.evict(new Map([[peerIdFromPrivateKey(alice).toString(), 1]]))
    assert.deepEqual(used.map(e => e.nonce), [1])
    now = 1200
    assert.deepEqual(pool.evict(new Map()).map(e => e.cid), [a2.tx.cid.toString()])
    assert.equal(pool.size, 1)
    assert.equal(pool.bytes, b1.bytes.length)
  })
})
