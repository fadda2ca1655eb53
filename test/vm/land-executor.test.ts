/**
 * The land executor (src/vm/land-executor.ts): blocks executed with LocalVM's code, one height at
 * a time, pending until commit, the same roots on every replica.
 */
import { strict as assert } from 'node:assert'
import { createLandExecutor, VMError, type LandVM } from '../../src/vm/index.ts'
import type { LandExecutor } from '../../src/net/lands/executor.ts'
import { GENESIS_DEPLOYER, type LandTx } from '../../src/store/lands/types.ts'
import { memoryStorage, ALICE, BOB } from './helpers.ts'
import { COUNTER, GENESIS_MS, LAND, testGenesis, callTx, pushTx, forkTx, goFile } from './land-helpers.ts'

const SPIN = `${LAND}/alice/spin`
const spinFiles = goFile('spin.go', 'package spin\n\nvar runs int\n\n// Spin loops n times.\nfunc Spin(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\truns++\n\treturn s\n}\n\nfunc Fail() {\n\truns++\n\tpanic("no")\n}\n')

/** a genesis package that notes who deployed it, at which height and time, and what each call saw */
const CLOCK = `${LAND}/amigo/clock`
const clockFiles = goFile('clock.go', 'package clock\n\nimport "amigo"\n\nvar by string\nvar height int64\nvar ms int64\n\nfunc init() { Stamp() }\n\n// Stamp notes the caller, height and time.\nfunc Stamp() {\n\tby = amigo.Caller()\n\theight = amigo.Height()\n\tms = amigo.Time().UnixMilli()\n}\n')

async function open (storage = memoryStorage()): Promise<LandVM> {
  return await createLandExecutor({ storage, genesis: testGenesis({ packages: [...testGenesis().packages, { path: CLOCK, files: clockFiles }] }) })
}

async function stamp (vm: LandVM): Promise<string[]> {
  return await Promise.all(['by', 'height', 'ms'].map(async v => (await vm.reads.eval(CLOCK, v)).value))
}

async function rejects (p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof VMError && e.code === code)
}

async function count (vm: LandVM): Promise<string> {
  return (await vm.reads.eval(COUNTER, 'count')).value
}

/** executes and commits one block; returns what execute gave */
async function run (vm: LandVM, txs: LandTx[], timeMs?: number): Promise<Awaited<ReturnType<LandVM['execute']>>> {
  const height = vm.head().height + 1
  const done = await vm.execute({ height, timeMs: timeMs ?? GENESIS_MS + height * 1000, txs })
  await vm.commit(height)
  return done
}

describe('vm: land executor', function () {
  this.timeout(60000)

  it('is the LandExecutor the consensus drives', async () => {
    const vm: LandExecutor = await open()
    assert.equal(vm.head().height, 0)
  })

  it('deploys the genesis packages at height 0, by the genesis deployer at the genesis time, with the same root on every replica', async () => {
    const a = await open()
    const b = await open()
    assert.equal(a.head().height, 0)
    assert.equal((await a.genesisRoot())!.toString(), (await b.genesisRoot())!.toString())
    assert.equal(a.head().stateRoot!.toString(), (await b.genesisRoot())!.toString())
    assert.deepEqual(await a.reads.list(), [CLOCK, COUNTER])
    assert.equal((await a.reads.info(COUNTER)).height, 0)
    assert.deepEqual(await stamp(a), [JSON.stringify(GENESIS_DEPLOYER), '0', String(GENESIS_MS)])
    // another genesis is another land state
    const c = await createLandExecutor({ storage: memoryStorage(), genesis: testGenesis({ packages: [] }) })
    assert.notEqual((await c.genesisRoot())!.toString(), a.head().stateRoot!.toString())
  })

  it('computes the genesis state only when it is needed: opening writes nothing, a read or height 1 deploys it', async () => {
    const storage = memoryStorage()
    const vm = await createLandExecutor({ storage, genesis: testGenesis() })
    assert.deepEqual(vm.head(), { height: 0, stateRoot: undefined })
    assert.deepEqual(await collect(storage.records.keys('')), [])
    // a read is a read of the genesis state
    assert.equal(await count(vm), '0')
    const root = vm.head().stateRoot
    assert.ok(root !== undefined)
    assert.equal((await vm.genesisRoot())!.toString(), root.toString())
    // a fresh storage: height 1 runs on the genesis state, the same on every replica
    const other = await createLandExecutor({ storage: memoryStorage(), genesis: testGenesis() })
    const tx = await callTx(ALICE, 1, COUNTER, 'Add', ['2'])
    const done = await run(other, [tx])
    const again = await run(vm, [tx])
    assert.equal(done.stateRoot.toString(), again.stateRoot.toString())
    assert.equal(await count(other), '2')
  })

  it('refuses a genesis whose packages cannot be deployed, and writes nothing', async () => {
    const storage = memoryStorage()
    const genesis = testGenesis({ packages: [{ path: `${LAND}/amigo/bad`, files: goFile('bad.go', 'package bad\n\nfunc init() { panic("no") }\n') }] })
    const vm = await createLandExecutor({ storage, genesis })
    await rejects(vm.genesisRoot(), 'ERR_LAND_BAD_GENESIS')
    await rejects(vm.reads.list(), 'ERR_LAND_BAD_GENESIS')
    assert.deepEqual(await collect(storage.records.keys('')), [])
  })

  it('runs every transaction of a block at the block height and time; reads see only committed blocks', async () => {
    const vm = await open()
    const t = GENESIS_MS + 5000
    const done = await vm.execute({ height: 1, timeMs: t, txs: [await callTx(ALICE, 1, COUNTER, 'Increment'), await callTx(BOB, 1, COUNTER, 'Add', ['5']), await callTx(BOB, 2, CLOCK, 'Stamp')] })
    assert.deepEqual(done.receipts.map(r => [r.ok, r.results]), [[true, ['1']], [true, ['6']], [true, []]])
    assert.equal(done.receipts[1].events[0].kv.join(' '), `by ${BOB} n 5 count 6`)
    // pending: neither reads nor the head nor the nonces see it
    assert.equal(await count(vm), '0')
    assert.equal(vm.head().height, 0)
    assert.equal(await vm.lastNonce(ALICE), undefined)
    await vm.commit(1)
    assert.equal(await count(vm), '6')
    assert.deepEqual(vm.head(), { height: 1, stateRoot: done.stateRoot })
    assert.equal(await vm.lastNonce(ALICE), 1)
    assert.deepEqual((await vm.reads.history(COUNTER)).map(h => h.height), [1, 1, 0])
    assert.equal((await vm.reads.eval(COUNTER, 'lastAt')).value, '1')
    assert.deepEqual(await stamp(vm), [JSON.stringify(BOB), '1', String(t)])
  })

  it('computes the same state and receipts roots on two replicas with separate storages', async () => {
    const blocks = [
      [await callTx(ALICE, 1, COUNTER, 'Increment'), await pushTx(BOB, 1, SPIN, spinFiles)],
      [await callTx(BOB, 2, SPIN, 'Spin', ['10']), await callTx(BOB, 3, SPIN, 'Fail'), await forkTx(ALICE, 2, COUNTER, `${LAND}/alice/counter2`)],
      []
    ]
    const a = await open()
    const b = await open()
    for (const txs of blocks) {
      const ra = await run(a, txs)
      const rb = await run(b, txs)
      assert.equal(ra.stateRoot.toString(), rb.stateRoot.toString())
      assert.equal(ra.receiptsRoot.toString(), rb.receiptsRoot.toString())
      assert.deepEqual(ra.receipts, rb.receipts)
    }
    assert.equal(a.head().height, 3)
    // a block with no transactions changes no state
    const last = await a.receipt(blocks[1][2].cid.toString())
    assert.equal(last?.height, 2)
  })

  it('changes the state root with each committed change, and not with a failed call', async () => {
    const vm = await open()
    await run(vm, [await pushTx(ALICE, 1, SPIN, spinFiles)])
    const head = (await vm.reads.info(SPIN)).head
    const done = await run(vm, [await callTx(ALICE, 2, SPIN, 'Fail')])
    assert.equal(done.receipts[0].ok, false)
    assert.equal(done.receipts[0].error?.code, 'ERR_PANIC')
    assert.deepEqual(done.receipts[0].heads, {})
    assert.equal((await vm.reads.info(SPIN)).head, head)
    assert.equal((await vm.reads.eval(SPIN, 'runs')).value, '0')
    const empty = await run(vm, [])
    assert.equal(empty.stateRoot.toString(), done.stateRoot.toString())
  })

  it('checks nonces against committed and pending ones: a bad nonce fails its transaction, not the block', async () => {
    const vm = await open()
    await run(vm, [await callTx(ALICE, 5, COUNTER, 'Increment')])
    const replay = await callTx(ALICE, 5, COUNTER, 'Increment')
    const done = await run(vm, [
      replay,
      await callTx(ALICE, 7, COUNTER, 'Increment'), // a gap is allowed
      await callTx(ALICE, 6, COUNTER, 'Increment'), // below the pending 7
      await callTx(ALICE, 8.5, COUNTER, 'Increment'),
      await callTx(BOB, 0, COUNTER, 'Increment')
    ])
    assert.deepEqual(done.receipts.map(r => r.ok ? 'ok' : r.error?.code), ['ERR_LAND_NONCE', 'ok', 'ERR_LAND_NONCE', 'ERR_LAND_NONCE', 'ok'])
    assert.match(done.receipts[0].error!.message, /nonce 5 is replayed/)
    assert.equal(done.receipts[0].gasUsed, 0)
    assert.equal(await count(vm), '3')
    assert.equal(await vm.lastNonce(ALICE), 7)
    assert.equal(await vm.lastNonce(BOB), 0)
  })

  it('uses the nonce of a transaction that fails', async () => {
    const vm = await open()
    const done = await run(vm, [await callTx(ALICE, 1, COUNTER, 'Add', ['0']), await callTx(ALICE, 1, COUNTER, 'Increment'), await callTx(ALICE, 2, COUNTER, 'Nope')])
    assert.deepEqual(done.receipts.map(r => r.error?.code), ['ERR_PANIC', 'ERR_LAND_NONCE', 'ERR_UNKNOWN_FUNCTION'])
    assert.equal(await vm.lastNonce(ALICE), 2)
    assert.equal(await count(vm), '0')
  })

  it('caps gas at maxTxGas: a call asking for more runs out at the cap and changes nothing', async () => {
    const vm = await open()
    await run(vm, [await pushTx(ALICE, 1, SPIN, spinFiles)])
    const greedy = await callTx(ALICE, 2, SPIN, 'Spin', ['100000000'], 1e12)
    const done = await run(vm, [greedy, await callTx(ALICE, 3, SPIN, 'Spin', ['3'])])
    assert.equal(done.receipts[0].ok, false)
    assert.equal(done.receipts[0].error?.code, 'ERR_GAS')
    assert.match(done.receipts[0].error!.message, /limit 5000000 /)
    assert.ok(done.receipts[0].gasUsed <= testGenesis().params.maxTxGas)
    assert.deepEqual(done.receipts[1].results, ['3'])
    assert.equal((await vm.reads.eval(SPIN, 'runs')).value, '1')
  })

  it('applies the genesis state limits: a call writing more than maxTxWriteBytes fails with ERR_STATE_QUOTA, nothing changed', async () => {
    const g = testGenesis()
    const vm = await createLandExecutor({ storage: memoryStorage(), genesis: { ...g, params: { ...g.params, maxTxWriteBytes: 64 << 10 } } })
    const keep = `${LAND}/alice/keep`
    await run(vm, [await pushTx(ALICE, 1, keep, goFile('keep.go', 'package keep\n\nvar b [][]byte\n\nfunc Keep(n int) int {\n\tb = append(b, make([]byte, n))\n\treturn len(b)\n}\n'))])
    const done = await run(vm, [await callTx(ALICE, 2, keep, 'Keep', ['200000'], 5_000_000), await callTx(ALICE, 3, keep, 'Keep', ['100'], 5_000_000)])
    assert.equal(done.receipts[0].ok, false)
    assert.equal(done.receipts[0].error?.code, 'ERR_STATE_QUOTA')
    assert.deepEqual(done.receipts[1].results, ['1'])
  })

  it('pushes packages, with versions, importable by later transactions of the same block', async () => {
    const vm = await open()
    const lib = `${LAND}/alice/double`
    const user = `${LAND}/bob/user`
    const done = await run(vm, [
      await pushTx(ALICE, 1, lib, goFile('double.go', 'package double\n\nfunc Double(n int) int { return 2 * n }\n'), 'v1.0.0'),
      await pushTx(BOB, 1, user, goFile('user.go', `package user\n\nimport (\n\t"${lib}@v1.0.0"\n\t"${COUNTER}"\n)\n\nfunc Twice() int { return double.Double(counter.Increment()) }\n`)),
      await callTx(BOB, 2, user, 'Twice'),
      await pushTx(BOB, 3, lib, goFile('other.go', 'package double\n'))
    ])
    assert.equal(done.receipts[0].ok, true)
    assert.ok(done.receipts[0].cid !== undefined)
    assert.deepEqual(done.receipts[2].results, ['2'])
    // a live import moved the counter too, in the same transaction
    assert.deepEqual(Object.keys(done.receipts[2].heads).sort(), [COUNTER, user].sort())
    // a taken path is refused as on local.land, whoever pushes
    assert.equal(done.receipts[3].error?.code, 'ERR_PATH_TAKEN')
    assert.equal((await vm.reads.deps(user)).imports[lib], done.receipts[0].cid)
    assert.deepEqual((await vm.reads.list()).sort(), [CLOCK, COUNTER, lib, user].sort())
  })

  it('forks a service at a history index into a new path', async () => {
    const vm = await open()
    await run(vm, [await callTx(ALICE, 1, COUNTER, 'Increment'), await callTx(ALICE, 2, COUNTER, 'Increment')])
    const copy = `${LAND}/bob/counter`
    const done = await run(vm, [await forkTx(BOB, 1, COUNTER, copy, 1), await forkTx(BOB, 2, COUNTER, copy)])
    assert.equal(done.receipts[0].ok, true)
    assert.equal(done.receipts[1].error?.code, 'ERR_PATH_TAKEN')
    assert.equal((await vm.reads.eval(copy, 'count')).value, '1')
    const h = await vm.reads.history(copy)
    assert.equal(h[0].forkedFrom, COUNTER)
    assert.equal(h[0].height, 2)
    assert.equal(done.receipts[0].heads[copy], h[0].head)
  })

  it('abort drops the pending block: another block for the height runs on the committed state', async () => {
    const vm = await open()
    const fresh = await open()
    await vm.execute({ height: 1, timeMs: GENESIS_MS + 1, txs: [await callTx(ALICE, 1, COUNTER, 'Add', ['100']), await pushTx(ALICE, 2, SPIN, spinFiles)] })
    vm.abort()
    const other = [await callTx(BOB, 1, COUNTER, 'Increment')]
    const done = await vm.execute({ height: 1, timeMs: GENESIS_MS + 2, txs: other })
    assert.deepEqual(done.receipts[0].results, ['1'])
    await vm.commit(1)
    assert.deepEqual(await vm.reads.list(), [CLOCK, COUNTER])
    assert.equal(await vm.lastNonce(ALICE), undefined)
    const same = await fresh.execute({ height: 1, timeMs: GENESIS_MS + 2, txs: other })
    assert.equal(same.stateRoot.toString(), done.stateRoot.toString())
    // executing again without abort replaces the pending block too
    await vm.execute({ height: 2, timeMs: GENESIS_MS + 3, txs: [await callTx(BOB, 2, COUNTER, 'Add', ['50'])] })
    const again = await vm.execute({ height: 2, timeMs: GENESIS_MS + 3, txs: [await callTx(BOB, 2, COUNTER, 'Increment')] })
    assert.deepEqual(again.receipts[0].results, ['2'])
  })

  it('refuses a block of the wrong height, a commit of nothing pending and the executor\'s own keys as extra records', async () => {
    const vm = await open()
    await rejects(vm.execute({ height: 2, timeMs: GENESIS_MS + 1, txs: [] }), 'ERR_LAND_HEIGHT')
    await rejects(vm.commit(1), 'ERR_LAND_NO_PENDING')
    await vm.execute({ height: 1, timeMs: GENESIS_MS + 1, txs: [await callTx(ALICE, 1, COUNTER, 'Increment')] })
    await rejects(vm.commit(2), 'ERR_LAND_NO_PENDING')
    await rejects(vm.commit(1, [{ key: 'svc/x', value: new Uint8Array(1) }]), 'ERR_LAND_BAD_RECORD')
    assert.equal(vm.head().height, 0)
    assert.equal(await count(vm), '0')
    // still pending: it commits once asked properly
    await vm.commit(1)
    assert.equal(await count(vm), '1')
  })

  it('writes the consensus\' records in the commit\'s batch and keeps receipts by transaction CID', async () => {
    const storage = memoryStorage()
    const vm = await open(storage)
    const tx = await callTx(ALICE, 1, COUNTER, 'Increment')
    const done = await vm.execute({ height: 1, timeMs: GENESIS_MS + 1, txs: [tx, tx] })
    assert.equal(await vm.receipt(tx.cid.toString()), undefined)
    let batches = 0
    const batch = storage.records.batch
    storage.records.batch = async ops => { batches++; await batch(ops) }
    await vm.commit(1, [{ key: 'log/1', value: new Uint8Array([7]) }])
    assert.equal(batches, 1)
    assert.deepEqual(await storage.records.get('log/1'), new Uint8Array([7]))
    // the replay in the same block failed on its nonce; the receipt kept is the first
    assert.equal(done.receipts[1].error?.code, 'ERR_LAND_NONCE')
    assert.deepEqual(await vm.receipt(tx.cid.toString()), { ...done.receipts[0], height: 1 })
    // the receipts root is the CID of the receipts list, in the blockstore
    assert.ok(await storage.blocks.has(done.receiptsRoot))
  })

  it('reopens at the last commit: no second genesis, the pending block is lost', async () => {
    const storage = memoryStorage()
    const vm = await open(storage)
    const genesisHead = (await vm.reads.info(COUNTER)).head
    const first = await run(vm, [await callTx(ALICE, 1, COUNTER, 'Increment')])
    await vm.execute({ height: 2, timeMs: GENESIS_MS + 9000, txs: [await callTx(ALICE, 2, COUNTER, 'Increment')] })
    const again = await open(storage)
    assert.deepEqual(again.head(), { height: 1, stateRoot: first.stateRoot })
    assert.equal(await count(again), '1')
    assert.equal(await again.lastNonce(ALICE), 1)
    const h = await again.reads.history(COUNTER)
    assert.equal(h[h.length - 1].head, genesisHead)
    assert.equal(h.length, 2)
    const next = await run(again, [await callTx(ALICE, 2, COUNTER, 'Increment')])
    assert.deepEqual(next.receipts[0].results, ['2'])
    // a storage holding one land is not opened for another
    await rejects(createLandExecutor({ storage, genesis: testGenesis({ timeMs: GENESIS_MS + 1 }) }), 'ERR_LAND_GENESIS_MISMATCH')
  })
})

async function collect<T> (it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}
