import { strict as assert } from 'node:assert'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startDaemon, isListening, processExists } from './daemon.ts'
import type { Daemon } from './daemon.ts'
import { ApiClient } from '../../src/api/client.ts'

describe('amigo-node start (a real process)', function () {
  this.timeout(120_000)
  let dir: string
  let daemon: Daemon | undefined
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-daemon-')) })
  after(async () => {
    if (daemon !== undefined && processExists(daemon.child.pid!)) daemon.child.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
  })

  it('initialises on first use, gets ready, serves its API, and stops cleanly on SIGTERM', async () => {
    const repo = join(dir, 'repo')
    daemon = await startDaemon(repo)
    const { ready } = daemon
    assert.match(ready.peerId, /^12D3KooW/)
    assert.match(ready.api, /^http:\/\/127\.0\.0\.1:\d+$/)
    assert.ok(ready.multiaddrs.some(a => a.startsWith('/ip4/127.0.0.1/tcp/')))
    assert.equal(((await stat(join(repo, 'identity.key'))).mode & 0o777), 0o600)
    assert.equal(((await stat(join(repo, 'api.token'))).mode & 0o777), 0o600)
    assert.match(daemon.token, /^[A-Za-z0-9_-]{43}$/)
    assert.ok(existsSync(join(repo, 'config.json')))

    const api = new ApiClient(ready.api)
    assert.equal((await api.id()).peerId, ready.peerId)
    const status = await api.status()
    assert.equal(status.peerId, ready.peerId)
    assert.equal(status.peers, 0)

    const apiPort = Number(new URL(ready.api).port)
    const p2pPort = Number(/\/tcp\/(\d+)/.exec(ready.multiaddrs[0])![1])
    assert.equal(await isListening('127.0.0.1', p2pPort), true)
    daemon.child.kill('SIGTERM')
    const exit = await daemon.exited
    assert.deepEqual(exit, { code: 0, signal: null }, daemon.output())
    assert.match(daemon.output(), /"msg":"stopped"/)
    assert.equal(processExists(daemon.child.pid!), false)
    assert.equal(await isListening('127.0.0.1', apiPort), false, 'API port closed')
    assert.equal(await isListening('127.0.0.1', p2pPort), false, 'libp2p port closed')
    assert.equal(existsSync(join(repo, 'api')), false, 'api file removed')

    // the same repo starts again with the same identity (stores were closed, locks released)
    daemon = await startDaemon(repo)
    assert.equal(daemon.ready.peerId, ready.peerId)
    daemon.child.kill('SIGINT')
    assert.deepEqual(await daemon.exited, { code: 0, signal: null })
  })
})
