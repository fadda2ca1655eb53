// In-process Amigo nodes on 127.0.0.1 for tests: each with its own LevelDB repo in a temp dir.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { createNetwork } from '../../src/net/index.ts'
import type { Network, NameOptions } from '../../src/net/index.ts'
import { openStores } from '../../src/store/index.ts'
import type { Stores } from '../../src/store/index.ts'

export interface TestNode { net: Network, stores: Stores, privateKey: PrivateKey }

export class TestNet {
  readonly nodes: TestNode[] = []
  private dir?: string

  /** Start `n` nodes; node 0 is the bootstrap node of the others. Waits until each DHT knows a peer. */
  async start (n: number, opts: { names?: NameOptions, offline?: boolean } = {}): Promise<TestNode[]> {
    for (let i = 0; i < n; i++) await this.add(opts)
    if (opts.offline !== true && n > 1) {
      await waitFor(() => this.nodes.every(x => routingTableSize(x.net) >= 1), 20_000).catch(err => {
        throw new Error(`${String(err.message)}: routing table sizes ${this.nodes.map(x => routingTableSize(x.net)).join(',')}; connections ${this.nodes.map(x => x.net.peers().length).join(',')}`)
      })
    }
    return this.nodes
  }

  async add (opts: { names?: NameOptions, offline?: boolean, privateKey?: PrivateKey } = {}): Promise<TestNode> {
    this.dir ??= await mkdtemp(join(tmpdir(), 'amigo-net-'))
    const stores = await openStores(join(this.dir, String(this.nodes.length)))
    const first = this.nodes[0]
    const privateKey = opts.privateKey ?? await generateKeyPair('Ed25519')
    const net = await createNetwork({
      privateKey,
      blockstore: stores.blockstore,
      datastore: stores.datastore,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      bootstrap: first != null ? [first.net.multiaddrs()[0].toString()] : [],
      offline: opts.offline,
      names: opts.names
    })
    const node = { net, stores, privateKey }
    this.nodes.push(node)
    await net.start()
    // the bootstrap module dials once; on a busy machine that dial can fail: retry like a node's
    // bootstrap keeper would
    if (first != null && opts.offline !== true) {
      await waitFor(async () => {
        if (net.peers().some(p => p.id.equals(first.net.peerId))) return true
        await net.libp2p.dial(first.net.multiaddrs()[0], { signal: AbortSignal.timeout(5000) }).catch(() => {})
        return net.peers().some(p => p.id.equals(first.net.peerId))
      }, 20_000)
    }
    return node
  }

  /** Stop every node (reverse order) and delete the repos. */
  async stop (): Promise<void> {
    for (const n of [...this.nodes].reverse()) {
      await n.net.stop()
      await n.stores.close()
    }
    this.nodes.length = 0
    if (this.dir != null) await rm(this.dir, { recursive: true, force: true })
  }
}

export function routingTableSize (net: Network): number {
  return (net.libp2p.services.dht as any).routingTable.size
}

export async function waitFor (cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/** Send a record to the DHT from `from`, bypassing the publisher's API; returns how many peers accepted it. */
export async function rawPut (from: TestNode, key: Uint8Array, value: Uint8Array): Promise<{ accepted: number, errors: number }> {
  let accepted = 0
  let errors = 0
  for await (const ev of from.net.libp2p.services.dht.put(key, value, { signal: AbortSignal.timeout(15_000) })) {
    if (ev.name === 'PEER_RESPONSE' && ev.messageName === 'PUT_VALUE') accepted++
    if (ev.name === 'QUERY_ERROR') errors++
  }
  return { accepted, errors }
}

/** Send PUT_VALUE to the closest peers the way a node without our checks would (its own store skipped). */
export async function rawPutUnchecked (from: TestNode, key: Uint8Array, value: Uint8Array): Promise<{ accepted: number, errors: number }> {
  const components = (from.net.libp2p.services.dht as any).contentFetching.components
  const real = components.datastore
  // a node whose store takes anything without looking
  components.datastore = new Proxy(real, {
    get (target, prop) {
      if (prop === 'put') return async (k: unknown) => k
      const v = Reflect.get(target, prop)
      return typeof v === 'function' ? v.bind(target) : v
    }
  })
  try {
    return await rawPut(from, key, value)
  } finally {
    components.datastore = real
  }
}
