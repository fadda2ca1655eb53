/**
 * Bootstrap lists: JSON files (format in bootstrap/README.md) naming the peers a node dials first.
 * A config's `bootstrap` entries are multiaddrs or paths of such files; this expands the files.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { PACKAGE_ROOT } from './paths.ts'
import { ConfigError } from './config.ts'

export interface BootstrapList {
  /** which network the list is for, e.g. "public" or "local-testnet" */
  network: string
  description?: string
  /** multiaddrs ending in /p2p/<peer id> */
  peers: string[]
}

/** The list shipped for the public network (empty until that network exists). */
export const PUBLIC_BOOTSTRAP_FILE = join(PACKAGE_ROOT, 'bootstrap', 'public.json')

export async function readBootstrapList (file: string): Promise<BootstrapList> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new ConfigError(`bootstrap list ${file}: ${(err as Error).message}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`bootstrap list ${file}: not JSON: ${(err as Error).message}`)
  }
  const list = parsed as Partial<BootstrapList>
  if (typeof list !== 'object' || list === null || typeof list.network !== 'string' || !Array.isArray(list.peers) ||
      !list.peers.every(p => typeof p === 'string' && p.startsWith('/') && p.includes('/p2p/'))) {
    throw new ConfigError(`bootstrap list ${file}: want {"network": string, "peers": ["/ip4/…/tcp/…/p2p/<peer id>", …]}`)
  }
  return list as BootstrapList
}

/** Expand bootstrap entries (multiaddrs or list files, relative to `baseDir`) into unique multiaddrs. */
export async function expandBootstrap (entries: string[], baseDir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of entries) {
    if (entry.endsWith('.json')) {
      const file = isAbsolute(entry) ? entry : resolve(baseDir, entry)
      out.push(...(await readBootstrapList(file)).peers)
    } else {
      out.push(entry)
    }
  }
  return [...new Set(out)]
}
