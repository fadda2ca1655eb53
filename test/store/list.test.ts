import { strict as assert } from 'node:assert'
import {
  List, MemoryBlockStore, CountingBlockStore, encodeBlock,
  HashMismatchError, IndexOutOfRangeError, InvalidArgumentError, InvalidNodeError
} from '../../src/store/hamt/index.ts'
import { prng, randInt } from './prng.ts'

async function collect<T> (it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

describe('store/hamt: List', () => {
  it('appends, gets, sets and truncates; old versions stay readable', async () => {
    const store = new MemoryBlockStore()
    const l0 = await List.create(store)
    let l = l0
    for (let i = 0; i < 100; i++) l = await l.append(`v${i}`)
    assert.equal(l.length, 100)
    assert.equal(await l.get(0), 'v0')
    assert.equal(await l.get(99), 'v99')
    const l2 = await l.set(50, { changed: true })
    assert.deepEqual(await l2.get(50), { changed: true })
    assert.equal(await l.get(50), 'v50')
    const l3 = await l2.truncate(40)
    assert.equal(l3.length, 40)
    assert.deepEqual(await collect(l3.values()), Array.from({ length: 40 }, (_, i) => `v${i}`))
    assert.equal(l0.length, 0)
    const again = await List.load(store, l2.root)
    assert.equal(again.length, 100)
    assert.deepEqual(await again.get(50), { changed: true })
    assert.equal(await again.get(77), 'v77')
  })

  for (const width of [2, 3, 32]) {
    it(`is canonical: random histories with the same final contents give the same root (width ${width})`, async () => {
      const rand = prng(width * 31)
      const store = new MemoryBlockStore()
      let l = await List.create(store, { width })
      const ref: number[] = []
      for (let round = 0; round < 15; round++) {
        const b = l.batch()
        const ops = 1 + randInt(rand, 80)
        for (let i = 0; i < ops; i++) {
          const r = rand()
          if (r < 0.6 || ref.length === 0) {
            const v = randInt(rand, 1000)
            await b.append(v)
            ref.push(v)
          } else if (r < 0.9) {
            const at = randInt(rand, ref.length)
            const v = randInt(rand, 1000)
            await b.set(at, v)
            ref[at] = v
            assert.equal(await b.get(at), v)
          } else {
            const n = randInt(rand, ref.length + 1)
            await b.truncate(n)
            ref.length = n
          }
          assert.equal(b.length, ref.length)
        }
        l = await b.commit()
        const built = await List.build(store, ref, { width })
        assert.equal(l.root.toString(), built.root.toString(), `round ${round}, length ${ref.length}`)
        assert.deepEqual(await collect((await List.load(store, l.root)).values()), ref)
      }
    })
  }

  it('loads lazily and writes only the changed path (40,000 elements, 4 levels)', async () => {
    const mem = new MemoryBlockStore()
    const built = await List.build(mem, Array.from({ length: 40000 }, (_, i) => i))
    const counting = new CountingBlockStore(mem)
    const list = await List.load(counting, built.root, { cacheNodes: 0 })
    assert.equal(counting.reset().reads, 1)
    assert.equal(await list.get(31337), 31337)
    assert.equal(counting.reset().reads, 3, 'three levels below the root')
    const next = await list.set(31337, 'x')
    const w = counting.reset()
    assert.equal(w.writes, 4)
    assert.ok(w.bytesWritten < 16 * 1024, `${w.bytesWritten} bytes`)
    const appended = await next.append('tail')
    assert.ok(counting.reset().writes <= 4)
    assert.equal(await appended.get(40000), 'tail')
    assert.equal(await appended.get(31337), 'x')
    assert.equal(await list.get(31337), 31337)
  })

  it('rejects bad indexes and values and changes nothing', async () => {
    const store = new MemoryBlockStore()
    const list = await List.build(store, [1, 2, 3])
    const blocks = store.blocks.size
    await assert.rejects(list.get(3), (e: unknown) => e instanceof IndexOutOfRangeError && e.code === 'ERR_INDEX_OUT_OF_RANGE')
    await assert.rejects(list.get(-1), IndexOutOfRangeError)
    await assert.rejects(list.get(1.5), IndexOutOfRangeError)
    await assert.rejects(list.set(3, 1), IndexOutOfRangeError)
    await assert.rejects(list.append(undefined), InvalidArgumentError)
    await assert.rejects(list.truncate(4), InvalidArgumentError)
    assert.equal(store.blocks.size, blocks)
    assert.deepEqual(await collect(list.values()), [1, 2, 3])
  })

  it('rejects corrupt and malformed blocks', async () => {
    const store = new MemoryBlockStore()
    const list = await List.build(store, Array.from({ length: 100 }, (_, i) => i))
    const corrupt = store.blocks.get(list.root.toString())!.slice()
    corrupt[corrupt.length - 1] ^= 1
    const copy = new MemoryBlockStore()
    for (const [c, b] of store.blocks) copy.blocks.set(c, b)
    copy.blocks.set(list.root.toString(), corrupt)
    await assert.rejects(List.load(copy, list.root), HashMismatchError)
    const wrongHeight = await encodeBlock({ width: 32, height: 1, length: 3, node: [1, 2, 3] })
    await store.put(wrongHeight.cid, wrongHeight.bytes)
    await assert.rejects(List.load(store, wrongHeight.cid), InvalidNodeError)
    const wrongCount = await encodeBlock({ width: 32, height: 0, length: 4, node: [1, 2, 3] })
    await store.put(wrongCount.cid, wrongCount.bytes)
    await assert.rejects(List.load(store, wrongCount.cid), /3 items, its position needs 4/)
  })
})
