/**
 * `amigo push DIR PATH [--version v1.2.0] [--gas N] [--key NAME]`: deploys the Go package in DIR
 * (its `.go` files except tests) at PATH, signed by the repo's key NAME (default `default`).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { UsageError } from '../flags.ts'
import { signPush } from '../../node/push-signature.ts'
import type { PackageFile } from '../../vm/types.ts'
import { withNextNonce, signLandTx, landOfPath, isNetworkLand, finalLine, FINALITY_TIMEOUT_MS } from '../land-client.ts'
import { parseDurationFlag } from '../durations.ts'
import type { PushResult } from '../../vm/types.ts'
import {
  apiClient, parseServiceArgs, signingKey, intFlag, printJson, printFailure, formatEvents,
  runServiceCommand, SERVICE_FLAGS_USAGE
} from '../service-client.ts'

const usage = `usage: amigo push DIR PATH [--version v1.2.0] [--gas N] [--key NAME]

Deploys the Go package in DIR (its .go files, without _test.go) at PATH, e.g. local.land/alice/counter.

${SERVICE_FLAGS_USAGE}  --version TAG     a version tag: imports may then name PATH@TAG
  --gas N           gas limit of the package's init
  --key NAME        the key that signs the push (default "default", created on first use)
  --timeout DUR     network lands: how long to wait for finality (default 60s)

On a network land (testnet.land/…) the push is a signed push-tx, returning once final.
`

/** The gas of a push-tx when --gas is not given: the land caps it at its maxTxGas. */
const DEFAULT_LAND_PUSH_GAS = 100_000_000

/** The package's source files: `*.go` without tests, hidden files or files Go ignores (`_x.go`). */
export async function readPackageDir (dir: string): Promise<PackageFile[]> {
  let names: string[]
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`${dir} is not a directory`)
    names = await readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`no directory ${dir}`)
    throw err
  }
  const files: PackageFile[] = []
  for (const name of names.sort()) {
    if (!name.endsWith('.go') || name.endsWith('_test.go') || name.startsWith('.') || name.startsWith('_')) continue
    if (!(await stat(join(dir, name))).isFile()) continue
    files.push({ name, text: await readFile(join(dir, name), 'utf8') })
  }
  if (files.length === 0) throw new UsageError(`no Go files in ${dir} (test files are not pushed)`)
  return files
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('push', usage, async () => {
    const args = parseServiceArgs(argv, { version: 'string', gas: 'string', key: 'string', timeout: 'string' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 2) throw new UsageError('push takes a directory and a path')
    const [dir, path] = args.positional
    const gas = intFlag(args, 'gas', 1)
    const files = await readPackageDir(dir)
    const api = await apiClient(args)
    const key = await signingKey(args)
    const version = args.flags.version as string | undefined
    const land = landOfPath(path)
    let result: PushResult & { block?: string, latencyMs?: number }
    if (isNetworkLand(land)) {
      const timeoutMs = parseDurationFlag(args.flags.timeout) ?? FINALITY_TIMEOUT_MS
      result = await withNextNonce(api, key.address, land, async nonce => {
        const tx = await signLandTx('push', { land, nonce, path, files, ...(version !== undefined ? { version } : {}), gas: gas ?? DEFAULT_LAND_PUSH_GAS }, key.privateKey)
        return await api.landTx(land, tx, { timeoutMs }) as PushResult & { block: string, latencyMs: number }
      })
    } else {
      const signature = await signPush(key.privateKey, path, files)
      result = await api.push({ path, files, deployer: key.address, signature, version, gas })
    }
    if (args.flags.json === true) printJson(result)
    if (!result.ok) {
      printFailure('push', result.error)
      return 1
    }
    if (args.flags.json !== true) {
      const lines = [
        `pushed ${path} (${result.kind}) ${result.cid}`,
        ...Object.entries(result.imports).map(([p, cid]) => `  import ${p} ${cid}`),
        ...formatEvents(result.events),
        result.block !== undefined ? finalLine({ ...result, block: result.block }) : `state root ${result.stateRoot}  height ${result.height}  gas used ${result.gasUsed}`
      ]
      process.stdout.write(lines.join('\n') + '\n')
    }
    return 0
  })
}
