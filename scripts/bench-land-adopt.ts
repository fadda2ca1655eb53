/**
 * `npm run bench:land-adopt`: the land executor's state sync (`adopt`) of a land state holding N
 * nonce records (N accounts that each signed a transaction), in process: the land state HAMT is
 * built directly (the same entries the executor writes: `nonce/<address>` → nonce), and a fresh
 * executor adopts its root, every block fetched from the other store with a simulated round trip.
 * It shows what `adopt` costs when the land state itself (not a service's map) is large: adopt
 * returns once the root is fetched; reads go to the HAMT (one path each) while a background copy
 * fetches the rest and writes the records (protocols/sync.md, "State sync").
 *
 *   --accounts N (100000)   --rtt MS (2) per block fetch
 */
import { parseArgs } from 'node:util'
import type { CID } from 'multiformats/cid'
import { Hamt, MemoryBlockStore } from '../src/store/hamt/index.ts'
import { createLandExecutor } from '../src/vm/index.ts'
import { parseGenesis } from '../src/store/lands/index.ts'
import type { VMStorage } from '../src/vm/types.ts'

const { values } = parseArgs({ options: { accounts: { type: 'string', default: '100000' }, rtt: { type: 'string', default: '2' } } })
const N = Number(values.accounts)
const RTT = Number(values.rtt)
const utf8 = new TextEncoder()

function memoryRecords (): VMStorage['records'] {
  const m = new Map<string, Uint8Array>()
  return {
    get: async k => m.get(k),
    batch: async ops => { for (const o of ops) { if (o.value === null) m.delete(o.key); else m.set(o.key, o.value) } },
    keys: async function * (prefix) { for (const k of [...m.keys()].sort()) if (k.startsWith(prefix)) yield k }
  }
}

async function main (): Promise<void> {
  const remote = new MemoryBlockStore()
  const t0 = performance.now()
  const state = await Hamt.build(remote, (function * () { for (let i = 0; i < N; i++) yield [utf8.encode(`nonce/12D3KooWAccount${i}`), 1] as [Uint8Array, unknown] })())
  const built = performance.now() - t0
  let fetched = 0
  const local = new MemoryBlockStore()
  const blocks: VMStorage['blocks'] = {
    get: async (cid: CID) => {
      try { return await local.get(cid) } catch {}
      fetched++
      await new Promise(resolve => setTimeout(resolve, RTT))
      const b = await remote.get(cid)
      await local.put(cid, b)
      return b
    },
    put: async (cid, b) => { await local.put(cid, b) },
    has: async cid => { try { await local.get(cid); return true } catch { return false } }
  }
  const genesis = parseGenesis({ format: 'amigo/genesis/1', land: 'bench.land', validators: ['12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN'], timeMs: 1_767_225_600_000, params: { blockMs: 50, maxBlockTxs: 500, maxBlockBytes: 1 << 20, maxTxGas: 1e7, viewTimeoutMs: 1000, maxClockSkewMs: 60_000 }, packages: [] })
  const records = memoryRecords()
  const vm = await createLandExecutor({ storage: { blocks, records }, genesis })
  const a = performance.now()
  await vm.adopt(1, state.root)
  const adoptMs = performance.now() - a
  const atAdopt = fetched
  const r = performance.now()
  const nonce = await vm.lastNonce(`12D3KooWAccount${Math.floor(N / 2)}`)
  const readMs = performance.now() - r
  if (nonce !== 1) throw new Error(`read nonce ${String(nonce)}`)
  while (await records.get('land/lazy') !== undefined) await new Promise(resolve => setTimeout(resolve, 10))
  const copiedMs = performance.now() - a
  process.stdout.write(`bench:land-adopt: ${N} nonce records (HAMT built in ${built.toFixed(0)} ms): adopt ${adoptMs.toFixed(0)} ms (${atAdopt} blocks fetched by then, ${RTT} ms each), a nonce read ${readMs.toFixed(1)} ms after; records copied in the background after ${copiedMs.toFixed(0)} ms (${fetched} blocks)\n`)
}

await main()
