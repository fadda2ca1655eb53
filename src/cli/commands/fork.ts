/**
 * `amigo fork SRC DST [--at N]`: a new service DST with SRC's code and its state (as of history
 * entry N, default the head). The two then change independently.
 */
import { UsageError } from '../flags.ts'
import { apiClient, parseServiceArgs, intFlag, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo fork SRC DST [--at N]

Creates the service DST with the code and the state of SRC (as of history entry N, default the latest).

${SERVICE_FLAGS_USAGE}  --at N            fork the state of history entry N
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('fork', usage, async () => {
    const args = parseServiceArgs(argv, { at: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 2) throw new UsageError('fork takes SRC and DST paths')
    const [src, dst] = args.positional
    const r = await (await apiClient(args)).fork(src, dst, { at: intFlag(args, 'at', 0) })
    if (args.flags.json === true) printJson(r)
    else process.stdout.write(`forked ${src} to ${dst}\nhead ${r.head}\nstate root ${r.stateRoot}\n`)
    return 0
  })
}
