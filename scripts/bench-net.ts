/**
 * `npm run bench:net`: the network figures of ARCHITECTURE.md's targets, measured on a loopback
 * testnet of real amigo-node processes (run `npm run build` first).
 *
 *   name resolution   p50/p99 of `resolve` (no cache) of fresh names, each published on a random
 *                     node and resolved on another random node (target p50 < 50 ms, p99 < 250 ms)
 *   DAG fetch         1 MiB DAG put on a random node, fetched (and verified) by another
 *   idle RSS          of the testnet's nodes after they idled, and of a lone node (target < 120 MB)
 *   time to ready     spawn → "ready" line, lone node: fresh repo and existing repo (target < 1 s)
 *
 *   --nodes N (20)  --resolves N (200)  --fetches N (10)  --idle-seconds S (10)  --json
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir, availableParallelism } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { randomBytes } from 'node:crypto'
import { Testnet, sleep } from '../testnet/launcher.ts'
import type { TestnetNode } from '../testnet/launcher.ts'
import { defaultManifest } from '../testnet/manifest.ts'
import { summarize, formatSummary } from '../testnet/stats.ts'
import type { LatencySummary } from '../testnet/stats.ts'
import { makeDag, putDag, verifyDag } from '../testnet/dag.ts'

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '20' },
    resolves: { type: 'string', default: '200' },
    fetches: { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false }
  }
})
const N = Number(values.nodes)
const RESOLVES = Number(values.resolves)
const FETCHES = Number(values.fetches)
const IDLE_MS = Number(values['idle-seconds']) * 1000

const pick = <T>(xs: T[], not?: T): T => {
  for (;;) {
    const x = xs[Math.floor(Math.random() * xs.length)]
    if (x !== not) return x
  }
}

async function rssMb (pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kb / 1024
}

/** Run `fn` over `items` with at most `limit` at once. */
async function pool<T> (items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await fn(items[next++])
  }))
}

interface Results {
  machine: { cpus: number, loadavg: number[] }
  nodes: number
  startAllSeconds: number
  readyUnderLoad: LatencySummary
  publish: LatencySummary
  resolve: LatencySummary & { failures: number, sources: Record<string, number> }
  fetch1MiB: LatencySummary & { failures: number }
  idleRssMb: { testnet: LatencySummary, lone: number }
  readyLone: { freshRepo: LatencySummary, existingRepo: LatencySummary }
}

async function loneNode (dir: string, runs: number): Promise<{ fresh: number[], existing: number[], rss: number }> {
  const fresh: number[] = []
  const existing: number[] = []
  let rss = 0
  for (let i = 0; i < runs; i++) {
    const net = new Testnet({ manifest: defaultManifest(1), dir: join(dir, `lone${i}`) })
    try {
      await net.start()
      const node = net.nodes[0]
      fresh.push(node.readyMs[0])
      await net.stopNode(node)
      await net.startNode(node)
      existing.push(node.readyMs[1])
      if (i === runs - 1) {
        await sleep(IDLE_MS)
        rss = await rssMb(node.pid!)
      }
    } finally {
      await net.stop()
    }
  }
  return { fresh, existing, rss }
}

async function main (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-net-'))
  const log = (s: string): void => { if (values.json !== true) process.stdout.write(s + '\n') }
  const net = new Testnet({ manifest: defaultManifest(N), dir: join(dir, 'net'), readyTimeoutMs: 60_000 })
  const stopOnSignal = (): void => { void net.stop().finally(() => process.exit(130)) }
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  try {
    log(`bench:net  ${N} nodes on 127.0.0.1, ${availableParallelism()} CPUs, load average ${loadavg().map(x => x.toFixed(1)).join(' ')}`)
    const t0 = performance.now()
    await net.start()
    await net.waitConnected({ timeoutMs: 60_000 })
    const startAllSeconds = (performance.now() - t0) / 1000
    const readyUnderLoad = summarize(net.nodes.map(n => n.readyMs[0]))
    log(`started    ${N} nodes in ${startAllSeconds.toFixed(1)} s; spawn→ready while others start: ${formatSummary(readyUnderLoad)}`)
    await sleep(3000) // let the DHT's first self-queries and routing-table refreshes finish
    const nodes: TestnetNode[] = net.nodes

    // names: publish fresh names on random nodes (a few at a time), then resolve each once elsewhere
    const { cid } = await nodes[0].api.blockPut(randomBytes(32), 'raw')
    const names = Array.from({ length: RESOLVES }, (_, i) => ({ name: `bench.land/r/n${i}-${randomBytes(3).toString('hex')}`, publisher: pick(nodes) }))
    const publishMs: number[] = []
    await pool(names, 4, async ({ name, publisher }) => {
      const t = performance.now()
      await publisher.api.namePublish(name, cid, { timeoutMs: 60_000 })
      publishMs.push(performance.now() - t)
    })
    const publish = summarize(publishMs)
    log(`publish    ${formatSummary(publish)}`)
    const resolveMs: number[] = []
    const sources: Record<string, number> = {}
    let resolveFailures = 0
    const errors: string[] = []
    for (const { name, publisher } of names) {
      const resolver = pick(nodes, publisher)
      const t = performance.now()
      try {
        const r = await resolver.api.nameResolve(publisher.peerId, name, { nocache: true, timeoutMs: 10_000 })
        resolveMs.push(performance.now() - t)
        if (r.value !== cid) resolveFailures++
        sources[String(r.source)] = (sources[String(r.source)] ?? 0) + 1
      } catch (err) {
        resolveFailures++
        errors.push(`resolve on ${resolver.name}: ${(err as Error).message}`)
      }
    }
    const resolve = { ...summarize(resolveMs), failures: resolveFailures, sources }
    log(`resolve    ${formatSummary(resolve)}  failures ${resolveFailures}  sources ${JSON.stringify(sources)}   (target p50 < 50 ms, p99 < 250 ms)`)

    // content: 1 MiB DAGs from a random node to another
    const fetchMs: number[] = []
    let fetchFailures = 0
    for (let i = 0; i < FETCHES; i++) {
      const source = pick(nodes)
      const target = pick(nodes, source)
      const dag = await makeDag(1024 * 1024)
      await putDag(source.api, dag)
      await source.api.provide(dag.root.toString(), { timeoutMs: 30_000 }).catch(() => {})
      const t = performance.now()
      try {
        await target.api.dagFetch(dag.root.toString(), { timeoutMs: 30_000 })
        fetchMs.push(performance.now() - t)
        await verifyDag(target.api, dag)
      } catch (err) {
        fetchFailures++
        errors.push(`fetch on ${target.name} from ${source.name}: ${(err as Error).message}`)
      }
    }
    const fetch1MiB = { ...summarize(fetchMs), failures: fetchFailures }
    log(`fetch 1MiB ${formatSummary(fetch1MiB)}  failures ${fetchFailures}`)

    for (const e of [...new Set(errors)].slice(0, 8)) log(`  error    ${e}`)
    await sleep(IDLE_MS)
    const rss = await Promise.all(nodes.map(async n => await rssMb(n.pid!)))
    await net.stop()
    const lone = await loneNode(dir, 5)
    const results: Results = {
      machine: { cpus: availableParallelism(), loadavg: loadavg() },
      nodes: N,
      startAllSeconds,
      readyUnderLoad,
      publish,
      resolve,
      fetch1MiB,
      idleRssMb: { testnet: summarize(rss), lone: lone.rss },
      readyLone: { freshRepo: summarize(lone.fresh), existingRepo: summarize(lone.existing) }
    }
    log(`idle RSS   testnet nodes ${formatSummary(results.idleRssMb.testnet, 'MB')}; lone node ${lone.rss.toFixed(0)} MB   (target < 120 MB)`)
    log(`ready      lone node, fresh repo ${formatSummary(results.readyLone.freshRepo)}; existing repo ${formatSummary(results.readyLone.existingRepo)}   (target < 1 s; issue: < 1.5 s)`)
    log(`load average at the end: ${loadavg().map(x => x.toFixed(1)).join(' ')}`)
    if (values.json === true) process.stdout.write(JSON.stringify(results, null, 2) + '\n')
  } finally {
    await net.stop()
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
