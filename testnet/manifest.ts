/**
 * A testnet manifest says which nodes to run and how they find each other, as CometBFT's e2e
 * manifests do. Today a node has a name, bootstrap peers (other nodes' names) and options; later
 * issues add the lands each node replicates and scheduled perturbations.
 *
 * @example
 * ```ts
 * const m = defaultManifest(5)          // node0 … node4, all bootstrapped from node0
 * const m2 = await loadManifest('testnet/manifests/ring.json')
 * ```
 */
import { readFile } from 'node:fs/promises'

export interface NodeManifest {
  /** unique name, used in logs and by other nodes' `bootstrap` */
  name: string
  /** names of nodes this one bootstraps from (they start first) */
  bootstrap: string[]
  /** run without networking (useful as a control) */
  offline?: boolean
  /** extra `amigo-node start` flags, e.g. ["--log-level", "debug"] */
  args?: string[]
  /** lands this node replicates (services; later issues) */
  lands?: string[]
}

export interface PerturbationStep {
  /** node name */
  node: string
  /** what to do to it */
  action: 'kill' | 'pause' | 'resume' | 'restart' | 'disconnect' | 'reconnect'
  /** when, in ms after the testnet is ready */
  atMs: number
}

export interface Manifest {
  nodes: NodeManifest[]
  /** checks to run, by name (default: all) */
  checks?: string[]
  /** perturbations, applied in time order (later issues' checks use them) */
  perturbations?: PerturbationStep[]
}

export class ManifestError extends Error {
  override name = 'ManifestError'
  readonly code = 'ERR_BAD_MANIFEST'
}

/** N nodes `node0 … node{N-1}`, every one bootstrapped from node0. */
export function defaultManifest (n: number): Manifest {
  if (!Number.isInteger(n) || n < 1) throw new ManifestError(`a testnet needs at least one node, not ${n}`)
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ name: `node${i}`, bootstrap: i === 0 ? [] : ['node0'] }))
  }
}

/** Check a manifest: unique names, bootstrap peers that exist and come earlier (start order). */
export function checkManifest (m: Manifest): Manifest {
  if (!Array.isArray(m.nodes) || m.nodes.length === 0) throw new ManifestError('manifest: "nodes" must be a non-empty array')
  const seen = new Set<string>()
  for (const node of m.nodes) {
    if (typeof node.name !== 'string' || !/^[a-zA-Z0-9_-]+$/.test(node.name)) throw new ManifestError(`manifest: bad node name ${JSON.stringify(node.name)}`)
    if (seen.has(node.name)) throw new ManifestError(`manifest: node "${node.name}" appears twice`)
    node.bootstrap ??= []
    for (const b of node.bootstrap) {
      if (!seen.has(b)) throw new ManifestError(`manifest: node "${node.name}" bootstraps from "${b}", which is not an earlier node`)
    }
    seen.add(node.name)
  }
  for (const p of m.perturbations ?? []) {
    if (!seen.has(p.node)) throw new ManifestError(`manifest: perturbation of unknown node "${p.node}"`)
  }
  return m
}

export async function loadManifest (file: string): Promise<Manifest> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    throw new ManifestError(`manifest ${file}: ${(err as Error).message}`)
  }
  return checkManifest(parsed as Manifest)
}
