// Property and fuzz tests of what peers send a node (issue 12): name records and their DHT
// envelopes, the datastore guard kad-dht writes through, Bitswap messages and their frames.
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { PrivateKey, Stream } from '@libp2p/interface'
import fc from 'fast-check'
import { Key } from 'interface-datastore'
import type { Datastore } from 'interface-datastore'
import {
  checkName, createNameRecord, decodeNameRecord, encodeNameRecord, nameKey, parseNameKey, selectNameRecord, validateNameRecord
} from '../../src/net/index.ts'
import { decodeDhtRecord, encodeDhtRecord } from '../../src/net/names/dht-record.ts'
import { guardDatastore } from '../../src/net/names/guard-datastore.ts'
import { createGenesisCache, recordRules } from '../../src/net/heads/index.ts'
import { dhtDatastoreKey } from '../../src/net/names/names.ts'
import { cidPrefix, decodeMessage, decodePrefix, encodeMessage, WANT_BLOCK, WANT_HAVE, HAVE, DONT_HAVE, type Message } from '../../src/net/content/index.ts'
import { readFrames } from '../../src/net/content/frames.ts'
import { encodeLength } from '../../src/net/content/wire.ts'
import {
  anyBytes, bitFlips, changeValue, cid, concat, mutantsOf, params, pathSegment, plain, testTimeout, typedOrValue,
  typedOrValueSync, valueChange
} from './arbitraries.ts'

const RECORD_CODES = ['ERR_RECORD_INVALID', 'ERR_RECORD_EXPIRED', 'ERR_RECORD_STALE', 'ERR_RECORD_TOO_LARGE', 'ERR_RECORD_BAD_SIGNATURE', 'ERR_RECORD_WRONG_KEY', 'ERR_BAD_NAME']
const NOW = 1_700_000_000_000
const names = fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map(s => s.join('/'))

/** A datastore in memory with what the guard uses of one (get, put), counting writes. */
class MemoryStore {
  readonly values = new Map<string, Uint8Array>()
  puts = 0
  async get (key: Key): Promise<Uint8Array> {
    const v = this.values.get(key.toString())
    if (v === undefined) throw Object.assign(new Error('not found'), { name: 'NotFoundError' })
    return v
  }

  async put (key: Key, value: Uint8Array): Promise<Key> {
    this.puts++
    this.values.set(key.toString(), value)
    return key
  }
}

describe('fuzz: name records', function () {
  this.timeout(testTimeout())
  let keys: PrivateKey[]
  let samples: Array<{ key: Uint8Array, bytes: Uint8Array }>

  before(async () => {
    keys = await Promise.all([1, 2].map(async i => generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(i))))
    const value = fc.sample(cid, { seed: 2, numRuns: 1 })[0]
    samples = []
    for (const [i, name] of ['hub.land/alice/blog', 'x'].entries()) {
      const r = await createNameRecord(keys[i], { name, value, seq: 3 + i, validity: NOW + 3e12, ttl: 60_000, ...(i === 1 ? { ext: { note: 'hi', n: 1 } } : {}) })
      samples.push({ key: nameKey(keys[i].publicKey, name), bytes: encodeNameRecord(r) })
    }
  })

  it('create, encode, decode and validate give the record back', async () => {
    await fc.assert(fc.asyncProperty(names, cid, fc.maxSafeNat(), fc.integer({ min: 1, max: 1e12 }), fc.maxSafeNat(), fc.nat(1), async (name, value, seq, ahead, ttl, k) => {
      const r = await createNameRecord(keys[k], { name, value, seq, validity: NOW + ahead, ttl })
      const bytes = encodeNameRecord(r)
      assert.deepEqual(plain(decodeNameRecord(bytes)), plain(r))
      const ok = await validateNameRecord(nameKey(keys[k].publicKey, name), bytes, NOW)
      assert.equal(ok.name, name)
      assert.ok(ok.value.equals(value))
    }), params(0.5))
  })

  it('random, mutated and reshaped records are refused with a record code', async () => {
    const decoded = samples.map(s => dagCbor.decode(s.bytes))
    const reshaped = fc.tuple(fc.nat(decoded.length - 1), valueChange).map(([i, ch]) => {
      try { return dagCbor.encode(changeValue(decoded[i], ch.path, ch.by, ch.extra)) } catch { return new Uint8Array(0) }
    })
    const all = samples.map(s => s.bytes)
    await fc.assert(fc.asyncProperty(fc.oneof(anyBytes(), mutantsOf(all), reshaped), fc.nat(samples.length - 1), async (bytes, i) => {
      typedOrValueSync(() => decodeNameRecord(bytes), RECORD_CODES)
      const r = await typedOrValue(async () => validateNameRecord(samples[i].key, bytes, NOW), RECORD_CODES)
      if (r.ok) assert.deepEqual(plain(bytes), plain(samples[i].bytes), 'only the untouched record validates')
    }), params())
  })

  it('a valid record with any single bit flipped is refused', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(samples.length - 1).chain(i => bitFlips(samples[i].bytes).map(f => ({ i, ...f }))), async ({ i, bytes }) => {
      const r = await typedOrValue(async () => validateNameRecord(samples[i].key, bytes, NOW), RECORD_CODES)
      assert.equal(r.ok, false)
    }), params())
  })

  it('any DHT key, name or record list: typed refusals, and the selector always picks an index', async () => {
    const keyBytes = fc.oneof(anyBytes(120), mutantsOf(samples.map(s => s.key)))
    await fc.assert(fc.asyncProperty(keyBytes, fc.string({ maxLength: 60 }), fc.array(fc.oneof(anyBytes(64), fc.constantFrom(...samples.map(s => s.bytes))), { maxLength: 5 }), async (key, name, records) => {
      typedOrValueSync(() => parseNameKey(key), RECORD_CODES)
      typedOrValueSync(() => checkName(name), RECORD_CODES)
      const r = await typedOrValue(async () => validateNameRecord(key, samples[0].bytes, NOW), RECORD_CODES)
      if (r.ok) assert.deepEqual(plain(key), plain(samples[0].key))
      const best = selectNameRecord(key, records)
      assert.ok(Number.isInteger(best) && best >= 0 && (records.length === 0 ? best === 0 : best < records.length))
    }), params())
  })

  it('DHT envelopes: encode then decode is identity; any bytes decode or give undefined', () => {
    fc.assert(fc.property(anyBytes(64), anyBytes(200), fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), anyBytes(), (key, value, time, junk) => {
      const back = decodeDhtRecord(encodeDhtRecord(key, value, time))
      assert.ok(back !== undefined)
      assert.deepEqual([plain(back.key), plain(back.value), back.timeReceived], [plain(key), plain(value), time.getTime()])
      const r = decodeDhtRecord(junk)
      assert.ok(r === undefined || (r.key instanceof Uint8Array && r.value instanceof Uint8Array))
    }), params())
  })

  it('the datastore guard stores only valid, not older name records; a refused put changes nothing', async () => {
    const kinds = fc.oneof(
      fc.constantFrom(...samples.map(s => s.bytes)),
      mutantsOf(samples.map(s => s.bytes)),
      anyBytes(64)
    )
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(samples.length - 1), kinds), { minLength: 1, maxLength: 4 }), async puts => {
      const inner = new MemoryStore()
      const store = guardDatastore(inner as unknown as Datastore, recordRules(createGenesisCache(async () => { throw new Error('no genesis here') })))
      for (const [i, value] of puts) {
        const key = dhtDatastoreKey(samples[i].key)
        const before = new Map(inner.values)
        const r = await typedOrValue(async () => store.put(key, encodeDhtRecord(samples[i].key, value)), RECORD_CODES)
        if (!r.ok) assert.deepEqual([...inner.values.keys()], [...before.keys()])
        else {
          const held = decodeDhtRecord(inner.values.get(key.toString())!)!
          await validateNameRecord(held.key, held.value)
        }
      }
    }), params(0.5))
  })
})

describe('fuzz: Bitswap wire', function () {
  this.timeout(testTimeout())

  const messages: fc.Arbitrary<Message> = fc.record({
    wantlist: fc.record({
      entries: fc.array(fc.record({ cid: fc.uint8Array({ maxLength: 40 }), priority: fc.integer({ min: 1, max: 2 ** 31 - 1 }), cancel: fc.boolean(), wantType: fc.constantFrom(WANT_BLOCK, WANT_HAVE), sendDontHave: fc.boolean() }), { maxLength: 4 }),
      full: fc.boolean()
    }),
    payload: fc.array(fc.record({ prefix: fc.uint8Array({ maxLength: 8 }), data: fc.uint8Array({ maxLength: 64 }) }), { maxLength: 3 }),
    presences: fc.array(fc.record({ cid: fc.uint8Array({ maxLength: 40 }), type: fc.constantFrom(HAVE, DONT_HAVE) }), { maxLength: 3 })
  })

  // priority 0 is left out on the wire (proto3) and read back as the default 1: the node sends 1 only
  it('encodeMessage then decodeMessage is identity', () => {
    fc.assert(fc.property(messages, m => {
      assert.deepEqual(plain(decodeMessage(encodeMessage(m))), plain(m))
    }), params())
  })

  it('random and mutated messages decode or fail with ERR_BITSWAP_MALFORMED', () => {
    const samples = fc.sample(messages, { seed: 4, numRuns: 6 }).map(encodeMessage).filter(b => b.length > 0)
    fc.assert(fc.property(fc.oneof(anyBytes(), mutantsOf(samples)), bytes => {
      typedOrValueSync(() => decodeMessage(bytes), ['ERR_BITSWAP_MALFORMED'])
      typedOrValueSync(() => decodePrefix(bytes), ['ERR_BITSWAP_MALFORMED'])
    }), params())
  })

  it('a CID prefix reads back', () => {
    fc.assert(fc.property(cid, c => {
      const p = decodePrefix(cidPrefix(c))
      assert.deepEqual(p, { version: c.version, code: c.code, hashCode: c.multihash.code, hashSize: c.multihash.size })
    }), params())
  })

  it('frames: any split of framed messages reads back; random streams end with frames or ERR_BITSWAP_MALFORMED', async () => {
    const streamOf = (chunks: Uint8Array[]): Stream => (async function * () { yield * chunks })() as unknown as Stream
    await fc.assert(fc.asyncProperty(fc.array(anyBytes(100), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), anyBytes(), async (frames, cuts, junk) => {
      const wire = concat(...frames.flatMap(f => [encodeLength(f.length), f]))
      const points = [...new Set(cuts.map(c => wire.length === 0 ? 0 : c % wire.length))].sort((a, b) => a - b)
      const chunks = [0, ...points].map((p, i, all) => wire.subarray(p, all[i + 1] ?? wire.length))
      const read: Uint8Array[] = []
      for await (const f of readFrames(streamOf(chunks))) read.push(f)
      assert.deepEqual(read.map(plain), frames.map(plain))
      await typedOrValue(async () => { for await (const f of readFrames(streamOf([junk]), 1000)) assert.ok(f.length <= 1000) }, ['ERR_BITSWAP_MALFORMED'])
    }), params())
  })
})
