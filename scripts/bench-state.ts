/**
 * `npm run bench:state`: what one write costs in a big service state.
 *
 * Builds a 1,000,000-entry HAMT (32-byte keys, small int / short string values) and a
 * 1,000,000-element list, in memory and in LevelDB (a temporary directory, removed at the end),
 * then measures per single operation: new blocks and bytes written, blocks read with a cold node
 * cache, and time. Bar (ARCHITECTURE.md, Targets): one map write ≤ 8 blocks and ≤ 16 KB; a fork
 * writes one block.
 *
 * Options: --entries N (default 1000000), --ops N (default 200), --memory-only,
 * --bit-width N and --bucket-size N (HAMT parameters, to compare with the defaults 5 and 3).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createHash } from 'node:crypto'
import { LevelBlockstore } from 'blockstore-level'
import {
  Hamt, List, MemoryBlockStore, CountingBlockStore, chunkedBlockStore, encodeBlock
} from '../src/store/hamt/index.ts'
import type { BlockStore, Entry } from '../src/store/hamt/index.ts'
import { prng } from '../test/store/prng.ts' // fixed seed: every run touches the same keys

const BAR_BLOCKS = 8
const BAR_BYTES = 16 * 1024

function arg (name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}

const N = arg('entries', 1_000_000)
const OPS = arg('ops', 200)
const memoryOnly = process.argv.includes('--memory-only')
const hamtOptions = { bitWidth: arg('bit-width', 5), bucketSize: arg('bucket-size', 3) }

/** Deterministic 32-byte keys. */
function key (i: number): Uint8Array {
  return createHash('sha256').update(`key-${i}`).digest()
}
function value (i: number): unknown {
  return i % 2 === 0 ? i : `v${i}`
}

interface Sample { blocks: number, bytes: number, reads: number, ms: number }
interface Row { store: string, op: string, samples: Sample[] }

const rows: Row[] = []

function stats (xs: number[]): { mean: number, p50: number, p99: number, max: number } {
  const s = xs.slice().sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: at(0.5), p99: at(0.99), max: s[s.length - 1] }
}

/**
 * Runs `run` n times; each run gets a fresh handle from `open` (an empty node cache, so reads are
 * cold: every block below the root comes from the store) and its writes, bytes and reads are counted.
 */
async function measure<T> (counting: CountingBlockStore, store: string, op: string, n: number, open: () => Promise<T>, run: (handle: T, i: number) => Promise<void>): Promise<void> {
  const samples: Sample[] = []
  for (let i = 0; i < n; i++) {
    const handle = await open()
    counting.reset()
    const t0 = performance.now()
    await run(handle, i)
    const ms = performance.now() - t0
    const c = counting.reset()
    samples.push({ blocks: c.writes, bytes: c.bytesWritten, reads: c.reads, ms })
  }
  rows.push({ store, op, samples })
}

async function benchStore (name: string, base: BlockStore): Promise<void> {
  const rand = prng(42)
  const counting = new CountingBlockStore(base)

  // ---- map ----
  let t0 = performance.now()
  function * entries (): Generator<Entry> { for (let i = 0; i < N; i++) yield [key(i), value(i)] }
  const built = await Hamt.build(counting, entries(), hamtOptions)
  const buildMs = performance.now() - t0
  const buildCounts = counting.reset()
  console.log(`[${name}] built a ${N.toLocaleString('en')}-entry HAMT in ${(buildMs / 1000).toFixed(1)} s: ${buildCounts.writes.toLocaleString('en')} blocks, ${(buildCounts.bytesWritten / 1e6).toFixed(1)} MB, root ${built.root.toString()}`)

  // Each operation starts from a freshly opened version (root block read, empty node cache).
  let root = built.root
  const openMap = async (): Promise<Hamt> => await Hamt.load(counting, root)
  await measure(counting, name, 'map get (existing key)', OPS, openMap, async (map) => {
    const i = Math.floor(rand() * N)
    if (await map.get(key(i)) === undefined) throw new Error('missing key')
  })
  await measure(counting, name, 'map get (absent key)', OPS, openMap, async (map, i) => {
    if (await map.get(key(N + 1_000_000 + i)) !== undefined) throw new Error('unexpected key')
  })
  await measure(counting, name, 'map set (overwrite)', OPS, openMap, async (map, i) => {
    root = (await map.set(key(Math.floor(rand() * N)), `w${i}`)).root
  })
  await measure(counting, name, 'map set (new key)', OPS, openMap, async (map, i) => {
    root = (await map.set(key(N + i), i)).root
  })
  await measure(counting, name, 'map delete', OPS, openMap, async (map) => {
    root = (await map.delete(key(Math.floor(rand() * N)))).root
  })
  // A fork: a new service head pointing at the same code and the same state root.
  const code = (await encodeBlock({ package: 'example' })).cid
  await measure(counting, name, 'fork (new head, same state)', Math.min(OPS, 20), async () => root, async (state, i) => {
    const head = await encodeBlock({ code, state, forkedFrom: built.root, n: i })
    await counting.put(head.cid, head.bytes)
  })

  // ---- list ----
  t0 = performance.now()
  function * values (): Generator<unknown> { for (let i = 0; i < N; i++) yield value(i) }
  const builtList = await List.build(counting, values())
  const listMs = performance.now() - t0
  const listCounts = counting.reset()
  console.log(`[${name}] built a ${N.toLocaleString('en')}-element list in ${(listMs / 1000).toFixed(1)} s: ${listCounts.writes.toLocaleString('en')} blocks, ${(listCounts.bytesWritten / 1e6).toFixed(1)} MB`)
  let listRoot = builtList.root
  const openList = async (): Promise<List> => await List.load(counting, listRoot)
  await measure(counting, name, 'list get', OPS, openList, async (list) => {
    await list.get(Math.floor(rand() * N))
  })
  await measure(counting, name, 'list set', OPS, openList, async (list, i) => {
    listRoot = (await list.set(Math.floor(rand() * N), `w${i}`)).root
  })
  await measure(counting, name, 'list append', OPS, openList, async (list, i) => {
    listRoot = (await list.append(i)).root
  })
}

function printTable (): boolean {
  const header = ['store', 'operation', 'blocks written (mean/max)', 'bytes written (mean/max)', 'blocks read (mean/max)', 'time ms (p50/p99)']
  const lines = rows.map(r => {
    const b = stats(r.samples.map(s => s.blocks))
    const y = stats(r.samples.map(s => s.bytes))
    const rd = stats(r.samples.map(s => s.reads))
    const t = stats(r.samples.map(s => s.ms))
    return [r.store, r.op, `${b.mean.toFixed(2)} / ${b.max}`, `${Math.round(y.mean)} / ${y.max}`, `${rd.mean.toFixed(2)} / ${rd.max}`, `${t.p50.toFixed(3)} / ${t.p99.toFixed(3)}`]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map(l => l[i].length)))
  const fmt = (cells: string[]): string => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |'
  console.log('\n' + fmt(header))
  console.log('| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |')
  for (const l of lines) console.log(fmt(l))

  let ok = true
  for (const r of rows) {
    if (!r.op.startsWith('map set') && !r.op.startsWith('map delete') && !r.op.startsWith('list set') && !r.op.startsWith('list append')) continue
    const maxBlocks = Math.max(...r.samples.map(s => s.blocks))
    const maxBytes = Math.max(...r.samples.map(s => s.bytes))
    if (maxBlocks > BAR_BLOCKS || maxBytes > BAR_BYTES) {
      ok = false
      console.log(`FAIL ${r.store} ${r.op}: max ${maxBlocks} blocks, ${maxBytes} bytes (bar ${BAR_BLOCKS} blocks, ${BAR_BYTES} bytes)`)
    }
  }
  for (const r of rows.filter(r => r.op.startsWith('fork'))) {
    if (Math.max(...r.samples.map(s => s.blocks)) !== 1) { ok = false; console.log(`FAIL ${r.store} fork wrote more than one block`) }
  }
  console.log(ok
    ? `\nbar met: every single write ≤ ${BAR_BLOCKS} blocks and ≤ ${BAR_BYTES} bytes; a fork writes 1 block`
    : '\nbar NOT met')
  return ok
}

async function main (): Promise<number> {
  console.log(`bench:state — ${N.toLocaleString('en')} entries, ${OPS} operations per row, HAMT bitWidth ${hamtOptions.bitWidth} bucketSize ${hamtOptions.bucketSize}, Node ${process.version}`)
  await benchStore('memory', new MemoryBlockStore())
  if (!memoryOnly) {
    const dir = mkdtempSync(join(tmpdir(), 'amigo-bench-state-'))
    const level = new LevelBlockstore(dir)
    try {
      await level.open()
      await benchStore('leveldb', chunkedBlockStore(level))
    } finally {
      await level.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return printTable() ? 0 : 1
}

main().then(code => { process.exitCode = code }, err => { console.error(err); process.exitCode = 1 })
