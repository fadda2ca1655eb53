/**
 * Two small pieces of a land: the in-memory last final nonces used by admission (exact across
 * final blocks, never keeping a read that a final block overtook), and how a sync client turns a
 * peer's error answer into a LandError (only our own codes pass).
 */
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { FinalNonces } from '../../src/net/lands/final-nonces.ts'
import { peerError } from '../../src/net/lands/sync-wire.ts'
import { LandError } from '../../src/store/lands/index.ts'

describe('lands: final nonces', () => {
  it('reads a sender once, then follows the final blocks (the highest nonce above the last)', async () => {
    const stored = new Map([['alice', 3]])
    let reads = 0
    const nonces = new FinalNonces(async a => { reads++; return stored.get(a) })
    assert.equal(await nonces.get('alice'), 3)
    assert.equal(await nonces.get('bob'), 0)
    nonces.final([{ address: 'alice', nonce: 5 }, { address: 'alice', nonce: 4 }, { address: 'bob', nonce: 1 }])
    assert.equal(await nonces.get('alice'), 5)
    assert.equal(await nonces.get('bob'), 1)
    assert.equal(reads, 2)
  })

  it('does not keep a read that a final block overtook', async () => {
    let release!: (v: number) => void
    const nonces = new FinalNonces(async () => await new Promise<number>(resolve => { release = resolve }))
    const reading = nonces.get('alice')
    nonces.final([{ address: 'alice', nonce: 7 }])
    release(6)
    assert.equal(await reading, 6)
    const fresh = nonces.get('alice')
    release(7)
    assert.equal(await fresh, 7, 'read again from the executor, not the stale value')
  })

  it('forgets everything when the state is replaced', async () => {
    let value = 2
    const nonces = new FinalNonces(async () => value)
    assert.equal(await nonces.get('alice'), 2)
    value = 40
    nonces.clear()
    assert.equal(await nonces.get('alice'), 40)
  })
})

describe('lands: a peer\'s sync error', () => {
  it('keeps a land code and refuses anything else as ERR_LAND_MALFORMED', async () => {
    const peer = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
    const known = peerError(peer, { code: 'ERR_LAND_WRONG_HEIGHT', message: 'no such pending block' })
    assert.ok(known instanceof LandError)
    assert.equal(known.code, 'ERR_LAND_WRONG_HEIGHT')
    assert.match(known.message, /no such pending block/)
    for (const bad of [{ code: 'ERR_SOMETHING_ELSE', message: 'x' }, { code: 42 }, 'oops', null, { message: { nested: true } }]) {
      const e = peerError(peer, bad)
      assert.equal(e.code, 'ERR_LAND_MALFORMED', JSON.stringify(bad))
    }
  })
})
