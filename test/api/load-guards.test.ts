// The load guards of the HTTP API (protocols/http-api.md, "Load limits"), on a node assembled
// in-process: a nearly full disk refuses every write before it starts (ERR_DISK_FULL), memory
// over its high-water mark refuses costly requests (ERR_BUSY), and a flood of queries without the
// token meets the open-query bounds while status keeps answering. Free space and RSS are injected.
import { strict as assert } from 'node:assert'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as raw from 'multiformats/codecs/raw'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi } from '../../src/api/index.ts'
import type { Api, ApiLimits, ServiceHost } from '../../src/api/index.ts'
import { createVM } from '../../src/vm/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createServices } from '../../src/node/services.ts'
import { signPush } from '../../src/node/push-signature.ts'
import { createDiskGuard } from '../../src/node/disk-guard.ts'
import { createMemoryGuard } from '../../src/node/memory-guard.ts'
import { signCall, encodeSignedCall, addressOf } from '../../src/store/calls/index.ts'
import { request, assertError, stopNode, ownerHeaders, TEST_TOKEN } from './helpers.ts'

const MiB = 1024 * 1024
const COUNTER = 'local.land/alice/counter'
const base: ApiLimits = { maxBlockBytes: MiB, maxRequestBytes: 4 * MiB, fetchTimeoutMs: 2000 }

interface Node { stores: Stores, network: Network, api: Api }

/** What the API logs at error level: a refusal of the load guards must not be there. */
const errorsLogged: string[] = []
function recordingLogger (): ComponentLogger {
  const make = (): Logger => {
    const log = (() => {}) as unknown as Logger
    log.error = (...args: unknown[]) => { errorsLogged.push(args.map(String).join(' ')) }
    log.trace = () => {}
    log.enabled = true
    log.newScope = () => make()
    return log
  }
  return { forComponent: () => make() }
}

/** A node whose disk has `free()` bytes free (reserve 256 MiB) and whose RSS is `rss()` (ceiling 1 GiB). */
async function guardedNode (dir: string, free: () => number, rss: () => number, services?: ServiceHost, limits: ApiLimits = base): Promise<Node> {
  const stores = await openStores(dir)
  const network = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), ...stores, listen: [], bootstrap: [], offline: true })
  await network.start()
  if (services === undefined) {
    const storage = levelVMStorage(stores, '/amigo/vm/')
    const vm = createVM({ storage, land: 'local.land', blockTime: () => 1_700_000_000_000_000_000n })
    services = createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records })
  }
  const disk = createDiskGuard({ path: dir, minFreeBytes: 256 * MiB, intervalMs: 0, read: async () => free() })
  const memory = createMemoryGuard({ maxRssBytes: 1024 * MiB, intervalMs: 0, rss })
  const api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: recordingLogger(), services, guards: { disk: disk.check, memory: memory.check } })
  await api.start()
  return { stores, network, api }
}

const openQuery = (expr: string): string => `/api/v1/eval?path=${encodeURIComponent(COUNTER)}&expr=${encodeURIComponent(expr)}`

describe('http api: load guards', function () {
  this.timeout(60_000)
  let dir: string
  let node: Node
  let key: PrivateKey
  let address: string
  let free = 10_000 * MiB
  let rss = 100 * MiB
  const signed = async (func: string, args: string[], nonce: number): Promise<Uint8Array> =>
    encodeSignedCall(await signCall({ land: 'local.land', nonce, service: COUNTER, func, args, gas: 1_000_000 }, key))
  const counterPush = async (): Promise<string> => {
    const files = [{ name: 'counter.go', text: await readFile(new URL('../../bootstrap/packages/counter/counter.go', import.meta.url), 'utf8') }]
    return JSON.stringify({ path: COUNTER, files, deployer: address, signature: Buffer.from(await signPush(key, COUNTER, files)).toString('base64') })
  }
  const counter = async (): Promise<unknown> => (await request(node, 'GET', openQuery('Get()'))).json.value

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-api-load-'))
    node = await guardedNode(join(dir, 'a'), () => free, () => rss)
    key = await generateKeyPair('Ed25519')
    address = addressOf(key.publicKey.raw)
  })
  after(async () => {
    await stopNode(node)
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses every write while the disk is nearly full, changing nothing, and takes them again once space is freed', async () => {
    free = 200 * MiB
    const push = await counterPush()
    const refused = await request(node, 'POST', '/api/v1/push', push)
    assertError(refused, 507, 'ERR_DISK_FULL')
    assert.match(refused.json.error.message, /200\.0 MiB free.*keeps 256\.0 MiB free \(limits\.minFreeBytes\); nothing was written/)
    assert.deepEqual((await request(node, 'GET', '/api/v1/services')).json.services, [])
    // reads still answer
    assert.equal((await request(node, 'GET', '/api/v1/status', undefined, {})).status, 200)

    free = 10_000 * MiB
    assert.equal((await request(node, 'POST', '/api/v1/push', push)).status, 200)
    assert.equal((await request(node, 'POST', '/api/v1/call', await signed('Add', ['5'], 1))).status, 200)
    assert.deepEqual(await counter(), '5')
    const blocks = (await request(node, 'GET', '/api/v1/status')).json.blocksStored

    free = 100 * MiB
    assertError(await request(node, 'POST', '/api/v1/call', await signed('Add', ['2'], 2)), 507, 'ERR_DISK_FULL')
    const bytes = new TextEncoder().encode('a block that is not stored')
    assertError(await request(node, 'POST', '/api/v1/block/put', bytes), 507, 'ERR_DISK_FULL')
    assertError(await request(node, 'POST', '/api/v1/dag/import', new Uint8Array(1000)), 507, 'ERR_DISK_FULL')
    assertError(await request(node, 'POST', '/api/v1/fork', JSON.stringify({ src: COUNTER, dst: 'local.land/bob/counter' })), 507, 'ERR_DISK_FULL')
    assertError(await request(node, 'POST', '/api/v1/name/publish', JSON.stringify({ name: 'local.land/alice/blog', cid: 'bafkqaaa' })), 507, 'ERR_DISK_FULL')
    // nothing changed: the state, the caller's nonce, the stored blocks, the services
    assert.deepEqual(await counter(), '5')
    assert.equal((await request(node, 'GET', `/api/v1/nonce/${address}`)).json.nonce, 1)
    assert.equal((await request(node, 'GET', '/api/v1/status')).json.blocksStored, blocks)
    assert.equal((await request(node, 'GET', `/api/v1/block/has/${CID.createV1(raw.code, await sha256.digest(bytes)).toString()}`)).json.has, false)
    assert.equal((await request(node, 'GET', '/api/v1/services')).json.services.length, 1)

    // a body that would eat into the reserve is refused even with the reserve free now
    free = 256 * MiB + 1000
    assertError(await request(node, 'POST', '/api/v1/dag/import', new Uint8Array(2000)), 507, 'ERR_DISK_FULL')

    free = 10_000 * MiB
    // the refused call used no nonce: the same one runs now
    const ran = await request(node, 'POST', '/api/v1/call', await signed('Add', ['2'], 2))
    assert.equal(ran.status, 200, JSON.stringify(ran.json))
    assert.deepEqual(await counter(), '7')
    assert.deepEqual(errorsLogged, [], 'refusals are not errors of the node')
  })

  it('refuses costly requests with ERR_BUSY while memory is over its high-water mark', async () => {
    rss = 900 * MiB // over 85% of 1 GiB
    const res = await fetch(node.api.url + openQuery('Get()'))
    assert.equal(res.status, 503)
    assert.equal(res.headers.get('retry-after'), '1')
    const body = await res.json() as { error: { code: string, message: string } }
    assert.equal(body.error.code, 'ERR_BUSY')
    assert.match(body.error.message, /900 MiB\) is over its high-water mark \(870 MiB/)
    assertError(await request(node, 'POST', '/api/v1/call', await signed('Add', ['1'], 3)), 503, 'ERR_BUSY')
    assertError(await request(node, 'POST', '/api/v1/push', await counterPush()), 503, 'ERR_BUSY')
    // cheap reads, and the owner's queries, still answer
    assert.equal((await request(node, 'GET', '/api/v1/status', undefined, {})).status, 200)
    assert.equal((await request(node, 'GET', openQuery('Get()'), undefined, ownerHeaders())).json.value, '7')
    rss = 300 * MiB
    assert.deepEqual(await counter(), '7')
    assert.equal((await request(node, 'POST', '/api/v1/call', await signed('Add', ['1'], 3))).status, 200)
    assert.deepEqual(await counter(), '8')
    assert.deepEqual(errorsLogged, [], 'refusals are not errors of the node')
  })
})

describe('http api: open query limits', function () {
  this.timeout(60_000)

  it('refuses a flood of queries without the token past the bounds with ERR_BUSY, while status answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'amigo-api-queries-'))
    // queries that hold their slot until the test lets them go
    let open!: () => void
    const gate = new Promise<void>(resolve => { open = resolve })
    let started = 0
    const vm = {
      async eval () { started++; await gate; return { value: '1', type: 'int', gasUsed: 1 } }
    }
    const services = { land: 'local.land', maxGas: 1_000_000, vm } as unknown as ServiceHost
    const node = await guardedNode(join(dir, 'a'), () => 10_000 * MiB, () => 0, services, { ...base, openQueriesPerClient: 3, maxOpenQueries: 1, maxQueuedQueries: 5 })
    try {
      const answers: Array<{ status: number, json: any }> = []
      const flood = Array.from({ length: 12 }, async () => {
        const r = await request(node, 'GET', openQuery('Get()'), undefined, {})
        answers.push(r)
        return r
      })
      // every query but the client's three in flight is refused at once
      while (answers.length < 9) await new Promise(resolve => setTimeout(resolve, 5))
      for (const r of answers) assertError(r, 503, 'ERR_BUSY')
      assert.match(answers[0].json.error.message, /127\.0\.0\.1 has 3 open queries in flight \(at most 3\)/)
      assert.equal(started, 1, 'one runs, two wait')
      const status = await request(node, 'GET', '/api/v1/status', undefined, {})
      assert.equal(status.status, 200)
      open()
      const all = await Promise.all(flood)
      assert.equal(all.filter(r => r.status === 200).length, 3)
      assert.equal(started, 3)
      // the slots are given back: the client may query again
      assert.equal((await request(node, 'GET', openQuery('Get()'), undefined, {})).status, 200)
    } finally {
      await stopNode(node)
      await rm(dir, { recursive: true, force: true })
    }
  })
})
