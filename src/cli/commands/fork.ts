/**
 * `amigo fork SRC DST [--at N]`: a new service DST with SRC's code and its state (as of history
 * entry N, default the head). The two then change independently.
 */
import { UsageError } from '../flags.ts'
import { apiClient, parseServiceArgs, intFlag, printJson, printFailure, signingKey, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'
import { withNextNonce, signLandTx, landOfPath, isNetworkLand, finalLine, FINALITY_TIMEOUT_MS } from '../land-client.ts'
import { parseDurationFlag } from '../durations.ts'

/** The gas of a fork-tx (a fork copies one root: it needs little). */
const LAND_FORK_GAS = 10_000_000

const usage = `usage: amigo fork SRC DST [--at N]

Creates the service DST with the code and the state of SRC (as of history entry N, default the latest).

${SERVICE_FLAGS_USAGE}  --at N            fork the state of history entry N
  --key NAME        network lands: the key that signs the fork-tx (default "default")
  --timeout DUR     network lands: how long to wait for finality (default 60s)
`

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('fork', usage, async () => {
    const args = parseServiceArgs(argv, { at: 'string', key: 'string', timeout: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 2) throw new UsageError('fork takes SRC and DST paths')
    const [src, dst] = args.positional
    const at = intFlag(args, 'at', 0)
    const api = await apiClient(args)
    const land = landOfPath(src)
    if (isNetworkLand(land)) {
      const key = await signingKey(args)
      const timeoutMs = parseDurationFlag(args.flags.timeout) ?? FINALITY_TIMEOUT_MS
      const r = await withNextNonce(api, key.address, land, async nonce => {
        const tx = await signLandTx('fork', { land, nonce, src, dst, ...(at !== undefined ? { at } : {}), gas: LAND_FORK_GAS }, key.privateKey)
        return await api.landTx(land, tx, { timeoutMs })
      })
      if (args.flags.json === true) printJson(r)
      if (r.ok !== true) {
        printFailure('fork', r.error)
        return 1
      }
      if (args.flags.json !== true) {
        process.stdout.write(`forked ${src} to ${dst}\nhead ${String(r.head)}\nstate root ${String(r.serviceStateRoot ?? '-')}\n`)
        process.stderr.write(`${finalLine(r as Parameters<typeof finalLine>[0])}\n`)
      }
      return 0
    }
    const r = await api.fork(src, dst, { at })
    if (args.flags.json === true) printJson(r)
    else process.stdout.write(`forked ${src} to ${dst}\nhead ${r.head}\nstate root ${r.stateRoot}\n`)
    return 0
  })
}
