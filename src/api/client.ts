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

export class ApiClientError extends Error {
  override name = 'ApiClientError'
  constructor (readonly code: string, message: string, readonly status?: number) {
    super(message)
  }
}

export interface IdInfo { peerId: string, publicKey?: string, multiaddrs: string[], agentVersion: string }
export interface StatusInfo { version: string, peerId: string, peers: number, blocksStored: number, namesHeld: number, multiaddrs: string[], offline: boolean, uptimeMs: number }
export interface NameInfo { key: string, name: string, value: string, seq: number | string, source?: string, [field: string]: unknown }

export class ApiClient {
  readonly url: string

  constructor (url: string) {
    this.url = url.replace(/\/+$/, '')
  }

  async id (): Promise<IdInfo> { return await this.json('GET', '/api/v1/id') }
  async peers (): Promise<{ peers: Array<{ peerId: string, multiaddrs: string[] }> }> { return await this.json('GET', '/api/v1/peers') }
  async status (): Promise<StatusInfo> { return await this.json('GET', '/api/v1/status') }

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

  async metrics (): Promise<string> {
    return await (await this.request('GET', '/metrics')).text()
  }

  private async json<T> (method: string, path: string, body?: Uint8Array | string): Promise<T> {
    return await (await this.request(method, path, body)).json() as T
  }

  private async request (method: string, path: string, body?: Uint8Array | string): Promise<Response> {
    let res: Response
    try {
      res = await fetch(this.url + path, {
        method,
        body,
        headers: typeof body === 'string' ? { 'content-type': 'application/json' } : body !== undefined ? { 'content-type': 'application/octet-stream' } : undefined
      })
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause
      throw new ApiClientError('ERR_NO_NODE', `cannot reach the node's API at ${this.url}${cause?.code !== undefined ? ` (${cause.code})` : ''}: is \`amigo-node start\` running?`)
    }
    if (res.ok) return res
    let code = 'ERR_HTTP'
    let message = `${res.status} ${res.statusText}`
    try {
      const payload = await res.json() as { error?: { code?: string, message?: string } }
      if (typeof payload.error?.code === 'string') code = payload.error.code
      if (typeof payload.error?.message === 'string') message = payload.error.message
    } catch {}
    throw new ApiClientError(code, message, res.status)
  }
}

function timeoutQuery (ms: number | undefined): string {
  return ms === undefined ? '' : `?timeout=${ms}`
}
