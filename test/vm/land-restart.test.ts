/**
 * The land executor on the repo's LevelDB stores (the node's prefix per land): a restart resumes at
 * the last committed block, and the block that was pending when the node stopped is gone.
 */
import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStores, type Stores } from '../../src/store/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createLandExecutor, type LandVM } from '../../src/vm/index.ts'
import { ALICE } from './helpers.ts'
import { COUNTER, GENESIS_MS, LAND, testGenesis, callTx } from './land-helpers.ts'

describe('vm: land executor on LevelDB', function () {
  this.timeout(60000)
  let dir: string
  let stores: Stores | undefined
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-land-')) })
  afterEach(async () => {
    await stores?.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function open (): Promise<LandVM> {
    stores = await openStores(dir)
    return await createLandExecutor({ storage: levelVMStorage(stores, `/amigo/land/${LAND}/`), genesis: testGenesis() })
  }

  it('resumes at the last commit after a stop: same head, same state, no second genesis, the pending block lost', async () => {
    let vm = await open()
    const genesisRoot = (await vm.genesisRoot())!
    const one = await vm.execute({ height: 1, timeMs: GENESIS_MS + 1000, txs: [await callTx(ALICE, 1, COUNTER, 'Increment')] })
    await vm.commit(1, [{ key: 'log/1', value: new Uint8Array([1]) }])
    await vm.execute({ height: 2, timeMs: GENESIS_MS + 2000, txs: [await callTx(ALICE, 2, COUNTER, 'Add', ['10'])] })
    await stores!.close()
    stores = undefined

    vm = await open()
    assert.deepEqual(vm.head(), { height: 1, stateRoot: one.stateRoot })
    assert.notEqual(genesisRoot.toString(), one.stateRoot.toString())
    assert.equal((await vm.reads.eval(COUNTER, 'count')).value, '1')
    assert.equal((await vm.reads.history(COUNTER)).length, 2)
    assert.equal(await vm.lastNonce(ALICE), 1)
    assert.equal((await vm.receipt(one.receipts[0].tx))?.height, 1)
    const two = await vm.execute({ height: 2, timeMs: GENESIS_MS + 2000, txs: [await callTx(ALICE, 2, COUNTER, 'Add', ['10'])] })
    assert.deepEqual(two.receipts[0].results, ['11'])
  })
})
