/**
 * A testnet manifest says which nodes to run and how they find each other, as CometBFT's e2e
 * manifests do: each node's name, bootstrap peers (other nodes' names), options and role in the
 * testnet's land (`testnet.land`, made fresh for every run: its validators are the nodes whose role
 * is `validator`); nodes that start late; a load of calls; perturbations at given times; the
 * checks to run. testnet/manifests/README.md documents the format with examples.
 *
 * @example
 * ```ts
 * const m = defaultManifest(5)          // node0 … node4, all validators, bootstrapped from node0
 * const m2 = await loadManifest('testnet/manifests/perturb.json')
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
  /** genesis files of the lands this node replicates (the launcher fills it in with the testnet's land) */
  lands?: string[]
  /** in the testnet's land: a validator (default), a follower (verifies and executes, never votes), or none */
  role?: 'validator' | 'follower' | 'none'
  /** not started with the others: a `start-late` perturbation starts it (it joins by state sync) */
  late?: boolean
}

export const PERTURBATIONS = ['kill', 'pause', 'resume', 'restart', 'disconnect', 'reconnect', 'kill-sequencer', 'start-late'] as const

export interface PerturbationStep {
  /** node name (for kill-sequencer: none, the sequencer of the moment is found by asking the land) */
  node?: string
  /** what to do to it */
  action: typeof PERTURBATIONS[number]
  /** when, in ms after the load started (or the testnet was ready, without a load) */
  atMs: number
}

/** The testnet's land: made fresh for every run, its validators the nodes of role `validator`. */
export interface LandManifest {
  /** default testnet.land */
  name?: string
  /** genesis params.blockMs (default 50) */
  blockMs?: number
  /** genesis params.viewTimeoutMs (default 1000) */
  viewTimeoutMs?: number
}

export const LOAD_SERVICES = ['counter', 'token', 'blog'] as const

/** Calls sent to the land while the perturbations happen. */
export interface LoadManifest {
  /** calls per second, spread over the services and over the running nodes */
  callsPerSecond: number
  durationMs: number
  /** counter increments, token transfers between accounts, blog comments through a live import (default all) */
  services?: Array<typeof LOAD_SERVICES[number]>
  /** how many keys send calls (default 20): each has at most one call in flight */
  accounts?: number
}

export interface Manifest {
  nodes: NodeManifest[]
  /** checks to run, by name (default: all) */
  checks?: string[]
  /** perturbations, applied in time order */
  perturbations?: PerturbationStep[]
  land?: LandManifest
  load?: LoadManifest
  /** after the load and the perturbations: how long running nodes may take to agree on the final height (default 30 s) */
  settleMs?: number
}

export class ManifestError extends Error {
  override name = 'ManifestError'
  readonly code = 'ERR_BAD_MANIFEST'
}

/** N nodes `node0 … node{N-1}`, every one bootstrapped from node0, all validators of testnet.land; a short load. */
export function defaultManifest (n: number): Manifest {
  if (!Number.isInteger(n) || n < 1) throw new ManifestError(`a testnet needs at least one node, not ${n}`)
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ name: `node${i}`, bootstrap: i === 0 ? [] : ['node0'] })),
    load: { callsPerSecond: 10, durationMs: 5000 }
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
  for (const node of m.nodes) {
    if (node.role !== undefined && !['validator', 'follower', 'none'].includes(node.role)) throw new ManifestError(`manifest: node "${node.name}" has role ${JSON.stringify(node.role)}, not validator, follower or none`)
    if (node.late === true && node.bootstrap.length === 0) throw new ManifestError(`manifest: late node "${node.name}" needs bootstrap peers to join`)
  }
  if (!m.nodes.some(n => (n.role ?? 'validator') === 'validator')) throw new ManifestError('manifest: the land needs at least one node of role validator')
  for (const p of m.perturbations ?? []) {
    if (!(PERTURBATIONS as readonly string[]).includes(p.action)) throw new ManifestError(`manifest: unknown perturbation ${JSON.stringify(p.action)} (known: ${PERTURBATIONS.join(', ')})`)
    if (p.action !== 'kill-sequencer' && (p.node === undefined || !seen.has(p.node))) throw new ManifestError(`manifest: perturbation of unknown node "${String(p.node)}"`)
    if (p.action === 'start-late' && m.nodes.find(n => n.name === p.node)?.late !== true) throw new ManifestError(`manifest: start-late of "${String(p.node)}", which is not a late node`)
    if (!Number.isFinite(p.atMs) || p.atMs < 0) throw new ManifestError(`manifest: perturbation ${p.action} needs "atMs" ≥ 0`)
  }
  const load = m.load
  if (load !== undefined) {
    if (!(load.callsPerSecond > 0) || !(load.durationMs > 0)) throw new ManifestError('manifest: load needs callsPerSecond > 0 and durationMs > 0')
    for (const svc of load.services ?? []) if (!(LOAD_SERVICES as readonly string[]).includes(svc)) throw new ManifestError(`manifest: load service ${JSON.stringify(svc)} is not one of ${LOAD_SERVICES.join(', ')}`)
    if (load.accounts !== undefined && (!Number.isInteger(load.accounts) || load.accounts < 2)) throw new ManifestError('manifest: load.accounts must be a whole number ≥ 2')
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
