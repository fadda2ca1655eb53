// The load guards as startNode wires them from config.json's limits (the real statfs and RSS):
// a reserve larger than any disk refuses every write, a ceiling below any RSS refuses costly
// requests, and status answers throughout.
import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode, createLogger, DEFAULT_CONFIG, readApiToken } from '../../src/node/index.ts'

describe('node: disk and memory limits from the config', function () {
  this.timeout(60_000)

  it('refuses writes below limits.minFreeBytes (507) and costly requests over limits.maxRssBytes (503)', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'amigo-node-guards-'))
    const limits = { ...DEFAULT_CONFIG.limits, minFreeBytes: Number.MAX_SAFE_INTEGER, maxRssBytes: 1 }
    const config = { ...structuredClone(DEFAULT_CONFIG), api: '127.0.0.1:0', listen: [], offline: true, logLevel: 'silent' as const, metrics: { enabled: false }, limits }
    const node = await startNode({ repo, config, log: await createLogger({ level: 'silent', pretty: false }) })
    try {
      const token = (await readApiToken(repo))!
      const owner = { authorization: `Bearer ${token}` }
      const status = async (): Promise<number> => (await fetch(`${node.apiUrl}/api/v1/status`)).status
      const before = await (await fetch(`${node.apiUrl}/api/v1/status`)).json() as { blocksStored: number }

      const put = await fetch(`${node.apiUrl}/api/v1/block/put`, { method: 'POST', headers: { ...owner, 'content-type': 'application/octet-stream' }, body: new Uint8Array([1, 2, 3]) })
      assert.equal(put.status, 507)
      const putError = (await put.json() as { error: { code: string, message: string } }).error
      assert.equal(putError.code, 'ERR_DISK_FULL')
      assert.match(putError.message, new RegExp(`MiB free at ${repo}`))

      const query = await fetch(`${node.apiUrl}/api/v1/eval?path=local.land/amigo/avl&expr=1`)
      assert.equal(query.status, 503)
      assert.equal((await query.json() as { error: { code: string } }).error.code, 'ERR_BUSY')

      assert.equal(await status(), 200)
      const after = await (await fetch(`${node.apiUrl}/api/v1/status`)).json() as { blocksStored: number }
      assert.equal(after.blocksStored, before.blocksStored)
    } finally {
      await node.stop()
      await rm(repo, { recursive: true, force: true })
    }
  })
})
