/**
 * The import graph of the deployed packages, from the API's `services` and `deps` routes: one node
 * per package (its ServiceInfo), one edge per import. An edge into a service is a live import (a
 * call runs on the callee's state); into a library, code (protocols/services.md §3).
 */
import type { ApiClient } from '../api/client.ts'
import type { ServiceInfo } from '../vm/types.ts'

export interface ImportEdge {
  from: string
  /** the imported path, without a version suffix */
  to: string
  /** the path as the importer wrote it (`local.land/amigo/avl@v1.0.0` when versioned) */
  as: string
  /** the CID the import resolved to when the importer was pushed */
  cid: string
  /** `live`: into a service; `code`: into a library; `unknown`: the import is not deployed here */
  kind: 'live' | 'code' | 'unknown'
}

export interface ImportGraph { land: string, nodes: ServiceInfo[], edges: ImportEdge[] }

export async function loadImportGraph (api: ApiClient, land?: string): Promise<ImportGraph> {
  const listed = await api.services({ land })
  const nodes = [...listed.services].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  const kinds = new Map(nodes.map(n => [n.path, n.kind]))
  const deps = await Promise.all(nodes.map(async n => await api.deps(n.path)))
  const edges: ImportEdge[] = []
  for (const d of deps) {
    for (const [as, cid] of Object.entries(d.imports).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      const to = as.replace(/@.*$/, '')
      const kind = kinds.get(to)
      edges.push({ from: d.path, to, as, cid, kind: kind === undefined ? 'unknown' : kind === 'service' ? 'live' : 'code' })
    }
  }
  return { land: listed.land, nodes, edges }
}

/** Graphviz dot: services as boxes, libraries as dashed ellipses, live imports bold, code imports dashed. */
export function graphToDot (g: ImportGraph): string {
  const id = (s: string): string => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
  const lines = [`digraph ${id(g.land)} {`, '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];']
  for (const n of g.nodes) lines.push(`  ${id(n.path)} [shape=${n.kind === 'service' ? 'box' : 'ellipse, style=dashed'}];`)
  for (const e of g.edges) lines.push(`  ${id(e.from)} -> ${id(e.to)} [${e.kind === 'live' ? 'label="live", style=bold' : e.kind === 'code' ? 'style=dashed' : 'color=red, label="not deployed"'}];`)
  lines.push('}')
  return lines.join('\n') + '\n'
}
