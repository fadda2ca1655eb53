/**
 * What the service commands do differently on a network land (any land but `local.land`): pushes
 * and forks are signed transactions (push-tx, fork-tx of protocols/lands.md) with the signer's
 * next nonce on that land, submitted to the land and waited for until final; which land a
 * command means follows from its path, or from `--land` for the commands without one.
 */
import type { PrivateKey } from '@libp2p/interface'
import { ApiClientError } from '../api/client.ts'
import { signPushTx, signForkTx, encodeLandTx } from '../store/lands/index.ts'
import type { PushTx, ForkTx } from '../store/lands/index.ts'
import type { ApiClient } from '../api/client.ts'
import { UsageError } from './flags.ts'
import type { ParsedArgs } from './flags.ts'

export const LOCAL_LAND = 'local.land'

/** How long a command waits for finality by default (`--timeout` to change it). */
export const FINALITY_TIMEOUT_MS = 60_000

/** `testnet.land/alice/counter` → `testnet.land` */
export function landOfPath (path: string): string {
  const slash = path.indexOf('/')
  return slash < 0 ? path : path.slice(0, slash)
}

export function isNetworkLand (land: string): boolean {
  return land !== LOCAL_LAND
}

/** A nonce refused because another client of the same key took it first: sign again. */
function nonceTaken (err: unknown): boolean {
  return err instanceof ApiClientError && (err.code === 'ERR_CALL_NONCE' || err.code === 'ERR_LAND_NONCE')
}

/**
 * Signs with the signer's next nonce on `land` (as the node knows it) and sends; when another
 * client took that nonce first, signs again with a fresh one, a few times.
 */
export async function withNextNonce<T> (api: ApiClient, address: string, land: string | undefined, send: (nonce: number, land: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { land: actual, next } = await api.nonce(address, land)
    try {
      return await send(next, actual)
    } catch (err) {
      if (!nonceTaken(err) || attempt >= 5) throw err
    }
  }
}

/** The signed bytes of a push-tx or fork-tx (protocols/lands.md; the key is the sender). */
export async function signLandTx (kind: 'push', fields: Omit<PushTx, 'deployer'>, key: PrivateKey): Promise<Uint8Array>
export async function signLandTx (kind: 'fork', fields: Omit<ForkTx, 'caller'>, key: PrivateKey): Promise<Uint8Array>
export async function signLandTx (kind: 'push' | 'fork', fields: Omit<PushTx, 'deployer'> | Omit<ForkTx, 'caller'>, key: PrivateKey): Promise<Uint8Array> {
  return encodeLandTx(kind === 'push' ? await signPushTx(fields as Omit<PushTx, 'deployer'>, key) : await signForkTx(fields as Omit<ForkTx, 'caller'>, key))
}

/**
 * The network land a land-wide command means: `--land`, else the only one the node replicates.
 */
export async function chosenLand (api: ApiClient, args: ParsedArgs): Promise<string> {
  const given = args.flags.land as string | undefined
  if (given !== undefined) return given
  const { lands } = await api.lands()
  if (lands.length === 1) return lands[0].land
  if (lands.length === 0) throw new UsageError('the node replicates no network land (start it with --land FILE)')
  throw new UsageError(`the node replicates ${lands.length} lands (${lands.map(l => l.land).join(', ')}): say which with --land`)
}

/** `latency 84 ms  height 12  block bafy…  state root bafy…`: where a final transaction landed. */
export function finalLine (r: { gasUsed?: number, height: number, block: string, stateRoot: string, latencyMs?: number }): string {
  return [
    r.gasUsed !== undefined ? `gas used ${r.gasUsed}` : undefined,
    `height ${r.height}`,
    `block ${r.block}`,
    `state root ${r.stateRoot}`,
    r.latencyMs !== undefined ? `latency ${r.latencyMs} ms` : undefined
  ].filter(s => s !== undefined).join('  ')
}
