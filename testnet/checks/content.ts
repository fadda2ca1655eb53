// Check: a 1 MiB DAG put on one node is fetched by every other node and verified block by block.
import type { Check, CheckResult } from './index.ts'
import { summarize } from '../stats.ts'
import { makeDag, putDag, verifyDag } from '../dag.ts'

export const contentCheck: Check = {
  name: 'content',
  description: 'a 1 MiB DAG put on one node is fetched and verified on every other',
  async run (net): Promise<CheckResult> {
    const running = net.nodes.filter(n => n.state === 'running' && n.spec.offline !== true)
    const failures: string[] = []
    if (running.length < 2) return { name: 'content', ok: false, detail: 'needs at least two running nodes', failures: ['too few nodes'] }
    const source = running[running.length - 1]
    const dag = await makeDag(1024 * 1024)
    await putDag(source.api, dag)
    await source.api.provide(dag.root.toString(), { timeoutMs: 30_000 })
    const latencies: number[] = []
    let verified = 0
    for (const node of running) {
      if (node === source) continue
      const t0 = performance.now()
      try {
        const result = await node.api.dagFetch(dag.root.toString(), { timeoutMs: 30_000 })
        latencies.push(performance.now() - t0)
        if (result.blocks !== dag.blocks.size) failures.push(`${node.name} fetched a DAG of ${result.blocks} blocks, not ${dag.blocks.size}`)
        await verifyDag(node.api, dag)
        verified++
      } catch (err) {
        failures.push(`${node.name}: ${(err as Error).message}`)
      }
    }
    return {
      name: 'content',
      ok: failures.length === 0,
      latency: summarize(latencies),
      detail: `${source.name} put a 1 MiB DAG (${dag.blocks.size} blocks, root ${dag.root.toString()}); ${verified}/${running.length - 1} nodes fetched and verified it`,
      failures
    }
  }
}
