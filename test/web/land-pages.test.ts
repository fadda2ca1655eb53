// The explorer on a network land (testnet.land, genesis: the counter): the home page lists the
// land with its final height, a service of the land has its pages, and no call forms (the node
// signs calls of local.land only). The land's consensus is the one-node stand-in of test/api.
import { strict as assert } from 'node:assert'
import { mkdtemp, mkdir, cp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { defaultLogger } from '@libp2p/logger'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi } from '../../src/api/index.ts'
import type { Api } from '../../src/api/index.ts'
import { createLandExecutor } from '../../src/vm/index.ts'
import { levelVMStorage, blockStorage } from '../../src/node/vm-storage.ts'
import { createLandHost } from '../../src/node/land-host.ts'
import { landRecordsPrefix } from '../../src/node/lands.ts'
import { newGenesis } from '../../src/node/land-genesis.ts'
import { decodeLandTx } from '../../src/store/lands/index.ts'
import { createExplorer } from '../../src/web/index.ts'
import { instantLand } from '../api/instant-land.ts'
import { TEST_TOKEN } from '../api/helpers.ts'

const LAND = 'testnet.land'

describe('explorer pages of a network land', function () {
  this.timeout(120_000)
  let dir: string
  let stores: Stores
  let network: Network
  let api: Api
  const get = async (path: string, owner = false): Promise<{ status: number, body: string }> => {
    const r = await fetch(api.url + path, { headers: owner ? { authorization: `Bearer ${TEST_TOKEN}` } : {} })
    return { status: r.status, body: await r.text() }
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-explorer-land-'))
    const packages = join(dir, 'packages')
    await mkdir(packages, { recursive: true })
    await cp(new URL('../../bootstrap/packages/counter', import.meta.url), join(packages, 'counter'), { recursive: true })
    stores = await openStores(join(dir, 'repo'))
    network = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), ...stores, listen: [], bootstrap: [], offline: true })
    await network.start()
    const validator = network.peerId.toString()
    const genesis = await newGenesis({ land: LAND, validators: [validator], timeMs: 1_767_225_600_000, packagesDir: packages })
    const landVM = await createLandExecutor({ storage: levelVMStorage(stores, landRecordsPrefix(LAND)), genesis })
    const host = createLandHost({ land: instantLand(LAND, landVM, validator), vm: landVM, decodeLandTx, maxGas: genesis.params.maxTxGas, pollMs: 10 })
    const lands = { get: (l: string) => l === LAND ? host : undefined, all: () => [host] }
    const pages = createExplorer({ lands, peers: () => 0, block: blockStorage(stores.blockstore).get, version: '0.0.0-test', calls: { keys: async () => [], call: async () => { throw new Error('no calls in this test') } } })
    api = createApi({ network, host: '127.0.0.1', port: 0, limits: { maxBlockBytes: 1 << 20, maxRequestBytes: 1 << 22, fetchTimeoutMs: 2000 }, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: defaultLogger(), lands, pages })
    await api.start()
  })
  after(async () => {
    await api?.stop()
    await network?.stop()
    await stores?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('lists the land with its final height and its genesis service', async () => {
    const home = await get('/')
    assert.equal(home.status, 200)
    assert.match(home.body, /<td class="mono">testnet\.land<\/td><td>0<\/td><td>1<\/td>/)
    assert.ok(home.body.includes('href="/testnet.land/amigo/counter"'))
  })

  it('renders a service of the land, its source, state and history, without call forms even for the owner', async () => {
    const page = await get('/testnet.land/amigo/counter', true)
    assert.equal(page.status, 200)
    assert.match(page.body, /<article class="markdown"><h1>Counter<\/h1>/)
    assert.ok(!page.body.includes('<form class="call"'))
    assert.match((await get('/testnet.land/amigo/counter$source')).body, /counter\.go <span class="muted">bafk/)
    assert.match((await get('/testnet.land/amigo/counter$state')).body, /count<\/a> <span class="type mono">int<\/span> = <span class="mono">0<\/span>/)
    assert.match((await get('/testnet.land/amigo/counter$history')).body, />deploy</)
    assert.equal((await get('/elsewhere.land/amigo/counter')).status, 404)
  })
})
