import { strict as assert } from 'node:assert'
import { createVM, VMError } from '../../src/vm/index.ts'
import { memoryStorage, ALICE, blockTime } from './helpers.ts'

// the node's default gas cap (config limits.maxCallGas, protocols/gas.md)
const CAP = 20_000_000
const P = 'local.land/alice/probe'

async function deploy (src: string, limits: { maxTxWriteBytes?: number, maxStateBytes?: number } = {}): Promise<{ vm: ReturnType<typeof createVM>, storage: ReturnType<typeof memoryStorage> }> {
  const storage = memoryStorage()
  const vm = createVM({ storage, land: 'local.land', blockTime, defaultGas: CAP, ...limits })
  await vm.push({ path: P, files: [{ name: 'probe.go', text: src }], deployer: ALICE })
  return { vm, storage }
}

describe('vm: gas prices everything a call costs (protocols/gas.md)', () => {
  it('a 100 MB strings.Repeat result runs out of gas before it is encoded, and changes nothing', async () => {
    const { vm, storage } = await deploy('package probe\n\nimport "strings"\n\nvar n int\n\nfunc Big() string { n++; return strings.Repeat("\\x00", 100<<20) }\n\nfunc Small() string { n++; return strings.Repeat("\\x00", 10) }\n')
    const blocks = storage.blockCount()
    const r = await vm.call({ path: P, func: 'Big', args: [], caller: ALICE, gas: CAP })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_GAS')
    assert.equal(r.gasUsed, CAP)
    assert.equal(storage.blockCount(), blocks)
    assert.deepEqual((await vm.getObject(P, 'n')).value, 0)
    // the same call with a small result costs its bytes, allocation included
    const small = await vm.call({ path: P, func: 'Small', args: [], caller: ALICE, gas: CAP })
    assert.equal(small.ok, true)
    assert.deepEqual(small.results, ['"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"'])
    assert.ok(small.gasUsed > 42, `gas ${small.gasUsed}: the 42 bytes of the result are charged`)
  })

  it('filling a package map with 10^6 entries ends in ERR_GAS and leaves the state as it was', async () => {
    const { vm } = await deploy('package probe\n\nvar m = map[int]int{}\n\nfunc Fill(n int) int { for i := 0; i < n; i++ { m[i] = i }; return len(m) }\n\nfunc Len() int { return len(m) }\n')
    const r = await vm.call({ path: P, func: 'Fill', args: ['1000000'], caller: ALICE, gas: CAP })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_GAS')
    assert.equal((await vm.eval(P, 'Len()')).value, '0')
    assert.equal((await vm.history(P)).length, 1)
    // writing entries into the map's HAMT is priced per entry: 1,000 entries cost more than 2,000,000 gas
    const few = await vm.call({ path: P, func: 'Fill', args: ['1000'], caller: ALICE, gas: CAP })
    assert.equal(few.ok, true, JSON.stringify(few.error))
    assert.ok(few.gasUsed > 2_000_000, `gas ${few.gasUsed}`)
  })

  it('the commit walks the whole loaded state: a Count() over a big state costs in proportion to it', async () => {
    const { vm } = await deploy('package probe\n\ntype R struct{ A, B int; S string }\n\nvar rows []*R\n\nfunc Grow(n int) int { for i := 0; i < n; i++ { rows = append(rows, &R{i, i, "row"}) }; return len(rows) }\n\nfunc Count() int { return len(rows) }\n')
    const small = await vm.call({ path: P, func: 'Count', args: [], caller: ALICE })
    for (let i = 0; i < 4; i++) {
      const g = await vm.call({ path: P, func: 'Grow', args: ['5000'], caller: ALICE, gas: 2 ** 40 })
      assert.equal(g.ok, true, JSON.stringify(g.error))
    }
    const big = await vm.call({ path: P, func: 'Count', args: [], caller: ALICE })
    assert.deepEqual(big.results, ['20000'])
    assert.ok(big.gasUsed > small.gasUsed + 20000 * 8, `Count() used ${big.gasUsed} gas over 20,000 rows, ${small.gasUsed} over none`)
  })

  it('a call writing more state than the land allows per transaction ends in ERR_STATE_QUOTA, nothing written', async () => {
    const { vm, storage } = await deploy('package probe\n\nvar keep [][]byte\n\nfunc Keep(n int) int { for i := 0; i < n; i++ { keep = append(keep, make([]byte, 1<<20)) }; return len(keep) }\n', { maxTxWriteBytes: 4 << 20 })
    const blocks = storage.blockBytes()
    const r = await vm.call({ path: P, func: 'Keep', args: ['100'], caller: ALICE, gas: 2 ** 40 })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_STATE_QUOTA', r.error?.message)
    assert.match(r.error!.message, /at most 4194304 bytes/)
    assert.equal(storage.blockBytes(), blocks)
    assert.deepEqual((await vm.eval(P, 'len(keep)')).value, '0')
    // within the limit it commits, and pays 16 gas a byte written
    const ok = await vm.call({ path: P, func: 'Keep', args: ['1'], caller: ALICE, gas: 2 ** 40 })
    assert.equal(ok.ok, true, JSON.stringify(ok.error))
    assert.ok(ok.gasUsed > 16 * (1 << 20), `gas ${ok.gasUsed}`)
  })

  it('a service cannot grow its state past the land\'s state quota', async () => {
    const { vm } = await deploy('package probe\n\nvar keep []string\n\nfunc Add(n int) int { for i := 0; i < n; i++ { keep = append(keep, "0123456789012345678901234567890123456789") }; return len(keep) }\n', { maxStateBytes: 64 << 10 })
    assert.equal((await vm.call({ path: P, func: 'Add', args: ['100'], caller: ALICE, gas: CAP })).ok, true)
    const before = await vm.history(P)
    const r = await vm.call({ path: P, func: 'Add', args: ['2000'], caller: ALICE, gas: CAP })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_STATE_QUOTA')
    assert.match(r.error!.message, /state quota exceeded: local\.land\/alice\/probe/)
    assert.deepEqual(await vm.history(P), before)
    assert.equal((await vm.eval(P, 'len(keep)')).value, '100')
  })

  it('a render of 100 MB ends in ERR_GAS, a typed error', async () => {
    const { vm } = await deploy('package probe\n\nimport "strings"\n\nfunc Render(path string) string { if path == "big" { return strings.Repeat("\\x00", 100<<20) }; return "# hi" }\n')
    await assert.rejects(vm.render(P, 'big', { gas: CAP }), (e: VMError) => e instanceof VMError && e.code === 'ERR_GAS')
    assert.equal(await vm.render(P, '', { gas: CAP }), '# hi')
  })

  it('natives charge their work: strings.Repeat of 1 MB costs more than 100,000 gas', async () => {
    const { vm } = await deploy('package probe\n\nimport "strings"\n\nfunc N() int { return len(strings.Repeat("ab", 1<<19)) }\n')
    const r = await vm.call({ path: P, func: 'N', args: [], caller: ALICE, gas: CAP })
    assert.deepEqual(r.results, ['1048576'])
    assert.ok(r.gasUsed > 100_000, `gas ${r.gasUsed}`)
  })
})
