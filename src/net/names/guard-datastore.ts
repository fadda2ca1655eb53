// A datastore wrapper that keeps kad-dht from storing an invalid record of the `amigo` namespace
// (names, lands, heads), or replacing a held record with a worse one.
// kad-dht's PUT_VALUE handler validates the incoming record and then overwrites whatever it
// held: a replayed record with a lower seq would win. Every record write goes through
// `datastore.put`, so this is where the selection rule is enforced.
import type { Datastore, Key } from 'interface-datastore'
import { RecordStaleError } from '../errors.ts'
import { DHT_DATASTORE_PREFIX } from '../constants.ts'
import type { RecordRules } from '../heads/index.ts'
import { decodeDhtRecord } from './dht-record.ts'

const RECORD_PREFIX = `${DHT_DATASTORE_PREFIX}/record/`
const AMIGO_KEY_PREFIX = new TextEncoder().encode('/amigo/')

export function guardDatastore (inner: Datastore, rules: RecordRules): Datastore {
  const put = async (key: Key, value: Uint8Array, options?: any): Promise<Key> => {
    if (key.toString().startsWith(RECORD_PREFIX)) await checkNotStale(inner, rules, key, value, options)
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

async function checkNotStale (inner: Datastore, rules: RecordRules, key: Key, value: Uint8Array, options?: any): Promise<void> {
  const incoming = decodeDhtRecord(value)
  if (incoming == null || !startsWith(incoming.key, AMIGO_KEY_PREFIX)) return
  // kad-dht stores a record it is asked to put *locally* without validating it: do it here
  await rules.validate(incoming.key, incoming.value)
  let held: Uint8Array
  try {
    held = await inner.get(key, options)
  } catch {
    return // nothing held
  }
  const heldRecord = decodeDhtRecord(held)
  if (heldRecord == null) return
  try {
    await rules.validate(heldRecord.key, heldRecord.value)
  } catch {
    return // the held record is expired or invalid: anything valid may replace it
  }
  if (rules.compare(incoming.key, incoming.value, heldRecord.value) < 0) {
    throw new RecordStaleError(`the record for ${new TextDecoder().decode(incoming.key).slice(0, 120)} is older than the one held`)
  }
}

function startsWith (a: Uint8Array, prefix: Uint8Array): boolean {
  if (a.byteLength < prefix.byteLength) return false
  for (let i = 0; i < prefix.byteLength; i++) if (a[i] !== prefix[i]) return false
  return true
}
