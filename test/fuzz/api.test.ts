// Property and fuzz tests of the HTTP API's inputs (issue 12): headers through the guard, paths,
// query strings and bodies against a real node on 127.0.0.1. Every refusal is a JSON error with
// a stable code (never ERR_INTERNAL, never a stack), and a request without the token changes nothing.
import { strict as assert } from 'node:assert'
import type { IncomingMessage } from 'node:http'
import { mkdtemp, rm, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPairFromSeed } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import fc from 'fast-check'
import { openStores, encodeBlock } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi, ApiClient, ApiError } from '../../src/api/index.ts'
import type { Api } from '../../src/api/index.ts'
import { ACCESS, createGuard } from '../../src/api/guard.ts'
import { createVM } from '../../src/vm/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createServices } from '../../src/node/services.ts'
import { signPush } from '../../src/node/push-signature.ts'
import { addressOf, encodeSignedCall, signCall } from '../../src/store/calls/index.ts'
import { rawRequest, recordingLogger, stopNode, TEST_TOKEN } from '../api/helpers.ts'
import { anyBytes, mutantsOf, params, testTimeout } from './arbitraries.ts'

const COUNTER = 'local.land/alice/counter'
const GUARD_CODES = ['ERR_BAD_HOST', 'ERR_FORBIDDEN_ORIGIN', 'ERR_UNAUTHORIZED', 'ERR_UNSUPPORTED_MEDIA_TYPE']

interface Answer { status: number, text: string, json: any }

const headerValue = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', 'null', 'application/json', 'text/plain', 'application/octet-stream; x=1', 'Bearer', 'Bearer  x', 'same-origin', 'cross-site', 'none', 'navigate'))

describe('fuzz: API guard', function () {
  this.timeout(testTimeout())
  const port = 4680
  const guard = createGuard(TEST_TOKEN, () => port)

  const requests = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'get'),
    host: fc.oneof(fc.constantFrom(`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`, `127.0.0.1:${port + 1}`, 'evil.example', ''), fc.string({ maxLength: 30 })),
    origin: fc.option(fc.oneof(fc.constantFrom(`http://127.0.0.1:${port}`, `http://localhost:${port}`, 'https://evil.example', 'null'), fc.string({ maxLength: 30 })), { nil: undefined }),
    authorization: fc.option(fc.oneof(fc.constant(`Bearer ${TEST_TOKEN}`), fc.constant(`bearer ${TEST_TOKEN} `), fc.constant(`Bearer ${TEST_TOKEN.slice(1)}`), headerValue), { nil: undefined }),
    cookie: fc.option(fc.oneof(fc.constant(`amigo-session-${port}=x`), headerValue), { nil: undefined }),
    'content-type': fc.option(headerValue, { nil: undefined }),
    'content-length': fc.option(fc.oneof(fc.nat().map(String), headerValue), { nil: undefined }),
    'sec-fetch-site': fc.option(headerValue, { nil: undefined }),
    'sec-fetch-mode': fc.option(headerValue, { nil: undefined }),
    route: fc.oneof(fc.constantFrom(...Object.keys(ACCESS)), fc.string({ maxLength: 12 }))
  })

  it('any headers are let in or refused with a guard code; without the token only open routes are reachable', () => {
    fc.assert(fc.property(requests, r => {
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(r)) if (k !== 'method' && k !== 'route' && v !== undefined) headers[k] = v
      const req = { method: r.method, headers } as unknown as IncomingMessage
      let access: string | undefined
      try {
        guard.admit(req)
        access = guard.authorize(req, r.route)
      } catch (e) {
        assert.ok(e instanceof ApiError, String(e))
        assert.ok(GUARD_CODES.includes(e.code), e.code)
        return
      }
      const hasToken = /^Bearer +(\S+) *$/i.exec(r.authorization ?? '')?.[1] === TEST_TOKEN
      if (access === 'owner') assert.ok(hasToken, 'owner access without the token')
      if (!hasToken) assert.ok(ACCESS[r.route]?.open === true, `route ${r.route} reached without the token`)
      assert.ok([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(r.host.toLowerCase()))
    }), params())
  })
})

describe('fuzz: HTTP API of a node', function () {
  this.timeout(testTimeout(60_000))
  let dir: string
  let stores: Stores
  let network: Network
  let api: Api
  let port: number
  let owner: ApiClient
  let key: PrivateKey
  let address: string
  let errors: string[]
  let goodCall: Uint8Array

  async function send (method: string, path: string, headers: Record<string, string>, body?: Uint8Array): Promise<Answer> {
    const r = await rawRequest(port, method, path, { host: `127.0.0.1:${port}`, ...headers }, body)
    return { status: r.status, text: r.text, json: r.json }
  }

  /** What a bad request gets: a JSON error with a stable code, not the node's fault, no stack trace. */
  function checkAnswer (r: Answer, what: string): void {
    assert.ok(!r.text.includes('    at '), `a stack trace reached the client: ${what}`)
    if (r.status < 400) return
    assert.ok(r.json?.error !== undefined, `not a JSON error: ${r.status} ${r.text.slice(0, 200)} for ${what}`)
    assert.match(r.json.error.code, /^ERR_[A-Z0-9_]+$/)
    assert.notEqual(r.json.error.code, 'ERR_INTERNAL', `${r.json.error.message} for ${what}`)
    assert.ok(r.status < 500 || ['ERR_OFFLINE', 'ERR_NO_SERVICES', 'ERR_LAND_NOT_FINAL'].includes(r.json.error.code), `${r.status} ${r.json.error.code} for ${what}`)
  }

  async function snapshot (): Promise<unknown> {
    return {
      services: (await owner.services()).services.map(s => [s.path, s.stateRoot]),
      nonce: (await owner.nonce(address)).nonce,
      blocks: (await owner.status()).blocksStored
    }
  }

  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(COUNTER, COUNTER, COUNTER, 'local.land/alice', 'local.land/alice/nope', '../..', '%', '%zz', 'bafy', '12D3KooW', 'Count()', 'Spin()', 'x(', '1<<70', '-1', '0', '1e999', '9007199254740993', 'true', '5s', '10m', '11m', 'raw', 'dag-cbor', '', 'n' + '.x'.repeat(1800)))
  const query = fc.array(fc.tuple(fc.constantFrom('path', 'expr', 'subpath', 'selector', 'limit', 'from', 'gas', 'at', 'land', 'codec', 'timeout', 'wait', 'nocache', 'x'), text), { maxLength: 4 })
    .map(kv => kv.length === 0 ? '' : '?' + kv.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'))
  const segment = fc.oneof(text.map(encodeURIComponent), fc.constantFrom('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy', '12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH5', 'local.land', '%2e%2e', '..'))
  /** Every route as METHOD and path, `*` for a path segment. */
  const ROUTES: Array<[string, string]> = [
    ['GET', 'id'], ['GET', 'peers'], ['GET', 'status'], ['GET', 'metrics'], ['GET', 'block/get/*'], ['GET', 'block/has/*'],
    ['GET', 'dag/export/*'], ['GET', 'name/resolve/*/*'], ['GET', 'nonce/*'], ['GET', 'eval'], ['GET', 'render'], ['GET', 'state'],
    ['GET', 'history'], ['GET', 'deps'], ['GET', 'info'], ['GET', 'services'], ['GET', 'lands'], ['GET', 'lands/*'],
    ['GET', 'lands/*/blocks'], ['GET', 'lands/*/receipts/*'], ['GET', 'receipts/*'],
    ['POST', 'network/disconnect'], ['POST', 'block/put'], ['POST', 'dag/fetch/*'], ['POST', 'dag/import'], ['POST', 'provide/*'],
    ['POST', 'name/publish'], ['POST', 'push'], ['POST', 'call'], ['POST', 'fork'], ['POST', 'pull/*'], ['POST', 'lands/*/tx'], ['POST', 'session']
  ]
  /** A request line: mostly a real route with hostile segments and query, sometimes anything. */
  const requestLines: fc.Arbitrary<{ method: string, path: string }> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...ROUTES), fc.array(segment, { minLength: 2, maxLength: 2 }), query).map(([[method, route], segs, q]) => ({ method, path: `/api/v1/${route.replace('*', segs[0]).replace('*', segs[1])}${q}` })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'HEAD'), fc.string({ maxLength: 40 })).map(([method, s]) => ({ method, path: '/' + encodeURI(s).replace(/^\/+/, '') })) }
  )

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-fuzz-api-'))
    stores = await openStores(dir)
    network = await createNetwork({ privateKey: await generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(9)), ...stores, listen: [], bootstrap: [], offline: true })
    await network.start()
    const storage = levelVMStorage(stores, '/amigo/vm/')
    const vm = createVM({ storage, land: 'local.land', blockTime: () => 1_700_000_000_000_000_000n })
    const services = createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records })
    const logging = recordingLogger()
    errors = logging.lines.error
    api = createApi({ network, host: '127.0.0.1', port: 0, limits: { maxBlockBytes: 1024 * 1024, maxRequestBytes: 1024 * 1024, fetchTimeoutMs: 200 }, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: logging.logger, services })
    await api.start()
    port = Number(new URL(api.url).port)
    owner = new ApiClient(api.url, { token: TEST_TOKEN })
    key = await generateKeyPairFromSeed('Ed25519', new Uint8Array(32).fill(10))
    address = addressOf(key.publicKey.raw)
    const counter = await readFile(new URL('../../bootstrap/packages/counter/counter.go', import.meta.url), 'utf8')
    const files = [{ name: 'counter.go', text: counter }]
    const push = JSON.stringify({ path: COUNTER, files, deployer: address, signature: Buffer.from(await signPush(key, COUNTER, files)).toString('base64') })
    const pushed = await send('POST', '/api/v1/push', { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' }, new TextEncoder().encode(push))
    assert.equal(pushed.status, 200, pushed.text)
    goodCall = encodeSignedCall(await signCall({ land: 'local.land', nonce: 1, service: COUNTER, func: 'Increment', args: [], gas: 1_000_000 }, key))
  })
  after(async () => {
    await stopNode({ api, network, stores })
    await rm(dir, { recursive: true, force: true })
  })

  const bodies = (samples: () => Uint8Array[]): fc.Arbitrary<Uint8Array | undefined> => fc.option(fc.oneof(
    anyBytes(300),
    fc.jsonValue({ maxDepth: 3 }).map(v => new TextEncoder().encode(JSON.stringify(v))),
    fc.record({ path: text, src: text, dst: text, name: text, cid: text, deployer: text, signature: text, files: fc.jsonValue({ maxDepth: 2 }), gas: fc.jsonValue({ maxDepth: 1 }), at: fc.jsonValue({ maxDepth: 1 }), version: text }, { requiredKeys: [] })
      .map(v => new TextEncoder().encode(JSON.stringify(v))),
    fc.constant(0).chain(() => mutantsOf(samples()))
  ), { nil: undefined })

  it('requests without the token: typed refusals or reads, and nothing changes', async () => {
    const before = await snapshot()
    const headers = fc.record({
      'content-type': fc.constantFrom('application/json', 'application/octet-stream', 'text/plain', 'application/x-www-form-urlencoded', 'application/vnd.ipld.car'),
      authorization: fc.constantFrom('Bearer nope', `Bearer ${TEST_TOKEN}x`, 'Basic abc', 'Bearer'),
      origin: fc.constantFrom(`http://127.0.0.1:${port}`, 'https://evil.example', 'null')
    }, { requiredKeys: [] })
    await fc.assert(fc.asyncProperty(requestLines, headers, bodies(() => [goodCall, new TextEncoder().encode(JSON.stringify({ src: COUNTER, dst: 'local.land/mallory/counter' }))]), async ({ method, path }, h, body) => {
      const r = await send(method, path, h, method === 'GET' || method === 'HEAD' ? undefined : body)
      if (method !== 'HEAD') checkAnswer(r, `${method} ${path}`)
    }), params(0.5, { timeout: 10_000 }))
    assert.deepEqual(await snapshot(), before)
    assert.deepEqual(errors, [])
  })

  it('the owner\'s requests with hostile paths, queries and bodies: answers or typed refusals, never ERR_INTERNAL', async () => {
    const { bytes: block } = await encodeBlock({ hello: 'fuzz' })
    await fc.assert(fc.asyncProperty(requestLines, fc.constantFrom('application/json', 'application/octet-stream', 'application/vnd.ipld.car'), bodies(() => [goodCall, block]), async ({ method, path }, type, body) => {
      // the owner's mutants of a call may run it; that is what the token is for
      const r = await send(method, path, { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': type }, method === 'GET' || method === 'HEAD' ? undefined : body)
      if (method !== 'HEAD') checkAnswer(r, `${method} ${path}`)
    }), params(0.5, { timeout: 10_000 }))
    assert.deepEqual(errors, [])
    assert.equal((await owner.status()).peerId, network.peerId.toString())
  })
})
