// The node's land metrics (src/api/metrics.ts): each land's final height, and a divergence with
// its height, both roots and the first differing service, as Prometheus exposes them.
import { strict as assert } from 'node:assert'
import { Registry } from 'prom-client'
import { registerNodeMetrics } from '../../src/api/metrics.ts'
import type { Network } from '../../src/net/index.ts'
import type { LandHost, LandStatus } from '../../src/api/services.ts'

function status (land: string, over: Partial<LandStatus> = {}): LandStatus {
  return { land, genesis: 'bafygenesis', height: 8, finalHeight: 7, stateRoot: 'bafyroot', view: 0, sequencer: 'p', validator: true, validators: [], mempool: { txs: 0, bytes: 0 }, equivocations: [], rejections: {}, ...over }
}

describe('http api: land metrics', () => {
  it('exposes each land\'s final height and whether it diverged, naming both roots and the first differing service', async () => {
    const registry = new Registry()
    const network = { peerId: { toString: () => 'peer' }, peers: () => [], blocks: { count: async () => 0 }, names: { held: async () => 0 } } as unknown as Network
    const statuses = [
      status('a.land'),
      status('b.land', { finalHeight: 3, divergence: { height: 4, ours: 'bafyours', theirs: 'bafytheirs', first: { key: 'svc/b.land/alice/counter', service: 'b.land/alice/counter' } } })
    ]
    const hosts = statuses.map(s => ({ status: () => s }) as unknown as LandHost)
    registerNodeMetrics(registry, network, '0.0.0-test', { all: () => hosts })
    const text = await registry.metrics()
    assert.match(text, /^amigo_land_final_height\{land="a.land"\} 7$/m)
    assert.match(text, /^amigo_land_final_height\{land="b.land"\} 3$/m)
    assert.match(text, /^amigo_land_diverged\{land="a.land",height="",ours="",theirs="",service=""\} 0$/m)
    assert.match(text, /^amigo_land_diverged\{land="b.land",height="4",ours="bafyours",theirs="bafytheirs",service="b.land\/alice\/counter"\} 1$/m)
  })
})
