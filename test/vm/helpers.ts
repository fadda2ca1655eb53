/** An in-memory VMStorage (a unit-test store; the node uses LevelDB) and package files from bootstrap/. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import type { VMStorage, PackageFile } from '../../src/vm/index.ts'

export function memoryStorage (): VMStorage & { blockCount: () => number, blockBytes: () => number } {
  const blocks = new Map<string, Uint8Array>()
  const records = new Map<string, Uint8Array>()
  return {
    blocks: {
      get: async (cid: CID) => { const b = blocks.get(cid.toString()); if (b === undefined) throw new Error(`no block ${cid.toString()}`); return b },
      put: async (cid: CID, bytes: Uint8Array) => { blocks.set(cid.toString(), bytes) },
      has: async (cid: CID) => blocks.has(cid.toString())
    },
    records: {
      get: async (k: string) => records.get(k),
      batch: async ops => { for (const o of ops) { if (o.value === null) records.delete(o.key); else records.set(o.key, o.value) } },
      keys: async function * (prefix: string) { for (const k of [...records.keys()].sort()) if (k.startsWith(prefix)) yield k }
    },
    blockCount: () => blocks.size,
    blockBytes: () => [...blocks.values()].reduce((n, b) => n + b.length, 0)
  }
}

const ROOT = new URL('../../bootstrap/packages/', import.meta.url).pathname

/** the .go files of bootstrap/packages/NAME (tests included: the VM builds only the others) */
export function bootstrapFiles (name: string): PackageFile[] {
  const dir = join(ROOT, name)
  return readdirSync(dir).filter(f => f.endsWith('.go')).sort().map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))
}

export const ALICE = '12D3KooWAlice'
export const BOB = '12D3KooWBob'

let clock = 1_767_225_600_000_000_000n
/** a deterministic block clock for tests */
export function blockTime (): bigint { clock += 1_000_000_000n; return clock }
