// In-process benchmark of name resolution and DAG fetch on a loopback network of N nodes.
//   node --import tsx scripts/bench-names.ts [--nodes 10] [--rounds 3]
// Every node publishes one name; then, round after round, every node resolves every other
// node's name with the cache bypassed (a cold DHT query each time). Prints p50/p99/max.
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir, cpus } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { createNetwork } from '../src/net/index.ts'
import type { Network } from '../src/net/index.ts'
import { encodeBlock, openStores } from '../src/store/index.ts'
import type { Stores } from '../src/store/index.ts'

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : dflt
}
const N = arg('nodes', 10)
const ROUNDS = arg('rounds', 3)
const pct = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const fmt = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b)
  return `n=${s.length} p50=${pct(s, 0.5).toFixed(1)}ms p99=${pct(s, 0.99).toFixed(1)}ms max=${s[s.length - 1].toFixed(1)}ms`
}

// all nodes share this process's one thread: report how starved it was, and the machine's load
const loop = monitorEventLoopDelay({ resolution: 10 })
loop.enable()
console.log(`machine: ${cpus().length} cpus, load average ${loadavg().map(x => x.toFixed(1)).join(' ')}`)
const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-'))
const nodes: Array<{ net: Network, stores: Stores }> = []
try {
  const t0 = performance.now()
  for (let i = 0; i < N; i++) {
    const stores = await openStores(join(dir, String(i)))
    const net = await createNetwork({
      privateKey: await generateKeyPair('Ed25519'),
      blockstore: stores.blockstore,
      datastore: stores.datastore,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      bootstrap: i === 0 ? [] : [nodes[0].net.multiaddrs()[0].toString()]
    })
    nodes.push({ net, stores })
    await net.start()
  }
  console.log(`${N} nodes started in ${(performance.now() - t0).toFixed(0)} ms`)
  // let the DHT settle: every routing table has a few peers
  const rt = (n: Network): number => (n.libp2p.services.dht as any).routingTable.size
  const tw = performance.now()
  while (nodes.some(n => rt(n.net) < Math.min(3, N - 1)) && performance.now() - tw < 10_000) await new Promise(resolve => setTimeout(resolve, 50))
  console.log(`routing tables ≥ ${Math.min(3, N - 1)} after ${(performance.now() - tw).toFixed(0)} ms; sizes ${nodes.map(n => rt(n.net)).join(',')}`)

  const cid = (await encodeBlock({ bench: true })).cid
  const pub: number[] = []
  let pubFailures = 0
  for (const [i, n] of nodes.entries()) {
    const t = performance.now()
    try {
      await n.net.names.publish(`bench.land/node${i}/app`, cid, { signal: AbortSignal.timeout(30_000) })
    } catch (err: any) {
      pubFailures++
      console.log(`publish on node ${i} failed: ${String(err?.code ?? err?.message)}`)
    }
    pub.push(performance.now() - t)
  }
  console.log(`publish: ${fmt(pub)} failures=${pubFailures}`)

  const res: number[] = []
  let failures = 0
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, n] of nodes.entries()) {
      for (const [j, other] of nodes.entries()) {
        if (i === j) continue
        const t = performance.now()
        try {
          const got = await n.net.names.resolve(other.net.peerId, `bench.land/node${j}/app`, { signal: AbortSignal.timeout(5000), nocache: true })
          if (!got.value.equals(cid)) failures++
        } catch { failures++ }
        res.push(performance.now() - t)
      }
    }
  }
  console.log(`resolve (cold, cache bypassed): ${fmt(res)} failures=${failures}`)
  console.log(`event loop delay during the run: p50=${(loop.percentile(50) / 1e6).toFixed(1)}ms p99=${(loop.percentile(99) / 1e6).toFixed(1)}ms max=${(loop.max / 1e6).toFixed(1)}ms; load average now ${loadavg().map(x => x.toFixed(1)).join(' ')}`)
  const cached: number[] = []
  for (const [i, n] of nodes.entries()) {
    const j = (i + 1) % N
    const t = performance.now()
    await n.net.names.resolve(nodes[j].net.peerId, `bench.land/node${j}/app`, { signal: AbortSignal.timeout(5000) })
    cached.push(performance.now() - t)
  }
  console.log(`resolve (cached): ${fmt(cached)}`)

  // 1 MiB DAG fetched by the last node from the first (provider lookup + bitswap)
  const fetches: number[] = []
  for (let k = 0; k < 3; k++) {
    const src = nodes[k % N].net
    const chunks = []
    for (let c = 0; c < 4; c++) {
      const bytes = new Uint8Array(256 * 1024)
      for (let b = 0; b < bytes.length; b += 1024) bytes[b] = (k * 7 + c + b) & 0xff
      chunks.push(await src.blocks.put(bytes, 'raw'))
    }
    const root = await src.blocks.put((await encodeBlock({ k, chunks })).bytes, 'dag-cbor')
    await src.blocks.provide(root, { signal: AbortSignal.timeout(10_000) })
    const dst = nodes[N - 1 - k].net
    const t = performance.now()
    await dst.blocks.fetchDag(root, { signal: AbortSignal.timeout(20_000) })
    fetches.push(performance.now() - t)
  }
  console.log(`fetch 1 MiB DAG from a remote peer: ${fetches.map(x => x.toFixed(0) + 'ms').join(', ')}`)
} finally {
  for (const n of nodes.reverse()) { await n.net.stop(); await n.stores.close() }
  await rm(dir, { recursive: true, force: true })
}
