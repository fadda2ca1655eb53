import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { defaultLogger } from '@libp2p/logger'
import { prometheusMetrics } from '@libp2p/prometheus-metrics'
import { Registry } from 'prom-client'
import * as dagCbor from '@ipld/dag-cbor'
import { CarBlockIterator } from '@ipld/car'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi, ApiClient } from '../../src/api/index.ts'
import type { Api } from '../../src/api/index.ts'
import { ownerHeaders, TEST_TOKEN } from './helpers.ts'

interface TestNode { stores: Stores, network: Network, api: Api, client: ApiClient, dir: string }

const limits = { maxBlockBytes: 1024 * 1024, maxRequestBytes: 4 * 1024 * 1024, fetchTimeoutMs: 2000 }

/** A real node without networking: LevelDB stores, libp2p offline, the HTTP API on a free port. */
async function offlineNode (): Promise<TestNode> {
  const dir = await mkdtemp(join(tmpdir(), 'amigo-api-'))
  const stores = await openStores(dir)
  const registry = new Registry()
  const network = await createNetwork({
    privateKey: await generateKeyPair('Ed25519'),
    ...stores,
    listen: [],
    bootstrap: [],
    offline: true,
    metrics: prometheusMetrics({ registry })
  })
  await network.start()
  const api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: defaultLogger(), registry })
  await api.start()
  return { stores, network, api, client: new ApiClient(api.url, { token: TEST_TOKEN }), dir }
}

async function stopNode (n: TestNode): Promise<void> {
  await n.api.stop()
  await n.network.stop()
  await n.stores.close()
  await rm(n.dir, { recursive: true, force: true })
}

/** Send a request and return the status and the parsed JSON error. */
async function call (n: TestNode, method: string, path: string, body?: string | Uint8Array): Promise<{ status: number, json: any }> {
  const res = await fetch(n.api.url + path, { method, body, headers: ownerHeaders(body) })
  const text = await res.text()
  let json: any
  try { json = JSON.parse(text) } catch { json = text }
  return { status: res.status, json }
}

function assertError (r: { status: number, json: any }, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.json))
  assert.equal(r.json.error.code, code)
  assert.equal(typeof r.json.error.message, 'string')
  assert.ok(r.json.error.message.length > 0)
}

describe('http api', function () {
  this.timeout(30_000)
  let a: TestNode
  let b: TestNode
  // one after the other: @libp2p/prometheus-metrics keeps its metrics in a module-wide map
  before(async () => { a = await offlineNode(); b = await offlineNode() })
  after(async () => { await Promise.all([a, b].filter(x => x !== undefined).map(stopNode)) })

  it('answers id and status', async () => {
    const id = await a.client.id()
    assert.equal(id.peerId, a.network.peerId.toString())
    const status = await a.client.status()
    assert.equal(status.version, '0.0.0-test')
    assert.equal(status.peerId, id.peerId)
    assert.equal(status.peers, 0)
    assert.equal(typeof status.blocksStored, 'number')
    assert.equal(typeof status.namesHeld, 'number')
  })

  it('puts and gets raw and dag-cbor blocks', async () => {
    const rawBytes = new TextEncoder().encode('hello amigo')
    const put = await a.client.blockPut(rawBytes, 'raw')
    assert.match(put.cid, /^bafkrei/)
    assert.deepEqual(await a.client.blockGet(put.cid), rawBytes)
    const cbor = dagCbor.encode({ hello: 'world', n: 1 })
    const put2 = await a.client.blockPut(cbor, 'dag-cbor')
    assert.match(put2.cid, /^bafyrei/)
    assert.deepEqual(await a.client.blockGet(put2.cid), cbor)
    const before = (await a.client.status()).blocksStored
    assert.ok(before >= 2)
  })

  it('rejects a bad CID', async () => {
    assertError(await call(a, 'GET', '/api/v1/block/get/not-a-cid'), 400, 'ERR_BAD_CID')
    assertError(await call(a, 'GET', '/api/v1/dag/export/QmNotACidAtAll'), 400, 'ERR_BAD_CID')
    assertError(await call(a, 'POST', '/api/v1/name/publish', JSON.stringify({ name: 'test.land/a/b', cid: 'nope' })), 400, 'ERR_BAD_CID')
  })

  it('rejects an unknown codec, and dag-cbor bytes that do not decode', async () => {
    assertError(await call(a, 'POST', '/api/v1/block/put?codec=dag-json', new TextEncoder().encode('{}')), 400, 'ERR_UNKNOWN_CODEC')
    assertError(await call(a, 'POST', '/api/v1/block/put?codec=dag-cbor', new Uint8Array([0xff, 0xff, 0x00])), 400, 'ERR_UNKNOWN_CODEC')
  })

  it('rejects an oversized block and stores nothing', async () => {
    const before = (await a.client.status()).blocksStored
    assertError(await call(a, 'POST', '/api/v1/block/put?codec=raw', new Uint8Array(limits.maxBlockBytes + 1)), 413, 'ERR_BLOCK_TOO_LARGE')
    assert.equal((await a.client.status()).blocksStored, before)
  })

  it('reports content missing after the timeout', async () => {
    const { cid } = await b.client.blockPut(new TextEncoder().encode('only on b'), 'raw')
    const t0 = performance.now()
    assertError(await call(a, 'GET', `/api/v1/block/get/${cid}?timeout=300ms`), 404, 'ERR_NOT_FOUND')
    assert.ok(performance.now() - t0 < 5000)
    assertError(await call(a, 'POST', `/api/v1/dag/fetch/${cid}?timeout=300ms`), 404, 'ERR_NOT_FOUND')
    assertError(await call(a, 'GET', `/api/v1/dag/export/${cid}?timeout=300ms`), 404, 'ERR_NOT_FOUND')
  })

  it('rejects malformed JSON and wrong fields', async () => {
    assertError(await call(a, 'POST', '/api/v1/name/publish', '{"name": '), 400, 'ERR_BAD_JSON')
    assertError(await call(a, 'POST', '/api/v1/name/publish', '[1,2]'), 400, 'ERR_BAD_JSON')
    assertError(await call(a, 'POST', '/api/v1/name/publish', JSON.stringify({ cid: 'x' })), 400, 'ERR_BAD_NAME')
  })

  it('rejects bad query parameters, unknown endpoints and wrong methods', async () => {
    assertError(await call(a, 'GET', '/api/v1/block/get/bafkreie5ynhtyyoyfz7gsbtz5gp2ofu6ptcoqmkjsjjjt6dqxmrwyyvmbu?timeout=soon'), 400, 'ERR_BAD_REQUEST')
    assertError(await call(a, 'GET', '/api/v1/nothing'), 404, 'ERR_NO_ROUTE')
    assertError(await call(a, 'GET', '/api/v1/block/put'), 405, 'ERR_METHOD_NOT_ALLOWED')
    assertError(await call(a, 'GET', '/api/v1/block/get/%E0%A4%A'), 400, 'ERR_BAD_REQUEST')
  })

  it('moves a DAG between nodes as CAR with the same CIDs', async () => {
    const leaf = await a.client.blockPut(new Uint8Array(300_000).fill(7), 'raw')
    const { CID } = await import('multiformats/cid')
    const root = await a.client.blockPut(dagCbor.encode({ leaf: CID.parse(leaf.cid), note: 'car round trip' }), 'dag-cbor')
    const stream = await a.client.dagExport(root.cid)
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    const car = new Uint8Array(Buffer.concat(chunks))
    const cids: string[] = []
    for await (const block of await CarBlockIterator.fromBytes(car)) cids.push(block.cid.toString())
    assert.deepEqual(cids.sort(), [leaf.cid, root.cid].sort())
    const imported = await b.client.dagImport(car)
    assert.deepEqual(imported, { roots: [root.cid], blocks: 2 })
    assert.deepEqual(await b.client.blockGet(leaf.cid), new Uint8Array(300_000).fill(7))
    assertError(await call(b, 'POST', '/api/v1/dag/import', new Uint8Array([1, 2, 3, 4])), 400, 'ERR_BAD_CAR')
  })

  it('publishes and resolves a name, and rejects a bad name', async () => {
    const { cid } = await a.client.blockPut(new TextEncoder().encode('named'), 'raw')
    const published = await a.client.namePublish('test.land/alice/blog', cid)
    assert.equal(published.key, a.network.peerId.toString())
    const resolved = await a.client.nameResolve(published.key, 'test.land/alice/blog')
    assert.equal(resolved.value, cid)
    assertError(await call(a, 'POST', '/api/v1/name/publish', JSON.stringify({ name: '', cid })), 400, 'ERR_BAD_NAME')
    assertError(await call(a, 'GET', '/api/v1/name/resolve/not-a-key/test.land/alice/blog'), 400, 'ERR_BAD_NAME')
    assertError(await call(a, 'GET', `/api/v1/name/resolve/${published.key}/test.land/alice/other?timeout=300ms`), 404, 'ERR_NOT_FOUND')
  })

  it('serves Prometheus metrics: libp2p\'s and the node\'s own', async () => {
    const text = await a.client.metrics()
    assert.match(text, /^amigo_blocks_stored \d+$/m)
    assert.match(text, /^amigo_api_requests_total\{/m)
    assert.match(text, /^libp2p_/m)
  })
})
