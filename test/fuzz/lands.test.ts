// Property and fuzz tests of a land's gossip payloads and their checks (issue 12): signed txs
// (calls, pushes, forks), proposal envelopes, vote messages (prepares, attestations, view changes
// with locks, equivocation proofs), certificates, and the genesis.
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import fc from 'fast-check'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { blockTxs, checkSigned, type CheckContext } from '../../src/net/lands/sequencer.ts'
import { verifyNewView } from '../../src/net/lands/view-change.ts'
import { addressOf, encodeSignedCall, signCall } from '../../src/store/calls/index.ts'
import {
  ATTEST_FORMAT, BLOCK_FORMAT, EQUIVOCATION_FORMAT, LAND_ERROR_CODES, PREPARE_FORMAT, PROPOSAL_FORMAT, VIEW_CHANGE_FORMAT,
  LandError, ValidatorSet, blockCid, parseSigned, parseViewChangeMsg, withoutUndefined, buildQC, decodeLandTx, decodeProposalEnvelope, decodeVoteMessage, encodeLandTx,
  encodeProposalEnvelope, encodeVoteMessage, parseGenesis, signForkTx, signMessage, signPushTx,
  sameBytes, type AttestMsg, type Block, type LandMsg, type PrepareMsg, type ProposalEnvelope, type Signed, type VoteMessage
} from '../../src/store/lands/index.ts'
import {
  anyBytes, bitFlips, changeValue, cid, exportedFunc, landName, mutantsOf, params, pathSegment, plain, testTimeout,
  typedOrValue, typedOrValueSync, validCall, valueChange
} from './arbitraries.ts'

const CALL_CODES = ['ERR_CALL_TOO_LARGE', 'ERR_CALL_MALFORMED', 'ERR_CALL_NOT_CANONICAL', 'ERR_CALL_BAD_ARGUMENT', 'ERR_CALL_WRONG_LAND', 'ERR_CALL_BAD_SIGNATURE']
const TX_CODES = [...CALL_CODES, ...LAND_ERROR_CODES]
const MESSAGE_CODES = ['ERR_LAND_MALFORMED', 'ERR_LAND_TOO_LARGE']
const MAX_BLOCK_BYTES = 1 << 20

/** dag-cbor bytes as a land reads them: refused unless canonical. */
function decodeStrict (bytes: Uint8Array): unknown {
  let v: unknown
  try { v = dagCbor.decode(bytes) } catch (e) { throw new LandError('ERR_LAND_MALFORMED', (e as Error).message) }
  if (!sameBytes(dagCbor.encode(v), bytes)) throw new LandError('ERR_LAND_MALFORMED', 'not canonical')
  return v
}
const LAND = 'fuzz.land'

const goFile = fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}\.go$/), text: fc.string({ maxLength: 200 }) })

describe('fuzz: land txs', function () {
  this.timeout(testTimeout())
  let keys: PrivateKey[]
  let samples: Uint8Array[]

  const pushes = (land?: string): fc.Arbitrary<{ land: string, nonce: number, path: string, files: Array<{ name: string, text: string }>, version?: string, gas: number }> =>
    fc.record({
      land: land === undefined ? landName : fc.constant(land),
      owner: pathSegment,
      name: pathSegment,
      nonce: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      files: fc.uniqueArray(goFile, { minLength: 1, maxLength: 3, selector: f => f.name }),
      version: fc.option(fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map(v => `v${v.join('.')}`), { nil: undefined }),
      gas: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
    }).map(p => ({ land: p.land, nonce: p.nonce, path: `${p.land}/${p.owner}/${p.name}`, files: p.files, ...(p.version !== undefined ? { version: p.version } : {}), gas: p.gas }))

  const forks = (land?: string): fc.Arbitrary<{ land: string, nonce: number, src: string, dst: string, at?: number, gas: number }> =>
    fc.record({
      land: land === undefined ? landName : fc.constant(land),
      src: fc.tuple(pathSegment, pathSegment),
      dst: fc.tuple(pathSegment, exportedFunc),
      nonce: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      at: fc.option(fc.maxSafeNat(), { nil: undefined }),
      gas: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
    }).filter(f => f.src.join('/') !== f.dst.join('/'))
      .map(f => ({ land: f.land, nonce: f.nonce, src: `${f.land}/${f.src.join('/')}`, dst: `${f.land}/${f.dst.join('/')}`, ...(f.at !== undefined ? { at: f.at } : {}), gas: f.gas }))

  before(async () => {
    keys = await Promise.all([1, 2].map(async i => generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(i))))
    samples = [
      encodeLandTx(await signPushTx({ land: LAND, nonce: 3, path: `${LAND}/alice/counter`, files: [{ name: 'counter.go', text: 'package counter\n\nvar n int\n' }], version: 'v1.2.3', gas: 1e6 }, keys[0])),
      encodeLandTx(await signForkTx({ land: LAND, nonce: 4, src: `${LAND}/alice/counter`, dst: `${LAND}/bob/counter`, at: 9, gas: 1e5 }, keys[1])),
      encodeSignedCall(await signCall({ land: LAND, nonce: 5, service: `${LAND}/alice/counter`, func: 'Add', args: ['1'], gas: 1e5 }, keys[0]))
    ]
  })

  it('push, fork and call txs: sign, encode, decode give the tx and its signer back', async () => {
    const any = fc.oneof(
      pushes().map(f => ({ kind: 'push' as const, f })),
      forks().map(f => ({ kind: 'fork' as const, f })),
      validCall().map(f => ({ kind: 'call' as const, f }))
    )
    await fc.assert(fc.asyncProperty(any, fc.nat(1), async (t, k) => {
      const key = keys[k]
      const bytes = t.kind === 'push' ? encodeLandTx(await signPushTx(t.f, key)) : t.kind === 'fork' ? encodeLandTx(await signForkTx(t.f, key)) : encodeSignedCall(await signCall(t.f, key))
      const d = await decodeLandTx(bytes, { land: t.f.land })
      assert.equal(d.signer, addressOf(key.publicKey.raw))
      assert.equal(d.land, t.f.land)
      assert.equal(d.tx.kind, t.kind)
      const { land: _, ...fields } = t.f
      for (const [name, value] of Object.entries(fields)) assert.deepEqual(plain((d.tx as unknown as Record<string, unknown>)[name]), plain(value), name)
    }), params(0.5))
  })

  it('random and mutated tx bytes are refused with a tx code', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(anyBytes(), mutantsOf(samples), mutantsOf(samples)), async bytes => {
      await typedOrValue(async () => decodeLandTx(bytes, { land: LAND }), TX_CODES)
    }), params())
  })

  it('a tx with any field changed, removed or added is refused with a tx code', async () => {
    const decoded = samples.map(b => dagCbor.decode(b))
    await fc.assert(fc.asyncProperty(fc.nat({ max: decoded.length - 1 }), valueChange, async (i, ch) => {
      let bytes: Uint8Array
      try { bytes = dagCbor.encode(changeValue(decoded[i], ch.path, ch.by, ch.extra)) } catch { return }
      const r = await typedOrValue(async () => decodeLandTx(bytes, { land: LAND }), TX_CODES)
      if (r.ok) assert.deepEqual(plain(bytes), plain(samples[i]), 'only the untouched tx verifies')
    }), params())
  })

  it('a valid push, fork or call with any single bit flipped is refused', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(...samples.map(bitFlips)), async ({ bytes }) => {
      const r = await typedOrValue(async () => decodeLandTx(bytes, { land: LAND }), TX_CODES)
      assert.equal(r.ok, false)
    }), params())
  })

  it('any genesis text or value is a genesis or refused with ERR_LAND_BAD_GENESIS', () => {
    const good = JSON.stringify({
      format: 'amigo/genesis/1',
      land: LAND,
      validators: keys.map(k => peerIdFromPrivateKey(k).toString()),
      timeMs: 1_700_000_000_000,
      params: { blockMs: 2, maxBlockTxs: 500, maxBlockBytes: 1 << 20, maxTxGas: 1e7, viewTimeoutMs: 600, maxClockSkewMs: 60_000 },
      packages: [{ path: `${LAND}/alice/counter`, files: [{ name: 'counter.go', text: 'package counter\n' }] }]
    })
    parseGenesis(good)
    const text = fc.oneof(fc.string({ maxLength: 100 }), mutantsOf([new TextEncoder().encode(good)]).map(b => new TextDecoder().decode(b)))
    const value = valueChange.map(ch => changeValue(JSON.parse(good), ch.path, ch.by, ch.extra))
    fc.assert(fc.property(fc.oneof(text, value), g => {
      typedOrValueSync(() => parseGenesis(g), ['ERR_LAND_BAD_GENESIS'])
    }), params())
  })
})

describe('fuzz: land consensus messages', function () {
  this.timeout(testTimeout())
  let keys: PrivateKey[]
  let set: ValidatorSet
  let genesis: CID
  let envelopes: Uint8Array[]
  let votes: Uint8Array[]
  let txBodies: Uint8Array[]

  const heights = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
  const views = fc.maxSafeNat()
  const blocks: fc.Arbitrary<Block> = fc.record({ height: heights, prev: cid, timeMs: fc.maxSafeNat(), txs: fc.array(cid, { maxLength: 4 }), prevStateRoot: cid })
    .map(b => ({ format: BLOCK_FORMAT, genesis, ...b }))
  const prepares: fc.Arbitrary<PrepareMsg> = fc.record({ height: heights, view: views, block: cid }).map(m => ({ format: PREPARE_FORMAT, genesis, ...m }))
  const attests: fc.Arbitrary<AttestMsg> = fc.record({ height: heights, view: views, block: cid, stateRoot: cid, receiptsRoot: cid }).map(m => ({ format: ATTEST_FORMAT, genesis, ...m }))

  async function signed<T extends LandMsg> (msg: T, by: number): Promise<Signed<T>> { return signMessage(msg, by, keys[by]) }
  async function qc<T extends PrepareMsg | AttestMsg> (msg: T): Promise<{ msg: T, sigs: Array<{ by: number, sig: Uint8Array }> }> {
    const sigs = new Map<number, Uint8Array>()
    for (const by of [0, 1, 2]) sigs.set(by, (await signed(msg, by)).sig)
    return buildQC(msg, sigs)
  }

  /** A valid vote message of any kind, all signatures good. */
  const voteMessages: fc.Arbitrary<Promise<VoteMessage>> = fc.oneof(
    fc.tuple(prepares, fc.nat(3)).map(async ([m, by]) => ({ prepare: await signed(m, by) })),
    fc.tuple(attests, fc.nat(3)).map(async ([m, by]) => ({ attest: await signed(m, by) })),
    fc.tuple(heights, views, fc.maxSafeNat(), fc.option(prepares), fc.nat(3)).map(async ([height, view, finalHeight, lock, by]) => {
      const msg = { format: VIEW_CHANGE_FORMAT, genesis, height, view, finalHeight, ...(lock !== null ? { lock: await qc(lock) } : {}) } as const
      return { viewChange: await signed(msg, by) }
    }),
    fc.tuple(heights, views, cid, cid).map(async ([height, view, a, b]) => {
      const by = view % 4
      return { equivocation: { format: EQUIVOCATION_FORMAT as typeof EQUIVOCATION_FORMAT, a: await signed({ format: PROPOSAL_FORMAT, genesis, height, view, block: a }, by), b: await signed({ format: PROPOSAL_FORMAT, genesis, height, view, block: b }, by) } }
    })
  )

  /** A proposal envelope of the view's sequencer for a block of some of `txBodies`, maybe with the previous certificate. */
  const envelopesArb: fc.Arbitrary<Promise<ProposalEnvelope>> = fc.tuple(blocks, views, fc.subarray([0, 1, 2]), fc.option(attests)).map(async ([b, view, picked, prev]) => {
    const by = view % 4
    const txs = picked.map(i => txBodies[i])
    const block = { ...b, txs: await Promise.all(txs.map(async t => CID.createV1(dagCbor.code, await sha256.digest(t)))) }
    const proposal = await signed({ format: PROPOSAL_FORMAT, genesis, height: block.height, view, block: await blockCid(block) }, by)
    return { proposal, block, txs, ...(prev !== null ? { prevCert: await qc(prev) } : {}) }
  })

  /** Every signature of a vote message checks out (as a land checks one before it counts it). */
  async function verifyVote (m: VoteMessage): Promise<void> {
    if ('equivocation' in m) return set.verifyEquivocation(m.equivocation, genesis)
    const s = 'prepare' in m ? m.prepare : 'attest' in m ? m.attest : m.viewChange
    await set.verifySigned(s)
    if ('viewChange' in m && m.viewChange.msg.lock !== undefined) await set.verifyQC(m.viewChange.msg.lock)
  }

  /** The checks of a proposal a land runs before it looks at its own tip: signature, block, tx bodies, certificate. */
  async function verifyEnvelope (e: ProposalEnvelope): Promise<void> {
    const ctx = { genesisCid: genesis, land: LAND, params: { maxBlockTxs: 500, maxBlockBytes: MAX_BLOCK_BYTES }, set, mempool: { get: () => undefined }, now: 0 } as unknown as CheckContext
    await checkSigned(e, ctx)
    await blockTxs(e.block, e.txs, ctx)
    if (e.prevCert !== undefined) await set.verifyQC(e.prevCert)
  }

  before(async () => {
    keys = await Promise.all([1, 2, 3, 4].map(async i => generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(i))))
    txBodies = [
      encodeLandTx(await signPushTx({ land: LAND, nonce: 3, path: `${LAND}/alice/counter`, files: [{ name: 'counter.go', text: 'package counter\n' }], gas: 1e6 }, keys[0])),
      encodeLandTx(await signForkTx({ land: LAND, nonce: 4, src: `${LAND}/alice/counter`, dst: `${LAND}/bob/counter`, gas: 1e5 }, keys[1])),
      encodeSignedCall(await signCall({ land: LAND, nonce: 5, service: `${LAND}/alice/counter`, func: 'Add', args: ['1'], gas: 1e5 }, keys[2]))
    ]
    set = new ValidatorSet(keys.map(k => peerIdFromPrivateKey(k).toString()))
    genesis = fc.sample(cid, { seed: 7, numRuns: 1 })[0]
    envelopes = await Promise.all(fc.sample(envelopesArb, { seed: 3, numRuns: 4 }))
      .then(es => es.map(encodeProposalEnvelope))
    votes = (await Promise.all(fc.sample(voteMessages, { seed: 5, numRuns: 8 }))).map(encodeVoteMessage)
  })

  it('vote messages and proposal envelopes: encode then decode is identity', async () => {
    await fc.assert(fc.asyncProperty(voteMessages, envelopesArb, async (vp, ep) => {
      const v = await vp
      const vb = encodeVoteMessage(v)
      const back = decodeVoteMessage(vb)
      assert.deepEqual(plain(back), plain(v))
      assert.deepEqual(plain(encodeVoteMessage(back)), plain(vb))
      await verifyVote(back)
      const e = await ep
      const eb = encodeProposalEnvelope(e)
      const env = decodeProposalEnvelope(eb, MAX_BLOCK_BYTES)
      assert.deepEqual(plain(env), plain(e))
      await verifyEnvelope(env)
    }), params(0.3))
  })

  it('random and mutated gossip bytes are refused with ERR_LAND_MALFORMED / ERR_LAND_TOO_LARGE', async () => {
    await fc.assert(fc.property(fc.oneof(anyBytes(), mutantsOf(votes), mutantsOf(envelopes)), bytes => {
      typedOrValueSync(() => decodeVoteMessage(bytes), MESSAGE_CODES)
      typedOrValueSync(() => decodeProposalEnvelope(bytes, MAX_BLOCK_BYTES), MESSAGE_CODES)
    }), params())
  })

  it('messages with a field changed, removed or added are refused, or fail their signature checks', async () => {
    const decoded = [...votes, ...envelopes].map(b => dagCbor.decode(b))
    await fc.assert(fc.asyncProperty(fc.nat({ max: decoded.length - 1 }), valueChange, async (i, ch) => {
      let bytes: Uint8Array
      try { bytes = dagCbor.encode(changeValue(decoded[i], ch.path, ch.by, ch.extra)) } catch { return }
      const isVote = i < votes.length
      const r = typedOrValueSync(() => isVote ? decodeVoteMessage(bytes) : decodeProposalEnvelope(bytes, MAX_BLOCK_BYTES), MESSAGE_CODES)
      if (!r.ok) return
      const checked = await typedOrValue(async () => isVote ? verifyVote(r.value as VoteMessage) : verifyEnvelope(r.value as ProposalEnvelope), LAND_ERROR_CODES)
      if (!checked.ok) return
      if (isVote) assert.deepEqual(plain(bytes), plain(votes[i]), 'a changed vote passed its checks')
      else {
        // what the sequencer signs (its proposal, the block and through it the txs) is unchanged; the
        // certificate rides along unsigned (it verifies on its own, and the land asks for it by height)
        const signedPart = (e: ProposalEnvelope): unknown => plain({ proposal: e.proposal, block: e.block, txs: e.txs })
        assert.deepEqual(signedPart(r.value as ProposalEnvelope), signedPart(decodeProposalEnvelope(envelopes[i - votes.length], MAX_BLOCK_BYTES)), 'a changed proposal passed its checks')
      }
    }), params())
  })

  it('a valid vote message with any single bit flipped is refused', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(...votes.map(bitFlips)), async ({ bytes }) => {
      const r = await typedOrValue(async () => { await verifyVote(decodeVoteMessage(bytes)) }, LAND_ERROR_CODES)
      assert.equal(r.ok, false)
    }), params())
  })

  /** A new-view proof for (height, view): view changes of 3 distinct validators, some with a lock from an earlier view. */
  const newViews = fc.tuple(heights, fc.integer({ min: 1, max: 1e6 }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 3, maxLength: 3 }), fc.array(fc.option(fc.tuple(fc.nat(), cid)), { minLength: 3, maxLength: 3 }))
    .map(async ([height, view, signers, locks]) => {
      const proof = await Promise.all(signers.map(async (by, i) => {
        const l = locks[i]
        const lock = l === null ? undefined : await qc({ format: PREPARE_FORMAT, genesis, height, view: l[0] % view, block: l[1] } as PrepareMsg)
        return signed({ format: VIEW_CHANGE_FORMAT, genesis, height, view, finalHeight: height - 1, ...(lock !== undefined ? { lock } : {}) }, by)
      }))
      return { height, view, proof }
    })

  it('a new-view proof verifies and gives its highest lock; with any single bit flipped it is refused', async () => {
    await fc.assert(fc.asyncProperty(newViews, fc.nat(), async (made, bit) => {
      const { height, view, proof } = await made
      const lock = await verifyNewView(proof, height, view, genesis, set)
      const views = proof.flatMap(vc => vc.msg.lock === undefined ? [] : [vc.msg.lock.msg.view])
      assert.equal(lock?.msg.view, views.length === 0 ? undefined : Math.max(...views))
      const bytes = dagCbor.encode(withoutUndefined(proof))
      bytes[(bit >> 3) % bytes.length] ^= 1 << (bit & 7)
      const r = await typedOrValue(async () => {
        const list = decodeStrict(bytes)
        if (!Array.isArray(list)) throw new LandError('ERR_LAND_MALFORMED', 'not a list')
        return verifyNewView(list.map(x => parseSigned(x, parseViewChangeMsg)), height, view, genesis, set)
      }, LAND_ERROR_CODES)
      assert.equal(r.ok, false)
    }), params(0.2))
  })

  it('a certificate with any signature dropped, repeated or changed does not verify', async () => {
    await fc.assert(fc.asyncProperty(attests, fc.array(fc.nat(3), { maxLength: 5 }), fc.nat(), async (m, signers, bit) => {
      const all = await qc(m)
      const sigs = signers.map(by => ({ by, sig: all.sigs.find(s => s.by === by)?.sig ?? new Uint8Array(64) }))
      if (sigs.length > 0) sigs[bit % sigs.length].sig = Uint8Array.from(sigs[bit % sigs.length].sig).map((b, i) => i === (bit >> 3) % 64 ? b ^ (1 << (bit & 7)) : b)
      const r = await typedOrValue(async () => set.verifyQC({ msg: m, sigs }), LAND_ERROR_CODES)
      assert.equal(r.ok, false)
    }), params(0.3))
  })
})
