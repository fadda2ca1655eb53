// A network land's executor behind the disk guard (src/node/land-write-guard.ts): while the repo's
// disk is nearly full it neither executes, commits nor adopts, its store stays as it was, and it
// goes on from there once space is freed. The free space is injected.
import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStores, type Stores } from '../../src/store/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createDiskGuard } from '../../src/node/disk-guard.ts'
import { guardLandWrites } from '../../src/node/land-write-guard.ts'
import { createLandExecutor } from '../../src/vm/index.ts'
import { ALICE } from '../vm/helpers.ts'
import { COUNTER, GENESIS_MS, LAND, testGenesis, callTx } from '../vm/land-helpers.ts'

const MiB = 1024 * 1024

describe('node: a land executor on a nearly full disk', function () {
  this.timeout(60000)
  let dir: string
  let stores: Stores | undefined
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-land-disk-')) })
  afterEach(async () => {
    await stores?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses to execute or commit with ERR_DISK_FULL, changing nothing, then resumes where it stopped', async () => {
    let free = 10_000 * MiB
    const disk = createDiskGuard({ path: dir, minFreeBytes: 256 * MiB, intervalMs: 0, read: async () => free })
    stores = await openStores(dir)
    const vm = await createLandExecutor({ storage: levelVMStorage(stores, `/amigo/land/${LAND}/`), genesis: testGenesis() })
    const guarded = guardLandWrites(vm, disk.check)
    const block1 = { height: 1, timeMs: GENESIS_MS + 1000, txs: [await callTx(ALICE, 1, COUNTER, 'Increment')] }
    // the genesis state, built on first need (the executor of a fresh store has none yet)
    await guarded.genesisRoot!()
    const genesis = guarded.head()

    free = 100 * MiB
    await assert.rejects(guarded.execute(block1), { code: 'ERR_DISK_FULL' })
    // the disk fills between execution and commit: the block stays uncommitted
    free = 10_000 * MiB
    const executed = await guarded.execute(block1)
    free = 100 * MiB
    await assert.rejects(guarded.commit(1), { code: 'ERR_DISK_FULL' })
    await assert.rejects(guarded.adopt(1, executed.stateRoot), { code: 'ERR_DISK_FULL' })
    assert.deepEqual(guarded.head(), genesis)
    assert.equal((await vm.reads.eval(COUNTER, 'count')).value, '0')
    assert.equal(await guarded.lastNonce(ALICE), undefined)

    // after a restart the store is the one before the refused block
    await stores.close()
    stores = await openStores(dir)
    const reopened = guardLandWrites(await createLandExecutor({ storage: levelVMStorage(stores, `/amigo/land/${LAND}/`), genesis: testGenesis() }), disk.check)
    assert.deepEqual(reopened.head(), genesis)

    free = 10_000 * MiB
    const again = await reopened.execute(block1)
    assert.equal(again.stateRoot.toString(), executed.stateRoot.toString(), 'the same block gives the same state')
    await reopened.commit(1)
    assert.deepEqual(reopened.head(), { height: 1, stateRoot: executed.stateRoot })
    assert.equal(await reopened.lastNonce(ALICE), 1)
  })
})
