// The rules for every record under the DHT namespace `amigo`, by the key's second segment
// (protocols/heads.md §1): `name` (protocols/names.md), `land` and `head` (protocols/heads.md).
// kad-dht gets one validator and one selector per namespace; the guarded datastore asks the same
// rules whether an incoming record may replace the held one.
import { RecordWrongKeyError } from '../errors.ts'
import { compareNameRecords, decodeNameRecord, selectNameRecord, validateNameRecord } from '../names/record.ts'
import type { GenesisCache } from './genesis-source.ts'
import {
  compareHeadRecords, compareLandRecords, decodeHeadRecord, decodeLandRecord, HEAD_KEY_PREFIX, LAND_KEY_PREFIX,
  validateHeadRecord, validateLandRecord
} from './record.ts'

export interface RecordRules {
  /** throws the typed error of the first rule `value` breaks under `key` */
  validate: (key: Uint8Array, value: Uint8Array) => Promise<void>
  /** kad-dht selector: the index of the best of `records` (all validated) */
  select: (key: Uint8Array, records: Uint8Array[]) => number
  /** > 0 if valid `a` is better than valid `b` (both under `key`) */
  compare: (key: Uint8Array, a: Uint8Array, b: Uint8Array) => number
}

type Kind = 'name' | 'land' | 'head'

function kindOf (key: Uint8Array): Kind {
  const text = new TextDecoder().decode(key.subarray(0, 16))
  if (text.startsWith('/amigo/name/')) return 'name'
  if (text.startsWith(LAND_KEY_PREFIX)) return 'land'
  if (text.startsWith(HEAD_KEY_PREFIX)) return 'head'
  throw new RecordWrongKeyError(`no record kind for the key ${JSON.stringify(new TextDecoder().decode(key).slice(0, 100))}`)
}

export function recordRules (geneses: GenesisCache): RecordRules {
  const compare = (key: Uint8Array, a: Uint8Array, b: Uint8Array): number => {
    switch (kindOf(key)) {
      case 'name': return compareNameRecords(decodeNameRecord(a), a, decodeNameRecord(b), b)
      case 'land': return compareLandRecords(decodeLandRecord(a), a, decodeLandRecord(b), b, cid => geneses.timeOf(cid))
      case 'head': return compareHeadRecords(decodeHeadRecord(a), a, decodeHeadRecord(b), b)
    }
  }
  return {
    async validate (key, value) {
      switch (kindOf(key)) {
        case 'name': await validateNameRecord(key, value); return
        case 'land': await validateLandRecord(key, value, async cid => await geneses.get(cid)); return
        case 'head': await validateHeadRecord(key, value, async cid => await geneses.get(cid))
      }
    },
    select (key, records) {
      if (kindOf(key) === 'name') return selectNameRecord(key, records)
      let best = -1
      for (let i = 0; i < records.length; i++) {
        try { compare(key, records[i], records[i]) } catch { continue } // does not decode: ranks last
        if (best < 0 || compare(key, records[i], records[best]) > 0) best = i
      }
      return best < 0 ? 0 : best
    },
    compare
  }
}
