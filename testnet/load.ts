/**
 * The load of a testnet run (manifest `load`): keys that send signed calls to the land's running
 * nodes at a given rate — counter increments, token transfers between the keys, comments on a blog
 * post (the blog calls the genesis comments service through a live import) — and the record the
 * checks read: which calls got a final receipt, where, and how long it took.
 *
 * A call is sent to a node picked at random; when that node does not answer (it was killed,
 * paused, cut off), the very same signed bytes go to another node: a transaction is named by its
 * CID, so a copy can never run twice. Each key has at most one call in flight, so its nonces reach
 * the land in order.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { generateKeyPair } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { signCall, encodeSignedCall, addressOf } from '../src/store/calls/index.ts'
import { signPushTx, encodeLandTx } from '../src/store/lands/index.ts'
import { genesisPackages } from '../src/node/land-genesis.ts'
import { ApiClientError } from '../src/api/client.ts'
import type { Testnet } from './launcher.ts'
import { sleep } from './launcher.ts'
import { landNodes } from './land.ts'
import type { LoadManifest } from './manifest.ts'
import { LOAD_SERVICES } from './manifest.ts'

/** Units each account receives before the load starts. */
const FUNDING = 1_000_000
/** How long one request may wait for finality before the call is sent to another node. */
const REQUEST_TIMEOUT_MS = 20_000

interface Account { key: PrivateKey, address: string, nonce: number, busy: boolean }

export interface FinalCall { height: number, block: string, ok: boolean, service: string, latencyMs: number }

export interface LoadRecord {
  land: string
  /** every address that may hold tokens (the minter first) */
  accounts: string[]
  counterPath: string
  tokenPath?: string
  blogPath?: string
  /** calls signed and sent during the load (setup excluded) */
  sent: number
  /** tx CID → where its final receipt put it (setup included) */
  final: Map<string, FinalCall>
  /** calls that got no receipt: the request failed on every node tried */
  unanswered: number
  /** ticks at which every account had a call in flight */
  skipped: number
  /** first few request failures, for the report */
  failures: string[]
}

export interface Load {
  record: LoadRecord
  /** sends `load` calls per second for its duration; resolves once every call has an answer */
  run: (load: LoadManifest, signal?: AbortSignal) => Promise<void>
}

async function newAccount (): Promise<Account> {
  const key = await generateKeyPair('Ed25519')
  return { key, address: addressOf(key.publicKey.raw), nonce: 0, busy: false }
}

function retriable (err: unknown): boolean {
  if (!(err instanceof ApiClientError)) return true
  return err.code === 'ERR_NO_NODE' || err.code === 'ERR_LAND_NOT_FINAL' || err.code === 'ERR_HTTP' || err.code === 'ERR_INTERNAL' || err.code === 'ERR_BUSY' || err.code === 'ERR_NOT_FOUND'
}

/** Pushes the load's services, funds its accounts; returns the load, ready to run. */
export async function prepareLoad (net: Testnet, land: string, load: LoadManifest): Promise<Load> {
  const services = load.services ?? [...LOAD_SERVICES]
  const minter = await newAccount()
  const accounts = await Promise.all(Array.from({ length: load.accounts ?? 20 }, newAccount))
  const record: LoadRecord = {
    land,
    accounts: [minter.address, ...accounts.map(a => a.address)],
    counterPath: `${land}/amigo/counter`,
    sent: 0,
    final: new Map(),
    unanswered: 0,
    skipped: 0,
    failures: []
  }

  /**
   * Sends signed bytes until some node answers with the final receipt (or every try failed). After
   * a failed try the transaction may have made it anyway: the next node is asked for its receipt
   * first, and a refusal of the copy as a replay is answered by waiting for that receipt.
   */
  const deliver = async (bytes: Uint8Array, service: string, push: boolean): Promise<Record<string, any> | undefined> => {
    const started = performance.now()
    const cid = CID.createV1(dagCbor.code, await sha256.digest(bytes)).toString()
    const done = (r: Record<string, any>): Record<string, any> => {
      record.final.set(cid, { height: r.height, block: r.block, ok: r.ok === true, service, latencyMs: performance.now() - started })
      return r
    }
    for (let attempt = 0; attempt < 6; attempt++) {
      const nodes = landNodes(net)
      if (nodes.length === 0) { await sleep(500); continue }
      const node = nodes[Math.floor(Math.random() * nodes.length)]
      try {
        if (attempt > 0) {
          const earlier = await node.api.receipt(cid, { land }).catch(() => undefined)
          if (earlier !== undefined) return done(earlier as unknown as Record<string, any>)
        }
        return done(push ? await node.api.landTx(land, bytes, { timeoutMs: REQUEST_TIMEOUT_MS }) : await node.api.landCall(bytes, { timeoutMs: REQUEST_TIMEOUT_MS }) as Record<string, any>)
      } catch (err) {
        if (record.failures.length < 10) record.failures.push(`${node.name}: ${(err as Error).message}`)
        if (attempt > 0 && err instanceof ApiClientError && /NONCE/.test(err.code)) {
          const r = await node.api.receipt(cid, { land, wait: true, timeoutMs: 10_000 }).catch(() => undefined)
          if (r !== undefined) return done(r as unknown as Record<string, any>)
        }
        if (!retriable(err)) break
        await sleep(200)
      }
    }
    record.unanswered++
    return undefined
  }

  const call = async (from: Account, service: string, func: string, args: string[]): Promise<Record<string, any> | undefined> => {
    from.nonce++
    const bytes = encodeSignedCall(await signCall({ land, nonce: from.nonce, service, func, args, gas: 10_000_000 }, from.key))
    return await deliver(bytes, service, false)
  }

  const push = async (from: Account, name: string, path: string): Promise<void> => {
    const pkg = (await genesisPackages(land)).find(p => p.path === `${land}/amigo/${name}`)
    if (pkg === undefined) throw new Error(`no bootstrap package ${name}`)
    from.nonce++
    const bytes = encodeLandTx(await signPushTx({ land, nonce: from.nonce, path, files: pkg.files, gas: 100_000_000 }, from.key))
    const r = await deliver(bytes, path, true)
    if (r?.ok !== true) throw new Error(`load setup: push of ${path} failed: ${JSON.stringify(r?.error ?? record.failures.at(-1))}`)
  }

  if (services.includes('token')) {
    record.tokenPath = `${land}/load/token`
    await push(minter, 'token', record.tokenPath)
    for (const a of accounts) {
      const r = await call(minter, record.tokenPath, 'Transfer', [JSON.stringify(a.address), String(FUNDING)])
      if (r?.ok !== true) throw new Error(`load setup: funding ${a.address} failed: ${JSON.stringify(r?.error ?? record.failures.at(-1))}`)
    }
  }
  if (services.includes('blog')) {
    record.blogPath = `${land}/load/blog`
    await push(minter, 'blog', record.blogPath)
    const r = await call(minter, record.blogPath, 'AddPost', ['"Load"', '"Comments arrive through the live import of comments."'])
    if (r?.ok !== true) throw new Error(`load setup: the first post failed: ${JSON.stringify(r?.error)}`)
  }

  const oneCall = async (from: Account, i: number): Promise<void> => {
    const svc = services[i % services.length]
    record.sent++
    if (svc === 'counter') await call(from, record.counterPath, 'Increment', [])
    else if (svc === 'token') {
      const to = accounts[Math.floor(Math.random() * accounts.length)]
      await call(from, record.tokenPath!, 'Transfer', [JSON.stringify(to.address), String(1 + Math.floor(Math.random() * 100))])
    } else await call(from, record.blogPath!, 'Comment', ['1', JSON.stringify(`comment ${i}`)])
  }

  return {
    record,
    async run (l, signal) {
      const interval = 1000 / l.callsPerSecond
      const total = Math.max(1, Math.round(l.callsPerSecond * l.durationMs / 1000))
      const inflight = new Set<Promise<void>>()
      const start = performance.now()
      let next = 0
      for (let i = 0; i < total && signal?.aborted !== true; i++) {
        const wait = start + i * interval - performance.now()
        if (wait > 1) await sleep(wait)
        let from: Account | undefined
        for (let k = 0; k < accounts.length && from === undefined; k++) {
          const a = accounts[(next + k) % accounts.length]
          if (!a.busy) from = a
        }
        next++
        if (from === undefined) { record.skipped++; continue }
        const a = from
        a.busy = true
        const p = oneCall(a, i).finally(() => { a.busy = false; inflight.delete(p) })
        inflight.add(p)
      }
      await Promise.all(inflight)
    }
  }
}
