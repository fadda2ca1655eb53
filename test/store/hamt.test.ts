import { strict as assert } from 'node:assert'
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import { LevelBlockstore } from 'blockstore-level'
import {
  Hamt, MemoryBlockStore, CountingBlockStore, chunkedBlockStore, encodeBlock,
  HashMismatchError, BlockNotFoundError, InvalidNodeError, InvalidArgumentError
} from '../../src/store/hamt/index.ts'
import type { Entry } from '../../src/store/hamt/index.ts'
import { prng, randInt, shuffled } from './prng.ts'

const enc = new TextEncoder()
const dec = new TextDecoder()
const k = (s: string): Uint8Array => enc.encode(s)

async function collect<T> (it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

/** Reference contents of a map, keyed by the key's string form. */
function asObject (entries: Entry[]): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const [key, value] of entries) o[dec.decode(key)] = value
  return o
}

describe('store/hamt: Hamt', () => {
  it('sets, gets, overwrites and deletes; old versions stay readable', async () => {
    const store = new MemoryBlockStore()
    const m0 = await Hamt.create(store)
    const m1 = await m0.set(k('alice'), 1)
    const m2 = await m1.set(k('bob'), { balance: 5, tags: ['x'] })
    const m3 = await m2.set(k('alice'), 2)
    const m4 = await m3.delete(k('bob'))
    assert.equal(await m0.get(k('alice')), undefined)
    assert.equal(await m1.get(k('alice')), 1)
    assert.deepEqual(await m2.get(k('bob')), { balance: 5, tags: ['x'] })
    assert.equal(await m3.get(k('alice')), 2)
    assert.equal(await m4.has(k('bob')), false)
    assert.equal(await m3.has(k('bob')), true)
    assert.equal(await m4.size(), 1)
    // deleting what is absent, or setting the same value, keeps the version
    assert.ok((await m4.delete(k('nobody'))).root.equals(m4.root))
    assert.ok((await m4.set(k('alice'), 2)).root.equals(m4.root))
    // same contents, same root: m4 holds exactly what m0.set('alice', 2) holds
    assert.ok((await m0.set(k('alice'), 2)).root.equals(m4.root))
  })

  it('round-trips 3,000 entries through the store, values with links included', async () => {
    const store = new MemoryBlockStore()
    const link = (await encodeBlock({ hello: 'world' })).cid
    const entries: Entry[] = []
    for (let i = 0; i < 3000; i++) entries.push([k(`key-${i}`), i % 3 === 0 ? { n: i, ref: link } : `v${i}`])
    let m = await Hamt.create(store)
    const b = m.batch()
    for (const [key, value] of entries) assert.equal(await b.set(key, value), true)
    m = await b.commit()
    const again = await Hamt.load(store, m.root)
    assert.equal(again.bitWidth, 5)
    assert.equal(again.bucketSize, 3)
    for (const [key, value] of entries) assert.deepEqual(await again.get(key), value)
    const got = await collect(again.entries())
    assert.equal(got.length, 3000)
    assert.deepEqual(asObject(got), asObject(entries))
    const ref = await again.get(k('key-3')) as { ref: CID }
    assert.ok(CID.asCID(ref.ref)?.equals(link))
  })

  it('reproduces the IPLD HashMap spec fixture alice-words (bitWidth 5, bucketSize 3)', async () => {
    // https://ipld.io/specs/advanced-data-layouts/hamt/fixture/alice-words/ : words of the first
    // chapter of Alice in Wonderland, each mapped to its [{line, column}] occurrences.
    const lines = readFileSync(new URL('./fixtures/alice-words.txt', import.meta.url), 'utf8').split('\n')
    const words = new Map<string, Array<{ line: number, column: number }>>()
    lines.forEach((text, i) => {
      for (const m of text.matchAll(/\w+/g)) {
        const list = words.get(m[0]) ?? []
        list.push({ line: i + 1, column: (m.index ?? 0) + 1 })
        words.set(m[0], list)
      }
    })
    const store = new MemoryBlockStore()
    const map = await Hamt.build(store, [...words].map(([w, v]) => [k(w), v] as Entry))
    assert.equal(map.root.toString(), 'bafyreic672jz6huur4c2yekd3uycswe2xfqhjlmtmm5dorb6yoytgflova')
    assert.equal((await collect(map.cids())).length, 36)
    assert.deepEqual((await map.get(k('Alice')) as unknown[]).slice(0, 2), [{ line: 2, column: 1 }, { line: 2, column: 261 }])
  })

  for (const params of [{ bitWidth: 5, bucketSize: 3 }, { bitWidth: 3, bucketSize: 1 }, { bitWidth: 4, bucketSize: 2 }]) {
    it(`is canonical: random histories with the same final entries give the same root (bitWidth ${params.bitWidth}, bucketSize ${params.bucketSize})`, async () => {
      for (const seed of [1, 2, 3]) {
        const rand = prng(seed * 7919 + params.bitWidth)
        const store = new MemoryBlockStore()
        const universe = Array.from({ length: 400 }, (_, i) => `u${i}`)
        const reference = new Map<string, number>()
        let m = await Hamt.create(store, params)
        // a random history of inserts, overwrites and deletes, committed in random-size batches
        for (let round = 0; round < 12; round++) {
          const b = m.batch()
          const ops = 1 + randInt(rand, 120)
          for (let i = 0; i < ops; i++) {
            const key = universe[randInt(rand, universe.length)]
            if (rand() < 0.35) {
              assert.equal(await b.delete(k(key)), reference.delete(key))
            } else {
              const v = randInt(rand, 5)
              const isNew = !reference.has(key)
              assert.equal(await b.set(k(key), v), isNew)
              assert.equal(await b.get(k(key)), v)
              reference.set(key, v)
            }
          }
          m = await b.commit()
        }
        // the same entries inserted one at a time in another random order
        let other = await Hamt.create(store, params)
        for (const [key, v] of shuffled(rand, [...reference])) other = await other.set(k(key), v)
        // and built in one go
        const built = await Hamt.build(store, [...reference].map(([key, v]) => [k(key), v] as Entry), params)
        assert.equal(m.root.toString(), built.root.toString(), `seed ${seed}: history vs build`)
        assert.equal(other.root.toString(), built.root.toString(), `seed ${seed}: shuffled inserts vs build`)
        assert.deepEqual(asObject(await collect(m.entries())), Object.fromEntries(reference))
        // deleting everything returns to the empty map
        const b = m.batch()
        for (const key of shuffled(rand, [...reference.keys()])) assert.equal(await b.delete(k(key)), true)
        assert.equal((await b.commit()).root.toString(), (await Hamt.create(store, params)).root.toString())
      }
    })
  }

  it('iterates in an order fixed by the set of keys, not by history', async () => {
    const store = new MemoryBlockStore()
    const keys = Array.from({ length: 300 }, (_, i) => `key${i}`)
    const a = await Hamt.build(store, keys.map(x => [k(x), 1] as Entry))
    let b = await Hamt.create(store)
    for (const x of keys.slice().reverse()) b = await b.set(k(x), 1)
    const order = (await collect(a.keys())).map(x => dec.decode(x))
    assert.deepEqual((await collect(b.keys())).map(x => dec.decode(x)), order)
    assert.deepEqual(order.slice().sort(), keys.slice().sort())
  })

  it('loads lazily: a get reads one block per level below the root', async () => {
    const mem = new MemoryBlockStore()
    const entries = Array.from({ length: 20000 }, (_, i) => [k(`entry-${i}`), i] as Entry)
    const built = await Hamt.build(mem, entries)
    const counting = new CountingBlockStore(mem)
    const map = await Hamt.load(counting, built.root, { cacheNodes: 0 })
    assert.equal(counting.reset().reads, 1)
    let maxReads = 0
    for (const i of [0, 1, 777, 12345, 19999]) {
      assert.equal(await map.get(k(`entry-${i}`)), i)
      const { reads } = counting.reset()
      maxReads = Math.max(maxReads, reads)
      assert.ok(reads >= 1 && reads <= 4, `get read ${reads} blocks`)
    }
    assert.ok(maxReads >= 2, 'a 20,000-entry map has at least two levels under the root')
    assert.equal(await map.get(k('absent')), undefined)
    assert.ok(counting.reset().reads <= 4)
    // with the cache, a repeated get reads nothing
    const cached = await Hamt.load(counting, built.root)
    await cached.get(k('entry-5'))
    counting.reset()
    await cached.get(k('entry-5'))
    assert.equal(counting.reset().reads, 0)
  })

  it('copy-on-write: one set writes only the changed path and shares every other block', async () => {
    const mem = new MemoryBlockStore()
    const entries = Array.from({ length: 20000 }, (_, i) => [k(`entry-${i}`), i] as Entry)
    const built = await Hamt.build(mem, entries)
    const counting = new CountingBlockStore(mem)
    const map = await Hamt.load(counting, built.root, { cacheNodes: 0 })
    const before = new Set((await collect(map.cids())).map(String))
    counting.reset()
    const next = await map.set(k('entry-42'), 'changed')
    const { writes, bytesWritten, reads } = counting.reset()
    assert.ok(writes >= 2 && writes <= 5, `wrote ${writes} blocks`)
    assert.ok(bytesWritten < 16 * 1024, `wrote ${bytesWritten} bytes`)
    assert.ok(reads <= 4)
    const after = (await collect(next.cids())).map(String)
    const fresh = after.filter(c => !before.has(c))
    assert.equal(fresh.length, writes, 'every written block is new; every other block is shared')
    assert.equal(after.length, before.size)
    assert.equal(await map.get(k('entry-42')), 42)
    assert.equal(await next.get(k('entry-42')), 'changed')
  })

  it('a batch writes each touched node once', async () => {
    const mem = new MemoryBlockStore()
    const built = await Hamt.build(mem, Array.from({ length: 5000 }, (_, i) => [k(`e${i}`), i] as Entry))
    const counting = new CountingBlockStore(mem)
    const map = await Hamt.load(counting, built.root)
    const b = map.batch()
    for (let i = 0; i < 50; i++) await b.set(k(`e${i}`), -i - 1)
    counting.reset()
    const next = await b.commit()
    const { writes } = counting.reset()
    const total = (await collect(next.cids())).length
    assert.ok(writes <= total, `${writes} writes for ${total} nodes`)
    assert.equal(new Set((await collect(next.cids())).map(String)).size, total)
    for (let i = 0; i < 50; i++) assert.equal(await next.get(k(`e${i}`)), -i - 1)
    assert.equal(await next.get(k('e50')), 50)
  })

  it('rejects a block whose bytes do not match its CID', async () => {
    const store = new MemoryBlockStore()
    const map = await Hamt.build(store, Array.from({ length: 500 }, (_, i) => [k(`x${i}`), i] as Entry))
    const child = (await collect(map.cids()))[1]
    const bytes = store.blocks.get(child.toString())!
    const corrupt = bytes.slice()
    corrupt[corrupt.length - 1] ^= 1
    store.blocks.set(child.toString(), corrupt)
    const fresh = await Hamt.load(store, map.root, { cacheNodes: 0 })
    const results = await Promise.allSettled(Array.from({ length: 500 }, (_, i) => fresh.get(k(`x${i}`))))
    const failures = results.filter(r => r.status === 'rejected')
    assert.ok(failures.length > 0)
    for (const f of failures) {
      assert.ok((f as PromiseRejectedResult).reason instanceof HashMismatchError)
      assert.equal((f as PromiseRejectedResult).reason.code, 'ERR_HASH_MISMATCH')
    }
    // the root block itself
    store.blocks.set(map.root.toString(), corrupt)
    await assert.rejects(Hamt.load(store, map.root), HashMismatchError)
  })

  it('reports missing blocks and blocks that are not HAMT nodes', async () => {
    const store = new MemoryBlockStore()
    const absent = (await encodeBlock({ not: 'stored' })).cid
    await assert.rejects(Hamt.load(store, absent), BlockNotFoundError)
    const notAMap = await encodeBlock({ hello: 'world' })
    await store.put(notAMap.cid, notAMap.bytes)
    await assert.rejects(Hamt.load(store, notAMap.cid), (e: unknown) => e instanceof InvalidNodeError && e.code === 'ERR_INVALID_NODE')
    const badMap = await encodeBlock({ hashAlg: 0x12, bucketSize: 3, hamt: [new Uint8Array(4), [[[k('a'), 1]]]] })
    await store.put(badMap.cid, badMap.bytes)
    await assert.rejects(Hamt.load(store, badMap.cid), /elements but its map has 0 bits set/)
    const unsorted = await encodeBlock({ hashAlg: 0x12, bucketSize: 3, hamt: [new Uint8Array([1, 0, 0, 0]), [[[k('b'), 1], [k('a'), 2]]]] })
    await store.put(unsorted.cid, unsorted.bytes)
    await assert.rejects(Hamt.load(store, unsorted.cid), /strictly increasing/)
    const otherHash = await encodeBlock({ hashAlg: 0x13, bucketSize: 3, hamt: [new Uint8Array(4), []] })
    await store.put(otherHash.cid, otherHash.bytes)
    await assert.rejects(Hamt.load(store, otherHash.cid), /not sha2-256/)
  })

  it('rejects bad keys, values and parameters and changes nothing', async () => {
    const store = new MemoryBlockStore()
    const map = await Hamt.create(store)
    const blocks = store.blocks.size
    await assert.rejects(map.set('text' as unknown as Uint8Array, 1), InvalidArgumentError)
    await assert.rejects(map.set(new Uint8Array(1025), 1), /longer than 1024/)
    await assert.rejects(map.set(k('a'), undefined), InvalidArgumentError)
    await assert.rejects(map.set(k('a'), () => 1), InvalidArgumentError)
    await assert.rejects(map.get(42 as unknown as Uint8Array), InvalidArgumentError)
    assert.equal(store.blocks.size, blocks)
    await assert.rejects(Hamt.create(store, { bitWidth: 2 }), /bitWidth/)
    await assert.rejects(Hamt.create(store, { bucketSize: 0 }), /bucketSize/)
    const b = map.batch()
    await b.set(k('a'), 1)
    await b.commit()
    await assert.rejects(b.set(k('b'), 2), /already committed/)
  })

  it('runs on LevelDB through blockstore-level', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amigo-hamt-'))
    const level = new LevelBlockstore(dir)
    try {
      await level.open()
      const store = chunkedBlockStore(level)
      const entries = Array.from({ length: 2000 }, (_, i) => [k(`lvl-${i}`), { i }] as Entry)
      const built = await Hamt.build(store, entries)
      const changed = await built.set(k('lvl-7'), { i: -7 })
      const again = await Hamt.load(store, changed.root)
      assert.deepEqual(await again.get(k('lvl-7')), { i: -7 })
      assert.deepEqual(await again.get(k('lvl-1999')), { i: 1999 })
      assert.equal(await again.size(), 2000)
      await assert.rejects(store.get((await encodeBlock('absent')).cid), BlockNotFoundError)
    } finally {
      await level.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
