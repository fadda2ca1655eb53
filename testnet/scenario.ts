/**
 * A testnet run's scenario on its land: wait until every land node serves the land, set up the
 * load, then send it while the manifest's perturbations happen at their times, and finally let the
 * running nodes settle on one final height. The checks (testnet/checks/lands.ts) read the result.
 */
import type { Testnet } from './launcher.ts'
import { sleep } from './launcher.ts'
import type { Manifest } from './manifest.ts'
import type { TestnetLand } from './land.ts'
import { statuses, landNodes, topHeight, waitHeight } from './land.ts'
import { prepareLoad } from './load.ts'
import type { LoadRecord } from './load.ts'
import { applyStep } from './perturb.ts'

export interface StepResult { atMs: number, action: string, node?: string, tookMs: number, error?: string }

export interface ScenarioResult {
  land: TestnetLand
  load?: LoadRecord
  steps: StepResult[]
  /** the final height every running land node reached at the end (undefined: they did not agree in time) */
  settledHeight?: number
  /** nodes killed on purpose and never started again (the no-crash check spares them) */
  killed: Set<string>
}

export async function runScenario (net: Testnet, manifest: Manifest, land: TestnetLand, say: (line: string) => void): Promise<ScenarioResult> {
  const result: ScenarioResult = { land, steps: [], killed: new Set() }
  // every land node serves the land (its genesis deployed) before anything is sent
  const deadline = Date.now() + 60_000
  while ((await statuses(net, land.name)).length < landNodes(net).length) {
    if (Date.now() > deadline) throw new Error(`not every node serves ${land.name} after 60 s`)
    await sleep(100)
  }
  const load = manifest.load !== undefined ? await prepareLoad(net, land.name, manifest.load) : undefined
  result.load = load?.record
  if (load !== undefined) say(`scenario: load set up (${load.record.accounts.length} accounts, final height ${await topHeight(net, land.name)})`)

  const t0 = performance.now()
  const schedule = (async () => {
    for (const step of [...(manifest.perturbations ?? [])].sort((a, b) => a.atMs - b.atMs)) {
      const wait = t0 + step.atMs - performance.now()
      if (wait > 0) await sleep(wait)
      const started = performance.now()
      const entry: StepResult = { atMs: step.atMs, action: step.action, node: step.node, tookMs: 0 }
      try {
        const node = await applyStep(net, step, land.name)
        entry.node = node.name
        if (step.action === 'kill' || step.action === 'kill-sequencer') result.killed.add(node.name)
        if (step.action === 'restart' || step.action === 'start-late') result.killed.delete(node.name)
      } catch (err) {
        entry.error = (err as Error).message
      }
      entry.tookMs = Math.round(performance.now() - started)
      result.steps.push(entry)
      say(`scenario: ${(step.atMs / 1000).toFixed(1)} s ${step.action} ${entry.node ?? ''}${entry.error !== undefined ? ` FAILED: ${entry.error}` : ` (${entry.tookMs} ms)`}`)
      await net.writeState()
    }
  })()
  await Promise.all([schedule, load?.run(manifest.load!)])
  if (load !== undefined) say(`scenario: load done: ${load.record.sent} calls sent, ${load.record.final.size} final receipts, ${load.record.unanswered} unanswered, ${load.record.skipped} ticks skipped`)

  const target = await topHeight(net, land.name)
  if (await waitHeight(net, land.name, target, manifest.settleMs ?? 30_000)) result.settledHeight = target
  say(`scenario: ${result.settledHeight !== undefined ? `every running node reached final height ${target}` : `the running nodes did not all reach final height ${target}`}`)
  if (result.settledHeight === undefined) {
    // which node lags, and where: the first thing to read before the logs
    const answered = new Map((await statuses(net, land.name)).map(s => [s.node.name, s.status]))
    for (const node of landNodes(net)) {
      const s = answered.get(node.name)
      say(`scenario:   ${node.name}: ${s === undefined ? 'no answer' : `final height ${s.finalHeight}, view ${s.view}, mempool ${s.mempool.txs}${s.syncedFrom !== undefined ? `, synced from ${s.syncedFrom}` : ''}${s.divergence !== undefined ? ', DIVERGED' : ''}`}`)
    }
  }
  return result
}
