import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256, sha512 } from 'multiformats/hashes/sha2'
import {
  MAX_BLOCK_SIZE, blockLinks, decodeBlock, encodeBlock, makeCid, parseCid, verifyBlock
} from '../../src/store/index.ts'

describe('store blocks', () => {
  it('encodes dag-cbor and raw blocks as CIDv1 sha2-256 with the codec in the CID', async () => {
    const a = await encodeBlock({ hello: 'world', n: 1 }, 'dag-cbor')
    assert.equal(a.cid.version, 1)
    assert.equal(a.cid.code, 0x71)
    assert.equal(a.cid.multihash.code, sha256.code)
    assert.equal(a.cid.toString().slice(0, 4), 'bafy')
    assert.deepEqual(decodeBlock(a.cid, a.bytes), { hello: 'world', n: 1 })
    const b = await encodeBlock(new TextEncoder().encode('bytes'), 'raw')
    assert.equal(b.cid.code, 0x55)
    assert.equal(b.cid.toString().slice(0, 4), 'bafk')
    // the same value always gives the same CID (dag-cbor sorts map keys)
    assert.equal((await encodeBlock({ n: 1, hello: 'world' }, 'dag-cbor')).cid.toString(), a.cid.toString())
  })

  it('rejects unknown codecs, undecodable dag-cbor and oversized blocks with typed errors', async () => {
    await assert.rejects(encodeBlock({}, 'json' as any), { code: 'ERR_UNKNOWN_CODEC' })
    await assert.rejects(makeCid(new Uint8Array([0xff, 0xff]), 'dag-cbor'), { code: 'ERR_UNKNOWN_CODEC' })
    await assert.rejects(makeCid(new Uint8Array(MAX_BLOCK_SIZE + 1), 'raw'), { code: 'ERR_BLOCK_TOO_LARGE' })
    await makeCid(new Uint8Array(MAX_BLOCK_SIZE), 'raw')
  })

  it('parses CIDs and refuses malformed, v0 and non-sha2-256 ones', async () => {
    const { cid } = await encodeBlock({ x: 1 })
    assert.ok(parseCid(cid.toString()).equals(cid))
    assert.ok(parseCid(cid.bytes).equals(cid))
    assert.throws(() => parseCid('not-a-cid'), { code: 'ERR_BAD_CID', name: 'BadCidError' })
    assert.throws(() => parseCid('QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG'), { code: 'ERR_BAD_CID' })
    const other = CID.createV1(0x71, await sha512.digest(dagCbor.encode({ x: 1 })))
    assert.throws(() => parseCid(other), { code: 'ERR_BAD_CID' })
    const dagPb = CID.createV1(0x70, cid.multihash)
    assert.throws(() => parseCid(dagPb), { code: 'ERR_UNKNOWN_CODEC' })
  })

  it('verifies that bytes hash to their CID', async () => {
    const { cid, bytes } = await encodeBlock({ x: 1 })
    await verifyBlock(cid, bytes)
    await assert.rejects(verifyBlock(cid, dagCbor.encode({ x: 2 })), { code: 'ERR_HASH_MISMATCH' })
  })

  it('lists the links of a dag-cbor block in order, none for raw', async () => {
    const leaf1 = await encodeBlock(new Uint8Array([1]), 'raw')
    const leaf2 = await encodeBlock({ leaf: 2 })
    const root = await encodeBlock({ a: leaf1.cid, nested: { list: [leaf2.cid, 'x'] } })
    assert.deepEqual(blockLinks(root.cid, root.bytes).map(String), [leaf1.cid.toString(), leaf2.cid.toString()])
    assert.deepEqual(blockLinks(leaf1.cid, leaf1.bytes), [])
  })
})
