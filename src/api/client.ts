/**
 * A client of the node's HTTP API, used by the `amigo` and `amigo-node` commands, the testnet and
 * the benchmarks. Errors from the node arrive as {@link ApiClientError} with the node's code.
 *
 * @example
 * ```ts
 * const api = new ApiClient('http://127.0.0.1:4680')
 * const { cid } = await api.blockPut(bytes, 'raw')
 * ```
 */
import { Readable } from 'node:stream'
import { AmigoError } from '../store/errors/index.ts'
import type { PackageFile, PushResult, EvalResult, StateView, HistoryEntry, DepsResult, ServiceInfo } from '../vm/types.ts'
import type { CallReceipt, LandStatus, LandBlockInfo, LandTxReceipt, ResolvedLand } from './services.ts'

/** A failed request: the node's code (protocols/http-api.md) or the client's own (ERR_NO_NODE, ERR_HTTP, ERR_BAD_RESPONSE). */
export class ApiClientError extends AmigoError {
  constructor (code: string, message: string, readonly status?: number, readonly pos?: string) {
    super(code, message)
  }
}

export interface IdInfo { peerId: string, publicKey?: string, multiaddrs: string[], agentVersion: string }
export interface StatusInfo { version: string, peerId: string, peers: number, blocksStored: number, namesHeld: number, multiaddrs: string[], offline: boolean, uptimeMs: number }
/** A call of a network land once final: local.land's receipt fields, with the block and the latency. */
export interface NetworkCallReceipt extends CallReceipt { land: string, block: string, latencyMs: number }
/** A transaction the land's mempool took (`?wait=0`). */
export interface LandSubmitted { land: string, tx: string, callCid?: string, caller?: string, signer?: string, nonce: number }
export interface NameInfo { key: string, name: string, value: string, seq: number | string, source?: string, [field: string]: unknown }

export interface ApiClientOptions {
  /** the node's API token (its repo's api.token): sent as `Authorization: Bearer …` */
  token?: string
}

export class ApiClient {
  readonly url: string
  private readonly token?: string

  constructor (url: string, options: ApiClientOptions = {}) {
    this.url = url.replace(/\/+$/, '')
    this.token = options.token
  }

  async id (): Promise<IdInfo> { return await this.json('GET', '/api/v1/id') }
  async peers (): Promise<{ peers: Array<{ peerId: string, multiaddrs: string[] }> }> { return await this.json('GET', '/api/v1/peers') }
  /** cut the node off the network, or join it again (the testnet's disconnect perturbation) */
  async network (action: 'disconnect' | 'reconnect'): Promise<{ disconnected: boolean, peers: number }> { return await this.json('POST', `/api/v1/network/${action}`) }
  async status (): Promise<StatusInfo> { return await this.json('GET', '/api/v1/status') }
  /** a one-time login code for the explorer (`/login?code=…`, the owner's: needs the token) */
  async sessionCode (): Promise<{ code: string, expiresInMs: number }> { return await this.json('POST', '/api/v1/session/code') }

  async blockPut (bytes: Uint8Array, codec: string = 'raw'): Promise<{ cid: string, size: number }> {
    return await this.json('POST', `/api/v1/block/put?codec=${encodeURIComponent(codec)}`, bytes)
  }

  async blockGet (cid: string, options: { timeoutMs?: number } = {}): Promise<Uint8Array> {
    const res = await this.request('GET', `/api/v1/block/get/${encodeURIComponent(cid)}${timeoutQuery(options.timeoutMs)}`)
    return new Uint8Array(await res.arrayBuffer())
  }

  async dagFetch (cid: string, options: { timeoutMs?: number } = {}): Promise<{ cid: string, blocks: number, fetched: number }> {
    return await this.json('POST', `/api/v1/dag/fetch/${encodeURIComponent(cid)}${timeoutQuery(options.timeoutMs)}`)
  }

  /** The CAR file of a DAG, as a Node stream (pipe it to a file or stdout). */
  async dagExport (cid: string, options: { timeoutMs?: number } = {}): Promise<Readable> {
    const res = await this.request('GET', `/api/v1/dag/export/${encodeURIComponent(cid)}${timeoutQuery(options.timeoutMs)}`)
    if (res.body === null) throw new ApiClientError('ERR_BAD_RESPONSE', 'empty response')
    return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>)
  }

  async dagImport (car: Uint8Array): Promise<{ roots: string[], blocks: number }> {
    return await this.json('POST', '/api/v1/dag/import', car)
  }

  async provide (cid: string, options: { timeoutMs?: number } = {}): Promise<{ cid: string, provided: boolean }> {
    return await this.json('POST', `/api/v1/provide/${encodeURIComponent(cid)}${timeoutQuery(options.timeoutMs)}`)
  }

  async namePublish (name: string, cid: string, options: { timeoutMs?: number } = {}): Promise<NameInfo> {
    return await this.json('POST', `/api/v1/name/publish${timeoutQuery(options.timeoutMs)}`, JSON.stringify({ name, cid }))
  }

  async nameResolve (key: string, name: string, options: { timeoutMs?: number, nocache?: boolean } = {}): Promise<NameInfo> {
    const path = `/api/v1/name/resolve/${encodeURIComponent(key)}/${name.split('/').map(encodeURIComponent).join('/')}`
    const query = [options.timeoutMs !== undefined ? `timeout=${options.timeoutMs}` : '', options.nocache === true ? 'nocache=1' : ''].filter(s => s !== '').join('&')
    return await this.json('GET', query === '' ? path : `${path}?${query}`)
  }

  /** Deploys a package; `signature` is the deployer's (src/node/push-signature.ts). */
  async push (req: { path: string, files: PackageFile[], deployer: string, signature: Uint8Array, version?: string, gas?: number }): Promise<PushResult> {
    return await this.json('POST', '/api/v1/push', JSON.stringify({ ...req, signature: Buffer.from(req.signature).toString('base64') }))
  }

  /** Sends a signed call block; a call that fails while running is a receipt with `ok: false`. */
  async call (signedCall: Uint8Array): Promise<CallReceipt> {
    return await this.json('POST', '/api/v1/call', signedCall)
  }

  /**
   * Sends a signed call of a network land and waits until it is final (a receipt with the block's
   * height, CID and land state root, and the latency), or with `wait: false` returns once the
   * land's mempool took it.
   */
  async landCall (signedCall: Uint8Array, opts: { wait?: boolean, timeoutMs?: number } = {}): Promise<NetworkCallReceipt | LandSubmitted> {
    return await this.json('POST', `/api/v1/call?${query({ wait: opts.wait === false ? 0 : undefined, timeout: opts.timeoutMs })}`, signedCall)
  }

  /** Submits a signed land transaction (push-tx, fork-tx or call) to LAND; waits for finality unless `wait: false`. */
  async landTx (land: string, signedTx: Uint8Array, opts: { wait?: boolean, timeoutMs?: number } = {}): Promise<Record<string, any>> {
    return await this.json('POST', `/api/v1/lands/${encodeURIComponent(land)}/tx?${query({ wait: opts.wait === false ? 0 : undefined, timeout: opts.timeoutMs })}`, signedTx)
  }

  /** The signer's last nonce on the node's local.land, or on `land`. */
  async nonce (address: string, land?: string): Promise<{ address: string, land: string, nonce: number, next: number }> {
    return await this.json('GET', `/api/v1/nonce/${encodeURIComponent(address)}${land === undefined ? '' : `?land=${encodeURIComponent(land)}`}`)
  }

  /** The receipt of a final transaction (of `land`, else of any land the node replicates); `wait` waits until it is final. */
  async receipt (cid: string, opts: { land?: string, wait?: boolean, timeoutMs?: number } = {}): Promise<LandTxReceipt> {
    const path = opts.land === undefined ? `/api/v1/receipts/${encodeURIComponent(cid)}` : `/api/v1/lands/${encodeURIComponent(opts.land)}/receipts/${encodeURIComponent(cid)}`
    return await this.json('GET', `${path}?${query({ wait: opts.wait === true ? 1 : undefined, timeout: opts.timeoutMs })}`)
  }

  /** The network lands the node replicates, with their status. */
  async lands (): Promise<{ lands: LandStatus[] }> {
    return await this.json('GET', '/api/v1/lands')
  }

  /** a land's genesis and latest head by name, with the evidence (protocols/heads.md §5) */
  async landResolve (land: string, options: { timeoutMs?: number } = {}): Promise<ResolvedLand> {
    const path = `/api/v1/land/resolve/${encodeURIComponent(land)}`
    return await this.json('GET', options.timeoutMs !== undefined ? `${path}?timeout=${options.timeoutMs}` : path)
  }

  async landStatus (land: string): Promise<LandStatus> {
    return await this.json('GET', `/api/v1/lands/${encodeURIComponent(land)}`)
  }

  async landBlocks (land: string, opts: { from?: number, limit?: number } = {}): Promise<{ land: string, finalHeight: number, blocks: LandBlockInfo[] }> {
    return await this.json('GET', `/api/v1/lands/${encodeURIComponent(land)}/blocks?${query({ from: opts.from, limit: opts.limit })}`)
  }

  async eval (path: string, expr: string, opts: { at?: number } = {}): Promise<EvalResult & { path: string }> {
    return await this.json('GET', `/api/v1/eval?${query({ path, expr, at: opts.at })}`)
  }

  async render (path: string, subpath = '', opts: { at?: number } = {}): Promise<{ path: string, subpath: string, markdown: string }> {
    return await this.json('GET', `/api/v1/render?${query({ path, subpath, at: opts.at })}`)
  }

  async state (path: string, selector = '', opts: { at?: number } = {}): Promise<StateView & { path: string, selector: string }> {
    return await this.json('GET', `/api/v1/state?${query({ path, selector, at: opts.at })}`)
  }

  async history (path: string, opts: { limit?: number } = {}): Promise<{ path: string, entries: HistoryEntry[] }> {
    return await this.json('GET', `/api/v1/history?${query({ path, limit: opts.limit })}`)
  }

  async fork (src: string, dst: string, opts: { at?: number } = {}): Promise<{ src: string, dst: string, head: string, stateRoot: string }> {
    return await this.json('POST', '/api/v1/fork', JSON.stringify({ src, dst, at: opts.at }))
  }

  async deps (path: string): Promise<DepsResult> {
    return await this.json('GET', `/api/v1/deps?${query({ path })}`)
  }

  async info (path: string): Promise<ServiceInfo> {
    return await this.json('GET', `/api/v1/info?${query({ path })}`)
  }

  async services (opts: { land?: string } = {}): Promise<{ land: string, services: ServiceInfo[], finalHeight?: number }> {
    return await this.json('GET', `/api/v1/services${opts.land === undefined ? '' : `?land=${encodeURIComponent(opts.land)}`}`)
  }

  /** Fetches a package DAG (and its imports) by CID from peers, verifies and adds it. */
  async pull (cid: string, options: { timeoutMs?: number } = {}): Promise<DepsResult & { blocks: number, fetched: number }> {
    return await this.json('POST', `/api/v1/pull/${encodeURIComponent(cid)}${timeoutQuery(options.timeoutMs)}`)
  }

  async metrics (): Promise<string> {
    return await (await this.request('GET', '/metrics')).text()
  }

  private async json<T> (method: string, path: string, body?: Uint8Array | string): Promise<T> {
    return await (await this.request(method, path, body)).json() as T
  }

  private async request (method: string, path: string, body?: Uint8Array | string): Promise<Response> {
    let res: Response
    try {
      const headers: Record<string, string> = {}
      if (typeof body === 'string') headers['content-type'] = 'application/json'
      else if (body !== undefined) headers['content-type'] = 'application/octet-stream'
      if (this.token !== undefined) headers.authorization = `Bearer ${this.token}`
      res = await fetch(this.url + path, { method, body, headers })
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause
      throw new ApiClientError('ERR_NO_NODE', `cannot reach the node's API at ${this.url}${cause?.code !== undefined ? ` (${cause.code})` : ''}: is \`amigo-node start\` running?`)
    }
    if (res.ok) return res
    let code = 'ERR_HTTP'
    let message = `${res.status} ${res.statusText}`
    let pos: string | undefined
    try {
      const payload = await res.json() as { error?: { code?: string, message?: string, pos?: string } }
      if (typeof payload.error?.code === 'string') code = payload.error.code
      if (typeof payload.error?.message === 'string') message = payload.error.message
      if (typeof payload.error?.pos === 'string') pos = payload.error.pos
    } catch {}
    throw new ApiClientError(code, message, res.status, pos)
  }
}

function query (params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v))
  return q.toString()
}

function timeoutQuery (ms: number | undefined): string {
  return ms === undefined ? '' : `?timeout=${ms}`
}
