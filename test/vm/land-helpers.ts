/** Genesis, transactions and storages for the land executor's tests (in memory). */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import type { Genesis, LandTx } from '../../src/store/lands/types.ts'
import type { VMStorage } from '../../src/vm/index.ts'
import { bootstrapFiles } from './helpers.ts'

export const LAND = 'testnet.land'
export const COUNTER = `${LAND}/amigo/counter`
export const GENESIS_MS = 1_767_225_600_000

export function testGenesis (over: Partial<Genesis> = {}): Genesis {
  return {
    format: 'amigo/genesis/1',
    land: LAND,
    validators: ['12D3KooWValidatorA', '12D3KooWValidatorB', '12D3KooWValidatorC', '12D3KooWValidatorD'],
    timeMs: GENESIS_MS,
    params: { blockMs: 100, maxBlockTxs: 1000, maxBlockBytes: 1 << 20, maxTxGas: 5_000_000, viewTimeoutMs: 2000, maxClockSkewMs: 1000 },
    packages: [{ path: COUNTER, files: bootstrapFiles('counter') }],
    ...over
  }
}

let serial = 0
/** a distinct CID standing for a signed transaction's block */
async function txCid (): Promise<CID> {
  const bytes = dagCbor.encode({ test: ++serial })
  return CID.createV1(dagCbor.code, await sha256.digest(bytes))
}

export async function callTx (caller: string, nonce: number, service: string, func: string, args: string[] = [], gas = 1_000_000): Promise<LandTx> {
  return { kind: 'call', cid: await txCid(), caller, nonce, service, func, args, gas }
}

export async function pushTx (deployer: string, nonce: number, path: string, files: Array<{ name: string, text: string }>, version?: string): Promise<LandTx> {
  return { kind: 'push', cid: await txCid(), deployer, nonce, path, files, gas: 1_000_000, ...(version !== undefined ? { version } : {}) }
}

export async function forkTx (caller: string, nonce: number, src: string, dst: string, at?: number): Promise<LandTx> {
  return { kind: 'fork', cid: await txCid(), caller, nonce, src, dst, gas: 1_000_000, ...(at !== undefined ? { at } : {}) }
}

export const goFile = (name: string, text: string): Array<{ name: string, text: string }> => [{ name, text }]

/** blocks fetched from elsewhere (another node's store) when absent here, counted: state sync over a network */
export function fetchingStorage (local: VMStorage, remote: VMStorage['blocks']): VMStorage & { fetched: () => number } {
  let fetched = 0
  return {
    records: local.records,
    blocks: {
      get: async cid => {
        if (await local.blocks.has(cid)) return await local.blocks.get(cid)
        const b = await remote.get(cid)
        fetched++
        await local.blocks.put(cid, b)
        return b
      },
      put: local.blocks.put,
      has: local.blocks.has
    },
    fetched: () => fetched
  }
}
