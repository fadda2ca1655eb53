// Shared by the API tests: raw requests to an in-process node, and error assertions.
import { strict as assert } from 'node:assert'
import { randomBytes } from 'node:crypto'
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
