/**
 * Signed calls (protocols/calls.md): a valid call is admitted; every kind of bad call is refused
 * with its stable code.
 */
import assert from 'node:assert/strict'
import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair, generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import {
  signCall, encodeSignedCall, decodeSignedCall, verifyCall, callCid, addressOf, publicKeyOfAddress,
  NonceBook, CallError, MAX_CALL_BYTES, signingBytes, type Call, type SignedCall
} from '../../src/store/calls/index.ts'

const LAND = 'local.land'
/** protocols/calls.md's example: counter.Add(5) signed by the key with seed 32 × 0x07 */
const VECTOR_HEX = 'a2637369675840ea759eac5de68e79d25b50b52f137de6ba55acfc07b009b6767b6ac5cb4b3277c810e37cda53b8a15328241367169656321471e3dd19acf639643f0299b7c80d6463616c6ca8636761731a000186a064617267738161356466756e6363416464646c616e646a6c6f63616c2e6c616e64656e6f6e6365016663616c6c65725820ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c66666f726d61746c616d69676f2f63616c6c2f31677365727669636578186c6f63616c2e6c616e642f616d69676f2f636f756e746572'
const base: Omit<Call, 'caller'> = {
  land: LAND,
  nonce: 1,
  service: 'local.land/amigo/token',
  func: 'Transfer',
  args: ['"12D3KooWBrcoLYfsYBNghC6FGT8fPcVtwWUtW8hgdghUhSUDAHML"', '1_000_000'],
  gas: 1000000
}

async function rejects (p: Promise<unknown> | (() => unknown), code: string): Promise<CallError> {
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (e) {
    assert.ok(e instanceof CallError, `expected a CallError, got ${String(e)}`)
    assert.equal(e.code, code, e.message)
    assert.equal(e.name, 'CallError')
    return e
  }
  assert.fail(`expected ${code}`)
}

/** dag-cbor of a signed call with arbitrary (possibly invalid) content, bypassing the encoder's checks. */
function rawSigned (s: SignedCall, patch: Record<string, unknown> = {}): Uint8Array {
  return dagCbor.encode({
    call: { format: 'amigo/call/1', land: s.call.land, caller: s.call.caller, nonce: s.call.nonce, service: s.call.service, func: s.call.func, args: s.call.args, gas: s.call.gas, ...patch },
    sig: s.sig
  })
}

function withoutGas (s: SignedCall): Record<string, unknown> {
  const c = (dagCbor.decode(rawSigned(s)) as { call: Record<string, unknown> }).call
  delete c.gas
  return c
}

describe('store/calls', () => {
  let key: PrivateKey
  before(async () => { key = await generateKeyPair('Ed25519') })

  it('admits a valid signed call and names its caller and CID', async () => {
    const signed = await signCall(base, key)
    const bytes = encodeSignedCall(signed)
    const v = await verifyCall(bytes, { land: LAND, lastNonce: undefined })
    assert.equal(v.address, peerIdFromPrivateKey(key).toString())
    assert.deepEqual(v.signed.call.args, base.args)
    assert.equal(v.cid.toString(), (await callCid(bytes)).toString())
    assert.equal(v.cid.code, 0x71)
    assert.deepEqual(publicKeyOfAddress(v.address), key.publicKey.raw)
    // Ed25519 is deterministic: the same call signed again is the same block
    assert.equal((await callCid(encodeSignedCall(await signCall(base, key)))).toString(), v.cid.toString())
    // decoding and re-encoding is the identity
    assert.deepEqual(encodeSignedCall(decodeSignedCall(bytes)), bytes)
  })

  it('matches the test vector of protocols/calls.md', async () => {
    const seeded = await generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(7))
    const signed = await signCall({ land: LAND, nonce: 1, service: 'local.land/amigo/counter', func: 'Add', args: ['5'], gas: 100000 }, seeded)
    const bytes = encodeSignedCall(signed)
    assert.equal(addressOf(seeded.publicKey.raw), '12D3KooWRawPbxPtP1eZaJpumGnyWX2DcUyd3RQnydr3eAto4Az7')
    assert.equal(Buffer.from(bytes).toString('hex'), VECTOR_HEX)
    assert.equal((await callCid(bytes)).toString(), 'bafyreiccsszonwyl37uaz24roz6d3vqfouc5ze2qentj3fdzpko3nblcfm')
    // the signature checks with an independent Ed25519 implementation (OpenSSL through node:crypto)
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), seeded.publicKey.raw])
    const pub = createPublicKey({ key: spki, format: 'der', type: 'spki' })
    const domain = Buffer.from('amigo/call/1 signature\n')
    const body = dagCbor.encode({ format: 'amigo/call/1', ...signed.call })
    assert.ok(cryptoVerify(null, Buffer.concat([domain, body]), pub, signed.sig))
    assert.ok(!cryptoVerify(null, body, pub, signed.sig))
  })

  it('refuses a forged signature', async () => {
    const signed = await signCall(base, key)
    // another key's signature over the same call
    const other = await generateKeyPair('Ed25519')
    const forged: SignedCall = { call: signed.call, sig: await other.sign(signingBytes(signed.call)) }
    await rejects(verifyCall(encodeSignedCall(forged), { land: LAND, lastNonce: undefined }), 'ERR_CALL_BAD_SIGNATURE')
    // a signed call whose content was changed after signing
    const tampered: SignedCall = { call: { ...signed.call, args: ['"mallory"', '1_000_000'] }, sig: signed.sig }
    await rejects(verifyCall(encodeSignedCall(tampered), { land: LAND, lastNonce: undefined }), 'ERR_CALL_BAD_SIGNATURE')
    // a flipped signature bit
    const sig = signed.sig.slice()
    sig[10] ^= 1
    await rejects(verifyCall(encodeSignedCall({ call: signed.call, sig }), { land: LAND, lastNonce: undefined }), 'ERR_CALL_BAD_SIGNATURE')
    // a signature without the domain prefix (the bare dag-cbor call) is not a call signature
    const bare = dagCbor.encode({ format: 'amigo/call/1', ...signed.call })
    const undomained: SignedCall = { call: signed.call, sig: await key.sign(bare) }
    await rejects(verifyCall(encodeSignedCall(undomained), { land: LAND, lastNonce: undefined }), 'ERR_CALL_BAD_SIGNATURE')
  })

  it('refuses a call for another land', async () => {
    const signed = await signCall({ ...base, land: 'testnet.land', service: 'testnet.land/amigo/token' }, key)
    const e = await rejects(verifyCall(encodeSignedCall(signed), { land: LAND, lastNonce: undefined }), 'ERR_CALL_WRONG_LAND')
    assert.match(e.message, /testnet\.land, not local\.land/)
    // and a service outside the call's land cannot be signed or decoded
    await rejects(signCall({ ...base, service: 'testnet.land/amigo/token' }, key), 'ERR_CALL_MALFORMED')
    await rejects(() => decodeSignedCall(rawSigned(signed, { service: 'local.land/amigo/token' })), 'ERR_CALL_MALFORMED')
  })

  it('refuses replayed and out-of-order nonces', async () => {
    const book = new NonceBook()
    const admit = async (nonce: number): Promise<void> => {
      const v = await verifyCall(encodeSignedCall(await signCall({ ...base, nonce }, key)), { land: LAND, lastNonce: a => book.get(a) })
      book.accept(v.address, v.signed.call.nonce)
    }
    await admit(1)
    const replay = await rejects(admit(1), 'ERR_CALL_NONCE')
    assert.match(replay.message, /replayed/)
    await admit(5) // gaps are allowed
    const late = await rejects(admit(3), 'ERR_CALL_NONCE')
    assert.match(late.message, /out of order/)
    await admit(6)
    assert.equal(book.get(peerIdFromPrivateKey(key).toString()), 6)
    // nonces are per caller
    const other = await generateKeyPair('Ed25519')
    const v = await verifyCall(encodeSignedCall(await signCall({ ...base, nonce: 1 }, other)), { land: LAND, lastNonce: a => book.get(a) })
    book.accept(v.address, 1)
  })

  it('refuses oversized calls', async () => {
    // too many bytes on the wire, refused before decoding
    await rejects(verifyCall(new Uint8Array(MAX_CALL_BYTES + 1), { land: LAND, lastNonce: undefined }), 'ERR_CALL_TOO_LARGE')
    // an argument over 64 KiB
    await rejects(signCall({ ...base, args: ['"' + 'x'.repeat(64 * 1024) + '"'] }, key), 'ERR_CALL_TOO_LARGE')
    // too many arguments
    await rejects(signCall({ ...base, args: Array(33).fill('1') }, key), 'ERR_CALL_TOO_LARGE')
    // two 60 KiB arguments fit one by one but not together
    const big = '"' + 'y'.repeat(60 * 1024) + '"'
    const signed = await signCall({ ...base, args: [big] }, key)
    await rejects(() => encodeSignedCall({ ...signed, call: { ...signed.call, args: [big, big, big] } }), 'ERR_CALL_TOO_LARGE')
  })

  it('refuses malformed calls', async () => {
    const signed = await signCall(base, key)
    const cases: Array<[string, Uint8Array, string]> = [
      ['not dag-cbor', new Uint8Array([0xff, 0x00, 0x12]), 'ERR_CALL_MALFORMED'],
      ['empty', new Uint8Array(0), 'ERR_CALL_MALFORMED'],
      ['a list', dagCbor.encode([1, 2]), 'ERR_CALL_MALFORMED'],
      ['an extra field', dagCbor.encode({ call: dagCbor.decode(rawSigned(signed)) as any, sig: signed.sig, x: 1 }), 'ERR_CALL_MALFORMED'],
      ['a missing field', dagCbor.encode({ call: withoutGas(signed), sig: signed.sig }), 'ERR_CALL_MALFORMED'],
      ['another format', rawSigned(signed, { format: 'amigo/call/2' }), 'ERR_CALL_MALFORMED'],
      ['a short caller key', rawSigned(signed, { caller: new Uint8Array(31) }), 'ERR_CALL_MALFORMED'],
      ['a zero nonce', rawSigned(signed, { nonce: 0 }), 'ERR_CALL_MALFORMED'],
      ['a negative nonce', rawSigned(signed, { nonce: -3 }), 'ERR_CALL_MALFORMED'],
      ['a float nonce', rawSigned(signed, { nonce: 1.5 }), 'ERR_CALL_MALFORMED'],
      ['a nonce beyond 2^53', rawSigned(signed, { nonce: 2n ** 60n }), 'ERR_CALL_MALFORMED'],
      ['a string gas', rawSigned(signed, { gas: '100' }), 'ERR_CALL_MALFORMED'],
      ['an unexported function', rawSigned(signed, { func: 'transfer' }), 'ERR_CALL_MALFORMED'],
      ['a bad land', rawSigned(signed, { land: 'Local_Land', service: 'Local_Land/a/b' }), 'ERR_CALL_MALFORMED'],
      ['a service path with ..', rawSigned(signed, { service: 'local.land/../x' }), 'ERR_CALL_MALFORMED'],
      ['a non-string argument', rawSigned(signed, { args: [5] }), 'ERR_CALL_MALFORMED'],
      ['an argument that is not Go', rawSigned(signed, { args: ['1 +'] }), 'ERR_CALL_BAD_ARGUMENT'],
      ['a function literal argument', rawSigned(signed, { args: ['func() int { for {} }()'] }), 'ERR_CALL_BAD_ARGUMENT'],
      ['a call argument', rawSigned(signed, { args: ['Drain("a", "b")'] }), 'ERR_CALL_BAD_ARGUMENT'],
      ['a short signature', dagCbor.encode({ call: (dagCbor.decode(rawSigned(signed)) as any).call, sig: signed.sig.slice(0, 63) }), 'ERR_CALL_MALFORMED']
    ]
    for (const [what, bytes, code] of cases) {
      await rejects(verifyCall(bytes, { land: LAND, lastNonce: undefined }), code).catch(e => { throw new Error(`${what}: ${(e as Error).message}`) })
    }
  })

  it('refuses non-canonical encodings of a valid call', async () => {
    const signed = await signCall(base, key)
    const bytes = encodeSignedCall(signed)
    // canonical order is "sig" then "call" (shorter key first): the same map with "call" first is
    // valid CBOR with the same content, but not canonical
    const call = dagCbor.encode(dagCbor.decode<any>(bytes).call)
    const sig = dagCbor.encode(signed.sig)
    const enc = new TextEncoder()
    assert.deepEqual(new Uint8Array([0xa2, 0x63, ...enc.encode('sig'), ...sig, 0x64, ...enc.encode('call'), ...call]), bytes)
    const swapped = new Uint8Array([0xa2, 0x64, ...enc.encode('call'), ...call, 0x63, ...enc.encode('sig'), ...sig])
    await rejects(verifyCall(swapped, { land: LAND, lastNonce: undefined }), 'ERR_CALL_NOT_CANONICAL')
    // a nonce written in 8 bytes instead of 1: same value, not the shortest form
    const i = Buffer.from(bytes).indexOf(Buffer.from([0x65, ...enc.encode('nonce')])) // text(5) "nonce"
    assert.ok(i > 0)
    assert.equal(bytes[i + 6], 0x01)
    const long = new Uint8Array([...bytes.slice(0, i + 6), 0x1b, 0, 0, 0, 0, 0, 0, 0, 1, ...bytes.slice(i + 7)])
    await rejects(verifyCall(long, { land: LAND, lastNonce: undefined }), 'ERR_CALL_NOT_CANONICAL')
  })

  it('accepts the literal forms of Go arguments', async () => {
    const args = ['42', '-7', '0x1F', '3.5e2', '"a\\n\\u00e9"', '`raw`', "'x'", 'true', 'nil', '1 << 10',
      '[]string{"a", "b"}', 'map[string]int{"a": 1}', 'Post{Title: "t", Tags: []string{"x"}}', 'time.Duration(5)',
      '&Point{X: 1}', '[2]uint8{1, 2}', 'avl.Pair[string, int]{}']
    const signed = await signCall({ ...base, args }, key)
    const v = await verifyCall(encodeSignedCall(signed), { land: LAND, lastNonce: undefined })
    assert.deepEqual(v.signed.call.args, args)
  })
})
