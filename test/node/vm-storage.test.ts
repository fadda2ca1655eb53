import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStores, encodeBlock } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)
const text = (b: Uint8Array | undefined): string | undefined => b === undefined ? undefined : new TextDecoder().decode(b)

describe('node/vm-storage: the VM on the repo LevelDB stores', () => {
  let dir: string
  let stores: Stores
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-vmstorage-'))
    stores = await openStores(dir)
  })
  afterEach(async () => {
    await stores.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('reads back whole blocks from the blockstore, and says which it has', async () => {
    const storage = levelVMStorage(stores, '/amigo/vm/')
    const block = await encodeBlock({ hello: 'world', n: [1, 2, 3] }, 'dag-cbor')
    assert.equal(await storage.blocks.has(block.cid), false)
    await storage.blocks.put(block.cid, block.bytes)
    assert.equal(await storage.blocks.has(block.cid), true)
    assert.deepEqual(new Uint8Array(await storage.blocks.get(block.cid)), block.bytes)
    const other = await encodeBlock(bytes('absent'), 'raw')
    await assert.rejects(storage.blocks.get(other.cid))
  })

  it('writes records in batches (puts and deletes), lists keys by prefix in byte order, and keeps them apart from other data', async () => {
    const storage = levelVMStorage(stores, '/amigo/vm/')
    assert.equal(await storage.records.get('head/a'), undefined)
    await storage.records.batch([
      { key: 'head/b', value: bytes('2') },
      { key: 'head/a', value: bytes('1') },
      { key: 'head/a/x', value: bytes('3') },
      { key: 'height', value: bytes('7') }
    ])
    assert.equal(text(await storage.records.get('head/a')), '1')
    const keys: string[] = []
    for await (const k of storage.records.keys('head/')) keys.push(k)
    assert.deepEqual(keys, ['head/a', 'head/a/x', 'head/b'])
    await storage.records.batch([{ key: 'head/a', value: null }, { key: 'head/b', value: bytes('20') }])
    assert.equal(await storage.records.get('head/a'), undefined)
    assert.equal(text(await storage.records.get('head/b')), '20')

    // another prefix (another user of the datastore) sees none of it
    const other = levelVMStorage(stores, '/other/')
    const seen: string[] = []
    for await (const k of other.records.keys('')) seen.push(k)
    assert.deepEqual(seen, [])
  })

  it('commits riders (the node\'s own writes) with the VM\'s next batch, or alone on flush', async () => {
    const storage = levelVMStorage(stores, '/amigo/vm/')
    const raw = levelVMStorage(stores, '')
    storage.records.ride([{ key: '/amigo/nonce/local.land/alice', value: bytes('7') }])
    assert.equal(await raw.records.get('/amigo/nonce/local.land/alice'), undefined, 'not written before a batch')
    await storage.records.batch([{ key: 'svc/a', value: bytes('head') }])
    assert.equal(text(await raw.records.get('/amigo/nonce/local.land/alice')), '7')
    assert.equal(text(await storage.records.get('svc/a')), 'head')

    storage.records.ride([{ key: '/amigo/nonce/local.land/alice', value: bytes('8') }])
    await storage.records.flushRiders()
    assert.equal(text(await raw.records.get('/amigo/nonce/local.land/alice')), '8')
    await storage.records.batch([{ key: 'svc/a', value: bytes('head2') }])
    assert.equal(text(await raw.records.get('/amigo/nonce/local.land/alice')), '8', 'a rider is written once')
  })

  it('keeps committed records across a close and reopen of the stores', async () => {
    await levelVMStorage(stores, '/amigo/vm/').records.batch([{ key: 'height', value: bytes('42') }])
    await stores.close()
    stores = await openStores(dir)
    assert.equal(text(await levelVMStorage(stores, '/amigo/vm/').records.get('height')), '42')
  })
})
