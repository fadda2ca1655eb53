/**
 * The node's lifecycle: open the stores → start the network → start the API; stop in reverse and
 * close the stores. Whatever started before a failure is stopped again, so a failed start leaves
 * no port open and no store locked.
 */
import { isAbsolute, join } from 'node:path'
import type { PeerId } from '@libp2p/interface'
import type { Pino } from './logger.ts'
import { componentLogger } from './logger.ts'
import type { NodeConfig } from './config.ts'
import { parseApiAddress } from './config.ts'
import { initRepo, writeApiFile, removeApiFile } from './repo.ts'
import { repoPaths } from './paths.ts'
import { expandBootstrap } from './bootstrap.ts'
import { VERSION } from './version.ts'
import { keepBootstrapped } from './bootstrap-keeper.ts'
import { startIdleGc } from './idle-gc.ts'
import { createDiskGuard } from './disk-guard.ts'
import { createMemoryGuard } from './memory-guard.ts'
import { AmigoError } from '../store/errors/index.ts'

/** The land of the embedded single-node mode. */
export const LOCAL_LAND = 'local.land'
/** Where the VM's records (service heads, history, the land's height) live in the datastore. */
export const VM_RECORDS_PREFIX = '/amigo/vm/'

export interface StartNodeInit {
  repo: string
  config: NodeConfig
  log: Pino
}

export interface RunningNode {
  peerId: PeerId
  multiaddrs: string[]
  /** `http://127.0.0.1:port` of the API */
  apiUrl: string
  version: string
  /** ms since the process began at which each start-up phase ended (main, repo, imports, stores, network, networkStarted, api) */
  timings: Record<string, number>
  /** stop the API, the network and close the stores; safe to call twice */
  stop: () => Promise<void>
}

/**
 * The sequencer's clock for block times, in ns: the wall clock, but never going back (a clock set
 * back by NTP gives the next block the last time + 1 ns), so that block times only grow.
 */
export function monotonicClockNs (now: () => number = Date.now): () => bigint {
  let last = 0n
  return () => {
    const t = BigInt(now()) * 1_000_000n
    last = t > last ? t : last + 1n
    return last
  }
}

export type NodeStartErrorCode = 'ERR_REPO_LOCKED' | 'ERR_API_IN_USE'

export class NodeStartError extends AmigoError<NodeStartErrorCode> {
  constructor (message: string, code: NodeStartErrorCode) { super(code, message) }
}

export async function startNode ({ repo, config, log }: StartNodeInit): Promise<RunningNode> {
  // where start-up time goes, in ms since the process began (reported with the ready line)
  const timings: Record<string, number> = { main: Math.round(performance.now()) }
  const mark = (phase: string): void => { timings[phase] = Math.round(performance.now()) }
  // loading the network code is the slowest part of start-up: begin it while the repo is read
  const modules = Promise.all([
    import('../store/index.ts'),
    import('../net/index.ts'),
    import('../api/index.ts'),
    import('../vm/index.ts'),
    import('./vm-storage.ts'),
    import('./services.ts'),
    import('./lands.ts'),
    import('./local-genesis.ts'),
    import('./local-genesis-snapshot.ts'),
    import('./receipt-log.ts'),
    import('../web/index.ts'),
    import('./explorer-calls.ts'),
    config.metrics.enabled ? import('prom-client') : undefined,
    config.metrics.enabled ? import('@libp2p/prometheus-metrics') : undefined
  ])
  modules.catch(() => {}) // awaited below; this only silences an early rejection
  const { host, port } = parseApiAddress(config.api)
  const init = await initRepo(repo)
  if (init.createdIdentity) log.info({ repo, peerId: init.peerId.toString() }, 'initialised a new repo')
  const identity = init
  const bootstrap = config.offline ? [] : await expandBootstrap(config.bootstrap, repo)
  mark('repo')
  const [{ openStores }, { createNetwork }, { createApi }, { createVM }, { levelVMStorage, blockStorage }, { createServices }, { startLands }, { deployLocalGenesis }, { importLocalGenesis }, { receiptReader }, { createExplorer }, { explorerCalls }, promClient, libp2pMetrics] = await modules
  mark('imports')
  const logger = componentLogger(log)

  const stops: Array<() => Promise<void>> = []
  const stopAll = async (): Promise<void> => {
    while (stops.length > 0) {
      const stop = stops.pop()!
      try { await stop() } catch (err) { log.error({ err }, 'error while stopping') }
    }
  }
  try {
    let stores
    try {
      stores = await openStores(repoPaths(repo).stores)
    } catch (err) {
      const text = String((err as Error)?.message ?? err) + String((err as { cause?: Error }).cause?.message ?? '')
      if (/lock/i.test(text)) throw new NodeStartError(`the repo ${repo} is in use by another running node`, 'ERR_REPO_LOCKED')
      throw err
    }
    stops.push(async () => { await stores.close() })
    mark('stores')

    // the repo's disk and the process's memory: writes and costly requests are refused before they start
    const disk = createDiskGuard({ path: repo, minFreeBytes: config.limits.minFreeBytes })
    const memory = createMemoryGuard({ maxRssBytes: config.limits.maxRssBytes })

    const registry = promClient !== undefined ? new promClient.Registry() : undefined
    const network = await createNetwork({
      privateKey: identity.privateKey,
      blockstore: stores.blockstore,
      datastore: stores.datastore,
      listen: config.offline ? [] : config.listen,
      bootstrap,
      offline: config.offline,
      logger,
      metrics: registry !== undefined && libp2pMetrics !== undefined ? libp2pMetrics.prometheusMetrics({ registry }) : undefined,
      names: { validityMs: config.names.validityMs, ttlMs: config.names.ttlMs, republishMs: config.names.republishIntervalMs }
    })
    mark('network')
    await network.start()
    mark('networkStarted')
    stops.push(async () => { await network.stop() })
    const keeper = keepBootstrapped({ network, bootstrap, log: logger.forComponent('amigo:bootstrap') })
    stops.push(async () => { keeper.stop() })

    // the services of local.land: this node is its only sequencer, so block time is its clock
    const storage = levelVMStorage(stores, VM_RECORDS_PREFIX)
    // a fresh repo gets the genesis packages (local.land/amigo/avl, …/comments, …/blog, …): from the
    // state computed at build time when it matches, else deployed now
    const imported = await importLocalGenesis(storage)
    const vm = createVM({ storage, land: LOCAL_LAND, blockTime: monotonicClockNs() })
    const services = createServices({ vm, land: LOCAL_LAND, datastore: stores.datastore, blockstore: stores.blockstore, records: storage.records, maxGas: config.limits.maxCallGas })
    const genesis = await deployLocalGenesis(vm)
    if (imported) log.info({ land: LOCAL_LAND }, 'imported the genesis packages')
    if (genesis.length > 0) log.info({ land: LOCAL_LAND, packages: genesis }, 'deployed the genesis packages')
    mark('vm')

    // the network lands: each its own records, executor and consensus, on the shared blockstore
    const lands = await startLands({
      files: config.lands.map(f => isAbsolute(f) ? f : join(repo, f)),
      stores,
      network,
      privateKey: identity.privateKey,
      logger,
      disk: disk.check
    })
    stops.push(async () => { await lands.stop() })
    for (const l of lands.all()) log.info({ land: l.land, height: l.finalHeight(), validator: l.status().validator }, 'replicating land')
    mark('lands')

    // the explorer's pages, at the API's address
    const pages = createExplorer({
      local: { land: LOCAL_LAND, reads: vm, receipt: receiptReader(stores.datastore, LOCAL_LAND) },
      calls: explorerCalls(repo, services),
      lands,
      peers: () => network.peers().length,
      block: blockStorage(stores.blockstore).get,
      version: VERSION,
      onError: (err, url) => { log.error({ err, url }, 'explorer page failed') }
    })
    const api = createApi({ network, host, port, limits: config.limits, version: VERSION, token: init.apiToken, offline: config.offline, logger, registry, services, lands, pages, guards: { disk: disk.check, memory: memory.check } })
    try {
      await api.start()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new NodeStartError(`the API address ${config.api} is in use (another node running? use --api 127.0.0.1:0 for any free port)`, 'ERR_API_IN_USE')
      throw err
    }
    stops.push(async () => { await api.stop() })
    const stopIdleGc = startIdleGc()
    stops.push(async () => { stopIdleGc() })
    mark('api')
    await writeApiFile(repo, api.url)
    stops.push(async () => { await removeApiFile(repo) })

    let stopping: Promise<void> | undefined
    return {
      peerId: identity.peerId,
      multiaddrs: network.multiaddrs().map(String),
      apiUrl: api.url,
      version: VERSION,
      timings,
      stop: async () => {
        stopping ??= stopAll()
        await stopping
      }
    }
  } catch (err) {
    await stopAll()
    throw err
  }
}
