import { strict as assert } from 'node:assert'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { createNameRecord, decodeNameRecord, encodeNameRecord, nameKey } from '../../src/net/index.ts'
import type { NameRecord } from '../../src/net/index.ts'
import { decodeDhtRecord, encodeDhtRecord } from '../../src/net/names/dht-record.ts'
import { dhtDatastoreKey } from '../../src/net/names/names.ts'
import { encodeBlock } from '../../src/store/index.ts'
import { TestNet, rawPut, rawPutUnchecked, routingTableSize, waitFor } from './helpers.ts'

const routingTableSizeOf = (n: TestNode): number => routingTableSize(n.net)
import type { TestNode } from './helpers.ts'

const t = (ms = 15_000): { signal: AbortSignal } => ({ signal: AbortSignal.timeout(ms) })

/** The name record a node holds in its own DHT store, read straight from its LevelDB datastore. */
async function heldRecord (node: TestNode, key: Uint8Array): Promise<NameRecord | undefined> {
  try {
    const env = decodeDhtRecord(await node.stores.datastore.get(dhtDatastoreKey(key)))
    return env != null ? decodeNameRecord(env.value) : undefined
  } catch { return undefined }
}

describe('names in the DHT (5 in-process nodes)', function () {
  this.timeout(90_000)
  const net = new TestNet()
  let nodes: TestNode[]
  let v1: CID
  let v2: CID
  const name = 'hub.land/alice/blog'

  before(async () => {
    nodes = await net.start(5)
    v1 = (await encodeBlock({ version: 1 })).cid
    v2 = (await encodeBlock({ version: 2 })).cid
  })
  after(async () => { await net.stop() })

  it('resolves a name published on one node on every other node', async () => {
    const rec = await nodes[1].net.names.publish(name, v1, t())
    assert.equal(rec.seq, 0)
    for (const n of nodes) {
      const r = await n.net.names.resolve(nodes[1].net.peerId, name, t())
      assert.equal(r.value.toString(), v1.toString())
    }
    assert.ok(await nodes[1].net.names.held() >= 1)
  })

  it('replaces a name with a higher seq and resolvers see the update', async () => {
    const rec = await nodes[1].net.names.publish(name, v2, t())
    assert.equal(rec.seq, 1)
    for (const n of nodes.slice(2)) {
      const r = await n.net.names.resolve(nodes[1].net.peerId.toString(), name, { ...t(), nocache: true })
      assert.equal(r.value.toString(), v2.toString())
      assert.equal(r.record.seq, 1)
    }
  })

  it('rejects a stale record on put: a lower seq does not replace a held higher one', async () => {
    const key = nameKey(nodes[1].net.peerId, name)
    // the publisher's put reaches the closest peers: wait until most hold seq 1
    const holdersOf1 = async (): Promise<TestNode[]> => {
      const held = await Promise.all(nodes.map(async n => heldRecord(n, key)))
      return nodes.filter((n, i) => n !== nodes[3] && held[i]?.seq === 1)
    }
    await waitFor(async () => (await holdersOf1()).length >= 3, 15_000)
    const holders = await holdersOf1()
    const stale = await staleRecordFor(nodes[1])
    const envelope = encodeDhtRecord(key, encodeNameRecord(stale))
    // a holder's store (the one under its DHT) refuses the stale record outright...
    await assert.rejects((holders[0].net.libp2p.services.dht as any).contentFetching.components.datastore.put(dhtDatastoreKey(key), envelope), { code: 'ERR_RECORD_STALE' })
    // ...so does the sender's own store...
    await assert.rejects(rawPut(nodes[3], key, encodeNameRecord(stale)), { code: 'ERR_RECORD_STALE' })
    // ...and when a node whose store lost the record sends it, no holder of seq 1 takes it
    await nodes[3].stores.datastore.delete(dhtDatastoreKey(key))
    const res = await rawPut(nodes[3], key, encodeNameRecord(stale))
    assert.ok(res.accepted <= nodes.length - 1 - holders.length, `${res.accepted} peers accepted the stale record`)
    for (const n of holders) assert.equal((await heldRecord(n, key))?.seq, 1, 'every holder kept seq 1')
    // node 3 resolves past its own stale copy
    const r = await nodes[3].net.names.resolve(nodes[1].net.peerId, name, { ...t(), nocache: true })
    assert.equal(r.record.seq, 1)
  })

  it('never resolves to a stale record a peer holds (on get)', async () => {
    const key = nameKey(nodes[1].net.peerId, name)
    const stale = await staleRecordFor(nodes[1])
    // node 4 missed the update: its disk still holds seq 0, received two minutes ago (written
    // under the guard, as a restored backup would be)
    await rawStore(nodes[4], key, encodeNameRecord(stale), new Date(Date.now() - 120_000))
    assert.equal((await heldRecord(nodes[4], key))?.seq, 0)
    for (const n of [nodes[0], nodes[2], nodes[4]]) {
      const r = await n.net.names.resolve(nodes[1].net.peerId, name, { ...t(), nocache: true })
      assert.equal(r.record.seq, 1)
      assert.equal(r.value.toString(), v2.toString())
    }
  })

  it('rejects forged, expired and oversized records on put at every receiving node', async () => {
    const mallory = await generateKeyPair('Ed25519')
    const victim = await generateKeyPair('Ed25519')
    const victimName = 'hub.land/victim/app'
    const key = nameKey(peerIdFromPrivateKey(victim), victimName)
    const real = await createNameRecord(victim, { name: victimName, value: v1, seq: 0, validity: Date.now() + 60_000, ttl: 1000 })
    // forged: mallory's signature over victim's record; a tampered value
    const forgedSig = { ...real, sig: await mallory.sign(new Uint8Array([1])) }
    const tampered = { ...real, value: v2 }
    const expired = await createNameRecord(victim, { name: victimName, value: v1, seq: 5, validity: Date.now() - 1, ttl: 1000 })
    const oversized = dagCbor.encode({ ...real, ext: { pad: 'x'.repeat(5000) } })
    const cases: Array<[Uint8Array, string]> = [
      [encodeNameRecord(forgedSig), 'ERR_RECORD_BAD_SIGNATURE'], [encodeNameRecord(tampered), 'ERR_RECORD_BAD_SIGNATURE'],
      [encodeNameRecord(expired), 'ERR_RECORD_EXPIRED'], [oversized, 'ERR_RECORD_TOO_LARGE']
    ]
    for (const [bad, code] of cases) {
      // the sending node's own store refuses it...
      await assert.rejects(rawPut(nodes[2], key, bad), { code })
      // ...and so does every receiver, when a node that does not check sends it anyway
      const res = await rawPutUnchecked(nodes[2], key, bad)
      assert.equal(res.accepted, 0, code)
      assert.ok(res.errors > 0)
    }
    for (const n of nodes) assert.equal(await heldRecord(n, key), undefined)
    await assert.rejects(nodes[0].net.names.resolve(peerIdFromPrivateKey(victim), victimName, t(3000)), { code: 'ERR_NOT_FOUND' })
  })

  it('does not return a record that expired while held (on get)', async () => {
    const short = await generateKeyPair('Ed25519')
    const shortName = 'hub.land/short/lived'
    const key = nameKey(peerIdFromPrivateKey(short), shortName)
    const rec = await createNameRecord(short, { name: shortName, value: v1, seq: 0, validity: Date.now() + 6000, ttl: 100 })
    const res = await rawPut(nodes[0], key, encodeNameRecord(rec))
    assert.ok(res.accepted > 0)
    const r = await nodes[3].net.names.resolve(peerIdFromPrivateKey(short), shortName, t())
    assert.equal(r.value.toString(), v1.toString())
    await new Promise(resolve => setTimeout(resolve, Math.max(0, rec.validity - Date.now() + 50)))
    await assert.rejects(nodes[3].net.names.resolve(peerIdFromPrivateKey(short), shortName, t(3000)), { code: 'ERR_NOT_FOUND' })
  })

  it('answers from a record the DHT put to it within the TTL, without asking the network', async () => {
    const heldName = 'hub.land/alice/held'
    await nodes[1].net.names.publish(heldName, v1, t())
    const key = nameKey(nodes[1].net.peerId, heldName)
    const holder = nodes[3]
    await waitFor(async () => (await heldRecord(holder, key)) != null, 15_000)
    const r = await holder.net.names.resolve(nodes[1].net.peerId, heldName, t())
    assert.equal(r.source, 'local')
    assert.equal(r.value.toString(), v1.toString())
  })

  it('answers at once from a held copy older than its TTL, and refreshes it from the network in the background', async () => {
    const swrName = 'hub.land/alice/swr'
    const publisher = nodes[1]
    const holder = nodes[3]
    const key = nameKey(publisher.net.peerId, swrName)
    await publisher.net.names.publish(swrName, v1, t())
    await publisher.net.names.publish(swrName, v2, t())
    await waitFor(async () => (await heldRecord(holder, key))?.seq === 1, 15_000)
    // the holder's disk goes back to seq 0, received two minutes ago (past its 1 s ttl): it
    // missed the update
    const old = await createNameRecord(publisher.privateKey, { name: swrName, value: v1, seq: 0, validity: Date.now() + 60_000, ttl: 1000 })
    await rawStore(holder, key, encodeNameRecord(old), new Date(Date.now() - 120_000))
    const first = await holder.net.names.resolve(publisher.net.peerId, swrName, t())
    assert.equal(first.source, 'local')
    assert.equal(first.record.seq, 0, 'the stale copy answers at once')
    // the background refresh learns seq 1: later resolves answer with it, and the held copy is replaced
    await waitFor(async () => (await holder.net.names.resolve(publisher.net.peerId, swrName, t())).record.seq === 1, 5000)
    await waitFor(async () => (await heldRecord(holder, key))?.seq === 1, 5000)
    const again = await holder.net.names.resolve(publisher.net.peerId, swrName, t())
    assert.equal(again.value.toString(), v2.toString())
  })

  it('answers from the cache within the TTL', async () => {
    const first = await nodes[2].net.names.resolve(nodes[1].net.peerId, name, { ...t(), nocache: true })
    const again = await nodes[2].net.names.resolve(nodes[1].net.peerId, name, t())
    assert.equal(again.source, 'cache')
    assert.equal(again.value.toString(), first.value.toString())
  })

  it('continues the seq of a name when its publisher comes back with an empty repo', async () => {
    const lostName = 'hub.land/alice/lost'
    const publisher = await net.add()
    await waitFor(() => routingTableSizeOf(publisher) >= 1, 30_000)
    await publisher.net.names.publish(lostName, v1, t())
    const second = await publisher.net.names.publish(lostName, v2, t())
    assert.equal(second.seq, 1)
    await publisher.net.stop()
    // same key, new repo: it knows nothing of its earlier records
    const again = await net.add({ privateKey: publisher.privateKey })
    await waitFor(() => routingTableSizeOf(again) >= 1, 30_000)
    const third = await again.net.names.publish(lostName, v1, t())
    assert.equal(third.seq, 2)
    const r = await nodes[2].net.names.resolve(again.net.peerId, lostName, { ...t(), nocache: true })
    assert.equal(r.record.seq, 2)
    assert.equal(r.value.toString(), v1.toString())
  })

  it('rejects a bad name and a bad publisher id with clear errors', async () => {
    await assert.rejects(nodes[0].net.names.publish('bad name', v1, t()), { code: 'ERR_BAD_NAME' })
    await assert.rejects(nodes[0].net.names.resolve('not-a-peer-id', name, t()), { code: 'ERR_BAD_NAME' })
  })

  /** seq 0 of node's name, signed with its key (a record it really published once). */
  async function staleRecordFor (node: TestNode): Promise<NameRecord> {
    return createNameRecord(node.privateKey, { name, value: v1, seq: 0, validity: Date.now() + 60_000, ttl: 1000 })
  }

  /** Write a DHT record envelope straight into a node's LevelDB (bypassing the stale guard). */
  async function rawStore (node: TestNode, key: Uint8Array, value: Uint8Array, received?: Date): Promise<void> {
    await node.stores.datastore.put(dhtDatastoreKey(key), encodeDhtRecord(key, value, received))
  }
})

describe('names on a lone and an offline node', function () {
  this.timeout(90_000)
  const net = new TestNet()
  after(async () => { await net.stop() })

  it('publishes and resolves locally without peers', async () => {
    const [online] = await net.start(1)
    const offline = await net.add({ offline: true })
    const cid = (await encodeBlock({ alone: true })).cid
    for (const n of [online, offline]) {
      await n.net.names.publish('local.land/me/app', cid, t())
      const r = await n.net.names.resolve(n.net.peerId, 'local.land/me/app', t())
      assert.equal(r.value.toString(), cid.toString())
      assert.equal(await n.net.names.held(), 1)
    }
    await assert.rejects(offline.net.names.resolve(online.net.peerId, 'local.land/me/app', t(1000)), { code: 'ERR_NOT_FOUND' })
  })
})

describe('name republishing', function () {
  this.timeout(90_000)
  const net = new TestNet()
  after(async () => { await net.stop() })

  it('re-signs a published name before it expires', async () => {
    const nodes = await net.start(2, { names: { validityMs: 1500, republishMs: 400, ttlMs: 100 } })
    const cid = (await encodeBlock({ republished: true })).cid
    const first = await nodes[0].net.names.publish('hub.land/me/x', cid, t())
    await waitFor(async () => {
      const r = await nodes[1].net.names.resolve(nodes[0].net.peerId, 'hub.land/me/x', { ...t(), nocache: true })
      return r.record.seq > first.seq
    }, 5000)
    await new Promise(resolve => setTimeout(resolve, 1700)) // past the first record's validity
    const r = await nodes[1].net.names.resolve(nodes[0].net.peerId, 'hub.land/me/x', { ...t(), nocache: true })
    assert.equal(r.value.toString(), cid.toString())
    assert.ok(r.record.validity > Date.now())
  })
})
