/**
 * The node's own Prometheus metrics (prefix `amigo_`), registered next to libp2p's
 * (@libp2p/prometheus-metrics) in one prom-client registry, served at `/metrics`.
 */
import { Counter, Gauge, Histogram } from 'prom-client'
import type { Registry } from 'prom-client'
import type { Network } from '../net/index.ts'
import type { LandHosts } from './services.ts'

export interface ApiMetrics {
  /** count one answered request */
  observe: (route: string, method: string, status: number, seconds: number) => void
}

export function registerNodeMetrics (registry: Registry, network: Network, version: string, lands?: Pick<LandHosts, 'all'>): ApiMetrics {
  const info = new Gauge({ name: 'amigo_node_info', help: 'The node\'s version and peer id (value is always 1)', labelNames: ['version', 'peer_id'], registers: [registry] })
  info.set({ version, peer_id: network.peerId.toString() }, 1)
  new Gauge({ // eslint-disable-line no-new
    name: 'amigo_peers_connected',
    help: 'Peers with an open connection',
    registers: [registry],
    collect () { this.set(network.peers().length) }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'amigo_blocks_stored',
    help: 'Blocks in the local blockstore',
    registers: [registry],
    async collect () { this.set(await network.blocks.count()) }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'amigo_names_held',
    help: 'Name records held in the local DHT store',
    registers: [registry],
    async collect () { this.set(await network.names.held()) }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'amigo_land_final_height',
    help: 'The last final height of each network land this node replicates',
    labelNames: ['land'],
    registers: [registry],
    collect () {
      this.reset()
      for (const h of lands?.all() ?? []) { const s = h.status(); this.set({ land: s.land }, s.finalHeight) }
    }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'amigo_land_diverged',
    help: 'A land whose state root here differs from a certificate\'s (1): this node stopped executing it; the labels name the height, both roots and the first differing service (or record)',
    labelNames: ['land', 'height', 'ours', 'theirs', 'service'],
    registers: [registry],
    collect () {
      this.reset()
      for (const h of lands?.all() ?? []) {
        const s = h.status()
        const d = s.divergence
        if (d === undefined) this.set({ land: s.land, height: '', ours: '', theirs: '', service: '' }, 0)
        else this.set({ land: s.land, height: String(d.height), ours: d.ours, theirs: d.theirs, service: d.first?.service ?? d.first?.key ?? '' }, 1)
      }
    }
  })
  const requests = new Counter({ name: 'amigo_api_requests_total', help: 'HTTP API requests answered', labelNames: ['route', 'method', 'status'], registers: [registry] })
  const duration = new Histogram({
    name: 'amigo_api_request_duration_seconds',
    help: 'Time to answer an HTTP API request',
    labelNames: ['route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry]
  })
  return {
    observe (route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) })
      duration.observe({ route }, seconds)
    }
  }
}
