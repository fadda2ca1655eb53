// Test helper: an in-process node with local.land and the network land testnet.land (its genesis:
// the counter package), the real land executor and a one-node stand-in for the consensus.
import { mkdir, cp } from 'node:fs/promises'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { defaultLogger } from '@libp2p/logger'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'
import { createNetwork } from '../../src/net/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createApi, ApiClient } from '../../src/api/index.ts'
import type { Api } from '../../src/api/index.ts'
import { createVM, createLandExecutor } from '../../src/vm/index.ts'
import { levelVMStorage } from '../../src/node/vm-storage.ts'
import { createServices } from '../../src/node/services.ts'
import { createLandHost } from '../../src/node/land-host.ts'
import { landRecordsPrefix } from '../../src/node/lands.ts'
import { newGenesis } from '../../src/node/land-genesis.ts'
import { instantLand } from './instant-land.ts'
import { decodeLandTx } from '../../src/store/lands/index.ts'
import { TEST_TOKEN } from './helpers.ts'

const limits = { maxBlockBytes: 1024 * 1024, maxRequestBytes: 4 * 1024 * 1024, fetchTimeoutMs: 2000 }
export const LAND = 'testnet.land'

export interface LandTestNode { stores: Stores, network: Network, api: Api, client: ApiClient, release: () => Promise<void>, validator: string }

/** A node with local.land and the network land testnet.land (genesis: the counter package). */
export async function landNode (dir: string, opts: { hold?: boolean } = {}): Promise<LandTestNode> {
  const packages = join(dir, 'packages')
  await mkdir(packages, { recursive: true })
  await cp(new URL('../../bootstrap/packages/counter', import.meta.url), join(packages, 'counter'), { recursive: true })
  const stores = await openStores(join(dir, 'repo'))
  const identity = await generateKeyPair('Ed25519')
  const network = await createNetwork({ privateKey: identity, ...stores, listen: [], bootstrap: [], offline: true })
  await network.start()
  const validator = network.peerId.toString()
  const storage = levelVMStorage(stores, '/amigo/vm/')
  const vm = createVM({ storage, land: 'local.land', blockTime: () => 1_700_000_000_000_000_000n })
  const services = createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records })
  const genesis = await newGenesis({ land: LAND, validators: [validator], timeMs: 1_767_225_600_000, packagesDir: packages })
  const landVM = await createLandExecutor({ storage: levelVMStorage(stores, landRecordsPrefix(LAND)), genesis })
  const land = instantLand(LAND, landVM, validator, opts)
  const host = createLandHost({ land, vm: landVM, decodeLandTx, maxGas: genesis.params.maxTxGas, pollMs: 10 })
  const lands = { get: (l: string) => l === LAND ? host : undefined, all: () => [host] }
  const api = createApi({ network, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: true, logger: defaultLogger(), services, lands })
  await api.start()
  return { stores, network, api, client: new ApiClient(api.url, { token: TEST_TOKEN }), release: land.release, validator }
}
