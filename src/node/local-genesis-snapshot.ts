/**
 * The genesis state of `local.land`, computed once at build time (`npm run build` writes it to
 * dist/local-genesis.cbor) so that a fresh repo's first start imports it in milliseconds instead
 * of compiling and deploying every bootstrap package (~1.5 s, 4 s on a loaded machine).
 *
 * The file holds what deploying the genesis packages writes to an empty VM storage: its blocks and
 * its records, and the CID of the packages it was made from. A start uses it only when the repo's
 * local.land holds nothing yet and the packages on disk are exactly those (otherwise it deploys
 * them, local-genesis.ts): the state is then the one the deploy would have written, at the build's
 * time instead of the first start's.
 *
 * It is looked up next to the compiled modules (dist/), never from src/: code run from its sources
 * may differ from the code that made the file, and then deploys.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import type { VMStorage } from '../vm/types.ts'
import { createVM } from '../vm/index.ts'
import { genesisPackages } from './land-genesis.ts'
import { deployLocalGenesis } from './local-genesis.ts'
import { LOCAL_LAND } from './node.ts'

const FORMAT = 'amigo/local-genesis/1'

/** Where `npm run build` writes the snapshot: dist/local-genesis.cbor, for dist/node/… and dist/bundle/… alike. */
export const SNAPSHOT_FILE = fileURLToPath(new URL('../local-genesis.cbor', import.meta.url))

interface Snapshot { format: string, packages: CID, blocks: Array<[CID, Uint8Array]>, records: Array<[string, Uint8Array]> }

/** The CID of the genesis packages (paths and files, in deploy order): what a snapshot is valid for. */
async function packagesCid (packagesDir?: string): Promise<CID> {
  const bytes = dagCbor.encode(await genesisPackages(LOCAL_LAND, packagesDir))
  return CID.createV1(dagCbor.code, await sha256.digest(bytes))
}

/** Deploys the genesis packages on an empty in-memory storage at `timeNs`; returns the snapshot's bytes. */
export async function captureLocalGenesis (timeNs: bigint, packagesDir?: string): Promise<Uint8Array> {
  const blocks = new Map<string, [CID, Uint8Array]>()
  const records = new Map<string, Uint8Array>()
  const storage: VMStorage = {
    blocks: {
      async get (cid) {
        const b = blocks.get(cid.toString())
        if (b === undefined) throw new Error(`block ${cid.toString()} not found`)
        return b[1]
      },
      async put (cid, bytes) { blocks.set(cid.toString(), [cid, bytes]) },
      async has (cid) { return blocks.has(cid.toString()) }
    },
    records: {
      async get (key) { return records.get(key) },
      async batch (ops) { for (const op of ops) op.value === null ? records.delete(op.key) : records.set(op.key, op.value) },
      async * keys (prefix) { for (const k of [...records.keys()].filter(k => k.startsWith(prefix)).sort()) yield k }
    }
  }
  let t = timeNs
  const vm = createVM({ storage, land: LOCAL_LAND, blockTime: () => t++ })
  await deployLocalGenesis(vm, packagesDir)
  // sorted: the same packages and time make the same file
  const byKey = <T>(a: [string, T], b: [string, T]): number => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0
  const snapshot: Snapshot = {
    format: FORMAT,
    packages: await packagesCid(packagesDir),
    blocks: [...blocks.entries()].sort(byKey).map(([, b]) => b),
    records: [...records.entries()].sort(byKey)
  }
  return dagCbor.encode(snapshot)
}

/**
 * Writes the snapshot's blocks and records into `storage` when the snapshot exists, was made from
 * the genesis packages on disk, and `storage` holds no record yet; true when it did. Anything else
 * (no file, other packages, a damaged file, a used repo) imports nothing and returns false: the
 * caller deploys what is missing.
 */
export async function importLocalGenesis (storage: VMStorage, file = SNAPSHOT_FILE, packagesDir?: string): Promise<boolean> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    return false
  }
  if (!(await storage.records.keys('')[Symbol.asyncIterator]().next()).done) return false
  let s: Snapshot
  try {
    s = dagCbor.decode<Snapshot>(bytes)
    if (s.format !== FORMAT || !(await packagesCid(packagesDir)).equals(s.packages)) return false
    for (const [cid, block] of s.blocks) {
      if (cid.multihash.code !== sha256.code || !(await sha256.digest(block)).bytes.every((b, i) => b === cid.multihash.bytes[i])) return false
    }
  } catch {
    return false
  }
  for (const [cid, block] of s.blocks) await storage.blocks.put(cid, block)
  // the records last, in one batch: a crash before leaves a repo that holds nothing and deploys
  await storage.records.batch(s.records.map(([key, value]) => ({ key, value })))
  return true
}
