/**
 * TEMPORARY adapter: the land parts the node wires, written in parallel on other branches
 * (createLand in src/net), looked up
 * at run time with the interfaces of /work/notes/lands.md. Once those branches are merged this
 * file becomes plain static imports.
 */
import type { PrivateKey } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import type { Genesis, LandExecutor, LandReceipt } from '../store/lands/types.ts'
import type { VMStorage } from '../vm/types.ts'
import type { LandStatus, LandBlockInfo } from '../api/services.ts'

export type FinalReceipt = LandReceipt & { height: number, block: string, stateRoot: string }

export interface Land {
  land: string
  genesisCid: CID
  start: () => Promise<void>
  stop: () => Promise<void>
  submit: (bytes: Uint8Array, opts?: { signal?: AbortSignal }) => Promise<{ cid: CID }>
  waitFinal: (txCid: CID, opts?: { signal?: AbortSignal }) => Promise<FinalReceipt>
  status: () => LandStatus
  blocks: (from: number, limit: number) => Promise<LandBlockInfo[]>
}

export type CreateLand = (init: {
  genesis: Genesis
  genesisCid: CID
  privateKey: PrivateKey
  libp2p: unknown
  executor: LandExecutor
  records: VMStorage['records']
  blocks?: unknown
  log?: unknown
}) => Land

export class LandUnavailableError extends Error {
  override name = 'LandUnavailableError'
  readonly code = 'ERR_LAND_UNAVAILABLE'
}

// the specifiers are variables so that no tool resolves them before the modules exist
const NET_INDEX = '../net/index.ts'

async function pick<T> (specifier: string, name: string): Promise<T> {
  let mod: Record<string, unknown>
  try {
    mod = await import(specifier) as Record<string, unknown>
  } catch (err) {
    throw new LandUnavailableError(`network lands need ${specifier} (${(err as Error).message.split('\n')[0]})`)
  }
  if (typeof mod[name] !== 'function') throw new LandUnavailableError(`network lands need ${name} from ${specifier}, which this build does not have yet`)
  return mod[name] as T
}

export async function landFactory (): Promise<CreateLand> {
  return await pick<CreateLand>(NET_INDEX, 'createLand')
}
