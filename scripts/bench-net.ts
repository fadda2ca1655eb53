/**
 * `npm run bench:net`: the network figures of ARCHITECTURE.md's targets, measured on a loopback
 * testnet of real amigo-node processes (run `npm run build` first).
 *
 *   name resolution   p50/p99 of `resolve` of fresh names, each published on a random node and
 *                     resolved once on another random node (target p50 < 50 ms, p99 < 250 ms):
 *                     - as a user resolves (answered from a copy the node holds when it holds one)
 *                     - with `nocache` (the network is always asked; a held copy counts as one answer)
 *                     - on a node that joined after the names were published (holds none of them:
 *                       each first resolve is a DHT query)
 *   DAG fetch         1 MiB DAG put on a random node, fetched (and verified) by another
 *   idle CPU          of each testnet node over a quiet window after the run
 *   idle RSS          of the testnet's nodes after they idled, and of a lone node (target < 120 MB)
 *   time to ready     spawn → "ready" line, lone node: fresh repo and existing repo (target < 1 s)
 *
 *   --nodes N (20)  --resolves N (200)  --fetches N (10)  --idle-seconds S (10)  --json
 *   --keep-logs     leave the nodes' repos and logs in the temp directory (printed at the end)
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
    json: { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false }
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

/** CPU time (user + system) a process has used, in seconds. */
async function cpuSeconds (pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100 // utime, stime in clock ticks (100 Hz)
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
  resolveNocache: LatencySummary & { failures: number, sources: Record<string, number> }
  resolveLateJoiner: LatencySummary & { failures: number, sources: Record<string, number> }
  idleCpuPercent: LatencySummary & { total: number }
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
  // one more node than asked for, started only after the names are published
  const manifest = defaultManifest(N + 1)
  manifest.nodes[N].name = 'late'
  const net = new Testnet({ manifest, dir: join(dir, 'net'), readyTimeoutMs: 60_000 })
  const stopOnSignal = (): void => { void net.stop().finally(() => process.exit(130)) }
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  try {
    log(`bench:net  ${N} nodes on 127.0.0.1, ${availableParallelism()} CPUs, load average ${loadavg().map(x => x.toFixed(1)).join(' ')}`)
    const t0 = performance.now()
    await net.start(manifest.nodes.slice(0, N).map(n => n.name))
    await net.waitConnected({ timeoutMs: 60_000 })
    const startAllSeconds = (performance.now() - t0) / 1000
    const nodes: TestnetNode[] = net.nodes.slice(0, N)
    const late = net.nodes[N]
    const readyUnderLoad = summarize(nodes.map(n => n.readyMs[0]))
    log(`started    ${N} nodes in ${startAllSeconds.toFixed(1)} s; spawn→ready while others start: ${formatSummary(readyUnderLoad)}`)
    await sleep(3000) // let the DHT's first self-queries and routing-table refreshes finish

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
    const errors: string[] = []
    const resolveAll = async (resolverOf: (publisher: TestnetNode) => TestnetNode, nocache: boolean): Promise<LatencySummary & { failures: number, sources: Record<string, number> }> => {
      const ms: number[] = []
      const sources: Record<string, number> = {}
      let failures = 0
      for (const { name, publisher } of names) {
        const resolver = resolverOf(publisher)
        const t = performance.now()
        try {
          const r = await resolver.api.nameResolve(publisher.peerId, name, { nocache, timeoutMs: 10_000 })
          ms.push(performance.now() - t)
          if (r.value !== cid) failures++
          sources[String(r.source)] = (sources[String(r.source)] ?? 0) + 1
        } catch (err) {
          failures++
          errors.push(`resolve on ${resolver.name}: ${(err as Error).message}`)
        }
      }
      return { ...summarize(ms), failures, sources }
    }
    const line = (r: LatencySummary & { failures: number, sources: Record<string, number> }): string =>
      `${formatSummary(r)}  failures ${r.failures}  sources ${JSON.stringify(r.sources)}`
    const resolve = await resolveAll(publisher => pick(nodes, publisher), false)
    log(`resolve    ${line(resolve)}   (target p50 < 50 ms, p99 < 250 ms)`)
    const resolveNocache = await resolveAll(publisher => pick(nodes, publisher), true)
    log(`  nocache  ${line(resolveNocache)}   (network asked every time)`)
    await net.startNode(late)
    const lateStart = performance.now()
    while ((await late.api.peers()).peers.length < N / 2 && performance.now() - lateStart < 20_000) await sleep(200)
    await sleep(1000) // its first self-query
    const resolveLate = await resolveAll(() => late, false)
    log(`  late     ${line(resolveLate)}   (a node that joined after publishing: DHT queries)`)

    // content: 1 MiB DAGs from a random node to another
    const fetchMs: number[] = []
    let fetchFailures = 0
    for (let i = 0; i < FETCHES; i++) {
      // the first fetch goes to the late joiner too: a young node fetching its first DAG
      const source = pick(nodes)
      const target = i === 0 ? late : pick(nodes, source)
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
    log(`fetch 1MiB ${formatSummary(fetch1MiB)}  failures ${fetchFailures}  first ${fetchMs[0]?.toFixed(0)} ms (on the late joiner)`)

    for (const e of [...new Set(errors)].slice(0, 8)) log(`  error    ${e}`)
    await sleep(IDLE_MS)
    const all = [...nodes, late]
    const cpu0 = await Promise.all(all.map(async n => await cpuSeconds(n.pid!)))
    const c0 = performance.now()
    await sleep(IDLE_MS)
    const cpu1 = await Promise.all(all.map(async n => await cpuSeconds(n.pid!)))
    const wall = (performance.now() - c0) / 1000
    const cpuPct = all.map((_, i) => 100 * (cpu1[i] - cpu0[i]) / wall)
    const idleCpu = { ...summarize(cpuPct), total: cpuPct.reduce((a, b) => a + b, 0) }
    log(`idle CPU   per node ${formatSummary(idleCpu, '%')}; all ${all.length} nodes ${idleCpu.total.toFixed(1)}% of one core (over ${wall.toFixed(0)} s)`)
    const rss = await Promise.all(all.map(async n => await rssMb(n.pid!)))
    await net.stop()
    const lone = await loneNode(dir, 5)
    const results: Results = {
      machine: { cpus: availableParallelism(), loadavg: loadavg() },
      nodes: N,
      startAllSeconds,
      readyUnderLoad,
      publish,
      resolve,
      resolveNocache,
      resolveLateJoiner: resolveLate,
      idleCpuPercent: idleCpu,
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
    if (values['keep-logs'] === true) process.stderr.write(`bench:net: repos and logs kept in ${dir}\n`)
    else await rm(dir, { recursive: true, force: true })
  }
}

await main()
