/**
 * Divergence: where two replicas' land states differ (`diffState`): the first service whose record
 * (code, head) differs, or the first other record, found by walking both HAMTs and skipping the
 * subtrees they share, the other replica's blocks fetched from its store.
 */
import { strict as assert } from 'node:assert'
import { createLandExecutor, type LandVM } from '../../src/vm/index.ts'
import type { LandTx } from '../../src/store/lands/types.ts'
import { memoryStorage, ALICE, BOB } from './helpers.ts'
import { COUNTER, GENESIS_MS, LAND, testGenesis, callTx, pushTx, fetchingStorage, goFile } from './land-helpers.ts'

const NOTES = `${LAND}/bob/notes`
const notesFiles = goFile('notes.go', 'package notes\n\nvar notes []string\n\nfunc Add(s string) int { notes = append(notes, s); return len(notes) }\n')

async function run (vm: LandVM, txs: LandTx[]): Promise<Awaited<ReturnType<LandVM['execute']>>> {
  const height = vm.head().height + 1
  const done = await vm.execute({ height, timeMs: GENESIS_MS + height * 1000, txs })
  await vm.commit(height)
  return done
}

describe('vm: land state divergence (diffState)', function () {
  this.timeout(60000)

  /** two replicas with the same history; `b`'s blocks reach `a` only by fetching them */
  async function replicas (callers = 0): Promise<{ a: LandVM, b: LandVM, fetched: () => number }> {
    const bStorage = memoryStorage()
    const aStorage = fetchingStorage(memoryStorage(), bStorage.blocks)
    const a = await createLandExecutor({ storage: aStorage, genesis: testGenesis() })
    const b = await createLandExecutor({ storage: bStorage, genesis: testGenesis() })
    const common = [await pushTx(BOB, 1, NOTES, notesFiles), await callTx(ALICE, 1, COUNTER, 'Increment')]
    for (let i = 0; i < callers; i++) common.push(await callTx(`12D3KooWCaller${i}`, 1, COUNTER, 'Increment'))
    assert.equal((await run(a, common)).stateRoot.toString(), (await run(b, common)).stateRoot.toString())
    return { a, b, fetched: aStorage.fetched }
  }

  it('names the first service whose head differs, with both heads', async () => {
    const { a, b } = await replicas()
    const inc = await callTx(ALICE, 2, COUNTER, 'Increment')
    const ra = await run(a, [inc, await callTx(BOB, 2, NOTES, 'Add', ['"x"'])])
    const rb = await run(b, [inc, await callTx(BOB, 2, NOTES, 'Add', ['"y"'])])
    assert.notEqual(ra.stateRoot.toString(), rb.stateRoot.toString())
    const d = await a.diffState!(ra.stateRoot, rb.stateRoot)
    assert.deepEqual(d, { key: `svc/${NOTES}`, service: NOTES, ours: ra.receipts[1].heads[NOTES], theirs: rb.receipts[1].heads[NOTES] })
  })

  it('takes the first differing service in path order when several differ', async () => {
    const { a, b } = await replicas()
    const ra = await run(a, [await callTx(ALICE, 2, COUNTER, 'Increment'), await callTx(BOB, 2, NOTES, 'Add', ['"x"'])])
    const rb = await run(b, [await callTx(ALICE, 2, COUNTER, 'Increment'), await callTx(ALICE, 3, COUNTER, 'Increment'), await callTx(BOB, 2, NOTES, 'Add', ['"y"'])])
    const d = await a.diffState!(ra.stateRoot, rb.stateRoot)
    // testnet.land/amigo/counter sorts before testnet.land/bob/notes
    assert.equal(d?.service, COUNTER)
    assert.equal(d?.ours, ra.receipts[0].heads[COUNTER])
    assert.equal(d?.theirs, rb.receipts[1].heads[COUNTER])
  })

  it('names the first other record (a nonce) when every service agrees', async () => {
    const { a, b } = await replicas()
    // a call of a function that does not exist uses its nonce and changes no service
    const ra = await run(a, [await callTx(BOB, 2, COUNTER, 'NoSuchFunction')])
    const rb = await run(b, [await callTx('12D3KooWCarol', 1, COUNTER, 'NoSuchFunction')])
    assert.equal(ra.receipts[0].ok, false)
    const d = await a.diffState!(ra.stateRoot, rb.stateRoot)
    assert.deepEqual(d, { key: `nonce/${BOB}`, ours: '2', theirs: '1' })
    assert.deepEqual(await a.diffState!(rb.stateRoot, ra.stateRoot), { key: `nonce/${BOB}`, ours: '1', theirs: '2' })
  })

  it('finds nothing between equal roots', async () => {
    const { a } = await replicas()
    assert.equal(await a.diffState!(a.head().stateRoot!, a.head().stateRoot!), undefined)
  })

  it('fetches only the HAMT paths that differ, not the whole state of many accounts', async () => {
    const { a, b, fetched } = await replicas(400)
    const before = fetched()
    const ra = await run(a, [await callTx(BOB, 2, NOTES, 'Add', ['"x"'])])
    const rb = await run(b, [await callTx(BOB, 2, NOTES, 'Add', ['"y"'])])
    const d = await a.diffState!(ra.stateRoot, rb.stateRoot)
    assert.equal(d?.service, NOTES)
    const got = fetched() - before
    // the land state holds 400+ records in dozens of HAMT nodes; the diff reads two paths
    assert.ok(got > 0 && got <= 8, `fetched ${got} blocks`)
  })
})
