/**
 * `npm run bench:land`: the land figures of ARCHITECTURE.md's targets on a loopback testnet of 5
 * validator processes (run `npm run build` first):
 *
 *   finality at 100 calls/s   p50/p99 from sending a signed counter increment to its final receipt
 *                             (the receiving node answers once the block's certificate is complete:
 *                             2f+1 validators attested the same state root) — target p50 < 150 ms,
 *                             p99 < 600 ms
 *   sustained rate            counter increments at rising rates; the highest rate of final calls
 *                             with p99 under 2 s (target ≥ 1,000 calls/s); token transfers too
 *   fail-over                 kill -9 of the sequencer under light load → the next final block
 *                             (target < 3 s)
 *   restart catch-up          a validator killed, the land moving on, the validator restarted →
 *                             its final height back at the others' (target < 3 s); with 3 of 5
 *                             left the land is stuck meanwhile (quorum 4), so also: the restart →
 *                             the next final block (the land moving again once a quorum is back)
 *   RSS                       of each node under load (target < 300 MB)
 *
 * The load is sent by this one process (signing every call), which shares the machine's cores
 * with the five nodes: on a small machine it is part of what limits the sustained rate.
 *
 *   --seconds S (20)  the 100 calls/s phase   --step-seconds S (8)  each rate of the sustained phase
 *   --json            the figures as JSON     --keep-logs           leave repos and logs
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir, availableParallelism, cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Testnet, sleep } from '../testnet/launcher.ts'
import type { TestnetNode } from '../testnet/launcher.ts'
import { prepareLand, topHeight, statuses } from '../testnet/land.ts'
import { prepareLoad } from '../testnet/load.ts'
import type { LoadManifest } from '../testnet/manifest.ts'
import { currentSequencer, kill } from '../testnet/perturb.ts'
import { summarize, formatSummary } from '../testnet/stats.ts'
import type { LatencySummary } from '../testnet/stats.ts'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    'step-seconds': { type: 'string', default: '8' },
    json: { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false }
  }
})
const SECONDS = Number(values.seconds)
const STEP_SECONDS = Number(values['step-seconds'])
const log = (line: string): void => { if (values.json !== true) process.stdout.write(line + '\n') }

async function rssMb (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

interface Phase { offered: number, achieved: number, latency: LatencySummary, final: number, sent: number }

/** One load phase on fresh keys: the rate of final calls and their latency. */
async function phase (net: Testnet, land: string, load: LoadManifest, rss?: number[]): Promise<Phase> {
  const l = await prepareLoad(net, land, load)
  const before = new Set(l.record.final.keys())
  let sampling = true
  const sampler = (async () => {
    while (sampling && rss !== undefined) {
      for (const n of net.nodes) if (n.alive) rss.push(await rssMb(n.pid!))
      await sleep(1000)
    }
  })()
  const t0 = performance.now()
  await l.run(load)
  const elapsed = (performance.now() - t0) / 1000
  sampling = false
  await sampler
  const calls = [...l.record.final.entries()].filter(([tx]) => !before.has(tx)).map(([, f]) => f)
  return { offered: load.callsPerSecond, achieved: calls.length / elapsed, latency: summarize(calls.map(c => c.latencyMs)), final: calls.length, sent: l.record.sent }
}

/**
 * ms until some running node holds a final block of a later view than `view` (one that the next
 * sequencer proposed: a block certified just after the kill does not count); calls keep coming.
 */
async function untilNewView (net: Testnet, land: string, height: number, view: number, timeoutMs: number): Promise<number> {
  const t0 = performance.now()
  while (performance.now() - t0 < timeoutMs) {
    for (const { node, status } of await statuses(net, land)) {
      if (status.finalHeight <= height) continue
      const { blocks } = await node.api.landBlocks(land, { from: height + 1, limit: 1000 }).catch(() => ({ blocks: [] }))
      if (blocks.some(b => b.view > view)) return performance.now() - t0
    }
    await sleep(20)
  }
  return NaN
}

async function caughtUp (node: TestnetNode, land: string, height: number, timeoutMs: number): Promise<number> {
  const t0 = performance.now()
  while (performance.now() - t0 < timeoutMs) {
    try {
      if ((await node.api.landStatus(land)).finalHeight >= height) return performance.now() - t0
    } catch {}
    await sleep(20)
  }
  return NaN
}

async function main (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-land-'))
  const nodes = Array.from({ length: 5 }, (_, i) => ({ name: `node${i}`, bootstrap: i === 0 ? [] : ['node0'] }))
  const manifest = { nodes, land: { blockMs: 50, viewTimeoutMs: 1000 } }
  const net = new Testnet({ manifest, dir })
  const rss: number[] = []
  try {
    const land = await prepareLand(net, manifest)
    await net.start()
    await net.waitConnected()
    while ((await statuses(net, land.name)).length < 5) await sleep(100)
    log(`bench:land: 5 validators of ${land.name} on ${cpus()[0]?.model ?? 'this machine'} (${availableParallelism()} cores), Node ${process.version}`)

    const at100 = await phase(net, land.name, { callsPerSecond: 100, durationMs: SECONDS * 1000, services: ['counter'], accounts: 200 }, rss)
    log(`finality at 100 calls/s   ${formatSummary(at100.latency)}; ${at100.achieved.toFixed(0)} final calls/s   (target p50 < 150 ms, p99 < 600 ms)`)

    let sustained = 0
    const steps: Phase[] = []
    // from low rates up, until p99 reaches 2 s or the land no longer keeps up with what is offered
    for (const rate of [25, 50, 100, 200, 400, 700, 1000, 1500]) {
      const p = await phase(net, land.name, { callsPerSecond: rate, durationMs: STEP_SECONDS * 1000, services: ['counter'], accounts: Math.min(2000, rate * 3) }, rss)
      steps.push(p)
      log(`counter at ${String(rate).padStart(4)} calls/s    ${p.achieved.toFixed(0)} final calls/s, ${formatSummary(p.latency)}`)
      if (p.latency.p99 < 2000) sustained = Math.max(sustained, p.achieved)
      if (p.latency.p99 >= 2000 || p.achieved < 0.8 * rate) break
    }
    log(`sustained                 ${sustained.toFixed(0)} calls/s with p99 < 2 s   (target ≥ 1,000 calls/s)`)
    const tokenRate = Math.max(50, Math.round(sustained / 2))
    const token = await phase(net, land.name, { callsPerSecond: tokenRate, durationMs: STEP_SECONDS * 1000, services: ['token'], accounts: 50 }, rss)
    log(`token transfers at ${tokenRate}/s   ${token.achieved.toFixed(0)} final calls/s, ${formatSummary(token.latency)}`)

    // fail-over: the sequencer killed while calls keep coming
    const light = await prepareLoad(net, land.name, { callsPerSecond: 20, durationMs: 8000, services: ['counter'], accounts: 40 })
    const running = light.run({ callsPerSecond: 20, durationMs: 8000 })
    await sleep(1000)
    const sequencer = await currentSequencer(net, land.name)
    const before = (await statuses(net, land.name)).find(s => s.node !== sequencer)!.status
    await kill(sequencer)
    const failover = await untilNewView(net, land.name, before.finalHeight, before.view, 20_000)
    await running
    log(`fail-over                 ${failover.toFixed(0)} ms from kill -9 of ${sequencer.name} (view ${before.view}) to a final block of the next sequencer   (target < 3 s)`)

    // restart catch-up: a validator killed, the land moves on without it, it comes back
    const replica = net.nodes.find(n => n.alive && n !== sequencer)!
    await kill(replica)
    const moving = await prepareLoad(net, land.name, { callsPerSecond: 20, durationMs: 5000, services: ['counter'], accounts: 40 })
    await moving.run({ callsPerSecond: 20, durationMs: 5000 })
    const target = await topHeight(net, land.name)
    const spawned = performance.now()
    await net.startNode(replica, { reusePorts: true })
    const ready = performance.now() - spawned
    const catchup = ready + await caughtUp(replica, land.name, target, 30_000)
    log(`restart catch-up          ${catchup.toFixed(0)} ms from the restart's spawn to final height ${target} (ready after ${ready.toFixed(0)} ms)   (target < 3 s)`)
    // with it back, 4 of 5 are up again: the land must move on at once (finality.md, "Rejoining a height")
    const resumed = ready + await caughtUp(replica, land.name, target + 1, 60_000)
    log(`quorum back               ${resumed.toFixed(0)} ms from the restart's spawn to final height ${target + 1} (the first block of the quorum the restart completed)`)
    const rssSummary = summarize(rss)
    log(`RSS under load            ${formatSummary(rssSummary, 'MB')}   (target < 300 MB)`)
    log('late joiner of a land of 100,000 accounts: measured by npm run bench:land-sync (spawn to the first verified read)')
    if (values.json === true) process.stdout.write(JSON.stringify({ at100, steps, sustained, token, failoverMs: failover, restart: { readyMs: ready, catchupMs: catchup, resumedMs: resumed }, rssMb: rssSummary }) + '\n')
    process.stdout.write(`bench:land: finality p50 ${at100.latency.p50.toFixed(0)} ms p99 ${at100.latency.p99.toFixed(0)} ms at 100 calls/s; sustained ${sustained.toFixed(0)} calls/s; failover ${failover.toFixed(0)} ms\n`)
  } finally {
    await net.stop()
    if (values['keep-logs'] === true) log(`logs in ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

await main()
