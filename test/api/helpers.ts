// Shared by the API tests: raw requests to an in-process node, and error assertions.
import { strict as assert } from 'node:assert'
import { randomBytes } from 'node:crypto'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import type { Network } from '../../src/net/index.ts'
import type { Api } from '../../src/api/index.ts'
import type { Stores } from '../../src/store/index.ts'

/** The API token of the in-process test nodes (a node's is its repo's api.token). */
export const TEST_TOKEN = randomBytes(32).toString('base64url')

/** Headers of the owner's request: the token, and the body's media type (JSON text or bytes). */
export function ownerHeaders (body?: string | Uint8Array): Record<string, string> {
  return {
    authorization: `Bearer ${TEST_TOKEN}`,
    ...(typeof body === 'string' ? { 'content-type': 'application/json' } : body !== undefined ? { 'content-type': 'application/octet-stream' } : {})
  }
}

export async function request (n: { api: Api }, method: string, path: string, body?: string | Uint8Array, headers: Record<string, string> = ownerHeaders(body)): Promise<{ status: number, json: any }> {
  const res = await fetch(n.api.url + path, { method, body, headers })
  return { status: res.status, json: await res.json() }
}

export function assertError (r: { status: number, json: any }, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.json))
  assert.equal(r.json.error.code, code, JSON.stringify(r.json))
  assert.ok(r.json.error.message.length > 0)
}

export async function stopNode (n: { api: Api, network: Network, stores: Stores }): Promise<void> {
  await n.api.stop()
  await n.network.stop()
  await n.stores.close()
}

/** A logger that keeps what the components log, by level. */
export function recordingLogger (): { logger: ComponentLogger, lines: { debug: string[], error: string[] } } {
  const lines = { debug: [] as string[], error: [] as string[] }
  const make = (): Logger => {
    const log = ((...args: unknown[]) => { lines.debug.push(args.map(String).join(' ')) }) as Logger
    log.error = (...args: unknown[]) => { lines.error.push(args.map(String).join(' ')) }
    log.trace = () => {}
    log.enabled = true
    log.newScope = () => make()
    return log
  }
  return { logger: { forComponent: () => make() }, lines }
}

/**
 * One HTTP request to 127.0.0.1:`port` with exactly `headers` (node:http adds no Host): the status,
 * headers, body text and its JSON (undefined when the body is not JSON).
 */
export async function rawRequest (port: number, method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<{ status: number, headers: IncomingHttpHeaders, text: string, json: any }> {
  const sent = { ...headers }
  if (body !== undefined) sent['content-length'] = String(Buffer.byteLength(body))
  return await new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: sent, setHost: false }, res => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: any
        try { json = JSON.parse(text) } catch { json = undefined }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}
