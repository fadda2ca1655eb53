import { strict as assert } from 'node:assert'
import { CID } from 'multiformats/cid'
import { newType, basic } from '../../src/lang/runtime/rtype.ts'
import { Box, GoMap, Slice, Iface } from '../../src/lang/runtime/value.ts'
import { MemoryBlockStore } from '../../src/store/hamt/index.ts'
import { BlockCache, Miss } from '../../src/vm/block-cache.ts'
import { Heap, type VarSlot } from '../../src/vm/heap.ts'
import { TypeTable } from '../../src/vm/type-key.ts'

// type Node struct { Name string; Next *Node; Tags []string }
class NodeS { f0: any; f1: any; f2: any; constructor (a?: any, b?: any, c?: any) { this.f0 = a; this.f1 = b; this.f2 = c } }
const tString = basic('string'); const tInt = basic('int')
const tNode = newType('struct', 'main.Node', { name: 'Node', pkg: 'main' })
const tPtr = newType('ptr', '*main.Node', { elem: tNode })
const tStrs = newType('slice', '[]string', { elem: tString })
tNode.fields = [
  { name: 'Name', js: 'f0', type: tString, embedded: false, exported: true },
  { name: 'Next', js: 'f1', type: tPtr, embedded: false, exported: true },
  { name: 'Tags', js: 'f2', type: tStrs, embedded: false, exported: true }
]
tNode.ctor = NodeS
const tMap = newType('map', 'map[string]int', { key: tString, elem: tInt })
const tIntPtr = newType('ptr', '*int', { elem: tInt })
const tAny = newType('interface', 'interface {}', {})

function slots (vals: Record<string, any>, types: Record<string, any>): VarSlot[] {
  return Object.keys(types).map(name => ({ name, type: types[name], get: () => vals[name], set: (v: any) => { vals[name] = v } }))
}

/** runs f until it stops missing blocks (what the VM's call driver does) */
async function retry<T> (cache: BlockCache, f: () => T): Promise<T> {
  for (;;) {
    try { return f() } catch (e) { if (e instanceof Miss) { await cache.loadMiss(e); continue } throw e }
  }
}

describe('vm heap: service state as IPLD', () => {
  const types = { a: tPtr, b: tPtr, m: tMap, n: tIntPtr, x: tAny, s: tStrs }

  async function roundTrip (vals: Record<string, any>, store = new MemoryBlockStore()): Promise<{ out: Record<string, any>, root: any }> {
    const cache = new BlockCache({ get: async c => await store.get(c), put: async (c, b) => await store.put(c, b), has: async () => true })
    const heap = new Heap(cache, new TypeTable([tNode, tPtr, tStrs, tMap, tIntPtr, tString, tInt]), null, 1)
    const r = await heap.commit(slots(vals, types), store)
    const cache2 = new BlockCache({ get: async c => await store.get(c), put: async (c, b) => await store.put(c, b), has: async () => true })
    const out: Record<string, any> = {}
    await retry(cache2, () => {
      const h2 = new Heap(cache2, new TypeTable([tNode, tPtr, tStrs, tMap, tIntPtr, tString, tInt]), r.objectsRoot, r.next, r.maps)
      h2.loadVars(slots(out, types), r.vars)
    })
    return { out, root: r }
  }

  it('keeps aliasing and cycles through a round trip', async () => {
    const n1 = new NodeS('one', null, new Slice(['x', 'y'], 0, 2, 2))
    const n2 = new NodeS('two', n1, new Slice(null, 0, 0, 0))
    n1.f1 = n2 // a cycle
    const m = new GoMap(tString, false); m.m.set('k', 7)
    const box = new Box(42)
    const { out } = await roundTrip({ a: n1, b: n2, m, n: box, x: new Iface(tInt, 5), s: n1.f2 })
    assert.equal(out.a.f0, 'one')
    assert.equal(out.a.f1, out.b) // the same object, not a copy
    assert.equal(out.b.f1, out.a)
    assert.equal(out.m.m.get('k'), 7)
    assert.equal(out.n.v, 42)
    assert.equal(out.x.v, 5)
    assert.equal(out.x.t, tInt)
    assert.equal(out.s.a, out.a.f2.a) // a slice sharing the backing array
    assert.equal(out.b.f2.a, null)
  })

  it('gives the same root for the same state, and a different root when a value changes', async () => {
    const mk = (name: string): any => ({ a: new NodeS(name, null, new Slice(null, 0, 0, 0)), b: null, m: null, n: null, x: null, s: new Slice(null, 0, 0, 0) })
    const r1 = await roundTrip(mk('same'))
    const r2 = await roundTrip(mk('same'))
    const r3 = await roundTrip(mk('other'))
    assert.equal(r1.root.objectsRoot.toString(), r2.root.objectsRoot.toString())
    assert.notEqual(r1.root.objectsRoot.toString(), r3.root.objectsRoot.toString())
    assert.notEqual(CID.asCID(r1.root.objectsRoot), null)
  })

  it('moves a map of more than 64 entries into a HAMT and loads only the entries a call touches', async () => {
    const store = new MemoryBlockStore()
    const m = new GoMap(tString, false)
    for (let i = 0; i < 1000; i++) m.m.set('key' + String(i), i)
    const { root } = await roundTrip({ a: null, b: null, m, n: null, x: null, s: new Slice(null, 0, 0, 0) }, store)
    const cache = new BlockCache({ get: async c => await store.get(c), put: async (c, b) => await store.put(c, b), has: async () => true })
    const out: Record<string, any> = {}
    let heap!: Heap
    const v = await retry(cache, () => {
      heap = new Heap(cache, new TypeTable([tMap, tString, tInt]), root.objectsRoot, root.next, root.maps)
      heap.loadVars(slots(out, types), root.vars)
      return out.m.m.get('key500')
    })
    assert.equal(v, 500)
    assert.equal(out.m.size, 1000)
    assert.equal([...out.m.m.loadedEntries()].length, 1)
    // one write: only the map's HAMT path (the map's object does not change: where its entries
    // are is in the state root)
    out.m.m.set('key500', -1)
    const before = store.blocks.size
    const r2 = await heap.commit(slots(out, types), store)
    assert.ok(store.blocks.size - before <= 3)
    assert.equal(r2.written, 0)
    assert.notDeepEqual(r2.maps, root.maps)
    // iteration follows insertion order
    const keys = await retry(cache, () => [...out.m.m.keys()])
    assert.deepEqual(keys.slice(0, 3), ['key0', 'key1', 'key2'])
    assert.equal(keys.length, 1000)
  })
})
