import { strict as assert } from 'node:assert'
import { newType, basic } from '../../src/lang/runtime/rtype.ts'
import { GoMap } from '../../src/lang/runtime/value.ts'
import { Complex } from '../../src/lang/runtime/complex.ts'
import { mset, mget } from '../../src/lang/runtime/ops.ts'
import { MemoryBlockStore } from '../../src/store/hamt/index.ts'
import { BlockCache, Miss } from '../../src/vm/block-cache.ts'
import { Heap, type VarSlot } from '../../src/vm/heap.ts'
import { TypeTable } from '../../src/vm/type-key.ts'

const tC128 = basic('complex128'); const tC64 = basic('complex64'); const tString = basic('string')
const tMap = newType('map', 'map[complex128]string', { key: tC128, elem: tString })
const tArr = newType('array', '[2]complex64', { elem: tC64, len: 2 })

function slots (vals: Record<string, any>, types: Record<string, any>): VarSlot[] {
  return Object.keys(types).map(name => ({ name, type: types[name], get: () => vals[name], set: (v: any) => { vals[name] = v } }))
}

async function retry<T> (cache: BlockCache, f: () => T): Promise<T> {
  for (;;) {
    try { return f() } catch (e) { if (e instanceof Miss) { await cache.loadMiss(e); continue } throw e }
  }
}

describe('vm heap: complex numbers in service state', () => {
  it('complex variables, arrays and map keys survive a round trip, Inf and NaN parts included', async () => {
    const types = { z: tC128, a: tArr, m: tMap }
    const m = new GoMap(tC128, true)
    mset(m, new Complex(1, -2), 'one')
    mset(m, new Complex(0, Infinity), 'inf')
    const vals: Record<string, any> = { z: new Complex(-0, NaN), a: [new Complex(1.5, 2), new Complex(0, -1)], m }
    const store = new MemoryBlockStore()
    const table = (): TypeTable => new TypeTable([tC128, tC64, tString, tMap, tArr])
    const cache = new BlockCache({ get: async c => await store.get(c), put: async (c, b) => await store.put(c, b), has: async () => true })
    const r = await new Heap(cache, table(), null, 1).commit(slots(vals, types), store)
    const cache2 = new BlockCache({ get: async c => await store.get(c), put: async (c, b) => await store.put(c, b), has: async () => true })
    const out: Record<string, any> = {}
    await retry(cache2, () => new Heap(cache2, table(), r.objectsRoot, r.next).loadVars(slots(out, types), r.vars))
    assert.ok(out.z instanceof Complex)
    assert.ok(Object.is(out.z.re, -0) && Number.isNaN(out.z.im))
    assert.deepEqual(out.a.map((c: Complex) => [c.re, c.im]), [[1.5, 2], [0, -1]])
    await retry(cache2, () => {
      assert.equal(mget(out.m, new Complex(1, -2), ''), 'one')
      assert.equal(mget(out.m, new Complex(0, Infinity), ''), 'inf')
    })
  })
})
