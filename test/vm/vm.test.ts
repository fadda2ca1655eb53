import { strict as assert } from 'node:assert'
import { createVM, VMError } from '../../src/vm/index.ts'
import { memoryStorage, bootstrapFiles, ALICE, BOB, blockTime } from './helpers.ts'

const C = 'local.land/amigo/counter'

describe('vm: one service', () => {
  it('pushes the counter, calls it, and keeps its state across a restart', async () => {
    const storage = memoryStorage()
    const vm = createVM({ storage, land: 'local.land', blockTime })
    const p = await vm.push({ path: C, files: bootstrapFiles('counter'), deployer: ALICE })
    assert.equal(p.kind, 'service')
    assert.match(p.cid, /^bafy/)
    const r1 = await vm.call({ path: C, func: 'Add', args: ['5'], caller: BOB })
    assert.equal(r1.ok, true, JSON.stringify(r1.error))
    assert.deepEqual(r1.results, ['5'])
    assert.equal(r1.events[0].name, 'Incremented')
    assert.deepEqual(r1.events[0].kv.slice(0, 2), ['by', BOB])
    const r2 = await vm.call({ path: C, func: 'Increment', args: [], caller: ALICE })
    assert.deepEqual(r2.results, ['6'])
    assert.notEqual(r1.stateRoot, r2.stateRoot)
    assert.match(await vm.render(C, ''), /The count is \*\*6\*\*/)
    const again = createVM({ storage, land: 'local.land', blockTime })
    const r3 = await again.call({ path: C, func: 'Get', args: [], caller: ALICE })
    assert.deepEqual(r3.results, ['6'])
    assert.deepEqual((await again.getObject(C, 'count')).value, 6)
    const h = await again.history(C)
    assert.deepEqual(h.map(e => e.call?.func ?? 'deploy'), ['Get', 'Increment', 'Add', 'deploy'])
  })

  it('leaves the state root unchanged when a call panics, and says where', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await vm.push({ path: C, files: bootstrapFiles('counter'), deployer: ALICE })
    const ok = await vm.call({ path: C, func: 'Add', args: ['2'], caller: ALICE })
    const bad = await vm.call({ path: C, func: 'Add', args: ['5000'], caller: ALICE })
    assert.equal(bad.ok, false)
    assert.equal(bad.error?.code, 'ERR_PANIC')
    assert.match(bad.error!.message, /n must be between 1 and 1000/)
    assert.match(bad.error!.pos ?? '', /^counter\.go:\d+:\d+$/)
    assert.equal(bad.stateRoot, ok.stateRoot)
    const get = await vm.call({ path: C, func: 'Get', args: [], caller: ALICE })
    assert.deepEqual(get.results, ['2'])
  })

  it('refuses unknown functions and wrong arguments with the parameter named, changing nothing', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await vm.push({ path: C, files: bootstrapFiles('counter'), deployer: ALICE })
    await assert.rejects(vm.call({ path: C, func: 'Nope', args: [], caller: ALICE }), (e: VMError) => e.code === 'ERR_UNKNOWN_FUNCTION')
    await assert.rejects(vm.call({ path: C, func: 'Add', args: ['"x"'], caller: ALICE }), (e: VMError) => e.code === 'ERR_BAD_ARGUMENT' && /n int/.test(e.message))
    assert.equal((await vm.history(C)).length, 1)
  })

  it('ends a call that runs out of gas with ERR_GAS and the state unchanged', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await vm.push({ path: C, files: bootstrapFiles('counter'), deployer: ALICE })
    const r = await vm.call({ path: C, func: 'Add', args: ['3'], caller: ALICE, gas: 5 })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_GAS')
    assert.deepEqual((await vm.getObject(C, 'count')).value, 0)
  })

  it('names the memory limit when the host refuses a value too large (a string doubled without end)', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime, defaultGas: 1e9 })
    const D = 'local.land/test/doubling'
    await vm.push({ path: D, files: [{ name: 'd.go', text: 'package doubling\n\nvar n int\n\nfunc Double() int {\n\tn++\n\ts := "amigo"\n\tfor {\n\t\ts += s\n\t}\n}\n' }], deployer: ALICE })
    const r = await vm.call({ path: D, func: 'Double', args: [], caller: ALICE })
    assert.equal(r.error?.code, 'ERR_MEMORY')
    assert.equal(r.error?.message, 'out of memory: limit 268435456 bytes exceeded')
  })

  it('ends hostile calls (giant allocation, deep recursion) with typed errors, state unchanged, and keeps serving', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime, defaultGas: 1e9 })
    const H = 'local.land/test/hostile'
    await vm.push({ path: H, files: [{ name: 'h.go', text: 'package hostile\n\nvar n int\nvar keep [][]byte\n\nfunc Grow() {\n\tn++\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n\nfunc Deep(d int) int {\n\tn++\n\treturn Deep(d+1) + 1\n}\n\nfunc N() int { return n }\n' }], deployer: ALICE })
    const root = (await vm.info(H)).stateRoot
    const big = await vm.call({ path: H, func: 'Grow', args: [], caller: ALICE })
    assert.equal(big.error?.code, 'ERR_MEMORY')
    const deep = await vm.call({ path: H, func: 'Deep', args: ['0'], caller: ALICE })
    assert.equal(deep.error?.code, 'ERR_DEPTH')
    assert.equal((await vm.info(H)).stateRoot, root)
    assert.deepEqual((await vm.call({ path: H, func: 'N', args: [], caller: ALICE })).results, ['0'])
  })
})
