// A datastore wrapper that keeps libp2p's peer store (keys under `/peers/`) in memory.
//
// libp2p's peer store rewrites a peer's entry on every update (the `updated` time changes, so
// every merge is a write): each DHT response names up to 20 closer peers, and each of them was a
// LevelDB read and write, behind a per-peer lock that dials and stream opens also wait on.
// Profiled on a 20-node testnet, these LevelDB calls were the largest single cost of a name
// query. Peer addresses are soft state (identify and the DHT refill them, the bootstrap list
// reconnects a restarted node), so, as in Kubo, they live in memory; everything else — DHT
// records, providers, the node's own data — goes to the inner store as before.
import { Key } from 'interface-datastore'
import type { Datastore, Pair, Query, KeyQuery } from 'interface-datastore'

const PEERS = '/peers/'

export function keepPeersInMemory (inner: Datastore): Datastore {
  const peers = new Map<string, Uint8Array>()
  const isPeer = (key: Key): boolean => key.toString().startsWith(PEERS)
  const inMemory = (prefix: string | undefined): boolean => prefix != null && prefix.startsWith(PEERS.slice(0, -1))

  const overrides: Partial<Datastore> = {
    async put (key, value, options) {
      if (!isPeer(key)) return inner.put(key, value, options)
      peers.set(key.toString(), value)
      return key
    },
    async get (key, options) {
      if (!isPeer(key)) return inner.get(key, options)
      const v = peers.get(key.toString())
      if (v == null) throw notFound(key)
      return v
    },
    async has (key, options) {
      return isPeer(key) ? peers.has(key.toString()) : inner.has(key, options)
    },
    async delete (key, options) {
      if (isPeer(key)) peers.delete(key.toString())
      else await inner.delete(key, options)
    },
    query (q: Query, options) {
      if (!inMemory(q.prefix)) return inner.query(q, options)
      let pairs: Pair[] = [...peers].filter(([k]) => k.startsWith(q.prefix!)).map(([k, value]) => ({ key: new Key(k), value }))
      for (const f of q.filters ?? []) pairs = pairs.filter(f)
      for (const o of q.orders ?? []) pairs.sort(o)
      return (function * () { yield * page(pairs, q.offset, q.limit) })()
    },
    queryKeys (q: KeyQuery, options) {
      if (!inMemory(q.prefix)) return inner.queryKeys(q, options)
      let keys = [...peers.keys()].filter(k => k.startsWith(q.prefix!)).map(k => new Key(k))
      for (const f of q.filters ?? []) keys = keys.filter(f)
      for (const o of q.orders ?? []) keys.sort(o)
      return (function * () { yield * page(keys, q.offset, q.limit) })()
    }
  }
  return new Proxy(inner, {
    get (target, prop, receiver) {
      if (typeof prop === 'string' && prop in overrides) return (overrides as any)[prop]
      const v = Reflect.get(target, prop, receiver)
      return typeof v === 'function' ? v.bind(target) : v
    }
  })
}

function page<T> (items: T[], offset = 0, limit?: number): T[] {
  return items.slice(offset, limit == null ? undefined : offset + limit)
}

/** the error datastores throw for a missing key (callers test `name === 'NotFoundError'`) */
function notFound (key: Key): Error {
  const err = new Error(`no peer entry ${key.toString()}`)
  err.name = 'NotFoundError'
  return err
}
