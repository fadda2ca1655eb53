/**
 * `amigo search WORDS…`: the deployed packages whose path, doc comment or exported functions match
 * every word, best first (ranking in ../search-rank.ts).
 */
import { UsageError } from '../flags.ts'
import { rankServices } from '../search-rank.ts'
import { apiClient, parseServiceArgs, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo search WORDS… [--land LAND]

Finds deployed packages by path, doc comment and exported function names, e.g. amigo search blog
Every word must match; a match in the path ranks first, then a function's name, then the doc.

${SERVICE_FLAGS_USAGE}  --land LAND       a network land the node replicates (default local.land)
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('search', usage, async () => {
    const args = parseServiceArgs(argv, { land: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const words = args.positional.flatMap(w => w.split(/\s+/)).filter(w => w !== '')
    if (words.length === 0) throw new UsageError('search takes one or more WORDS')
    const listed = await (await apiClient(args)).services({ land: args.flags.land as string | undefined })
    const hits = rankServices(words, listed.services)
    if (args.flags.json === true) { printJson({ land: listed.land, words, results: hits }); return 0 }
    if (hits.length === 0) {
      process.stderr.write(`no deployed package on ${listed.land} matches ${words.map(w => JSON.stringify(w)).join(' ')}\n`)
      return 0
    }
    const lines: string[] = []
    for (const h of hits) {
      lines.push(`${h.path}  (${h.kind})`)
      if (h.synopsis !== '') lines.push(`    ${h.synopsis}`)
      for (const f of h.functions) lines.push(`    func ${f}`)
    }
    process.stdout.write(lines.join('\n') + '\n')
    return 0
  })
}
