import { strict as assert } from 'node:assert'
import { encodeBlock } from '../../src/store/index.ts'
import { DONT_HAVE, WANT_BLOCK, WANT_HAVE, cidPrefix, decodeMessage, decodePrefix, emptyMessage, encodeMessage } from '../../src/net/content/index.ts'

describe('Bitswap 1.2.0 messages (protocols/content.md, "Wire")', () => {
  it('encodes a want-block entry as the protobuf fields of the spec, byte for byte', () => {
    const m = emptyMessage()
    const cid = Uint8Array.from([1, 2, 3])
    m.wantlist.entries.push({ cid, priority: 1, cancel: false, wantType: WANT_BLOCK, sendDontHave: true })
    // Message.wantlist (1, LEN) { Wantlist.entries (1, LEN) { block (1, LEN) 01 02 03, priority (2) 1, sendDontHave (5) 1 } }
    const entry = [0x0a, 3, 1, 2, 3, 0x10, 1, 0x28, 1]
    const wantlist = [0x0a, entry.length, ...entry]
    assert.deepEqual([...encodeMessage(m)], [0x0a, wantlist.length, ...wantlist])
  })

  it('reads back what it writes: wants, cancels, blocks and presences', async () => {
    const { cid, bytes } = await encodeBlock({ hello: 'bitswap' })
    const m = emptyMessage()
    m.wantlist.full = true
    m.wantlist.entries.push({ cid: cid.bytes, priority: 7, cancel: false, wantType: WANT_HAVE, sendDontHave: false })
    m.wantlist.entries.push({ cid: cid.bytes, priority: 1, cancel: true, wantType: WANT_BLOCK, sendDontHave: false })
    m.payload.push({ prefix: cidPrefix(cid), data: bytes })
    m.presences.push({ cid: cid.bytes, type: DONT_HAVE })
    const back = decodeMessage(encodeMessage(m))
    assert.deepEqual(back, m)
    assert.deepEqual(decodePrefix(back.payload[0].prefix), { version: 1, code: 0x71, hashCode: 0x12, hashSize: 32 })
  })

  it('skips fields it does not know (pendingBytes, Bitswap 1.0.0 blocks, fixed-width fields)', () => {
    // pendingBytes (5, varint) 300; blocks (2, LEN) "ab"; field 9 fixed64; field 10 fixed32
    const bytes = Uint8Array.from([0x28, 0xac, 0x02, 0x12, 2, 0x61, 0x62, 0x49, 1, 2, 3, 4, 5, 6, 7, 8, 0x55, 1, 2, 3, 4])
    assert.deepEqual(decodeMessage(bytes), emptyMessage())
  })

  it('refuses truncated or malformed bytes with ERR_BITSWAP_MALFORMED', () => {
    assert.throws(() => decodeMessage(Uint8Array.from([0x0a, 5, 1])), { code: 'ERR_BITSWAP_MALFORMED' })
    assert.throws(() => decodeMessage(Uint8Array.from([0x28, 0x80])), { code: 'ERR_BITSWAP_MALFORMED' })
    assert.throws(() => decodeMessage(Uint8Array.from([0x0b])), { code: 'ERR_BITSWAP_MALFORMED' })
  })
})
