// Check: a name published on one node resolves, to the same CID, on every other node.
import { randomBytes } from 'node:crypto'
import type { Check, CheckResult } from './index.ts'
import { summarize } from '../stats.ts'

export const namesCheck: Check = {
  name: 'names',
  description: 'a name published on one node resolves on every other node',
  async run (net): Promise<CheckResult> {
    const running = net.nodes.filter(n => n.state === 'running' && n.spec.offline !== true)
    const failures: string[] = []
    if (running.length < 2) return { name: 'names', ok: false, detail: 'needs at least two running nodes', failures: ['too few nodes'] }
    const publisher = running[running.length > 2 ? 1 : 0]
    const { cid } = await publisher.api.blockPut(randomBytes(64), 'raw')
    const name = `testnet.land/check/names-${randomBytes(4).toString('hex')}`
    await publisher.api.namePublish(name, cid, { timeoutMs: 30_000 })
    const latencies: number[] = []
    for (const node of running) {
      if (node === publisher) continue
      const t0 = performance.now()
      try {
        const got = await node.api.nameResolve(publisher.peerId, name, { timeoutMs: 10_000, nocache: true })
        latencies.push(performance.now() - t0)
        if (got.value !== cid) failures.push(`${node.name} resolved ${name} to ${got.value}, not ${cid}`)
      } catch (err) {
        failures.push(`${node.name}: ${(err as Error).message}`)
      }
    }
    return {
      name: 'names',
      ok: failures.length === 0,
      latency: summarize(latencies),
      detail: `${publisher.name} published ${name}; ${latencies.length - failures.filter(f => f.includes('resolved')).length}/${running.length - 1} nodes resolved it`,
      failures
    }
  }
}
