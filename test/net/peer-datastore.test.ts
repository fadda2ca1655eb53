import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Key } from 'interface-datastore'
import { keepPeersInMemory } from '../../src/net/peer-datastore.ts'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { TestNet } from './helpers.ts'

describe('the peer store kept in memory', function () {
  this.timeout(60_000)
  let dir: string
  let stores: Stores

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-peers-'))
    stores = await openStores(dir)
  })
  after(async () => {
    await stores.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps /peers/ entries out of LevelDB and passes every other key through', async () => {
    const ds = keepPeersInMemory(stores.datastore)
    const peer = new Key('/peers/bafzbeiabc')
    const other = new Key('/dht/record/abc')
    await ds.put(peer, Uint8Array.of(1, 2))
    await ds.put(other, Uint8Array.of(3))
    assert.deepEqual(await ds.get(peer), Uint8Array.of(1, 2))
    assert.equal(await ds.has(peer), true)
    assert.equal(await stores.datastore.has(peer), false, 'the peer entry is not on disk')
    assert.deepEqual([...await stores.datastore.get(other)], [3], 'other keys are on disk')
    await assert.rejects(async () => await ds.get(new Key('/peers/missing')), { name: 'NotFoundError' })
  })

  it('answers prefix queries with filters, orders, offset and limit', async () => {
    const ds = keepPeersInMemory(stores.datastore)
    for (const id of ['c', 'a', 'b', 'd']) await ds.put(new Key(`/peers/${id}`), new TextEncoder().encode(id))
    const all = []
    for await (const { key } of ds.query({ prefix: '/peers/' })) all.push(key.toString())
    assert.deepEqual(all.sort(), ['/peers/a', '/peers/b', '/peers/c', '/peers/d'])
    const some = []
    const byKey = (x: { key: Key }, y: { key: Key }): -1 | 0 | 1 => x.key.toString() < y.key.toString() ? -1 : x.key.toString() > y.key.toString() ? 1 : 0
    for await (const { key } of ds.query({ prefix: '/peers/', filters: [p => p.key.toString() !== '/peers/b'], orders: [byKey], offset: 1, limit: 2 })) some.push(key.toString())
    assert.deepEqual(some, ['/peers/c', '/peers/d'])
    await ds.delete(new Key('/peers/a'))
    const keys = []
    for await (const k of ds.queryKeys({ prefix: '/peers' })) keys.push(k.toString())
    assert.deepEqual(keys.sort(), ['/peers/b', '/peers/c', '/peers/d'])
  })

  it('is what a node\'s peer store runs on: connected peers are known, none is written to disk', async () => {
    const net = new TestNet()
    try {
      const nodes = await net.start(2)
      const peers = await nodes[1].net.libp2p.peerStore.all()
      assert.ok(peers.some(p => p.id.equals(nodes[0].net.peerId)), 'node 1 knows node 0')
      let onDisk = 0
      for await (const _ of nodes[1].stores.datastore.queryKeys({ prefix: '/peers/' })) onDisk++
      assert.equal(onDisk, 0)
    } finally {
      await net.stop()
    }
  })
})
