/**
 * `amigo map [--dot]`: the import graph of the deployed packages, as text (each package and what
 * it imports) or as Graphviz dot (`amigo map --dot | dot -Tsvg > map.svg`).
 */
import { UsageError } from '../flags.ts'
import { loadImportGraph, graphToDot } from '../deployed-graph.ts'
import { apiClient, parseServiceArgs, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo map [--dot] [--land LAND]

Prints the import graph of the deployed packages: each package, then what it imports (live: a
service, called on its own state; code: a library).

${SERVICE_FLAGS_USAGE}  --dot             Graphviz dot instead (amigo map --dot | dot -Tsvg > map.svg)
  --land LAND       a network land the node replicates (default local.land)
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('map', usage, async () => {
    const args = parseServiceArgs(argv, { land: 'string', dot: 'boolean' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 0) throw new UsageError('map takes no arguments')
    if (args.flags.dot === true && args.flags.json === true) throw new UsageError('--dot and --json are two formats: pick one')
    const g = await loadImportGraph(await apiClient(args), args.flags.land as string | undefined)
    if (args.flags.json === true) {
      printJson({ land: g.land, nodes: g.nodes.map(n => ({ path: n.path, kind: n.kind, cid: n.cid })), edges: g.edges })
      return 0
    }
    if (args.flags.dot === true) { process.stdout.write(graphToDot(g)); return 0 }
    const lines: string[] = []
    for (const n of g.nodes) {
      lines.push(`${n.path}  (${n.kind})`)
      for (const e of g.edges.filter(e => e.from === n.path)) lines.push(`  -> ${e.as}  ${e.kind === 'unknown' ? 'not deployed here' : e.kind}`)
    }
    process.stdout.write(lines.length === 0 ? '' : lines.join('\n') + '\n')
    return 0
  })
}
