import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import {
  NAME_RECORD_MAX_SIZE, createNameRecord, decodeNameRecord, encodeNameRecord, nameKey, selectNameRecord, validateNameRecord
} from '../../src/net/index.ts'
import type { NameRecord } from '../../src/net/index.ts'
import { encodeBlock } from '../../src/store/index.ts'

describe('name records', () => {
  let alice: PrivateKey
  let mallory: PrivateKey
  const name = 'hub.land/alice/blog'
  const hour = 3600_000

  before(async () => {
    alice = await generateKeyPair('Ed25519')
    mallory = await generateKeyPair('Ed25519')
  })

  async function record (seq: number, extra: Partial<{ validity: number, ext: Record<string, unknown>, value: string }> = {}): Promise<NameRecord> {
    const value = (await encodeBlock({ v: extra.value ?? 'content' })).cid
    return createNameRecord(alice, { name, value, seq, validity: extra.validity ?? Date.now() + hour, ttl: 60_000, ext: extra.ext })
  }

  it('validates a record signed by the key its DHT key names', async () => {
    const r = await record(3, { ext: { head: 'bafy-head', providers: ['x'] } })
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    assert.equal(new TextDecoder().decode(key), `/amigo/name/${peerIdFromPrivateKey(alice).toString()}/${name}`)
    const got = await validateNameRecord(key, encodeNameRecord(r))
    assert.equal(got.seq, 3)
    assert.equal(got.value.toString(), r.value.toString())
    assert.deepEqual(got.ext, { head: 'bafy-head', providers: ['x'] })
  })

  it('rejects a record whose signed fields were changed (forged signature)', async () => {
    const r = await record(1)
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    const forged = { ...r, value: (await encodeBlock({ evil: true })).cid, seq: 99 }
    await assert.rejects(validateNameRecord(key, encodeNameRecord(forged)), { code: 'ERR_RECORD_BAD_SIGNATURE' })
    const resigned = { ...r, sig: await mallory.sign(new TextEncoder().encode('anything')) }
    await assert.rejects(validateNameRecord(key, encodeNameRecord(resigned)), { code: 'ERR_RECORD_BAD_SIGNATURE' })
    // extra fields are signed too
    const withExt = await record(2, { ext: { head: 'a' } })
    await assert.rejects(validateNameRecord(key, encodeNameRecord({ ...withExt, ext: { head: 'b' } })), { code: 'ERR_RECORD_BAD_SIGNATURE' })
  })

  it('rejects a signature of the wrong length as a bad signature, not a crash (found by fuzzing)', async () => {
    const r = await record(1)
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    for (const sig of [new Uint8Array(0), r.sig.subarray(0, 63), new Uint8Array(65)]) {
      await assert.rejects(validateNameRecord(key, encodeNameRecord({ ...r, sig })), { code: 'ERR_RECORD_BAD_SIGNATURE' })
    }
  })

  it('rejects a record stored under another publisher\'s key or another name (wrong key)', async () => {
    const r = await record(1)
    await assert.rejects(validateNameRecord(nameKey(peerIdFromPrivateKey(mallory), name), encodeNameRecord(r)), { code: 'ERR_RECORD_WRONG_KEY' })
    await assert.rejects(validateNameRecord(nameKey(peerIdFromPrivateKey(alice), 'hub.land/alice/other'), encodeNameRecord(r)), { code: 'ERR_RECORD_WRONG_KEY' })
    // mallory signs a record with her key but puts alice's public key in it: signature fails
    const m = await createNameRecord(mallory, { name, value: r.value, seq: 5, validity: Date.now() + hour, ttl: 1 })
    await assert.rejects(validateNameRecord(nameKey(peerIdFromPrivateKey(alice), name), encodeNameRecord({ ...m, pub: r.pub })), { code: 'ERR_RECORD_BAD_SIGNATURE' })
  })

  it('rejects an expired record', async () => {
    const r = await record(1, { validity: Date.now() - 1 })
    await assert.rejects(validateNameRecord(nameKey(peerIdFromPrivateKey(alice), name), encodeNameRecord(r)), { code: 'ERR_RECORD_EXPIRED' })
    const soon = await record(1, { validity: Date.now() + 1000 })
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    await validateNameRecord(key, encodeNameRecord(soon))
    await assert.rejects(validateNameRecord(key, encodeNameRecord(soon), Date.now() + 2000), { code: 'ERR_RECORD_EXPIRED' })
  })

  it('rejects oversized records, on creation and on validation', async () => {
    await assert.rejects(record(1, { ext: { blob: 'x'.repeat(NAME_RECORD_MAX_SIZE) } }), { code: 'ERR_RECORD_TOO_LARGE' })
    const r = await record(1)
    const big = dagCbor.encode({ ...r, ext: { blob: 'x'.repeat(NAME_RECORD_MAX_SIZE) } })
    await assert.rejects(validateNameRecord(nameKey(peerIdFromPrivateKey(alice), name), big), { code: 'ERR_RECORD_TOO_LARGE' })
  })

  it('rejects malformed records with ERR_RECORD_INVALID', async () => {
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    const r = await record(1)
    await assert.rejects(validateNameRecord(key, new Uint8Array([1, 2, 3])), { code: 'ERR_RECORD_INVALID' })
    await assert.rejects(validateNameRecord(key, dagCbor.encode({ ...r, surprise: 1 })), { code: 'ERR_RECORD_INVALID' })
    await assert.rejects(validateNameRecord(key, dagCbor.encode({ ...r, v: 2 })), { code: 'ERR_RECORD_INVALID' })
    await assert.rejects(validateNameRecord(key, dagCbor.encode({ ...r, seq: -1 })), { code: 'ERR_RECORD_INVALID' })
    await assert.rejects(validateNameRecord(key, dagCbor.encode({ ...r, value: r.value.toString() })), { code: 'ERR_RECORD_INVALID' })
    assert.throws(() => decodeNameRecord(dagCbor.encode([1, 2])), { code: 'ERR_RECORD_INVALID' })
  })

  it('rejects bad names', async () => {
    for (const bad of ['', '/x', 'a//b', 'a/../b', 'sp ace', 'x'.repeat(300)]) {
      assert.throws(() => nameKey(peerIdFromPrivateKey(alice), bad), { code: 'ERR_BAD_NAME' }, bad)
    }
    nameKey(peerIdFromPrivateKey(alice), 'hub.land/alice/blog@v1.2.0')
  })

  it('selects the highest seq, then the later validity, the same way on every node', async () => {
    const now = Date.now()
    const r1 = encodeNameRecord(await record(1, { validity: now + 5 * hour }))
    const r2 = encodeNameRecord(await record(2, { validity: now + hour }))
    const r2later = encodeNameRecord(await record(2, { validity: now + 2 * hour }))
    const key = nameKey(peerIdFromPrivateKey(alice), name)
    assert.equal(selectNameRecord(key, [r1, r2]), 1)
    assert.equal(selectNameRecord(key, [r2, r1]), 0)
    assert.equal(selectNameRecord(key, [r2, r2later, r1]), 1)
    assert.equal(selectNameRecord(key, [new Uint8Array([0]), r1]), 1)
    // equal seq and validity: the smaller encoding wins, whatever the order
    const a = encodeNameRecord(await record(7, { validity: now + hour, value: 'a' }))
    const b = encodeNameRecord(await record(7, { validity: now + hour, value: 'b' }))
    assert.equal([a, b][selectNameRecord(key, [a, b])], [b, a][selectNameRecord(key, [b, a])])
  })
})
