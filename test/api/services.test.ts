// The service endpoints of the HTTP API (protocols/http-api.md, "Services"), on a real node
// assembled in-process: LevelDB stores, libp2p offline, the VM, the node's call admission.
import { strict as assert } from 'node:assert'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { defaultLogger } from '@libp2p/logger'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi, ApiClient } from '../../src/api/index.ts'
import { request, assertError, stopNode, TEST_TOKEN } from './helpers.ts'
import type { Api } from '../../src/api/index.ts'
import { createVM } from '../../src/vm/index.ts'
import type { VM } from '../../src/vm/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createServices } from '../../src/node/services.ts'
import { signPush } from '../../src/node/push-signature.ts'
import { signCall, encodeSignedCall, addressOf } from '../../src/store/calls/index.ts'

const limits = { maxBlockBytes: 1024 * 1024, maxRequestBytes: 4 * 1024 * 1024, fetchTimeoutMs: 2000 }
const COUNTER = 'local.land/alice/counter'

interface TestNode { stores: Stores, network: Network, api: Api, client: ApiClient, vm: VM, storage: ReturnType<typeof levelVMStorage> }

async function serviceNode (dir: string, withServices = true, maxGas?: number): Promise<TestNode> {
  const stores = await openStores(dir)
  const network = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), ...stores, listen: [], bootstrap: [], offline: true })
  await network.start()
  const storage = levelVMStorage(stores, '/amigo/vm/')
  const vm = createVM({ storage, land: 'local.land', blockTime: () => 1_700_000_000_000_000_000n })
  const services = withServices ? createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records, maxGas }) : undefined
  const api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: defaultLogger(), services })
  await api.start()
  return { stores, network, api, client: new ApiClient(api.url, { token: TEST_TOKEN }), vm, storage }
}

describe('http api: services', function () {
  this.timeout(60_000)
  let dir: string
  let node: TestNode
  let key: PrivateKey
  let address: string
  let nonce = 0
  const counterFiles = async (): Promise<Array<{ name: string, text: string }>> =>
    [{ name: 'counter.go', text: await readFile(new URL('../../bootstrap/packages/counter/counter.go', import.meta.url), 'utf8') }]
  const signed = async (func: string, args: string[], n = ++nonce, gas = 1_000_000): Promise<Uint8Array> =>
    encodeSignedCall(await signCall({ land: 'local.land', nonce: n, service: COUNTER, func, args, gas }, key))

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-api-services-'))
    node = await serviceNode(join(dir, 'a'))
    key = await generateKeyPair('Ed25519')
    address = addressOf(key.publicKey.raw)
  })
  after(async () => {
    await stopNode(node)
    await rm(dir, { recursive: true, force: true })
  })

  it('pushes with a valid signature only', async () => {
    const files = await counterFiles()
    const body = (signature: Uint8Array, deployer = address): string => JSON.stringify({ path: COUNTER, files, deployer, signature: Buffer.from(signature).toString('base64') })
    assertError(await request(node, 'POST', '/api/v1/push', body(await signPush(key, 'local.land/alice/other', files))), 403, 'ERR_PUSH_BAD_SIGNATURE')
    assertError(await request(node, 'POST', '/api/v1/push', body(await signPush(key, COUNTER, files), 'alice')), 400, 'ERR_PUSH_MALFORMED')
    assertError(await request(node, 'POST', '/api/v1/push', JSON.stringify({ path: COUNTER, files: 'x', deployer: address, signature: '' })), 400, 'ERR_BAD_JSON')
    assert.deepEqual((await node.client.services()).services, [])

    const r = await request(node, 'POST', '/api/v1/push', body(await signPush(key, COUNTER, files)))
    assert.equal(r.status, 200, JSON.stringify(r.json))
    assert.equal(r.json.ok, true)
    assert.equal(r.json.kind, 'service')
    assert.match(r.json.cid, /^bafy/)
    assertError(await request(node, 'POST', '/api/v1/push', body(await signPush(key, COUNTER, files))), 409, 'ERR_PATH_TAKEN')
  })

  it('reports Go compile errors with their position', async () => {
    const files = [{ name: 'bad.go', text: 'package bad\n\nfunc F() int { return "x" }\n' }]
    const r = await request(node, 'POST', '/api/v1/push', JSON.stringify({ path: 'local.land/alice/bad', files, deployer: address, signature: Buffer.from(await signPush(key, 'local.land/alice/bad', files)).toString('base64') }))
    assertError(r, 400, 'ERR_COMPILE')
    assert.match(r.json.error.message, /bad\.go:3:\d+/)
  })

  it('runs signed calls: a receipt, ok or failed, and the nonce the caller is at', async () => {
    assert.deepEqual(await node.client.nonce(address), { address, land: 'local.land', nonce: 0, next: 1 })
    const ok = await node.client.call(await signed('Add', ['2']))
    assert.equal(ok.ok, true)
    assert.deepEqual(ok.results, ['2'])
    assert.equal(ok.caller, address)
    assert.equal(ok.nonce, 1)
    assert.deepEqual(ok.events.map(e => e.name), ['Incremented'])
    assert.equal((await node.client.nonce(address)).next, 2)

    // a panic: 200 with ok false, the state root unchanged, the nonce used
    const failed = await request(node, 'POST', '/api/v1/call', await signed('Add', ['0']))
    assert.equal(failed.status, 200)
    assert.equal(failed.json.ok, false)
    assert.equal(failed.json.error.code, 'ERR_PANIC')
    assert.equal(failed.json.stateRoot, ok.stateRoot)
    assert.deepEqual(failed.json.heads, {})
    assert.equal((await node.client.nonce(address)).nonce, 2)

    // the call block is kept: the history names it
    const history = await node.client.history(COUNTER)
    assert.equal(history.entries[0].call?.callCid, ok.callCid)
    assert.equal(await node.client.blockGet(ok.callCid).then(b => b.byteLength > 0), true)
  })

  it('refuses forged, replayed, out-of-order, foreign and oversized calls before running them', async () => {
    const before = (await node.client.info(COUNTER)).stateRoot
    const good = await signed('Add', ['3'])
    const forged = new Uint8Array(good)
    forged[10] ^= 1 // inside the signature
    assertError(await request(node, 'POST', '/api/v1/call', forged), 403, 'ERR_CALL_BAD_SIGNATURE')
    assertError(await request(node, 'POST', '/api/v1/call', new Uint8Array([1, 2, 3])), 400, 'ERR_CALL_MALFORMED')
    assertError(await request(node, 'POST', '/api/v1/call', new Uint8Array(200_000)), 413, 'ERR_CALL_TOO_LARGE')
    const foreign = encodeSignedCall(await signCall({ land: 'testnet.land', nonce: 99, service: 'testnet.land/alice/counter', func: 'Add', args: ['1'], gas: 1000 }, key))
    assertError(await request(node, 'POST', '/api/v1/call', foreign), 400, 'ERR_CALL_WRONG_LAND')
    assert.equal((await node.client.info(COUNTER)).stateRoot, before)

    assert.equal((await node.client.call(good)).ok, true)
    const replay = await request(node, 'POST', '/api/v1/call', good)
    assertError(replay, 409, 'ERR_CALL_NONCE')
    assert.match(replay.json.error.message, /replayed/)
    assertError(await request(node, 'POST', '/api/v1/call', await signed('Add', ['1'], 1)), 409, 'ERR_CALL_NONCE')
  })

  it('reads a caller\'s stored nonce once when requests race after a restart', async () => {
    // a fresh admission over the same stores, as after a restart: nothing is in memory yet
    const restarted = createServices({ vm: node.vm, land: 'local.land', datastore: node.stores.datastore, blockstore: node.stores.blockstore, records: node.storage.records })
    const last = (await node.client.nonce(address)).nonce
    const block = await signed('Increment', [])
    const [a, b, receipt] = await Promise.all([restarted.lastNonce(address), restarted.lastNonce(address), restarted.call(block)])
    assert.deepEqual([a, b], [last, last])
    assert.equal(receipt.ok, true)
    assert.equal(await restarted.lastNonce(address), last + 1)
    await assert.rejects(restarted.call(block), (e: Error & { code?: string }) => e.code === 'ERR_CALL_NONCE')
  })

  it('maps VM refusals to 4xx with the VM code, and a call refused before it ran keeps its nonce', async () => {
    // a caller of its own: the other tests' admissions over the same stores know other nonces
    const carol = await generateKeyPair('Ed25519')
    const carolAddress = addressOf(carol.publicKey.raw)
    const by = async (func: string, args: string[], n: number): Promise<Uint8Array> =>
      encodeSignedCall(await signCall({ land: 'local.land', nonce: n, service: COUNTER, func, args, gas: 1_000_000 }, carol))
    const root = (await node.client.info(COUNTER)).stateRoot
    assertError(await request(node, 'POST', '/api/v1/call', await by('Nope', [], 1)), 400, 'ERR_UNKNOWN_FUNCTION')
    assert.equal((await node.client.nonce(carolAddress)).nonce, 0)
    const bad = await request(node, 'POST', '/api/v1/call', await by('Add', ['"x"'], 1))
    assertError(bad, 400, 'ERR_BAD_ARGUMENT')
    assert.match(bad.json.error.message, /n int/)
    assert.equal((await node.client.nonce(carolAddress)).nonce, 0)
    assert.equal((await node.client.info(COUNTER)).stateRoot, root)
    // nothing was written either: an admission over the same stores (a restart) knows no nonce of carol's
    const restarted = createServices({ vm: node.vm, land: 'local.land', datastore: node.stores.datastore, blockstore: node.stores.blockstore, records: node.storage.records })
    assert.equal(await restarted.lastNonce(carolAddress), undefined)
    // and nonce 1 serves carol's next call (one that runs and panics: admitted, state unchanged)
    const next = await node.client.call(await by('Add', ['0'], 1))
    assert.equal(next.error?.code, 'ERR_PANIC')
    assert.equal(next.nonce, 1)
    assert.equal((await node.client.nonce(carolAddress)).nonce, 1)
    assertError(await request(node, 'GET', '/api/v1/render?path=local.land/nobody/x'), 404, 'ERR_NOT_FOUND')
    assertError(await request(node, 'GET', '/api/v1/eval?path=' + COUNTER), 400, 'ERR_BAD_REQUEST')
    assertError(await request(node, 'GET', `/api/v1/eval?path=${COUNTER}&expr=count&at=x`), 400, 'ERR_BAD_REQUEST')
    assertError(await request(node, 'GET', '/api/v1/nonce/alice'), 400, 'ERR_CALL_MALFORMED')
    assertError(await request(node, 'POST', '/api/v1/fork', JSON.stringify({ src: COUNTER })), 400, 'ERR_BAD_JSON')
  })

  it('answers queries: eval, render, state, history, deps, info, services, fork', async () => {
    const count = (await node.client.eval(COUNTER, 'count')).value
    assert.equal(count, '6')
    assert.match((await node.client.render(COUNTER)).markdown, /The count is \*\*6\*\*/)
    assert.deepEqual(await node.client.state(COUNTER, 'lastBy'), { path: COUNTER, selector: 'lastBy', type: 'string', value: address })
    const info = await node.client.info(COUNTER)
    assert.ok(info.functions.includes('Add(n int) int'), info.functions.join(', '))
    assert.deepEqual((await node.client.deps(COUNTER)).imports, {})
    const forked = await node.client.fork(COUNTER, 'local.land/bob/counter', { at: 1 })
    assert.equal(forked.dst, 'local.land/bob/counter')
    assert.equal((await node.client.eval('local.land/bob/counter', 'count')).value, '2')
    assert.deepEqual((await node.client.services()).services.map(s => s.path).sort(), ['local.land/alice/counter', 'local.land/bob/counter'])
  })

  it('runs a call with at most the land\'s gas cap, whatever the call asks for', async () => {
    const capped = await serviceNode(join(dir, 'c'), true, 50_000)
    try {
      const files = [{ name: 'spin.go', text: 'package spin\n\nvar count int\n\nfunc Spin(n int) int {\n\tfor i := 0; i < n; i++ {\n\t\tcount++\n\t}\n\treturn count\n}\n' }]
      const path = 'local.land/alice/spin'
      await capped.client.push({ path, files, deployer: address, signature: await signPush(key, path, files) })
      const call = async (n: number, args: string[]): Promise<any> => await capped.client.call(encodeSignedCall(await signCall({ land: 'local.land', nonce: n, service: path, func: 'Spin', args, gas: 1_000_000_000 }, key)))
      const small = await call(1, ['10'])
      assert.deepEqual([small.ok, small.results], [true, ['10']])
      const big = await call(2, ['1000000'])
      assert.equal(big.ok, false)
      assert.equal(big.error.code, 'ERR_GAS')
      assert.match(big.error.message, /limit 50000 exceeded/)
      assert.equal(big.stateRoot, small.stateRoot)
    } finally {
      await stopNode(capped)
    }
  })

  it('answers ERR_NO_SERVICES on a node without services', async () => {
    const bare = await serviceNode(join(dir, 'b'), false)
    try {
      assertError(await request(bare, 'GET', '/api/v1/services'), 503, 'ERR_NO_SERVICES')
    } finally {
      await stopNode(bare)
    }
  })
})
