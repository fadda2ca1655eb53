// The geneses that land and head records are checked against (protocols/heads.md §2): by CID,
// from the node's own lands, its block store or bitswap, checked, and remembered with their
// validator sets so that a certificate is checked without re-importing keys.
import * as dagCbor from '@ipld/dag-cbor'
import type { CID } from 'multiformats/cid'
import { genesisCid, parseGenesis, ValidatorSet, type Genesis } from '../../store/lands/index.ts'
import { RecordUnknownGenesisError } from '../errors.ts'
import type { CheckedGenesis } from './record.ts'

const REMEMBERED = 256
export const GENESIS_FETCH_MS = 5000

export interface GenesisCache {
  /** the checked genesis of `cid` (RecordUnknownGenesisError if it cannot be had in time) */
  get: (cid: CID) => Promise<CheckedGenesis>
  /** a genesis this node already trusts (one of its own lands) */
  add: (genesis: Genesis, cid: CID) => CheckedGenesis
  /** the genesis time of a remembered genesis (for the land record selector, which cannot wait) */
  timeOf: (cid: CID) => number | undefined
}

export function createGenesisCache (fetch: (cid: CID, signal: AbortSignal) => Promise<Uint8Array>): GenesisCache {
  const known = new Map<string, CheckedGenesis>()
  const remember = (g: CheckedGenesis): CheckedGenesis => {
    const k = g.cid.toV1().toString()
    known.delete(k)
    known.set(k, g)
    if (known.size > REMEMBERED) known.delete(known.keys().next().value!)
    return g
  }
  return {
    async get (cid) {
      const hit = known.get(cid.toV1().toString())
      if (hit !== undefined) return hit
      let genesis: Genesis
      try {
        // the block API checks that the bytes hash to the CID
        const bytes = await fetch(cid, AbortSignal.timeout(GENESIS_FETCH_MS))
        genesis = parseGenesis(dagCbor.decode(bytes))
      } catch (e: any) {
        throw new RecordUnknownGenesisError(`the genesis ${cid.toString()} could not be had: ${String(e?.message ?? e)}`)
      }
      // the bytes were the genesis' canonical encoding only if re-encoding gives the same CID
      if (!(await genesisCid(genesis)).equals(cid.toV1())) throw new RecordUnknownGenesisError(`the block ${cid.toString()} is not a canonical genesis`)
      return remember({ genesis, cid: cid.toV1(), set: new ValidatorSet(genesis.validators) })
    },
    add (genesis, cid) {
      return remember({ genesis, cid: cid.toV1(), set: new ValidatorSet(genesis.validators) })
    },
    timeOf (cid) {
      return known.get(cid.toV1().toString())?.genesis.timeMs
    }
  }
}
