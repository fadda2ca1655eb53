// Test helper: a real node started in-process (the node's own startNode, offline, any free API
// port, a fresh repo) and a signing client for it: push a folder, call a function.
import { mkdtemp, rm, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode, createLogger, DEFAULT_CONFIG, readApiToken } from '../../src/node/index.ts'
import type { RunningNode } from '../../src/node/index.ts'
import { newKey } from '../../src/node/keys.ts'
import type { NamedKey } from '../../src/node/keys.ts'
import { signPush } from '../../src/node/push-signature.ts'
import { ApiClient } from '../../src/api/index.ts'
import { signCall, encodeSignedCall } from '../../src/store/calls/index.ts'

export const PACKAGES = new URL('../../bootstrap/packages/', import.meta.url).pathname

export interface ExplorerNode {
  node: RunningNode
  url: string
  api: ApiClient
  key: NamedKey
  /** the repo's api.token (the owner's) */
  token: string
  /** the owner's same-origin session cookie (`name=value`), as POST /api/v1/session sets it */
  session: () => Promise<{ name: string, value: string }>
  push: (files: Array<{ name: string, text: string }>, path: string) => Promise<{ cid: string }>
  pushDir: (dir: string, path: string) => Promise<{ cid: string }>
  call: (path: string, func: string, ...args: string[]) => Promise<{ ok: boolean, results: string[], error?: { message: string } }>
  stop: () => Promise<void>
}

export async function startExplorerNode (): Promise<ExplorerNode> {
  const repo = await mkdtemp(join(tmpdir(), 'amigo-explorer-'))
  const config = { ...structuredClone(DEFAULT_CONFIG), api: '127.0.0.1:0', listen: [], offline: true, logLevel: 'silent' as const, metrics: { enabled: false } }
  let node: RunningNode
  try {
    node = await startNode({ repo, config, log: await createLogger({ level: 'silent', pretty: false }) })
  } catch (err) {
    await rm(repo, { recursive: true, force: true })
    throw err
  }
  const token = (await readApiToken(repo))!
  const api = new ApiClient(node.apiUrl, { token })
  const key = await newKey(repo, 'alice')
  const push = async (files: Array<{ name: string, text: string }>, path: string): Promise<{ cid: string }> =>
    await api.push({ path, files, deployer: key.address, signature: await signPush(key.privateKey, path, files) })
  return {
    node,
    url: node.apiUrl,
    api,
    key,
    token,
    async session () {
      const res = await fetch(node.apiUrl + '/api/v1/session', { method: 'POST', headers: { authorization: `Bearer ${token}` } })
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
      const eq = cookie.indexOf('=')
      if (res.status !== 200 || eq < 0) throw new Error(`no session: ${res.status} ${await res.text()}`)
      return { name: cookie.slice(0, eq), value: cookie.slice(eq + 1) }
    },
    push,
    async pushDir (dir, path) {
      const names = (await readdir(dir)).filter(f => f.endsWith('.go') && !f.endsWith('_test.go')).sort()
      return await push(await Promise.all(names.map(async name => ({ name, text: await readFile(join(dir, name), 'utf8') }))), path)
    },
    async call (path, func, ...args) {
      const { next } = await api.nonce(key.address)
      return await api.call(encodeSignedCall(await signCall({ land: 'local.land', nonce: next, service: path, func, args, gas: 100_000_000 }, key.privateKey)))
    },
    async stop () {
      await node.stop()
      await rm(repo, { recursive: true, force: true })
    }
  }
}
