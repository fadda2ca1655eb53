// Package sources by CID, decoded from the blockstore (and verified) once: a CID never changes
// content, so a small cache serves the home page's doc comments and the source pages.
import type { CID } from 'multiformats/cid'
import { decodePackage } from '../store/packages/index.ts'
import { makeCid, parseCid } from '../store/index.ts'
import { packageDoc } from '../vm/index.ts'

export interface SourceFile { name: string, cid: string, text: string }
export interface PackageSource { path: string, files: SourceFile[], imports: Record<string, string>, doc: string }

const CACHE_SIZE = 256

export function packageSources (block: (cid: CID) => Promise<Uint8Array>): (cid: string) => Promise<PackageSource> {
  const cache = new Map<string, Promise<PackageSource>>()
  const load = async (cid: string): Promise<PackageSource> => {
    const pkg = await decodePackage(block, parseCid(cid))
    const files = await Promise.all(pkg.files.map(async f => ({ name: f.name, cid: (await makeCid(f.bytes, 'raw')).toString(), text: new TextDecoder().decode(f.bytes) })))
    return { path: pkg.path, files, imports: Object.fromEntries(Object.entries(pkg.imports).map(([p, c]) => [p, c.toString()])), doc: packageDoc(files) }
  }
  return async cid => {
    let p = cache.get(cid)
    if (p === undefined) {
      p = load(cid)
      p.catch(() => cache.delete(cid))
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
      cache.set(cid, p)
    }
    return await p
  }
}
