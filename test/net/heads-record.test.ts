import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { MemoryDatastore } from 'datastore-core'
import type { CID } from 'multiformats/cid'
import {
  createLandRecord, decodeHeadRecord, encodeHeadRecord, encodeLandRecord, headKey, headRecordOf, landKey, validateHeadRecord, validateLandRecord
} from '../../src/net/index.ts'
import type { HeadRecord, LandRecord } from '../../src/net/index.ts'
import { createGenesisCache, recordRules } from '../../src/net/heads/index.ts'
import { guardDatastore } from '../../src/net/names/guard-datastore.ts'
import { decodeDhtRecord, encodeDhtRecord } from '../../src/net/names/dht-record.ts'
import { dhtDatastoreKey } from '../../src/net/names/names.ts'
import { encodeBlock } from '../../src/store/index.ts'
import { ATTEST_FORMAT, buildQC, encodeGenesis, genesisCid, parseGenesis, signMessage, type AttestMsg, type Certificate, type Genesis } from '../../src/store/lands/index.ts'
import { testGenesis } from './lands-helpers.ts'

/** A certificate of `height` for genesis `g`, signed by the validators at `signers` with `keys[i]`. */
async function certificate (genesis: CID, height: number, keys: PrivateKey[], signers: number[], root?: CID): Promise<Certificate> {
  const block = (await encodeBlock({ height })).cid
  const stateRoot = root ?? (await encodeBlock({ state: height })).cid
  const msg: AttestMsg = { format: ATTEST_FORMAT, genesis, height, view: 0, block, stateRoot, receiptsRoot: block }
  const sigs = new Map<number, Uint8Array>()
  for (const i of signers) sigs.set(i, (await signMessage(msg, i, keys[i])).sig)
  return buildQC(msg, sigs)
}

async function codeOf (p: unknown): Promise<string> {
  try { await p } catch (e: any) { return String(e?.code) }
  return 'no error'
}

describe('land and head records', () => {
  let keys: PrivateKey[]
  let outsider: PrivateKey
  let a: { genesis: Genesis, cid: CID }
  let b: { genesis: Genesis, cid: CID }
  /** the geneses a "peer" can serve, by CID */
  const served = new Map<string, Uint8Array>()
  const geneses = createGenesisCache(async cid => {
    const bytes = served.get(cid.toString())
    if (bytes === undefined) throw new Error('not found')
    return bytes
  })
  const source = async (cid: CID): ReturnType<typeof geneses.get> => await geneses.get(cid)
  const rules = recordRules(geneses)

  before(async () => {
    keys = await Promise.all([0, 1, 2, 3].map(async () => await generateKeyPair('Ed25519')))
    outsider = await generateKeyPair('Ed25519')
    a = await testGenesis(keys)
    b = await testGenesis(keys)
    for (const g of [a, b]) served.set(g.cid.toString(), encodeGenesis(g.genesis))
  })

  describe('head records', () => {
    it('accepts a head whose certificate has a quorum of the genesis validators', async () => {
      const cert = await certificate(a.cid, 7, keys, [0, 1, 2])
      const { record } = await validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(cert)), source)
      assert.equal(record.height, 7)
      assert.equal(record.stateRoot.toString(), cert.msg.stateRoot.toString())
      // the record round-trips
      assert.equal(decodeHeadRecord(encodeHeadRecord(record)).height, 7)
    })

    it('rejects a forged certificate signature', async () => {
      const cert = await certificate(a.cid, 7, keys, [0, 1, 2])
      cert.sigs[1] = { by: 1, sig: Uint8Array.from(cert.sigs[1].sig, (x, i) => i === 0 ? x ^ 1 : x) }
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(cert)), source)), 'ERR_LAND_BAD_SIGNATURE')
    })

    it('rejects a certificate signed by a key that is not a validator', async () => {
      // the outsider signs as validator 2: its signature does not verify with validator 2's key
      const cert = await certificate(a.cid, 7, [keys[0], keys[1], outsider], [0, 1, 2])
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(cert)), source)), 'ERR_LAND_BAD_SIGNATURE')
      // a signer index beyond the validator set
      const more = await certificate(a.cid, 7, [...keys, outsider], [0, 1, 4])
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(more)), source)), 'ERR_LAND_NOT_VALIDATOR')
    })

    it('rejects a certificate short of quorum', async () => {
      const cert = await certificate(a.cid, 7, keys, [0, 3])
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(cert)), source)), 'ERR_LAND_NO_QUORUM')
    })

    it('rejects a head of another genesis, under its key or inside it', async () => {
      const other = await certificate(b.cid, 7, keys, [0, 1, 2])
      // a valid head of b stored under a's key
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(headRecordOf(other)), source)), 'ERR_RECORD_WRONG_KEY')
      // a head record that says a but carries b's certificate (the same validators signed it)
      const mixed: HeadRecord = { ...headRecordOf(other), genesis: a.cid }
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(mixed), source)), 'ERR_RECORD_WRONG_LAND')
    })

    it('rejects a head whose height or root is not its certificate\'s', async () => {
      const cert = await certificate(a.cid, 7, keys, [0, 1, 2])
      const higher: HeadRecord = { ...headRecordOf(cert), height: 8 }
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), encodeHeadRecord(higher), source)), 'ERR_RECORD_INVALID')
    })

    it('rejects a head of a genesis that cannot be had, and garbage', async () => {
      const unknown = (await encodeBlock({ not: 'a genesis' })).cid
      const cert = await certificate(unknown, 7, keys, [0, 1, 2])
      assert.equal(await codeOf(validateHeadRecord(headKey(unknown), encodeHeadRecord(headRecordOf(cert)), source)), 'ERR_RECORD_UNKNOWN_GENESIS')
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), dagCbor.encode({ v: 1 }), source)), 'ERR_RECORD_INVALID')
      assert.equal(await codeOf(validateHeadRecord(headKey(a.cid), new Uint8Array(20_000), source)), 'ERR_RECORD_TOO_LARGE')
    })

    it('the selector picks the highest height; the store refuses a lower one', async () => {
      const key = headKey(a.cid)
      const low = encodeHeadRecord(headRecordOf(await certificate(a.cid, 5, keys, [0, 1, 2])))
      const high = encodeHeadRecord(headRecordOf(await certificate(a.cid, 9, keys, [1, 2, 3])))
      assert.equal(rules.select(key, [low, high]), 1)
      assert.equal(rules.select(key, [high, low]), 0)
      assert.equal(rules.select(key, [new Uint8Array([1, 2]), low]), 1)
      const store = guardDatastore(new MemoryDatastore(), rules)
      const dsKey = dhtDatastoreKey(key)
      await store.put(dsKey, encodeDhtRecord(key, high))
      assert.equal(await codeOf(store.put(dsKey, encodeDhtRecord(key, low))), 'ERR_RECORD_STALE')
      // a forged head is never stored
      const forged = await certificate(a.cid, 20, keys, [0, 1])
      assert.equal(await codeOf(store.put(dsKey, encodeDhtRecord(key, encodeHeadRecord(headRecordOf(forged))))), 'ERR_LAND_NO_QUORUM')
      const held = decodeHeadRecord(decodeDhtRecord(await store.get(dsKey))!.value)
      assert.equal(held.height, 9)
    })
  })

  describe('land records', () => {
    const hour = 3600_000

    it('resolves a land name to the genesis one of its validators signed', async () => {
      const r = await createLandRecord(keys[2], a, { seq: 1, validity: Date.now() + hour })
      const { record, genesis } = await validateLandRecord(landKey(a.genesis.land), encodeLandRecord(r), source)
      assert.equal(record.genesis.toString(), a.cid.toString())
      assert.equal(record.by, 2)
      assert.deepEqual(genesis.genesis.validators, a.genesis.validators)
    })

    it('refuses to sign for a node that is not a validator', async () => {
      assert.equal(await codeOf(createLandRecord(outsider, a, { seq: 1, validity: Date.now() + hour })), 'ERR_LAND_NOT_VALIDATOR')
    })

    it('rejects a forged signature and a signer that is not a validator', async () => {
      const r = await createLandRecord(keys[0], a, { seq: 1, validity: Date.now() + hour })
      const key = landKey(a.genesis.land)
      const forged: LandRecord = { ...r, sig: Uint8Array.from(r.sig, (x, i) => i === 5 ? x ^ 1 : x) }
      assert.equal(await codeOf(validateLandRecord(key, encodeLandRecord(forged), source)), 'ERR_RECORD_BAD_SIGNATURE')
      // the outsider claims validator 1's seat: the signature does not verify with its key
      const signed = await createLandRecord(keys[1], a, { seq: 2, validity: Date.now() + hour })
      const seat = { ...signed, sig: await outsider.sign(new Uint8Array(8)) }
      assert.equal(await codeOf(validateLandRecord(key, encodeLandRecord(seat), source)), 'ERR_RECORD_BAD_SIGNATURE')
      assert.equal(await codeOf(validateLandRecord(key, encodeLandRecord({ ...r, by: 9 }), source)), 'ERR_LAND_NOT_VALIDATOR')
    })

    it('rejects a record under another name, a genesis of another land, an expired record', async () => {
      const r = await createLandRecord(keys[0], a, { seq: 1, validity: Date.now() + hour })
      assert.equal(await codeOf(validateLandRecord(landKey(b.genesis.land), encodeLandRecord(r), source)), 'ERR_RECORD_WRONG_KEY')
      // a record that says "a's name is b's genesis"
      const rb = await createLandRecord(keys[0], b, { seq: 1, validity: Date.now() + hour })
      const lying: LandRecord = { ...rb, land: a.genesis.land }
      assert.equal(await codeOf(validateLandRecord(landKey(a.genesis.land), encodeLandRecord(lying), source)), 'ERR_RECORD_WRONG_LAND')
      const old = await createLandRecord(keys[0], a, { seq: 1, validity: Date.now() - 1 })
      assert.equal(await codeOf(validateLandRecord(landKey(a.genesis.land), encodeLandRecord(old), source)), 'ERR_RECORD_EXPIRED')
    })

    it('the selector prefers the higher seq of one genesis', async () => {
      const key = landKey(a.genesis.land)
      const r1 = encodeLandRecord(await createLandRecord(keys[0], a, { seq: 1, validity: Date.now() + hour }))
      const r2 = encodeLandRecord(await createLandRecord(keys[3], a, { seq: 2, validity: Date.now() + hour }))
      assert.equal(rules.select(key, [r1, r2]), 1)
      assert.equal(rules.select(key, [r2, r1]), 0)
    })
  })

  it('two geneses claiming one name: the earlier genesis time wins, whatever the seq', async () => {
    const rival = parseGenesis({ ...a.genesis, validators: [peerIdFromPrivateKey(outsider).toString()], timeMs: a.genesis.timeMs + 1000 })
    const r = { genesis: rival, cid: await genesisCid(rival) }
    served.set(r.cid.toString(), encodeGenesis(rival))
    const key = landKey(a.genesis.land)
    const mine = encodeLandRecord(await createLandRecord(keys[0], a, { seq: 1, validity: Date.now() + 3600_000 }))
    const theirs = encodeLandRecord(await createLandRecord(outsider, r, { seq: 99, validity: Date.now() + 3600_000 }))
    // both are valid claims
    await rules.validate(key, mine)
    await rules.validate(key, theirs)
    assert.equal(rules.select(key, [theirs, mine]), 1)
    assert.equal(rules.select(key, [mine, theirs]), 0)
  })

  it('a genesis block that does not parse as a genesis is unknown', async () => {
    const junk = await encodeBlock({ format: 'amigo/genesis/1' })
    served.set(junk.cid.toString(), junk.bytes)
    assert.equal(await codeOf(geneses.get(junk.cid)), 'ERR_RECORD_UNKNOWN_GENESIS')
  })
})
