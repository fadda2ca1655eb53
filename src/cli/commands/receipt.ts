/**
 * `amigo receipt CID [--land LAND] [--no-wait] [--timeout DUR]`: the receipt of a transaction of a
 * network land (as `amigo call` prints it), once it is final; `--no-wait` answers at once
 * (ERR_LAND_NO_RECEIPT while it is not final).
 */
import { UsageError } from '../flags.ts'
import { parseDurationFlag } from '../durations.ts'
import { apiClient, parseServiceArgs, printJson, printFailure, formatEvents, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'
import { finalLine, FINALITY_TIMEOUT_MS } from '../land-client.ts'

const usage = `usage: amigo receipt CID [--land LAND] [--no-wait] [--timeout DUR]

Prints the receipt of the transaction CID (amigo call --no-wait prints it) once it is final:
its results and events, then on stderr the block's height and CID and the land state root.

${SERVICE_FLAGS_USAGE}  --land LAND       the land to ask (default: every land the node replicates)
  --no-wait         do not wait: fail with ERR_LAND_NO_RECEIPT unless final already
  --timeout DUR     how long to wait (default 60s)
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('receipt', usage, async () => {
    const args = parseServiceArgs(argv, { land: 'string', 'no-wait': 'boolean', timeout: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 1) throw new UsageError('receipt takes one transaction CID')
    const r = await (await apiClient(args)).receipt(args.positional[0], {
      land: args.flags.land as string | undefined,
      wait: args.flags['no-wait'] !== true,
      timeoutMs: parseDurationFlag(args.flags.timeout) ?? FINALITY_TIMEOUT_MS
    })
    if (args.flags.json === true) printJson(r)
    if (!r.ok) {
      printFailure('receipt', r.error)
      if (args.flags.json !== true) process.stderr.write(`${finalLine(r)}\n`)
      return 1
    }
    if (args.flags.json !== true) {
      const lines = [...r.results, ...formatEvents(r.events)]
      if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n')
      process.stderr.write(`${finalLine(r)}\n`)
    }
    return 0
  })
}
