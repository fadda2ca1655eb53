/**
 * `amigo why PATH`: why a package is there: who imports it (and through which CID of it), who
 * depends on it through those, and what it imports itself.
 */
import { UsageError } from '../flags.ts'
import { loadImportGraph } from '../deployed-graph.ts'
import type { ImportEdge } from '../deployed-graph.ts'
import { AmigoError } from '../../store/errors/index.ts'
import { apiClient, parseServiceArgs, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo why PATH [--land LAND]

Explains a dependency: the packages that import PATH and through which CID of it (the one it had
when each was pushed), the packages that depend on it through those, and what PATH imports.

${SERVICE_FLAGS_USAGE}  --land LAND       a network land the node replicates (default: PATH's land)
`

/** PATH is not among the deployed packages of the land asked. */
export class NotDeployedError extends AmigoError<'ERR_NOT_FOUND'> {
  constructor (message: string) { super('ERR_NOT_FOUND', message) }
}

/** an import as `why` shows it: the other package, its kind, the CID named, whether that is the current one */
function edgeView (other: string, e: ImportEdge, currentCid: string | undefined): { path: string, as: string, cid: string, kind: ImportEdge['kind'], current: boolean } {
  return { path: other, as: e.as, cid: e.cid, kind: e.kind, current: e.cid === currentCid }
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('why', usage, async () => {
    const args = parseServiceArgs(argv, { land: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 1) throw new UsageError('why takes one PATH')
    const path = args.positional[0].replace(/@.*$/, '')
    const land = (args.flags.land as string | undefined) ?? (path.split('/')[0] === 'local.land' ? undefined : path.split('/')[0])
    const g = await loadImportGraph(await apiClient(args), land)
    const self = g.nodes.find(n => n.path === path)
    if (self === undefined) throw new NotDeployedError(`${path} is not deployed on ${g.land}`)
    const cidOf = new Map(g.nodes.map(n => [n.path, n.cid]))
    const importedBy = g.edges.filter(e => e.to === path).map(e => ({ ...edgeView(e.from, e, self.cid), kind: g.nodes.find(n => n.path === e.from)?.kind ?? 'service' }))
    const imports = g.edges.filter(e => e.from === path).map(e => edgeView(e.to, e, cidOf.get(e.to)))
    // everything that reaches PATH through its importers, nearest first
    const direct = new Set(importedBy.map(i => i.path))
    const seen = new Set([path, ...direct])
    const indirect: string[] = []
    for (let frontier = [...direct]; frontier.length > 0;) {
      const next: string[] = []
      for (const e of g.edges) if (frontier.includes(e.to) && !seen.has(e.from)) { seen.add(e.from); next.push(e.from) }
      indirect.push(...next.sort())
      frontier = next
    }
    if (args.flags.json === true) {
      printJson({ land: g.land, path, kind: self.kind, cid: self.cid, importedBy, indirectlyImportedBy: indirect, imports })
      return 0
    }
    const lines = [`${path}  (${self.kind})  ${self.cid}`]
    lines.push(importedBy.length === 0 ? 'imported by: nothing deployed' : 'imported by:')
    for (const i of importedBy) lines.push(`  ${i.path}  (${i.kind})  through ${i.cid}${i.current ? '' : '  (not the current CID)'}`)
    if (indirect.length > 0) lines.push('through those, used by:', ...indirect.map(p => `  ${p}`))
    lines.push(imports.length === 0 ? 'imports: no land packages' : 'imports:')
    for (const i of imports) lines.push(`  ${i.as}  ${i.cid}  (${i.kind === 'live' ? 'service, live import' : i.kind === 'code' ? 'library' : 'not deployed here'})`)
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  })
}
