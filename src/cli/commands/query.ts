/**
 * The read-only service commands: `amigo eval PATH EXPR`, `amigo render PATH[:subpath]`,
 * `amigo state PATH [SELECTOR]`, `amigo history PATH`, `amigo deps PATH`, `amigo info PATH`,
 * `amigo services`.
 * `--at N` reads the state as of history entry N (eval, render, state); `--json` prints the
 * node's answer as it is. On a network land the answer comes from the last final state, whose
 * height is printed on stderr.
 */
import { UsageError } from '../flags.ts'
import type { ParsedArgs } from '../flags.ts'
import type { ApiClient } from '../../api/client.ts'
import type { HistoryEntry } from '../../vm/types.ts'
import { apiClient, parseServiceArgs, intFlag, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

interface Query {
  usage: string
  /** how many positional arguments: [min, max] */
  arity: [number, number]
  flags?: Record<string, 'string'>
  run: (api: ApiClient, positional: string[], args: ParsedArgs) => Promise<{ json: unknown, text: string }>
}

const AT = '  --at N            as of history entry N (0 = the deployment)\n'

const queries: Record<string, Query> = {
  eval: {
    usage: `usage: amigo eval PATH EXPR [--at N]\n\nEvaluates a read-only Go expression against a service, e.g. amigo eval local.land/alice/blog 'GetPost(3).Title'\n\n${SERVICE_FLAGS_USAGE}${AT}`,
    arity: [2, 2],
    flags: { at: 'string' },
    async run (api, [path, expr], args) {
      const r = await api.eval(path, expr, { at: intFlag(args, 'at', 0) })
      return { json: r, text: `${r.value}\n` }
    }
  },
  render: {
    usage: `usage: amigo render PATH[:SUBPATH] [--at N]\n\nPrints the Markdown of the service's Render(SUBPATH).\n\n${SERVICE_FLAGS_USAGE}${AT}`,
    arity: [1, 1],
    flags: { at: 'string' },
    async run (api, [target], args) {
      const colon = target.indexOf(':')
      const [path, subpath] = colon < 0 ? [target, ''] : [target.slice(0, colon), target.slice(colon + 1)]
      const r = await api.render(path, subpath, { at: intFlag(args, 'at', 0) })
      return { json: r, text: r.markdown.endsWith('\n') || r.markdown === '' ? r.markdown : r.markdown + '\n' }
    }
  },
  state: {
    usage: `usage: amigo state PATH [SELECTOR] [--at N]\n\nShows the service's state: every package variable, or the value a selector names (posts[3].Title).\n\n${SERVICE_FLAGS_USAGE}${AT}`,
    arity: [1, 2],
    flags: { at: 'string' },
    async run (api, [path, selector], args) {
      const r = await api.state(path, selector ?? '', { at: intFlag(args, 'at', 0) })
      return { json: r, text: `${r.type}\n${JSON.stringify(r.value, null, 2)}\n` }
    }
  },
  history: {
    usage: `usage: amigo history PATH [--limit N]\n\nLists the service's state roots: the deployment (or fork), then one per committed call.\n\n${SERVICE_FLAGS_USAGE}  --limit N         only the last N entries\n`,
    arity: [1, 1],
    flags: { limit: 'string' },
    async run (api, [path], args) {
      const r = await api.history(path, { limit: intFlag(args, 'limit', 1) })
      return { json: r, text: r.entries.map(historyLine).join('') }
    }
  },
  deps: {
    usage: `usage: amigo deps PATH\n\nShows the package's CID and what it imports, by CID.\n\n${SERVICE_FLAGS_USAGE}`,
    arity: [1, 1],
    async run (api, [path]) {
      const r = await api.deps(path)
      const lines = [`${r.path} ${r.cid}`, ...Object.entries(r.imports).map(([p, cid]) => `  ${p} ${cid}`)]
      return { json: r, text: lines.join('\n') + '\n' }
    }
  },
  info: {
    usage: `usage: amigo info PATH\n\nShows a deployed package: kind, CID, head, state root, height, and its exported functions.\n\n${SERVICE_FLAGS_USAGE}`,
    arity: [1, 1],
    async run (api, [path]) {
      const r = await api.info(path)
      const lines = [
        `${r.path} (${r.kind}) ${r.cid}`,
        `head ${r.head ?? '-'}`,
        `state root ${r.stateRoot ?? '-'}`,
        `height ${r.height}`,
        ...r.functions.map(f => `  func ${f}`)
      ]
      return { json: r, text: lines.join('\n') + '\n' }
    }
  },
  services: {
    usage: `usage: amigo services [--land LAND]\n\nLists the packages deployed on the node (on local.land, or on the network land LAND): path, kind, height, state root.\n\n${SERVICE_FLAGS_USAGE}  --land LAND       a network land the node replicates\n`,
    arity: [0, 0],
    flags: { land: 'string' },
    async run (api, _positional, args) {
      const r = await api.services({ land: args.flags.land as string | undefined })
      const lines = r.services.map(s => `${s.path}\t${s.kind}\t${s.height}\t${s.stateRoot ?? '-'}`)
      return { json: r, text: lines.length === 0 ? '' : lines.join('\n') + '\n' }
    }
  }
}

/** `3  height 7  bafy…  Add(5) by 12D3KooW…` */
function historyLine (e: HistoryEntry): string {
  const what = e.call !== undefined
    ? `${e.call.func}(${e.call.args.join(', ')}) by ${e.call.caller}`
    : e.forkedFrom !== undefined ? `fork of ${e.forkedFrom}` : 'deploy'
  return `${e.index}\theight ${e.height}\t${e.stateRoot}\t${what}\n`
}

export async function runQuery (name: string, argv: string[]): Promise<number> {
  const q = queries[name]
  return await runServiceCommand(name, q.usage, async () => {
    const args = parseServiceArgs(argv, q.flags ?? {})
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(q.usage); return 0 }
    const n = args.positional.length
    if (n < q.arity[0] || n > q.arity[1]) throw new UsageError(`${name} takes ${q.arity[0] === q.arity[1] ? q.arity[0] : `${q.arity[0]} or ${q.arity[1]}`} argument${q.arity[1] === 1 ? '' : 's'}`)
    const { json, text } = await q.run(await apiClient(args), args.positional, args)
    if (args.flags.json === true) printJson(json)
    else {
      process.stdout.write(text)
      // a network land answers from its last final state, and says which
      const finalHeight = (json as { finalHeight?: unknown }).finalHeight
      if (typeof finalHeight === 'number') process.stderr.write(`(final height ${finalHeight})\n`)
    }
    return 0
  })
}
