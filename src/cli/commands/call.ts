/**
 * `amigo call PATH.Func ARGS… [--gas N] [--key NAME]`: signs a call with the repo's key NAME
 * (default `default`, created on first use) and the caller's next nonce, sends it to the node and
 * prints the receipt. Each argument is a Go literal of its parameter's type (`5`, `'"hi"'`,
 * `'[]string{"a"}'`). A call that fails (panic, out of gas) prints its error with the position and
 * exits 1. `--trace` prints the call's live-call tree (protocols/services.md §3.6).
 */
import type { PrivateKey } from '@libp2p/interface'
import { UsageError } from '../flags.ts'
import { signCall, encodeSignedCall } from '../../store/calls/index.ts'
import type { ApiClient, NetworkCallReceipt, LandSubmitted } from '../../api/client.ts'
import { withNextNonce, landOfPath, isNetworkLand, finalLine, FINALITY_TIMEOUT_MS } from '../land-client.ts'
import { parseDurationFlag } from '../durations.ts'
import { traceLines } from '../trace-tree.ts'
import type { CallReceipt } from '../../api/services.ts'
import {
  apiClient, parseServiceArgs, signingKey, intFlag, printJson, printFailure, formatEvents,
  runServiceCommand, SERVICE_FLAGS_USAGE, DEFAULT_CALL_GAS
} from '../service-client.ts'

const usage = `usage: amigo call PATH.Func [ARGS…] [--gas N] [--key NAME] [--trace] [--no-wait] [--timeout DUR]

Calls an exported function of a service, e.g. amigo call local.land/alice/counter.Add 5
Each argument is a Go literal of its parameter's type; quote strings for the shell: '"hello"'.
On a network land (testnet.land/…) the call returns once final: its results, then on stderr the
block's height and CID, the land state root and the latency.

${SERVICE_FLAGS_USAGE}  --gas N           gas limit (default ${DEFAULT_CALL_GAS})
  --key NAME        the key that signs the call (default "default", created on first use)
  --no-wait         network lands: return once the land accepted the call, printing its CID
                    (amigo receipt CID prints its receipt once final)
  --timeout DUR     network lands: how long to wait for finality (default 60s)
  --trace           local.land: print the live-call tree (each service entered, function, caller,
                    gas, events, the panic that ended it); with --json, the tree as JSON
`

/** `local.land/alice/counter.Add` → path and function (the function follows the last dot after the last slash). */
export function splitTarget (target: string): { path: string, func: string } {
  const slash = target.lastIndexOf('/')
  const dot = target.lastIndexOf('.')
  if (dot <= slash || dot === target.length - 1) throw new UsageError(`"${target}" is not PATH.Func (e.g. local.land/alice/counter.Add)`)
  return { path: target.slice(0, dot), func: target.slice(dot + 1) }
}

/**
 * Signs the call with the caller's next nonce and sends it. Another client with the same key may
 * take that nonce first (the node then refuses ours with ERR_CALL_NONCE before running anything):
 * sign again with a fresh nonce, a few times.
 */
export async function sendCall (api: ApiClient, key: PrivateKey, address: string, call: { service: string, func: string, args: string[], gas: number }): Promise<CallReceipt> {
  return await withNextNonce(api, address, undefined, async (nonce, land) => await api.call(encodeSignedCall(await signCall({ land, nonce, ...call }, key))))
}

/** The same on a network land: waits until the call is final, or (`wait: false`) until the land's mempool took it. */
export async function sendLandCall (api: ApiClient, key: PrivateKey, address: string, land: string, call: { service: string, func: string, args: string[], gas: number }, opts: { wait: boolean, timeoutMs: number }): Promise<NetworkCallReceipt | LandSubmitted> {
  return await withNextNonce(api, address, land, async (nonce) => await api.landCall(encodeSignedCall(await signCall({ land, nonce, ...call }, key)), opts))
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('call', usage, async () => {
    const args = parseServiceArgs(argv, { gas: 'string', key: 'string', 'no-wait': 'boolean', timeout: 'string', trace: 'boolean' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length < 1) throw new UsageError('call takes PATH.Func and its arguments')
    const [target, ...callArgs] = args.positional
    const { path, func } = splitTarget(target)
    const gas = intFlag(args, 'gas', 1) ?? DEFAULT_CALL_GAS
    const api = await apiClient(args)
    const key = await signingKey(args)
    const land = landOfPath(path)
    const network = isNetworkLand(land)
    const trace = args.flags.trace === true
    if (trace && network) throw new UsageError('--trace is for local.land calls: the receipts of a network land keep no trace')
    const call = { service: path, func, args: callArgs, gas }
    let receipt: CallReceipt
    if (network) {
      const wait = args.flags['no-wait'] !== true
      const answer = await sendLandCall(api, key.privateKey, key.address, land, call, { wait, timeoutMs: parseDurationFlag(args.flags.timeout) ?? FINALITY_TIMEOUT_MS })
      if (!wait) {
        if (args.flags.json === true) printJson(answer)
        else process.stdout.write(`${(answer as LandSubmitted).tx}\n`)
        return 0
      }
      receipt = answer as NetworkCallReceipt
    } else {
      if (args.flags['no-wait'] === true) throw new UsageError('--no-wait is for network lands: a call of local.land runs at once')
      receipt = await sendCall(api, key.privateKey, key.address, call)
    }
    if (args.flags.json === true) printJson(trace ? receipt.trace ?? null : receipt)
    else if (trace && !receipt.ok && receipt.trace !== undefined) process.stdout.write(traceLines(receipt.trace).join('\n') + '\n')
    if (!receipt.ok) {
      printFailure('call', receipt.error)
      if (args.flags.json !== true) process.stderr.write(`gas used ${receipt.gasUsed}; state root unchanged ${receipt.stateRoot}\n`)
      return 1
    }
    if (args.flags.json !== true) {
      // the results alone on stdout (one per line), so that scripts can take them
      const lines = [...receipt.results, ...(trace && receipt.trace !== undefined ? traceLines(receipt.trace) : formatEvents(receipt.events))]
      if (lines.length > 0) process.stdout.write(lines.join('\n') + '\n')
      process.stderr.write(network ? `${finalLine(receipt as NetworkCallReceipt)}\n` : `gas used ${receipt.gasUsed}  height ${receipt.height}  state root ${receipt.stateRoot}\n`)
    }
    return 0
  })
}
