/**
 * `npm run bench:services`: services on one node, on the node's own storage (LevelDB in a
 * temporary repo, removed at the end), through the VM API the node's HTTP API calls.
 *
 * - calls per second: counter Increment, blog AddPost (each a committed transaction: state
 *   written, head moved, records batch synced);
 * - one write into a service map of 1,000,000 entries: new blocks and bytes per call, counting
 *   everything the call writes (map HAMT path, objects table, state root, head); bar ≤ 8 blocks,
 *   ≤ 16 KB (ARCHITECTURE.md, Targets);
 * - fork: blocks written (bar: 1);
 * - push → first successful call: time of `push` of the counter and its first `Increment`.
 *
 * Options: --entries N (default 1000000), --calls N (default 300), --writes N (default 100).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openStores } from '../src/store/index.ts'
import { levelVMStorage } from '../src/node/vm-storage.ts'
import { createVM, type VMStorage, type PackageFile } from '../src/vm/index.ts'
import { bootstrapFiles } from '../test/vm/helpers.ts'

function arg (name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const ENTRIES = arg('entries', 1_000_000)
const CALLS = arg('calls', 300)
const WRITES = arg('writes', 100)
const ME = '12D3KooWBenchUser'

/** counts blocks that were not in the store before (what a call really adds) */
function counting (s: VMStorage): VMStorage & { reset: () => void, blocks_: () => number, bytes_: () => number } {
  let blocks = 0
  let bytes = 0
  return {
    records: s.records,
    blocks: {
      get: s.blocks.get,
      has: s.blocks.has,
      put: async (cid, b) => {
        if (!(await s.blocks.has(cid))) { blocks++; bytes += b.byteLength }
        await s.blocks.put(cid, b)
      }
    },
    reset: () => { blocks = 0; bytes = 0 },
    blocks_: () => blocks,
    bytes_: () => bytes
  }
}

const BIGMAP: PackageFile[] = [{
  name: 'bigmap.go',
  text: `// Package bigmap keeps one large map, for the benchmark.
package bigmap

import "strconv"

var m = map[string]int{}

// Fill adds n entries "k<start>".."k<start+n-1>".
func Fill(start, n int) {
	for i := start; i < start+n; i++ {
		m["k"+strconv.Itoa(i)] = i
	}
}

// Set writes one entry.
func Set(k string, v int) { m[k] = v }

// Len returns the number of entries.
func Len() int { return len(m) }
`
}]

function pct (xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]
}

async function main (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'amigo-bench-services-'))
  const stores = await openStores(dir)
  try {
    const storage = counting(levelVMStorage(stores, '/amigo/vm/'))
    let t = 1_767_225_600_000_000_000n
    const vm = createVM({ storage, land: 'local.land', blockTime: () => (t += 1_000_000_000n), defaultGas: 1e12 })
    const rows: string[][] = []
    // each figure is printed as soon as it is measured (the 1M-entry fill takes minutes)
    const report = (k: string, v: string): void => { rows.push([k, v]); console.log(`${k}: ${v}`) }

    // push → first call
    const t0 = performance.now()
    await vm.push({ path: 'local.land/bench/counter', files: bootstrapFiles('counter'), deployer: ME })
    const t1 = performance.now()
    const first = await vm.call({ path: 'local.land/bench/counter', func: 'Increment', args: [], caller: ME })
    const t2 = performance.now()
    if (!first.ok) throw new Error(JSON.stringify(first.error))
    report('push → first call (counter)', `${(t2 - t0).toFixed(0)} ms (push ${(t1 - t0).toFixed(0)} ms, first call ${(t2 - t1).toFixed(0)} ms)`)

    // calls per second
    const rate = async (label: string, path: string, func: string, args: (i: number) => string[]): Promise<void> => {
      const lat: number[] = []
      const start = performance.now()
      for (let i = 0; i < CALLS; i++) {
        const c0 = performance.now()
        const r = await vm.call({ path, func, args: args(i), caller: ME })
        if (!r.ok) throw new Error(`${func}: ${JSON.stringify(r.error)}`)
        lat.push(performance.now() - c0)
      }
      const secs = (performance.now() - start) / 1000
      report(`${label}: calls/s`, `${(CALLS / secs).toFixed(0)} (p50 ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms, ${CALLS} calls)`)
    }
    await rate('counter Increment', 'local.land/bench/counter', 'Increment', () => [])
    for (const n of ['avl', 'comments']) await vm.push({ path: `local.land/amigo/${n}`, files: bootstrapFiles(n), deployer: ME })
    await vm.push({ path: 'local.land/amigo/blog', files: bootstrapFiles('blog'), deployer: ME })
    await rate('blog AddPost', 'local.land/amigo/blog', 'AddPost', i => [`"Post ${i}"`, `"Body of post ${i}, with a few words of Markdown."`])
    await rate('blog Comment (live import of comments)', 'local.land/amigo/blog', 'Comment', i => [String(1 + (i % 50)), `"comment ${i}"`])
    const renders: number[] = []
    for (let i = 0; i < 20; i++) {
      const r0 = performance.now()
      await vm.render('local.land/amigo/blog', `post/${1 + i}`)
      renders.push(performance.now() - r0)
    }
    report(`blog Render of a post (${CALLS} posts)`, `p50 ${pct(renders, 50).toFixed(2)} ms, p99 ${pct(renders, 99).toFixed(2)} ms`)

    // one write in a map of ENTRIES entries
    await vm.push({ path: 'local.land/bench/bigmap', files: BIGMAP, deployer: ME })
    const f0 = performance.now()
    const CHUNK = 25_000
    for (let s = 0; s < ENTRIES; s += CHUNK) {
      const r = await vm.call({ path: 'local.land/bench/bigmap', func: 'Fill', args: [String(s), String(Math.min(CHUNK, ENTRIES - s))], caller: ME })
      if (!r.ok) throw new Error(JSON.stringify(r.error))
    }
    const len = await vm.call({ path: 'local.land/bench/bigmap', func: 'Len', args: [], caller: ME })
    report(`fill the map (${len.results[0]} entries)`, `${((performance.now() - f0) / 1000).toFixed(1)} s`)
    const blocks: number[] = []
    const bytes: number[] = []
    const lat: number[] = []
    for (let i = 0; i < WRITES; i++) {
      storage.reset()
      const c0 = performance.now()
      const k = i % 2 === 0 ? `k${(i * 7919) % ENTRIES}` : `new${i}`
      const r = await vm.call({ path: 'local.land/bench/bigmap', func: 'Set', args: [JSON.stringify(k), String(i)], caller: ME })
      if (!r.ok) throw new Error(JSON.stringify(r.error))
      lat.push(performance.now() - c0)
      blocks.push(storage.blocks_())
      bytes.push(storage.bytes_())
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
    report(`one map write in ${ENTRIES} entries: blocks (mean / max)`, `${mean(blocks).toFixed(2)} / ${Math.max(...blocks)} (bar 8)`)
    report(`one map write in ${ENTRIES} entries: bytes (mean / max)`, `${mean(bytes).toFixed(0)} / ${Math.max(...bytes)} (bar 16384)`)
    report(`one map write in ${ENTRIES} entries: call time`, `p50 ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms`)

    // a cold node: a new VM on the same store reads only what the call touches
    const cold = createVM({ storage, land: 'local.land', blockTime: () => (t += 1_000_000_000n), defaultGas: 1e12 })
    storage.reset()
    const c0 = performance.now()
    const r = await cold.call({ path: 'local.land/bench/bigmap', func: 'Set', args: ['"k12345"', '1'], caller: ME })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    report('first write after a restart (cold caches)', `${(performance.now() - c0).toFixed(0)} ms, ${storage.blocks_()} blocks written`)

    // fork
    storage.reset()
    await vm.fork('local.land/bench/bigmap', 'local.land/bench/bigmap2')
    report(`fork of the ${ENTRIES}-entry service: blocks written`, String(storage.blocks_()))

    const w = Math.max(...rows.map(r => r[0].length))
    console.log(`\nservices on one node (LevelDB), Node ${process.version}, load average ${loadavg()[0].toFixed(1)}\n`)
    for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`)
  } finally {
    await stores.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
