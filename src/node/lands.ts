/**
 * The network lands a node replicates (config `lands`, `amigo-node start --land FILE`): for each
 * genesis file, a storage of its own (records under `/amigo/land/<land>/` of the datastore; the
 * blockstore is shared, and a block missing locally is fetched from peers, which is how a late
 * joiner's state sync reads the state it adopted), its executor, its consensus, and the host
 * object the API dispatches to by the land of a request's path.
 */
import { readFile } from 'node:fs/promises'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type { Blockstore } from 'interface-blockstore'
import type { Datastore } from 'interface-datastore'
import type { CID } from 'multiformats/cid'
import { createLand, fetchStateBlock } from '../net/index.ts'
import type { Network, Land } from '../net/index.ts'
import type { Genesis } from '../store/lands/types.ts'
import type { VMStorage } from '../vm/types.ts'
import type { LandHost, LandHosts } from '../api/services.ts'
import { levelVMStorage, blockStorage } from './vm-storage.ts'
import { createLandHost } from './land-host.ts'
import { guardLandWrites } from './land-write-guard.ts'
import { createLandExecutor } from '../vm/index.ts'
import { verifyBlock } from '../store/hamt/index.ts'
import { parseGenesis, genesisCid, decodeLandTx, type Certificate } from '../store/lands/index.ts'
import { LandFileError } from './land-genesis.ts'
import { LOCAL_LAND } from './node.ts'

/** Where a land's records live in the datastore. */
export function landRecordsPrefix (land: string): string {
  return `/amigo/land/${land}/`
}

/** How long the state sync of a land waits for one block from peers (ms). */
const FETCH_TIMEOUT_MS = 30_000

export interface StartLandsInit {
  /** genesis files (absolute paths) */
  files: string[]
  stores: { blockstore: Blockstore, datastore: Datastore }
  network: Network
  privateKey: PrivateKey
  logger: import('@libp2p/interface').ComponentLogger
  maxMemory?: number
  /** the repo's disk guard (./disk-guard.ts): throws ERR_DISK_FULL while the disk is nearly full */
  disk?: () => Promise<void>
}

export interface RunningLands extends LandHosts {
  stop: () => Promise<void>
}

/** A genesis file, parsed and checked (LandFileError ERR_LAND_BAD_GENESIS, naming the file). */
export async function readGenesisFile (file: string): Promise<Genesis> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new LandFileError(`land file ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`, 'ERR_LAND_BAD_GENESIS')
  }
  try {
    return parseGenesis(text)
  } catch (err) {
    throw new LandFileError(`land file ${file}: ${(err as Error).message}`, 'ERR_LAND_BAD_GENESIS')
  }
}

/** The land's peers to ask for state blocks: its connected validators, then any other connected peer. */
function statePeers (network: Network, validators: string[]): PeerId[] {
  const connected = network.libp2p.getPeers()
  const isValidator = (p: PeerId): boolean => validators.includes(p.toString())
  return [...connected.filter(isValidator), ...connected.filter(p => !isValidator(p))]
}

/**
 * Blocks of the shared blockstore; a missing one is fetched from peers and verified: first from the
 * land's peers over its sync protocol (one round trip on an open connection: the lazy reads of
 * state sync fetch one block at a time), then by bitswap from whoever has it.
 */
function landBlocks (stores: { blockstore: Blockstore }, network: Network, genesis: Genesis, genesisCid: CID): VMStorage['blocks'] {
  const local = blockStorage(stores.blockstore)
  return {
    async get (cid: CID) {
      if (await local.has(cid)) return await local.get(cid)
      const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS)
      const bytes = await fetchStateBlock(network.libp2p, genesisCid, statePeers(network, genesis.validators), cid, signal)
      if (bytes !== undefined) {
        try {
          await verifyBlock(cid, bytes)
          await local.put(cid, bytes)
          return bytes
        } catch {}
      }
      return await network.blocks.get(cid, { signal })
    },
    put: local.put,
    has: local.has
  }
}

export async function startLands (init: StartLandsInit): Promise<RunningLands> {
  const hosts = new Map<string, LandHost>()
  const started: Land[] = []
  const stop = async (): Promise<void> => {
    while (started.length > 0) await started.pop()!.stop()
  }
  if (init.files.length === 0) return { get: () => undefined, all: () => [], stop }
  try {
    for (const file of init.files) {
      const genesis = await readGenesisFile(file)
      if (genesis.land === LOCAL_LAND) throw new LandFileError(`land file ${file}: local.land is the node itself, not a network land`, 'ERR_LAND_BAD_GENESIS')
      if (hosts.has(genesis.land)) throw new LandFileError(`land file ${file}: the land ${genesis.land} is given twice`, 'ERR_LAND_BAD_GENESIS')
      const cid = await genesisCid(genesis)
      const validator = genesis.validators.includes(init.network.peerId.toString())
      const own = blockStorage(init.stores.blockstore)
      const storage = { ...levelVMStorage(init.stores, landRecordsPrefix(genesis.land)), blocks: landBlocks(init.stores, init.network, genesis, cid) }
      const vm = await createLandExecutor({ storage, genesis, maxMemory: init.maxMemory })
      const land = createLand({
        genesis,
        genesisCid: cid,
        privateKey: init.privateKey,
        libp2p: init.network.libp2p,
        executor: init.disk !== undefined ? guardLandWrites(vm, init.disk) : vm,
        records: storage.records,
        blocks: init.network.blocks,
        localBlock: async block => await own.has(block) ? await own.get(block) : undefined,
        log: init.logger.forComponent(`amigo:land:${genesis.land}`),
        // validators publish each final head to the DHT (rate-limited there), so that nodes that
        // run no land can find how far it is final (protocols/heads.md)
        ...(validator ? { onFinal: (cert: Certificate) => { init.network.heads.publishHead(cert) } } : {})
      })
      await land.start()
      started.push(land)
      // the land's name and genesis: trusted here, and (by a validator) signed into the DHT
      await init.network.heads.addLand(genesis, cid)
      if (validator) {
        const log = init.logger.forComponent(`amigo:land:${genesis.land}`)
        void init.network.heads.publishLand(genesis, cid, { signal: AbortSignal.timeout(30_000) }).catch(e => { log('publishing the land record failed - %s', e?.message) })
      }
      hosts.set(genesis.land, createLandHost({ land, vm, decodeLandTx, maxGas: genesis.params.maxTxGas }))
    }
  } catch (err) {
    await stop()
    throw err
  }
  return { get: land => hosts.get(land), all: () => [...hosts.values()], stop }
}
