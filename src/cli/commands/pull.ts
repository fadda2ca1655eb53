/**
 * `amigo pull CID [--timeout DUR]`: fetches a package by content hash from the node's peers (with
 * every package it imports), verifies each block's hash, type-checks it, and stores it.
 */
import { UsageError } from '../flags.ts'
import { parseDurationFlag } from '../durations.ts'
import { apiClient, parseServiceArgs, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo pull CID [--timeout DUR]

Fetches the package CID (and its imports) from peers, verifies and stores it.

${SERVICE_FLAGS_USAGE}  --timeout DUR     how long to search the network (e.g. 30s)
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('pull', usage, async () => {
    const args = parseServiceArgs(argv, { timeout: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 1) throw new UsageError('pull takes one CID')
    const timeoutMs = parseDurationFlag(args.flags.timeout)
    const r = await (await apiClient(args)).pull(args.positional[0], { timeoutMs })
    if (args.flags.json === true) printJson(r)
    else {
      const lines = [`pulled ${r.path} ${r.cid} (${r.blocks} blocks, ${r.fetched} fetched)`, ...Object.entries(r.imports).map(([p, cid]) => `  import ${p} ${cid}`)]
      process.stdout.write(lines.join('\n') + '\n')
    }
    return 0
  })
}
