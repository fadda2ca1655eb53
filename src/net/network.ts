// createNetwork: the composition of libp2p, bitswap, content and names for one node.
import { logger as debugLogger } from '@libp2p/logger'
import type { Network, NetworkInit, PeerSummary } from './index.ts'
import { createAmigoLibp2p } from './libp2p.ts'
import type { Libp2p as Libp2pType } from '@libp2p/interface'
import { guardDatastore } from './names/guard-datastore.ts'
import { keepPeersInMemory } from './peer-datastore.ts'
import { Names } from './names/names.ts'
import { Content, Exchange } from './content/index.ts'
import { BITSWAP_PROTOCOL } from './constants.ts'
import { startWarmup } from './warmup.ts'
import { createGenesisCache, Heads, recordRules } from './heads/index.ts'

/**
 * Build a node's network. Nothing listens or dials until `start()`; `stop()` stops in reverse
 * order (names, bitswap, libp2p). The stores belong to the caller and stay open.
 */
export async function createNetwork (init: NetworkInit): Promise<Network> {
  if (init.privateKey.type !== 'Ed25519') throw new TypeError('the node identity must be an Ed25519 key')
  const offline = init.offline === true
  // the rules check land and head records against their genesis, fetched by CID through the
  // content layer (made below: the closure only runs once the node is up)
  const geneses = createGenesisCache(async (cid, signal) => await content.get(cid, { signal }))
  const rules = recordRules(geneses)
  const datastore = guardDatastore(keepPeersInMemory(init.datastore), rules)
  let disconnected = false
  let rejoin: ReturnType<Libp2pType['getPeers']> = []
  const libp2p = await createAmigoLibp2p({
    refuseAll: () => disconnected,
    privateKey: init.privateKey,
    datastore,
    rules,
    listen: offline ? [] : init.listen,
    bootstrap: offline ? [] : init.bootstrap,
    logger: init.logger,
    metrics: init.metrics
  })
  const log = init.logger?.forComponent('amigo:net') ?? debugLogger('amigo:net')
  let exchange: Exchange | undefined
  const content = new Content({ libp2p, blockstore: init.blockstore, log })
  const names = new Names({
    libp2p, datastore, privateKey: init.privateKey, offline, log: init.logger?.forComponent('amigo:names') ?? debugLogger('amigo:names'), ...init.names
  })
  const heads = new Heads({
    libp2p, datastore, blocks: content, privateKey: init.privateKey, geneses, rules, offline, log: init.logger?.forComponent('amigo:heads') ?? debugLogger('amigo:heads')
  })
  let stopWarmup: (() => void) | undefined
  let state: 'stopped' | 'starting' | 'started' | 'stopping' = 'stopped'

  const network: Network = {
    peerId: libp2p.peerId,
    libp2p,
    async start () {
      if (state !== 'stopped') return
      state = 'starting'
      try {
        // bitswap registers its protocol before libp2p starts, so the first identify exchange
        // already tells peers that we speak it
        if (!offline) {
          exchange = new Exchange({ libp2p, blockstore: init.blockstore, log, protocol: BITSWAP_PROTOCOL })
          await exchange.start()
          content.attach(exchange)
        }
        await libp2p.start()
        if (!offline) stopWarmup = startWarmup(libp2p, log)
        names.start()
        heads.start()
        state = 'started'
      } catch (err) {
        state = 'started'
        await network.stop()
        throw err
      }
    },
    async stop () {
      if (state !== 'started') return
      state = 'stopping'
      stopWarmup?.()
      names.stop()
      heads.stop()
      content.detach()
      await exchange?.stop().catch(err => { log.error('stopping bitswap - %e', err) })
      exchange = undefined
      await libp2p.stop()
      state = 'stopped'
    },
    multiaddrs: () => libp2p.getMultiaddrs(),
    peers: () => {
      const seen = new Map<string, PeerSummary>()
      for (const c of libp2p.getConnections()) {
        const id = c.remotePeer.toString()
        const entry = seen.get(id) ?? { id: c.remotePeer, addrs: [] }
        entry.addrs.push(c.remoteAddr)
        seen.set(id, entry)
      }
      return [...seen.values()]
    },
    disconnected: () => disconnected,
    async setDisconnected (on: boolean) {
      if (on === disconnected) return
      disconnected = on
      if (on) {
        // the peers to dial again when the node rejoins
        rejoin = libp2p.getPeers()
        await Promise.all(libp2p.getConnections().map(async c => { await c.close().catch(() => { c.abort(new Error('disconnected')) }) }))
      } else {
        await Promise.all(rejoin.map(async p => { await libp2p.dial(p, { signal: AbortSignal.timeout(5000) }).catch(() => {}) }))
      }
    },
    blocks: content,
    names,
    heads
  }
  return network
}
