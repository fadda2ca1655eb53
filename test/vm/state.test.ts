/** State across calls and restarts: aliasing, old roots, forks, queries, versions and hashes. */
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { Hamt } from '../../src/store/hamt/index.ts'
import type { BlockStore } from '../../src/store/hamt/index.ts'
import { createVM, VMError, type VMStorage } from '../../src/vm/index.ts'
import { memoryStorage, bootstrapFiles, ALICE, BOB, blockTime } from './helpers.ts'

class MemoryStoreOf implements BlockStore {
  constructor (private readonly s: VMStorage) {}
  async get (cid: CID): Promise<Uint8Array> { return await this.s.blocks.get(cid) }
  async put (cid: CID, b: Uint8Array): Promise<void> { await this.s.blocks.put(cid, b) }
}

const file = (name: string, text: string): Array<{ name: string, text: string }> => [{ name, text }]
const SHARED = file('shared.go', `package shared

type Node struct {
	Name string
	Next *Node
}

var (
	a, b  *Node
	ring  *Node
	names = map[string]*Node{}
)

func init() {
	a = &Node{Name: "one"}
	b = a // two variables, one struct
	ring = &Node{Name: "r1"}
	ring.Next = &Node{Name: "r2", Next: ring} // a cycle
	names["one"] = a
}

// Rename changes the struct through one variable.
func Rename(s string) { a.Name = s }

// Names reads it through the others.
func Names() (string, string, string) { return b.Name, names["one"].Name, ring.Next.Next.Name }

// Same reports whether the variables still point at one struct.
func Same() bool { return a == b && names["one"] == a && ring.Next.Next == ring }
`)

/** deploys files at path and returns a caller that starts a new VM (a restart) for every call */
async function restartingService (path: string, files: Array<{ name: string, text: string }>): Promise<(func: string, args: string[]) => Promise<string[]>> {
  const storage = memoryStorage()
  await createVM({ storage, land: 'local.land', blockTime }).push({ path, files, deployer: ALICE })
  return async (func, args) => {
    const r = await createVM({ storage, land: 'local.land', blockTime }).call({ path, func, args, caller: ALICE })
    assert.equal(r.ok, true, JSON.stringify(r.error))
    return r.results
  }
}

describe('vm: state', function () {
  this.timeout(60000)

  it('keeps pointers shared and cycles closed across calls and a restart', async () => {
    const storage = memoryStorage()
    const vm = createVM({ storage, land: 'local.land', blockTime })
    await vm.push({ path: 'local.land/test/shared', files: SHARED, deployer: ALICE })
    await vm.call({ path: 'local.land/test/shared', func: 'Rename', args: ['"uno"'], caller: ALICE })
    const vm2 = createVM({ storage, land: 'local.land', blockTime })
    const same = await vm2.call({ path: 'local.land/test/shared', func: 'Same', args: [], caller: ALICE })
    assert.deepEqual(same.results, ['true'])
    await vm2.call({ path: 'local.land/test/shared', func: 'Rename', args: ['"eins"'], caller: ALICE })
    const names = await vm2.call({ path: 'local.land/test/shared', func: 'Names', args: [], caller: ALICE })
    assert.deepEqual(names.results, ['"eins"', '"eins"', '"r1"'])
  })

  it('stores slices whose backing arrays have room past their length (append growth)', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await vm.push({ path: 'local.land/test/grow', files: file('grow.go', 'package grow\n\ntype Item struct{ N int }\n\nvar items []*Item\nvar nums []int\n\nfunc Add() int {\n\titems = append(items, &Item{N: len(items)})\n\tnums = append(nums, len(nums))\n\treturn len(items)\n}\n\nfunc Sum() int {\n\ts := 0\n\tfor i, it := range items {\n\t\ts += it.N + nums[i]\n\t}\n\treturn s + cap(nums[:cap(nums)]) - cap(nums)\n}\n'), deployer: ALICE })
    for (let i = 0; i < 5; i++) assert.equal((await vm.call({ path: 'local.land/test/grow', func: 'Add', args: [], caller: ALICE })).ok, true)
    assert.deepEqual((await vm.call({ path: 'local.land/test/grow', func: 'Sum', args: [], caller: ALICE })).results, ['20'])
  })

  it('keeps a large map of pointers correct across restarts: entries load one by one, writes through them persist', async () => {
    const src = 'package items\n\nimport "strconv"\n\ntype Item struct{ N int }\n\nvar m = map[string]*Item{}\nvar order []string\n\nfunc Fill(n int) {\n\tfor i := 0; i < n; i++ {\n\t\tk := "k" + strconv.Itoa(i)\n\t\tm[k] = &Item{N: i}\n\t\torder = append(order, k)\n\t}\n}\n\nfunc Bump(k string) int { m[k].N += 1000; return m[k].N }\n\nfunc Del(k string) { delete(m, k) }\n\nfunc Sum() (int, int, string) {\n\ts := 0\n\tfirst := ""\n\tfor k, it := range m {\n\t\tif first == "" {\n\t\t\tfirst = k\n\t\t}\n\t\ts += it.N\n\t}\n\treturn s, len(m), first\n}\n'
    const call = await restartingService('local.land/test/items', file('items.go', src))
    await call('Fill', ['200'])
    assert.deepEqual(await call('Bump', ['"k7"']), ['1007'])
    await call('Del', ['"k0"'])
    // 0+1+…+199 = 19900, minus k0 (0), plus 1000 for k7; insertion order: k1 comes first now
    assert.deepEqual(await call('Sum', []), ['20900', '199', '"k1"'])
  })

  it('keeps a large map with struct keys across restarts', async () => {
    const src = 'package grid\n\ntype Point struct{ X, Y int }\n\nvar cells = map[Point]string{}\n\nfunc Fill(n int) {\n\tfor i := 0; i < n; i++ {\n\t\tcells[Point{i, i * 2}] = "c"\n\t}\n}\n\nfunc Set(x, y int, v string) { cells[Point{x, y}] = v }\n\nfunc Get(x, y int) (string, bool) { v, ok := cells[Point{x, y}]; return v, ok }\n\nfunc Len() int { return len(cells) }\n'
    const call = await restartingService('local.land/test/grid', file('grid.go', src))
    await call('Fill', ['100'])
    await call('Set', ['3', '6', '"three"'])
    await call('Set', ['1000', '1', '"new"'])
    assert.deepEqual(await call('Get', ['3', '6']), ['"three"', 'true'])
    assert.deepEqual(await call('Get', ['3', '7']), ['""', 'false'])
    assert.deepEqual(await call('Get', ['1000', '1']), ['"new"', 'true'])
    assert.deepEqual(await call('Len', []), ['101'])
  })

  it('removes objects the state no longer reaches from the object table', async () => {
    const storage = memoryStorage()
    const vm = createVM({ storage, land: 'local.land', blockTime })
    await vm.push({ path: 'local.land/test/churn', files: file('churn.go', 'package churn\n\ntype T struct{ N int; Tags []string }\n\nvar cur *T\n\nfunc Next() int {\n\tn := 0\n\tif cur != nil {\n\t\tn = cur.N + 1\n\t}\n\tcur = &T{N: n, Tags: []string{"a", "b"}}\n\treturn n\n}\n'), deployer: ALICE })
    const objects = async (): Promise<number> => {
      const h = dagCbor.decode(await storage.blocks.get(CID.parse((await vm.info('local.land/test/churn')).stateRoot!))) as { objects: CID }
      return await (await Hamt.load(new MemoryStoreOf(storage), h.objects)).size()
    }
    await vm.call({ path: 'local.land/test/churn', func: 'Next', args: [], caller: ALICE })
    const one = await objects()
    for (let i = 0; i < 5; i++) await vm.call({ path: 'local.land/test/churn', func: 'Next', args: [], caller: ALICE })
    assert.equal(await objects(), one) // a struct and its backing array: replaced, not accumulated
    assert.equal(one, 2)
  })

  it('gives the same state root to the same history on two independent stores', async () => {
    const roots: string[] = []
    for (let i = 0; i < 2; i++) {
      let t = 1_800_000_000_000_000_000n
      const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime: () => (t += 1_000_000_000n) })
      await vm.push({ path: 'local.land/amigo/names', files: bootstrapFiles('names'), deployer: ALICE })
      await vm.call({ path: 'local.land/amigo/names', func: 'Register', args: ['"alice"'], caller: ALICE })
      const r = await vm.call({ path: 'local.land/amigo/names', func: 'Transfer', args: ['"alice"', `"${BOB}"`], caller: ALICE })
      assert.equal(r.ok, true, JSON.stringify(r.error))
      roots.push(r.stateRoot)
    }
    assert.equal(roots[0], roots[1])
  })

  it('reads old roots, forks with the data (one block), and the fork diverges on its own', async () => {
    const storage = memoryStorage()
    const vm = createVM({ storage, land: 'local.land', blockTime })
    const C = 'local.land/amigo/counter'
    await vm.push({ path: C, files: bootstrapFiles('counter'), deployer: ALICE })
    for (let i = 0; i < 3; i++) await vm.call({ path: C, func: 'Add', args: ['10'], caller: ALICE })
    assert.deepEqual((await vm.getObject(C, 'count', { at: 1 })).value, 10)
    assert.match(await vm.render(C, '', { at: 2 }), /\*\*20\*\*/)
    const before = storage.blockCount()
    const f = await vm.fork(C, 'local.land/bob/counter', { at: 2 })
    assert.equal(storage.blockCount() - before, 1)
    assert.equal(f.stateRoot, (await vm.history(C)).find(e => e.index === 2)!.stateRoot)
    await vm.call({ path: 'local.land/bob/counter', func: 'Add', args: ['1'], caller: BOB })
    assert.deepEqual((await vm.getObject('local.land/bob/counter', 'count')).value, 21)
    assert.deepEqual((await vm.getObject(C, 'count')).value, 30)
    assert.equal((await vm.history('local.land/bob/counter')).at(-1)!.forkedFrom, C)
    await assert.rejects(vm.fork(C, 'local.land/bob/counter'), (e: VMError) => e.code === 'ERR_PATH_TAKEN')
  })

  it('keeps queries read-only even when the code they run writes the state', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    const P = 'local.land/test/nosy'
    await vm.push({ path: P, files: file('nosy.go', 'package nosy\n\nimport "strconv"\n\nvar n int\nvar seen = map[string]int{}\n\nfunc Render(p string) string {\n\tn++\n\tseen[p]++\n\treturn strconv.Itoa(n) + " " + strconv.Itoa(seen[p])\n}\n\nfunc Bump() int { n++; return n }\n'), deployer: ALICE })
    const root = (await vm.info(P)).stateRoot
    assert.equal(await vm.render(P, 'a'), '1 1')
    assert.equal(await vm.render(P, 'a'), '1 1')
    assert.deepEqual((await vm.getObject(P, 'n')).value, 0)
    assert.equal((await vm.info(P)).stateRoot, root)
    assert.deepEqual((await vm.call({ path: P, func: 'Bump', args: [], caller: ALICE })).results, ['1'])
  })

  it('evaluates read-only expressions and selects state, changing nothing', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    for (const n of ['avl', 'comments', 'blog']) await vm.push({ path: 'local.land/amigo/' + n, files: bootstrapFiles(n), deployer: ALICE })
    const B = 'local.land/amigo/blog'
    await vm.call({ path: B, func: 'AddPost', args: ['"Hello"', '"world"'], caller: ALICE })
    const root = (await vm.info(B)).stateRoot
    const e = await vm.eval(B, 'GetPost(1).Title')
    assert.deepEqual([e.value, e.type], ['"Hello"', 'string'])
    assert.equal((await vm.eval(B, 'Count() + 41')).value, '42')
    await assert.rejects(vm.eval(B, 'NoSuch()'), (err: VMError) => err.code === 'ERR_BAD_EXPR' && /undefined: NoSuch/.test(err.message))
    assert.equal((await vm.info(B)).stateRoot, root)
    const v = await vm.getObject(B, 'lastID')
    assert.deepEqual(v, { type: 'int', value: 1 })
    await assert.rejects(vm.getObject(B, 'nope'), (err: VMError) => err.code === 'ERR_NOT_FOUND')
  })

  it('resolves imports by version and by content hash, and records the CID either way', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    const lib = await vm.push({ path: 'local.land/alice/greet', files: file('greet.go', '//amigo:library\n\npackage greet\n\nfunc Hello(n string) string { return "hello, " + n }\n'), deployer: ALICE, version: 'v1.2.0' })
    const byVersion = await vm.push({ path: 'local.land/test/v', files: file('v.go', 'package v\n\nimport "local.land/alice/greet@v1.2.0"\n\nfunc Hi() string { return greet.Hello("v") }\n'), deployer: ALICE })
    const byHash = await vm.push({ path: 'local.land/test/h', files: file('h.go', `package h\n\nimport "local.land/alice/greet@${lib.cid}"\n\nfunc Hi() string { return greet.Hello("h") }\n`), deployer: ALICE })
    assert.deepEqual(byVersion.imports, { 'local.land/alice/greet': lib.cid })
    assert.deepEqual(byHash.imports, { 'local.land/alice/greet': lib.cid })
    assert.deepEqual((await vm.call({ path: 'local.land/test/h', func: 'Hi', args: [], caller: ALICE })).results, ['"hello, h"'])
    assert.deepEqual(await vm.deps('local.land/test/v'), { path: 'local.land/test/v', cid: byVersion.cid, imports: { 'local.land/alice/greet': lib.cid } })
  })
})
