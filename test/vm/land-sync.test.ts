/**
 * State sync of the land executor: `adopt` rebuilds the records from another replica's land state
 * root, fetching blocks from it (here: from its store) only as they are needed.
 */
import { strict as assert } from 'node:assert'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { createLandExecutor, VMError, type LandVM } from '../../src/vm/index.ts'
import type { LandTx } from '../../src/store/lands/types.ts'
import { memoryStorage, ALICE, BOB } from './helpers.ts'
import { COUNTER, GENESIS_MS, LAND, testGenesis, callTx, pushTx, fetchingStorage, goFile } from './land-helpers.ts'

const NOTES = `${LAND}/bob/notes`
const notesFiles = goFile('notes.go', 'package notes\n\nvar notes []string\n\nfunc Add(s string) int { notes = append(notes, s); return len(notes) }\n\nfunc Render(path string) string { out := ""; for _, n := range notes { out += n + "\\n" }; return out }\n')

async function run (vm: LandVM, txs: LandTx[]): Promise<Awaited<ReturnType<LandVM['execute']>>> {
  const height = vm.head().height + 1
  const done = await vm.execute({ height, timeMs: GENESIS_MS + height * 1000, txs })
  await vm.commit(height)
  return done
}

describe('vm: land executor state sync (adopt)', function () {
  this.timeout(60000)

  /** a replica that ran a few blocks, and a late joiner whose blocks come only from it */
  async function setup (): Promise<{ a: LandVM, aStorage: ReturnType<typeof memoryStorage>, b: LandVM, bStorage: ReturnType<typeof fetchingStorage> }> {
    const aStorage = memoryStorage()
    const a = await createLandExecutor({ storage: aStorage, genesis: testGenesis() })
    await run(a, [await pushTx(BOB, 1, NOTES, notesFiles), await callTx(ALICE, 1, COUNTER, 'Increment')])
    for (let i = 0; i < 10; i++) await run(a, [await callTx(ALICE, i + 2, COUNTER, 'Increment'), await callTx(BOB, i + 2, NOTES, 'Add', [`"note ${i}"`])])
    const bStorage = fetchingStorage(memoryStorage(), aStorage.blocks)
    const b = await createLandExecutor({ storage: bStorage, genesis: testGenesis() })
    return { a, aStorage, b, bStorage }
  }

  it('adopts a certified root: the same head, reads, nonces, and then the same roots as the replica it synced from', async () => {
    const { a, aStorage, b, bStorage } = await setup()
    await b.adopt(a.head().height, a.head().stateRoot!)
    assert.deepEqual(b.head(), a.head())
    // a late joiner never computes the genesis state, and its storage reopens as this land's
    assert.equal(await b.genesisRoot(), undefined)
    assert.deepEqual((await createLandExecutor({ storage: bStorage, genesis: testGenesis() })).head(), a.head())
    await assert.rejects(createLandExecutor({ storage: bStorage, genesis: testGenesis({ packages: [] }) }), (e: unknown) => e instanceof VMError && e.code === 'ERR_LAND_GENESIS_MISMATCH')
    assert.deepEqual(await b.reads.list(), await a.reads.list())
    assert.equal(await b.reads.render(NOTES, ''), await a.reads.render(NOTES, ''))
    assert.equal(await b.lastNonce(ALICE), 11)
    assert.equal(await b.lastNonce(BOB), 11)
    // lazily: the old states in the services' history were not fetched
    assert.ok(bStorage.fetched() < aStorage.blockCount() / 2, `fetched ${bStorage.fetched()} of ${aStorage.blockCount()} blocks`)
    // they are when the history is read
    assert.deepEqual(await b.reads.history(COUNTER), await a.reads.history(COUNTER))
    const next = [await callTx(ALICE, 12, COUNTER, 'Increment'), await callTx(BOB, 12, NOTES, 'Add', ['"after sync"'])]
    const ra = await run(a, next)
    const rb = await run(b, next)
    assert.equal(rb.stateRoot.toString(), ra.stateRoot.toString())
    assert.equal(rb.receiptsRoot.toString(), ra.receiptsRoot.toString())
    assert.deepEqual(rb.receipts[0].results, ['12'])
  })

  it('adopts a state of many addresses (a HAMT of several levels)', async () => {
    const { a, b } = await setup()
    const callers = Array.from({ length: 400 }, (_, i) => `12D3KooWCaller${i}`)
    const txs = await Promise.all(callers.map(async (c, i) => await callTx(c, i + 1, COUNTER, 'Add', ['1'])))
    const done = await run(a, txs)
    assert.equal(done.receipts.every(r => r.ok), true)
    await b.adopt(a.head().height, a.head().stateRoot!)
    assert.deepEqual(await Promise.all(callers.map(async c => await b.lastNonce(c))), callers.map((_, i) => i + 1))
    assert.equal((await b.reads.eval(COUNTER, 'count')).value, '411')
  })

  it('reads the adopted state before its records are copied; the background copy keeps what later blocks wrote', async () => {
    const aStorage = memoryStorage()
    const a = await createLandExecutor({ storage: aStorage, genesis: testGenesis() })
    const callers = Array.from({ length: 300 }, (_, i) => `12D3KooWCaller${i}`)
    await run(a, [await pushTx(BOB, 1, NOTES, notesFiles), ...await Promise.all(callers.map(async c => await callTx(c, 1, COUNTER, 'Increment')))])
    // every block from the other replica takes a while: the copy is still running when the next block commits
    const slow: typeof aStorage.blocks = { ...aStorage.blocks, get: async cid => { await new Promise(resolve => setTimeout(resolve, 3)); return await aStorage.blocks.get(cid) } }
    const bStorage = fetchingStorage(memoryStorage(), slow)
    const b = await createLandExecutor({ storage: bStorage, genesis: testGenesis() })
    await b.adopt(a.head().height, a.head().stateRoot!)
    assert.equal(await bStorage.records.get('land/lazy') !== undefined, true, 'the records are not copied yet')
    assert.equal(await b.lastNonce(callers[7]), 1)
    const next = [await callTx(callers[7], 2, COUNTER, 'Increment'), await callTx(BOB, 2, NOTES, 'Add', ['"during the copy"'])]
    const ra = await run(a, next)
    const rb = await run(b, next)
    assert.equal(rb.stateRoot.toString(), ra.stateRoot.toString())
    for (let i = 0; i < 400 && await bStorage.records.get('land/lazy') !== undefined; i++) await new Promise(resolve => setTimeout(resolve, 25))
    assert.equal(await bStorage.records.get('land/lazy'), undefined, 'the copy finished')
    // the records are now exactly those of the replica that executed every block
    for (const prefix of ['svc/', 'ver/', 'nonce/']) {
      const records = async (st: { records: typeof aStorage.records }): Promise<Array<[string, string]>> => {
        const out: Array<[string, string]> = []
        for await (const k of st.records.keys(prefix)) out.push([k, Buffer.from((await st.records.get(k))!).toString('hex')])
        return out
      }
      assert.deepEqual(await records(bStorage), await records(aStorage), prefix)
    }
    assert.equal(await b.lastNonce(callers[7]), 2)
    assert.deepEqual(await b.reads.list(), await a.reads.list())
    // and a reopened executor reads them from its records
    const again = await createLandExecutor({ storage: bStorage, genesis: testGenesis() })
    assert.deepEqual(again.head(), a.head())
    assert.equal((await again.reads.eval(COUNTER, 'count')).value, (await a.reads.eval(COUNTER, 'count')).value)
  })

  it('replaces what a replica had of its own, and drops its pending block', async () => {
    const { a, b } = await setup()
    const mine = `${LAND}/carol/mine`
    await run(b, [await pushTx('12D3KooWCarol', 1, mine, goFile('mine.go', 'package mine\n\nvar n int\n\nfunc Inc() int { n++; return n }\n'))])
    await b.execute({ height: 2, timeMs: GENESIS_MS + 2000, txs: [await callTx('12D3KooWCarol', 2, mine, 'Inc')] })
    await b.adopt(a.head().height, a.head().stateRoot!)
    assert.deepEqual(await b.reads.list(), await a.reads.list())
    assert.equal(await b.lastNonce('12D3KooWCarol'), undefined)
    await assert.rejects(b.commit(2), (e: unknown) => e instanceof VMError && e.code === 'ERR_LAND_NO_PENDING')
    assert.equal((await b.reads.eval(COUNTER, 'count')).value, '11')
  })

  it('refuses a root that is not a land state, or an older height, and changes nothing', async () => {
    const { a, b } = await setup()
    const before = b.head()
    const bytes = dagCbor.encode({ not: 'a hamt' })
    const cid = CID.createV1(dagCbor.code, await sha256.digest(bytes))
    await b.adopt(a.head().height, a.head().stateRoot!)
    const adopted = b.head()
    const stray = memoryStorage()
    await stray.blocks.put(cid, bytes)
    const c = await createLandExecutor({ storage: fetchingStorage(memoryStorage(), stray.blocks), genesis: testGenesis() })
    await assert.rejects(c.adopt(5, cid), (e: unknown) => e instanceof VMError && e.code === 'ERR_LAND_BAD_STATE')
    assert.equal(c.head().height, 0)
    assert.deepEqual(await c.reads.list(), [COUNTER])
    await assert.rejects(b.adopt(1, before.stateRoot!), (e: unknown) => e instanceof VMError && e.code === 'ERR_LAND_HEIGHT')
    assert.deepEqual(b.head(), adopted)
  })
})
