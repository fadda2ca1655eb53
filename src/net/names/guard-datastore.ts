// A datastore wrapper that keeps kad-dht from storing an invalid name record, or replacing a held
// name record with a worse one.
// kad-dht's PUT_VALUE handler validates the incoming record and then overwrites whatever it
// held: a replayed record with a lower seq would win. Every record write goes through
// `datastore.put`, so this is where the selection rule is enforced.
import type { Datastore, Key } from 'interface-datastore'
import { RecordStaleError } from '../errors.ts'
import { DHT_DATASTORE_PREFIX } from '../constants.ts'
import { compareNameRecords, validateNameRecord } from './record.ts'
import { decodeDhtRecord } from './dht-record.ts'

const RECORD_PREFIX = `${DHT_DATASTORE_PREFIX}/record/`
const NAME_KEY_PREFIX = new TextEncoder().encode('/amigo/name/')

export function guardDatastore (inner: Datastore): Datastore {
  const put = async (key: Key, value: Uint8Array, options?: any): Promise<Key> => {
    if (key.toString().startsWith(RECORD_PREFIX)) await checkNotStale(inner, key, value, options)
    return inner.put(key, value, options)
  }
  return new Proxy(inner, {
    get (target, prop, receiver) {
      if (prop === 'put') return put
      const v = Reflect.get(target, prop, receiver)
      return typeof v === 'function' ? v.bind(target) : v
    }
  })
}

async function checkNotStale (inner: Datastore, key: Key, value: Uint8Array, options?: any): Promise<void> {
  const incoming = decodeDhtRecord(value)
  if (incoming == null || !startsWith(incoming.key, NAME_KEY_PREFIX)) return
  // kad-dht stores a record it is asked to put *locally* without validating it: do it here
  const next = await validateNameRecord(incoming.key, incoming.value)
  let held: Uint8Array
  try {
    held = await inner.get(key, options)
  } catch {
    return // nothing held
  }
  const heldRecord = decodeDhtRecord(held)
  if (heldRecord == null) return
  let current
  try {
    current = await validateNameRecord(heldRecord.key, heldRecord.value)
  } catch {
    return // the held record is expired or invalid: anything valid may replace it
  }
  if (compareNameRecords(next, incoming.value, current, heldRecord.value) < 0) {
    throw new RecordStaleError(`record seq ${next.seq} is older than the held seq ${current.seq}`)
  }
}

function startsWith (a: Uint8Array, prefix: Uint8Array): boolean {
  if (a.byteLength < prefix.byteLength) return false
  for (let i = 0; i < prefix.byteLength; i++) if (a[i] !== prefix[i]) return false
  return true
}
