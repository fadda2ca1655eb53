/**
 * `npm run bench:blocks`: DAG fetch speed between two in-process nodes on 127.0.0.1.
 *
 * Node A puts a DAG of `--blocks` raw leaves of `--size` bytes (default 5,000 × 2 KiB = 10 MB)
 * under dag-cbor interior nodes of 100 links each; node B, connected to A, fetches it with
 * `blocks.fetchDag` (every block verified). Each round uses a fresh DAG and fresh nodes.
 *
 *   --rounds N (3)   --blocks N (5000)   --size BYTES (2048)
 *   --compare DIR    also run the same rounds, interleaved, against the source tree in DIR
 *                    (e.g. a worktree of main) and print the ratio: the before/after figure of a
 *                    change in one run, on one machine load
 *   --mixed          with --compare: also rounds where the compare tree's node serves and this
 *                    tree's node fetches, and the other way round (wire compatibility)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    blocks: { type: 'string', default: '5000' },
    size: { type: 'string', default: '2048' },
    compare: { type: 'string' },
    mixed: { type: 'boolean', default: false }
  }
})
const ROUNDS = Number(values.rounds)
const LEAVES = Number(values.blocks)
const SIZE = Number(values.size)
const FANOUT = 100

/** The parts of a source tree this benchmark drives (the same in every version compared). */
interface Tree {
  label: string
  createNetwork: (init: any) => Promise<any>
  openStores: (dir: string) => Promise<any>
  encodeBlock: (value: unknown) => Promise<{ cid: any, bytes: Uint8Array }>
}

async function load (label: string, root: string): Promise<Tree> {
  const net = await import(join(root, 'src/net/index.ts'))
  const store = await import(join(root, 'src/store/index.ts'))
  return { label, createNetwork: net.createNetwork, openStores: store.openStores, encodeBlock: store.encodeBlock }
}

async function waitFor (cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** One round: two fresh nodes, a fresh DAG on A (from `serve`), fetched by B (from `fetch`). Returns the fetch time in ms. */
async function round (serve: Tree, fetch: Tree, seed: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-blocks-'))
  const nodes: Array<{ net: any, stores: any }> = []
  try {
    for (let i = 0; i < 2; i++) {
      const tree = i === 0 ? serve : fetch
      const stores = await tree.openStores(join(dir, String(i)))
      const net = await tree.createNetwork({
        privateKey: await generateKeyPair('Ed25519'),
        blockstore: stores.blockstore,
        datastore: stores.datastore,
        listen: ['/ip4/127.0.0.1/tcp/0'],
        bootstrap: i === 0 ? [] : [nodes[0].net.multiaddrs()[0].toString()]
      })
      nodes.push({ net, stores })
      await net.start()
    }
    const [a, b] = nodes
    await b.net.libp2p.dial(a.net.multiaddrs()[0])
    await waitFor(() => b.net.peers().some((p: any) => p.id.equals(a.net.peerId)), 10_000)
    // the leaves, then interior nodes of FANOUT links up to one root
    let level: any[] = []
    for (let i = 0; i < LEAVES; i++) {
      const leaf = new Uint8Array(SIZE)
      for (let j = 0; j < SIZE; j += 64) leaf[j] = (seed * 131 + i * 7 + j) & 0xff
      leaf[0] = i & 0xff; leaf[1] = (i >> 8) & 0xff; leaf[2] = seed & 0xff
      level.push(await a.net.blocks.put(leaf, 'raw'))
    }
    while (level.length > 1) {
      const up: any[] = []
      for (let i = 0; i < level.length; i += FANOUT) {
        const node = await serve.encodeBlock({ seed, links: level.slice(i, i + FANOUT) })
        up.push(await a.net.blocks.put(node.bytes, 'dag-cbor'))
      }
      level = up
    }
    // let the nodes settle (identify, DHT) so the fetch is measured alone
    await new Promise(resolve => setTimeout(resolve, 500))
    const t0 = performance.now()
    const res = await b.net.blocks.fetchDag(level[0], { signal: AbortSignal.timeout(300_000) })
    const ms = performance.now() - t0
    if (res.fetched < LEAVES) throw new Error(`fetched ${String(res.fetched)} blocks, expected at least ${LEAVES}`)
    return ms
  } finally {
    for (const n of nodes.reverse()) {
      await n.net.stop()
      await n.stores.close()
    }
    await rm(dir, { recursive: true, force: true })
  }
}

function describe (ms: number[]): string {
  const sorted = [...ms].sort((x, y) => x - y)
  const mb = LEAVES * SIZE / 1e6
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (range ${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}), ${(mb / (sorted[Math.floor(sorted.length / 2)] / 1000)).toFixed(1)} MB/s`
}

async function main (): Promise<void> {
  const trees = [await load('this tree', resolve(import.meta.dirname, '..'))]
  if (values.compare != null) trees.unshift(await load(`compare (${values.compare})`, resolve(values.compare)))
  const pairs: Array<{ label: string, serve: Tree, fetch: Tree }> = trees.map(t => ({ label: t.label, serve: t, fetch: t }))
  if (values.mixed && trees.length === 2) {
    pairs.push({ label: `${trees[0].label} serves, this tree fetches`, serve: trees[0], fetch: trees[1] })
    pairs.push({ label: `this tree serves, ${trees[0].label} fetches`, serve: trees[1], fetch: trees[0] })
  }
  const times = new Map<string, number[]>(pairs.map(p => [p.label, []]))
  process.stdout.write(`DAG of ${LEAVES} × ${SIZE} B leaves (${(LEAVES * SIZE / 1e6).toFixed(1)} MB), ${ROUNDS} rounds\n`)
  let seed = 1
  for (let r = 0; r < ROUNDS; r++) {
    for (const p of pairs) {
      const ms = await round(p.serve, p.fetch, seed++)
      times.get(p.label)!.push(ms)
      process.stdout.write(`  round ${r + 1} ${p.label}: ${ms.toFixed(0)} ms\n`)
    }
  }
  for (const p of pairs) process.stdout.write(`${p.label}: ${describe(times.get(p.label)!)}\n`)
  if (trees.length === 2) {
    const ratios = times.get(trees[0].label)!.map((before, i) => before / times.get(trees[1].label)![i])
    process.stdout.write(`speed-up (compare / this tree, per round): ${ratios.map(x => x.toFixed(2)).join(', ')}\n`)
  }
}

main().then(() => process.exit(0), err => { process.stderr.write(`${String(err?.stack ?? err)}\n`); process.exit(1) })
