/**
 * Land codecs (protocols/lands.md, blocks.md, finality.md): the genesis, push and fork txs, and the
 * consensus messages; every bad input is refused with its stable code.
 */
import assert from 'node:assert/strict'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { CID } from 'multiformats/cid'
import { signCall, encodeSignedCall, callCid } from '../../src/store/calls/index.ts'
import {
  parseGenesis, encodeGenesis, genesisCid, signPushTx, signForkTx, encodeLandTx, decodeLandTx, quorum,
  LandError, ValidatorSet, signMessage, buildQC, blockCid, decodeProposalEnvelope, encodeProposalEnvelope,
  decodeVoteMessage, encodeVoteMessage, MAX_PUSH_TX_BYTES, MAX_VOTE_BYTES, BLOCK_FORMAT, PREPARE_FORMAT, ATTEST_FORMAT,
  PROPOSAL_FORMAT, EQUIVOCATION_FORMAT, type Genesis, type Block, type AttestMsg
} from '../../src/store/lands/index.ts'

async function rejects (p: Promise<unknown> | (() => unknown), code: string): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (e) {
    assert.equal((e as LandError).code, code, (e as Error).message)
    return
  }
  assert.fail(`expected ${code}`)
}

const keys: PrivateKey[] = []
let genesis: Genesis
let gcid: CID
const LAND = 'test.land'
const files = [{ name: 'counter.go', text: 'package counter\n' }]

function genesisObject (validators: string[]): Genesis {
  return {
    format: 'amigo/genesis/1',
    land: LAND,
    validators,
    timeMs: 1_700_000_000_000,
    params: { blockMs: 5, maxBlockTxs: 100, maxBlockBytes: 1 << 20, maxTxGas: 1e7, viewTimeoutMs: 1000, maxClockSkewMs: 5000 },
    packages: [{ path: `${LAND}/amigo/counter`, files }]
  }
}

before(async () => {
  for (let i = 0; i < 4; i++) keys.push(await generateKeyPair('Ed25519'))
  genesis = parseGenesis(JSON.stringify(genesisObject(keys.map(k => peerIdFromPrivateKey(k).toString()))))
  gcid = await genesisCid(genesis)
})

describe('lands: genesis', () => {
  it('parses, encodes canonically and names the land by its CID', async () => {
    assert.equal(genesis.validators.length, 4)
    assert.deepEqual(dagCbor.decode(encodeGenesis(genesis)), genesis)
    assert.equal((await genesisCid(parseGenesis(genesis))).toString(), gcid.toString())
    const other = parseGenesis({ ...genesis, timeMs: genesis.timeMs + 1 })
    assert.notEqual((await genesisCid(other)).toString(), gcid.toString())
  })

  it('takes the optional state limits, and a genesis without them keeps its CID', async () => {
    const limited = parseGenesis({ ...genesis, params: { ...genesis.params, maxTxWriteBytes: 1 << 20, maxStateBytes: 1 << 24 } })
    assert.equal(limited.params.maxTxWriteBytes, 1 << 20)
    assert.equal(limited.params.maxStateBytes, 1 << 24)
    assert.notEqual((await genesisCid(limited)).toString(), gcid.toString())
    assert.equal('maxStateBytes' in parseGenesis(genesis).params, false)
  })

  it('refuses every broken field with ERR_LAND_BAD_GENESIS', async () => {
    const bad: unknown[] = [
      'not json',
      { ...genesis, format: 'amigo/genesis/2' },
      { ...genesis, land: 'local.land' },
      { ...genesis, land: 'Bad_Land' },
      { ...genesis, validators: [] },
      { ...genesis, validators: ['QmNotAnEd25519Key'] },
      { ...genesis, validators: [genesis.validators[0], genesis.validators[0]] },
      { ...genesis, timeMs: -1 },
      { ...genesis, params: { ...genesis.params, viewTimeoutMs: 1 } },
      { ...genesis, params: { ...genesis.params, extra: 1 } },
      { ...genesis, params: { ...genesis.params, maxTxWriteBytes: 10 } },
      { ...genesis, params: { ...genesis.params, maxStateBytes: 'lots' } },
      { ...genesis, packages: [{ path: 'other.land/amigo/x', files }] },
      { ...genesis, packages: [{ path: `${LAND}/amigo/x`, files: [] }] },
      { ...genesis, packages: [{ path: `${LAND}/amigo/x`, files: [{ name: '../x.go', text: '' }] }] },
      { ...genesis, surplus: true }
    ]
    for (const g of bad) await rejects(() => parseGenesis(g), 'ERR_LAND_BAD_GENESIS')
  })

  it('quorum(n) = n - floor((n-1)/3)', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 10].map(quorum), [1, 2, 3, 3, 4, 5, 5, 7])
  })
})

describe('lands: push and fork txs', () => {
  it('sign, encode and decode each kind, with the sender address', async () => {
    const key = keys[0]
    const address = peerIdFromPrivateKey(key).toString()
    const push = encodeLandTx(await signPushTx({ land: LAND, nonce: 1, path: `${LAND}/alice/counter`, files, version: 'v1.0.0', gas: 1000 }, key))
    const p = await decodeLandTx(push, { land: LAND })
    assert.equal(p.tx.kind, 'push')
    assert.equal(p.signer, address)
    assert.ok(p.tx.kind === 'push' && p.tx.deployer === address && p.tx.version === 'v1.0.0' && p.tx.files[0].name === 'counter.go')
    const fork = encodeLandTx(await signForkTx({ land: LAND, nonce: 2, src: `${LAND}/alice/counter`, dst: `${LAND}/bob/counter`, at: 3, gas: 10 }, key))
    const f = await decodeLandTx(fork)
    assert.ok(f.tx.kind === 'fork' && f.tx.caller === address && f.tx.at === 3 && f.tx.dst === `${LAND}/bob/counter`)
    const call = encodeSignedCall(await signCall({ land: LAND, nonce: 3, service: `${LAND}/alice/counter`, func: 'Add', args: ['1'], gas: 10 }, key))
    const c = await decodeLandTx(call, { land: LAND })
    assert.ok(c.tx.kind === 'call' && c.tx.caller === address && c.tx.func === 'Add')
    assert.equal(c.tx.cid.toString(), (await callCid(call)).toString())
  })

  it('refuses bad txs with their codes', async () => {
    const key = keys[0]
    const signed = await signPushTx({ land: LAND, nonce: 1, path: `${LAND}/alice/counter`, files, gas: 1000 }, key)
    const good = encodeLandTx(signed)
    const raw = (tx: Record<string, unknown>, sig = signed.sig): Uint8Array => dagCbor.encode({ tx, sig })
    const data = dagCbor.decode<{ tx: Record<string, unknown> }>(good).tx
    await rejects(decodeLandTx(raw({ ...data, nonce: 2 })), 'ERR_LAND_BAD_SIGNATURE')
    await rejects(decodeLandTx(good, { land: 'other.land' }), 'ERR_LAND_WRONG_LAND')
    await rejects(decodeLandTx(raw({ ...data, nonce: 0 })), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(raw({ ...data, format: 'amigo/push-tx/9' })), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(raw({ ...data, extra: 1 })), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(raw({ ...data, files: [{ name: 'x.txt', text: '' }] })), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(new Uint8Array([1, 2, 3])), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(new Uint8Array([...good, 0])), 'ERR_LAND_TX_MALFORMED')
    const big = await signPushTx({ land: LAND, nonce: 1, path: `${LAND}/alice/big`, files: [{ name: 'big.go', text: 'x'.repeat(MAX_PUSH_TX_BYTES) }], gas: 1 }, key)
    await rejects(() => encodeLandTx(big), 'ERR_LAND_TX_TOO_LARGE')
    await rejects(decodeLandTx(dagCbor.encode({ tx: { ...data, files: big.push.files }, sig: signed.sig })), 'ERR_LAND_TX_TOO_LARGE')
    const fork = encodeLandTx(await signForkTx({ land: LAND, nonce: 2, src: `${LAND}/alice/counter`, dst: `${LAND}/bob/counter`, gas: 10 }, key))
    const fd = dagCbor.decode<{ tx: Record<string, unknown>, sig: Uint8Array }>(fork)
    await rejects(decodeLandTx(dagCbor.encode({ tx: { ...fd.tx, dst: fd.tx.src }, sig: fd.sig })), 'ERR_LAND_TX_MALFORMED')
    await rejects(decodeLandTx(dagCbor.encode({ tx: { ...fd.tx, at: -1 }, sig: fd.sig })), 'ERR_LAND_TX_MALFORMED')
  })

  it('refuses a non-canonical encoding with ERR_LAND_TX_NOT_CANONICAL', async () => {
    const good = encodeLandTx(await signForkTx({ land: LAND, nonce: 5, src: `${LAND}/a/b`, dst: `${LAND}/a/c`, gas: 10 }, keys[1]))
    // nonce 5 is one byte (0x05) in canonical form: spell it with a one-byte argument (0x18 0x05)
    const key = new TextEncoder().encode('nonce')
    const at = good.findIndex((_, i) => key.every((b, j) => good[i + j] === b)) + key.length
    assert.equal(good[at], 0x05)
    const long = new Uint8Array([...good.slice(0, at), 0x18, 0x05, ...good.slice(at + 1)])
    await rejects(decodeLandTx(long), 'ERR_LAND_TX_NOT_CANONICAL')
  })

  it('keeps the calls codes for a call', async () => {
    const call = encodeSignedCall(await signCall({ land: LAND, nonce: 3, service: `${LAND}/alice/counter`, func: 'Add', args: ['1'], gas: 10 }, keys[0]))
    await rejects(decodeLandTx(call, { land: 'other.land' }), 'ERR_CALL_WRONG_LAND')
    const d = dagCbor.decode<{ call: Record<string, unknown>, sig: Uint8Array }>(call)
    await rejects(decodeLandTx(dagCbor.encode({ call: { ...d.call, nonce: 4 }, sig: d.sig })), 'ERR_CALL_BAD_SIGNATURE')
  })
})

describe('lands: consensus messages', () => {
  let set: ValidatorSet
  let block: Block
  let bcid: CID
  before(async () => {
    set = new ValidatorSet(genesis.validators)
    block = { format: BLOCK_FORMAT, genesis: gcid, height: 1, prev: gcid, timeMs: genesis.timeMs + 1, txs: [], prevStateRoot: gcid }
    bcid = await blockCid(block)
  })

  function attest (): AttestMsg {
    return { format: ATTEST_FORMAT, genesis: gcid, height: 1, view: 0, block: bcid, stateRoot: gcid, receiptsRoot: gcid }
  }

  it('a certificate of q signers verifies; short of quorum, a non-validator or a bad signature do not', async () => {
    const msg = attest()
    const sigs = new Map<number, Uint8Array>()
    for (let i = 0; i < 3; i++) sigs.set(i, (await signMessage(msg, i, keys[i])).sig)
    await set.verifyQC(buildQC(msg, sigs))
    const short = new Map([...sigs].slice(0, 2))
    await rejects(set.verifyQC(buildQC(msg, short)), 'ERR_LAND_NO_QUORUM')
    await rejects(set.verifyQC(buildQC(msg, new Map([...short, [7, sigs.get(2)!]]))), 'ERR_LAND_NOT_VALIDATOR')
    await rejects(set.verifyQC(buildQC(msg, new Map([...short, [3, sigs.get(2)!]]))), 'ERR_LAND_BAD_SIGNATURE')
    // a signature for one message kind is not valid for another with the same fields
    const prep = { format: PREPARE_FORMAT, genesis: gcid, height: 1, view: 0, block: bcid } as const
    const asProposal = { ...prep, format: PROPOSAL_FORMAT } as const
    const s = await signMessage(prep, 0, keys[0])
    await set.verifySigned(s)
    await rejects(set.verify(asProposal, 0, s.sig), 'ERR_LAND_BAD_SIGNATURE')
  })

  it('round-trips envelopes and vote messages; malformed or oversized ones are refused', async () => {
    const proposal = await signMessage({ format: PROPOSAL_FORMAT, genesis: gcid, height: 1, view: 0, block: bcid }, 0, keys[0])
    const env = decodeProposalEnvelope(encodeProposalEnvelope({ proposal, block, txs: [] }), genesis.params.maxBlockBytes)
    assert.ok(env.proposal.msg.block.equals(bcid))
    assert.equal(env.prevCert, undefined)
    await rejects(() => decodeProposalEnvelope(dagCbor.encode({ proposal, block: { ...block, extra: 1 }, txs: [] }), 1 << 20), 'ERR_LAND_MALFORMED')
    await rejects(() => decodeProposalEnvelope(new Uint8Array(2 << 20), 1024), 'ERR_LAND_TOO_LARGE')
    const vote = decodeVoteMessage(encodeVoteMessage({ attest: await signMessage(attest(), 1, keys[1]) }))
    assert.ok('attest' in vote && vote.attest.by === 1)
    await rejects(() => decodeVoteMessage(dagCbor.encode({ attest: 1, prepare: 2 })), 'ERR_LAND_MALFORMED')
    await rejects(() => decodeVoteMessage(new Uint8Array(MAX_VOTE_BYTES + 1)), 'ERR_LAND_TOO_LARGE')
  })

  it('an equivocation proof needs two different blocks signed by the view\'s sequencer', async () => {
    const other = await blockCid({ ...block, timeMs: block.timeMs + 1 })
    const a = await signMessage({ format: PROPOSAL_FORMAT, genesis: gcid, height: 1, view: 0, block: bcid }, 0, keys[0])
    const b = await signMessage({ format: PROPOSAL_FORMAT, genesis: gcid, height: 1, view: 0, block: other }, 0, keys[0])
    await set.verifyEquivocation({ format: EQUIVOCATION_FORMAT, a, b }, gcid)
    await rejects(set.verifyEquivocation({ format: EQUIVOCATION_FORMAT, a, b: a }, gcid), 'ERR_LAND_MALFORMED')
    const c = await signMessage({ format: PROPOSAL_FORMAT, genesis: gcid, height: 1, view: 1, block: bcid }, 1, keys[1])
    const d = await signMessage({ format: PROPOSAL_FORMAT, genesis: gcid, height: 1, view: 1, block: other }, 1, keys[2])
    await rejects(set.verifyEquivocation({ format: EQUIVOCATION_FORMAT, a: c, b: d }, gcid), 'ERR_LAND_BAD_SIGNATURE')
    await rejects(set.verifyEquivocation({ format: EQUIVOCATION_FORMAT, a, b }, other), 'ERR_LAND_WRONG_LAND')
  })
})
