/**
 * Keeps a node joined to its network: while it has fewer connections than it wants, it dials the
 * bootstrap peers it is not connected to, backing off from 1 s to 30 s (Kubo does the same).
 * libp2p's bootstrap discovery dials once at start; a dial that fails then (the bootstrap peer was
 * busy, restarting, or briefly unreachable) would otherwise leave the node alone for good.
 */
import { multiaddr } from '@multiformats/multiaddr'
import type { Logger } from '@libp2p/interface'
import type { Network } from '../net/index.ts'

export interface BootstrapKeeperInit {
  network: Network
  /** multiaddrs ending in /p2p/<peer id> */
  bootstrap: string[]
  log: Logger
  /** dial bootstrap peers while connected to fewer peers than this (default 1) */
  minPeers?: number
  firstDelayMs?: number
  maxDelayMs?: number
}

export interface BootstrapKeeper {
  stop: () => void
}

export function keepBootstrapped (init: BootstrapKeeperInit): BootstrapKeeper {
  const { network, log } = init
  const minPeers = init.minPeers ?? 1
  const first = init.firstDelayMs ?? 1000
  const max = init.maxDelayMs ?? 30_000
  const peers = init.bootstrap.flatMap(address => {
    try {
      const ma = multiaddr(address)
      const id = ma.getComponents().findLast(c => c.name === 'p2p')?.value
      return id === undefined || id === network.peerId.toString() ? [] : [{ ma, id }]
    } catch {
      log.error('ignoring bad bootstrap address %s', address)
      return []
    }
  })
  let delay = first
  let timer: NodeJS.Timeout | undefined
  const controller = new AbortController()

  const tick = async (): Promise<void> => {
    const connected = new Set(network.peers().map(p => p.id.toString()))
    if (connected.size >= minPeers) {
      delay = first
      return
    }
    const missing = peers.filter(p => !connected.has(p.id))
    await Promise.all(missing.map(async p => {
      try {
        await network.libp2p.dial(p.ma, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]) })
        log('connected to bootstrap peer %s', p.id)
      } catch (err) {
        log('bootstrap peer %s not reachable (next try in %d ms) - %s', p.id, Math.min(delay * 2, max), (err as Error).message)
      }
    }))
    delay = Math.min(delay * 2, max)
  }
  const schedule = (): void => {
    if (controller.signal.aborted) return
    timer = setTimeout(() => { void tick().finally(schedule) }, delay)
    timer.unref()
  }
  if (peers.length > 0) schedule()
  return {
    stop () {
      controller.abort()
      clearTimeout(timer)
    }
  }
}
