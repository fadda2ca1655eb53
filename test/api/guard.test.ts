// Who may use the API (protocols/http-api.md, "Access"): the probes of issue 12 against a real node
// assembled in-process. Each refused request must answer its typed code and change nothing.
import { strict as assert } from 'node:assert'
import { connect } from 'node:net'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi, ApiClient, ApiClientError, OPEN_QUERY_GAS } from '../../src/api/index.ts'
import type { Api } from '../../src/api/index.ts'
import { createVM } from '../../src/vm/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createServices } from '../../src/node/services.ts'
import { signPush } from '../../src/node/push-signature.ts'
import { signCall, encodeSignedCall, addressOf } from '../../src/store/calls/index.ts'
import { rawRequest, recordingLogger, stopNode, TEST_TOKEN } from './helpers.ts'

const limits = { maxBlockBytes: 1024 * 1024, maxRequestBytes: 4 * 1024 * 1024, fetchTimeoutMs: 2000 }
const COUNTER = 'local.land/alice/counter'
const LOOP = 'local.land/alice/loop'
const LOOP_GO = 'package loop\n\nvar runs int\n\n// Sum adds 0..n-1: n rounds of a loop.\nfunc Sum(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\n'

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, json: any }

describe('http api: only the owner drives the node', function () {
  this.timeout(60_000)
  let dir: string
  let stores: Stores
  let network: Network
  let api: Api
  let port: number
  let owner: ApiClient
  let key: PrivateKey
  let address: string
  let nonce = 0
  let logged: ReturnType<typeof recordingLogger>['lines']

  /** A raw request: every header as given (Host included: `null` sends none). */
  async function raw (method: string, path: string, headers: Record<string, string | null> = {}, body?: string | Uint8Array): Promise<Answer> {
    const host = headers.host === undefined ? `127.0.0.1:${port}` : headers.host
    const sent: Record<string, string> = {}
    for (const [k, v] of Object.entries(headers)) if (v !== null && k !== 'host') sent[k] = v
    if (host !== null) sent.host = host
    const r = await rawRequest(port, method, path, sent, body)
    return { status: r.status, headers: r.headers, json: r.json === undefined ? r.text : r.json }
  }

  const bearer = { authorization: `Bearer ${TEST_TOKEN}` }
  const json = { 'content-type': 'application/json' }
  const bytes = { 'content-type': 'application/octet-stream' }

  function refused (r: Answer, status: number, code: string): void {
    assert.equal(r.status, status, JSON.stringify(r.json))
    assert.equal(r.json.error.code, code, JSON.stringify(r.json))
    assert.ok(r.json.error.message.length > 0)
  }

  const pushBody = async (path: string, text: string, name: string): Promise<string> => {
    const files = [{ name, text }]
    return JSON.stringify({ path, files, deployer: address, signature: Buffer.from(await signPush(key, path, files)).toString('base64') })
  }
  const signedCall = async (func: string, args: string[], n = ++nonce): Promise<Uint8Array> =>
    encodeSignedCall(await signCall({ land: 'local.land', nonce: n, service: COUNTER, func, args, gas: 1_000_000 }, key))

  /** Everything a refused request could have changed. */
  async function snapshot (): Promise<unknown> {
    return {
      services: (await owner.services()).services.map(s => [s.path, s.stateRoot]),
      nonce: (await owner.nonce(address)).nonce,
      blocks: (await owner.status()).blocksStored
    }
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-api-guard-'))
    stores = await openStores(dir)
    network = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), ...stores, listen: [], bootstrap: [], offline: true })
    await network.start()
    const storage = levelVMStorage(stores, '/amigo/vm/')
    const vm = createVM({ storage, land: 'local.land', blockTime: () => 1_700_000_000_000_000_000n })
    const services = createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records })
    const recording = recordingLogger()
    logged = recording.lines
    api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: recording.logger, services })
    await api.start()
    port = Number(new URL(api.url).port)
    owner = new ApiClient(api.url, { token: TEST_TOKEN })
    key = await generateKeyPair('Ed25519')
    address = addressOf(key.publicKey.raw)
    const counter = await readFile(new URL('../../bootstrap/packages/counter/counter.go', import.meta.url), 'utf8')
    assert.equal((await raw('POST', '/api/v1/push', { ...bearer, ...json }, await pushBody(COUNTER, counter, 'counter.go'))).status, 200)
    assert.equal((await raw('POST', '/api/v1/push', { ...bearer, ...json }, await pushBody(LOOP, LOOP_GO, 'loop.go'))).status, 200)
  })
  after(async () => {
    await stopNode({ api, network, stores })
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses a foreign page\'s no-cors text/plain POST (fork, push, call, disconnect) and changes nothing', async () => {
    const before = await snapshot()
    const page = { origin: 'https://evil.example', 'content-type': 'text/plain;charset=UTF-8', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }
    refused(await raw('POST', '/api/v1/fork', page, JSON.stringify({ src: COUNTER, dst: 'local.land/mallory/counter' })), 403, 'ERR_FORBIDDEN_ORIGIN')
    refused(await raw('POST', '/api/v1/push', page, await pushBody('local.land/alice/evil', 'package evil\n', 'evil.go')), 403, 'ERR_FORBIDDEN_ORIGIN')
    refused(await raw('POST', '/api/v1/call', page, await signedCall('Increment', [])), 403, 'ERR_FORBIDDEN_ORIGIN')
    refused(await raw('POST', '/api/v1/network/disconnect', page), 403, 'ERR_FORBIDDEN_ORIGIN')
    // even one that carries the token (a page cannot know it, but the Origin alone is enough)
    refused(await raw('POST', '/api/v1/fork', { ...page, ...bearer }, JSON.stringify({ src: COUNTER, dst: 'local.land/mallory/counter' })), 403, 'ERR_FORBIDDEN_ORIGIN')
    // an older browser that sends no Origin on it: the fetch metadata still says cross-site
    refused(await raw('POST', '/api/v1/fork', { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' }, '{}'), 403, 'ERR_FORBIDDEN_ORIGIN')
    // another site on this very machine (another port) is foreign too
    refused(await raw('POST', '/api/v1/fork', { ...bearer, ...json, origin: `http://127.0.0.1:${port + 1}` }, '{}'), 403, 'ERR_FORBIDDEN_ORIGIN')
    // and with neither Origin nor token: 401
    refused(await raw('POST', '/api/v1/fork', { 'content-type': 'text/plain' }, JSON.stringify({ src: COUNTER, dst: 'local.land/mallory/counter' })), 401, 'ERR_UNAUTHORIZED')
    // the owner's text/plain or form body is refused too: only a type a page cannot send without a preflight
    refused(await raw('POST', '/api/v1/fork', { ...bearer, 'content-type': 'text/plain' }, JSON.stringify({ src: COUNTER, dst: 'local.land/mallory/counter' })), 415, 'ERR_UNSUPPORTED_MEDIA_TYPE')
    refused(await raw('POST', '/api/v1/call', { ...bearer, 'content-type': 'application/x-www-form-urlencoded' }, await signedCall('Increment', [])), 415, 'ERR_UNSUPPORTED_MEDIA_TYPE')
    refused(await raw('POST', '/api/v1/block/put', { ...bearer, 'content-type': 'multipart/form-data; boundary=x' }, 'hello'), 415, 'ERR_UNSUPPORTED_MEDIA_TYPE')
    refused(await raw('POST', '/api/v1/network/disconnect', { ...bearer, 'content-type': 'text/plain' }), 415, 'ERR_UNSUPPORTED_MEDIA_TYPE')
    assert.deepEqual(await snapshot(), before)
    await assert.rejects(owner.info('local.land/mallory/counter'), (e: ApiClientError) => e.code === 'ERR_NOT_FOUND')
  })

  it('answers 421 to a Host that is not this node\'s loopback address and port (DNS rebinding)', async () => {
    for (const host of ['evil.example:' + String(port), `127.0.0.1:${port + 1}`, '127.0.0.1', `10.0.0.1:${port}`, `localhost.evil.example:${port}`, null]) {
      refused(await raw('GET', '/api/v1/status', { host }), 421, 'ERR_BAD_HOST')
      refused(await raw('GET', '/api/v1/nope', { host }), 421, 'ERR_BAD_HOST')
    }
    const before = await snapshot()
    refused(await raw('POST', '/api/v1/fork', { ...bearer, ...json, host: `rebind.example:${port}` }, JSON.stringify({ src: COUNTER, dst: 'local.land/bob/counter' })), 421, 'ERR_BAD_HOST')
    assert.deepEqual(await snapshot(), before)
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      assert.equal((await raw('GET', '/api/v1/status', { host })).status, 200, host)
    }
  })

  it('answers 401 without the token on push, call, fork, network, blocks and names; the token opens them', async () => {
    const before = await snapshot()
    const noToken: Array<[string, string, Record<string, string>, (string | Uint8Array)?]> = [
      ['POST', '/api/v1/push', json, await pushBody('local.land/alice/other', 'package other\n', 'other.go')],
      ['POST', '/api/v1/call', bytes, await signedCall('Increment', [])],
      ['POST', '/api/v1/fork', json, JSON.stringify({ src: COUNTER, dst: 'local.land/bob/counter' })],
      ['POST', '/api/v1/network/disconnect', {}],
      ['POST', '/api/v1/network/reconnect', {}],
      ['POST', '/api/v1/block/put?codec=raw', bytes, 'hello'],
      ['POST', '/api/v1/dag/import', bytes, new Uint8Array([1, 2, 3])],
      ['POST', '/api/v1/name/publish', json, JSON.stringify({ name: 'test.land/a/b', cid: 'bafkqaaa' })],
      ['POST', '/api/v1/pull/bafkqaaa', {}],
      ['POST', '/api/v1/lands/testnet.land/tx', bytes, new Uint8Array([1])],
      ['GET', '/api/v1/block/get/bafkqaaa', {}],
      ['GET', '/api/v1/name/resolve/12D3KooWx/test.land/a/b', {}],
      ['POST', '/api/v1/session', {}]
    ]
    for (const [method, path, headers, body] of noToken) {
      const answer = await raw(method, path, headers, body)
      refused(answer, 401, 'ERR_UNAUTHORIZED')
      assert.equal(answer.headers['www-authenticate'], 'Bearer realm="amigo-node"')
      refused(await raw(method, path, { ...headers, authorization: 'Bearer ' + 'A'.repeat(43) }, body), 401, 'ERR_UNAUTHORIZED')
      refused(await raw(method, path, { ...headers, authorization: TEST_TOKEN }, body), 401, 'ERR_UNAUTHORIZED')
    }
    assert.deepEqual(await snapshot(), before)

    // the token: the same requests run
    const called = await raw('POST', '/api/v1/call', { ...bearer, ...bytes }, await signedCall('Increment', []))
    assert.equal(called.status, 200, JSON.stringify(called.json))
    assert.equal(called.json.ok, true)
    const forked = await raw('POST', '/api/v1/fork', { ...bearer, ...json }, JSON.stringify({ src: COUNTER, dst: 'local.land/bob/counter' }))
    assert.equal(forked.status, 200, JSON.stringify(forked.json))
    assert.equal((await owner.eval('local.land/bob/counter', 'Get()')).value, '1')
    refused(await raw('POST', '/api/v1/network/disconnect', bearer), 503, 'ERR_OFFLINE')
  })

  it('keeps reads open without the token, and runs their queries with a small gas budget', async () => {
    for (const path of ['/api/v1/id', '/api/v1/status', '/api/v1/peers', `/api/v1/nonce/${address}`, `/api/v1/history?path=${COUNTER}`, `/api/v1/info?path=${COUNTER}`, '/api/v1/services', `/api/v1/eval?path=${COUNTER}&expr=Get()`, `/api/v1/render?path=${COUNTER}`, `/api/v1/state?path=${COUNTER}`]) {
      assert.equal((await raw('GET', path)).status, 200, path)
    }
    // a query that needs more gas than the open budget: out of gas without the token, whatever it asks
    const expr = encodeURIComponent(`Sum(${OPEN_QUERY_GAS})`)
    refused(await raw('GET', `/api/v1/eval?path=${LOOP}&expr=${expr}`), 400, 'ERR_GAS')
    refused(await raw('GET', `/api/v1/eval?path=${LOOP}&expr=${expr}&gas=1000000000`), 400, 'ERR_GAS')
    const full = await raw('GET', `/api/v1/eval?path=${LOOP}&expr=${expr}`, bearer)
    assert.equal(full.status, 200, JSON.stringify(full.json))
    assert.equal(full.json.value, String(OPEN_QUERY_GAS * (OPEN_QUERY_GAS - 1) / 2))
  })

  it('lets a page of this origin act through the session cookie, never a page elsewhere', async () => {
    const session = await raw('POST', '/api/v1/session', bearer)
    assert.equal(session.status, 200, JSON.stringify(session.json))
    const setCookie = String(session.headers['set-cookie'])
    assert.match(setCookie, /HttpOnly/)
    assert.match(setCookie, /SameSite=Strict/)
    assert.ok(!setCookie.includes(TEST_TOKEN), 'the cookie is not the token')
    const cookie = setCookie.split(';')[0]
    const self = `http://127.0.0.1:${port}`
    const fork = (dst: string): string => JSON.stringify({ src: COUNTER, dst })
    // a POST with the cookie but without Origin (not a browser's) or from elsewhere: refused
    refused(await raw('POST', '/api/v1/fork', { cookie, ...json }, fork('local.land/carol/counter')), 401, 'ERR_UNAUTHORIZED')
    refused(await raw('POST', '/api/v1/fork', { cookie, ...json, origin: 'https://evil.example' }, fork('local.land/carol/counter')), 403, 'ERR_FORBIDDEN_ORIGIN')
    refused(await raw('POST', '/api/v1/fork', { cookie: cookie.replace(/=.*/, '=forged'), ...json, origin: self }, fork('local.land/carol/counter')), 401, 'ERR_UNAUTHORIZED')
    await assert.rejects(owner.info('local.land/carol/counter'), (e: ApiClientError) => e.code === 'ERR_NOT_FOUND')
    // the page of this origin: it acts
    const ok = await raw('POST', '/api/v1/fork', { cookie, ...json, origin: self, 'sec-fetch-site': 'same-origin' }, fork('local.land/carol/counter'))
    assert.equal(ok.status, 200, JSON.stringify(ok.json))
  })

  it('logs a client that leaves mid-body as one short line, not an error with a stack', async () => {
    const errorsBefore = logged.error.length
    const debugBefore = logged.debug.length
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.write(`POST /api/v1/call HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TEST_TOKEN}\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n` + 'x'.repeat(1000))
        setImmediate(() => { socket.destroy(); resolve() })
      })
      socket.on('error', reject)
    })
    // the API notices the drop on its next turn; the status request after it is served behind it
    for (let i = 0; i < 50 && logged.debug.length === debugBefore; i++) await owner.status()
    assert.equal(logged.error.length, errorsBefore, logged.error.join('\n'))
    const lines = logged.debug.slice(debugBefore).filter(l => /went away/.test(l))
    assert.equal(lines.length, 1, logged.debug.slice(debugBefore).join('\n'))
    assert.ok(!lines[0].includes('\n'), 'one line, no stack')
  })
})
