import { strict as assert } from 'node:assert'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as dagCbor from '@ipld/dag-cbor'
import * as raw from 'multiformats/codecs/raw'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { CarWriter, CarBlockIterator } from '@ipld/car'
import { startDaemon, run, cleanEnv, processExists, CLIENT_BIN, NODE_BIN } from './daemon.ts'
import type { Daemon } from './daemon.ts'

async function block (bytes: Uint8Array, code: number): Promise<{ cid: CID, bytes: Uint8Array }> {
  return { cid: CID.createV1(code, await sha256.digest(bytes)), bytes }
}

async function carFile (root: CID, blocks: Array<{ cid: CID, bytes: Uint8Array }>): Promise<Uint8Array> {
  const { writer, out } = CarWriter.create([root])
  const chunks: Uint8Array[] = []
  const collected = (async () => { for await (const c of out) chunks.push(c) })()
  for (const b of blocks) await writer.put(b)
  await writer.close()
  await collected
  return new Uint8Array(Buffer.concat(chunks))
}

describe('amigo dag / name against a running node', function () {
  this.timeout(180_000)
  let dir: string
  let daemon: Daemon
  let api: string
  let repo: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-cli-'))
    repo = join(dir, 'repo')
    daemon = await startDaemon(repo)
    api = daemon.ready.api.replace('http://', '')
  })
  after(async () => {
    if (daemon !== undefined) {
      daemon.child.kill('SIGTERM')
      assert.equal((await daemon.exited).code, 0)
      assert.equal(processExists(daemon.child.pid!), false)
    }
    await rm(dir, { recursive: true, force: true })
  })

  it('imports a CAR file and exports the same blocks under the same CIDs', async () => {
    const leaf = await block(new Uint8Array(200_000).map((_, i) => i % 251), raw.code)
    const root = await block(dagCbor.encode({ leaf: leaf.cid, title: 'cli round trip' }), dagCbor.code)
    const file = join(dir, 'in.car')
    await writeFile(file, await carFile(root.cid, [root, leaf]))

    const imported = await run(CLIENT_BIN, ['dag', 'import', file, '--api', api, '--repo', repo])
    assert.equal(imported.code, 0, imported.stderr)
    assert.equal(imported.stdout.toString().trim(), root.cid.toString())
    assert.match(imported.stderr, /imported 2 blocks/)

    const exported = await run(CLIENT_BIN, ['dag', 'export', root.cid.toString(), '--api', api, '--repo', repo])
    assert.equal(exported.code, 0, exported.stderr)
    const reader = await CarBlockIterator.fromBytes(exported.stdout)
    assert.deepEqual((await reader.getRoots()).map(String), [root.cid.toString()])
    const got = new Map<string, Uint8Array>()
    for await (const b of reader) got.set(b.cid.toString(), new Uint8Array(b.bytes))
    assert.deepEqual([...got.keys()].sort(), [root.cid.toString(), leaf.cid.toString()].sort())
    assert.deepEqual(got.get(leaf.cid.toString()), leaf.bytes)
  })

  it('publishes a name and resolves it to the CID', async () => {
    const content = await block(new TextEncoder().encode('named content'), raw.code)
    await writeFile(join(dir, 'named.car'), await carFile(content.cid, [content]))
    assert.equal((await run(CLIENT_BIN, ['dag', 'import', join(dir, 'named.car'), '--api', api, '--repo', repo])).code, 0)

    const published = await run(CLIENT_BIN, ['name', 'publish', 'test.land/alice/blog', content.cid.toString(), '--api', api, '--repo', repo])
    assert.equal(published.code, 0, published.stderr)
    const path = published.stdout.toString().trim()
    assert.equal(path, `${daemon.ready.peerId}/test.land/alice/blog`)

    // the client finds the API through AMIGO_API too, and the token through AMIGO_API_TOKEN
    const resolved = await run(CLIENT_BIN, ['name', 'resolve', path], { env: cleanEnv({ AMIGO_API: api, AMIGO_API_TOKEN: daemon.token }) })
    assert.equal(resolved.code, 0, resolved.stderr)
    assert.equal(resolved.stdout.toString().trim(), content.cid.toString())
  })

  it('drives the node with its repo\'s token or AMIGO_API_TOKEN, and never without', async () => {
    const content = await block(new TextEncoder().encode('owner only'), raw.code)
    const file = join(dir, 'owner.car')
    await writeFile(file, await carFile(content.cid, [content]))
    // the repo the node runs on: its api file gives the address, its api.token the token
    const byRepo = await run(CLIENT_BIN, ['dag', 'import', file], { env: cleanEnv({ AMIGO_PATH: repo }) })
    assert.equal(byRepo.code, 0, byRepo.stderr)
    assert.equal(byRepo.stdout.toString().trim(), content.cid.toString())
    // an address of another repo's node gets no token from this one: an empty repo of its own
    const stranger = await run(CLIENT_BIN, ['dag', 'import', file, '--api', api, '--repo', join(dir, 'stranger')])
    assert.equal(stranger.code, 1)
    assert.match(stranger.stderr, /ERR_UNAUTHORIZED/)
    assert.match(stranger.stderr, /api\.token|AMIGO_API_TOKEN/)
    const wrong = await run(CLIENT_BIN, ['dag', 'import', file, '--api', api], { env: cleanEnv({ AMIGO_API_TOKEN: 'x'.repeat(43) }) })
    assert.equal(wrong.code, 1)
    assert.match(wrong.stderr, /ERR_UNAUTHORIZED/)
    const byEnv = await run(CLIENT_BIN, ['dag', 'import', file, '--api', api, '--repo', join(dir, 'stranger')], { env: cleanEnv({ AMIGO_API_TOKEN: daemon.token }) })
    assert.equal(byEnv.code, 0, byEnv.stderr)
    // open endpoints answer without it
    const status = await run(NODE_BIN, ['status', '--api', api, '--repo', join(dir, 'stranger'), '--json'])
    assert.equal(status.code, 0, status.stderr)
  })

  it('finds the API of the node running on a repo, for amigo-node id/peers/status', async () => {
    const repo = join(dir, 'repo')
    const id = await run(NODE_BIN, ['id', '--repo', repo])
    assert.equal(id.code, 0, id.stderr)
    assert.equal(id.stdout.toString().split('\n')[0], daemon.ready.peerId)
    const status = await run(NODE_BIN, ['status', '--repo', repo, '--json'])
    assert.equal(status.code, 0, status.stderr)
    const s = JSON.parse(status.stdout.toString())
    assert.equal(s.peerId, daemon.ready.peerId)
    assert.ok(s.blocksStored >= 3)
    assert.ok(s.namesHeld >= 1)
    const peers = await run(NODE_BIN, ['peers', '--repo', repo, '--json'])
    assert.equal(peers.code, 0, peers.stderr)
    assert.deepEqual(JSON.parse(peers.stdout.toString()), { peers: [] })
  })

  it('exits 2 on usage errors and 1 on failed commands, with a clear message', async () => {
    const noArgs = await run(CLIENT_BIN, ['name', 'resolve', '--api', api, '--repo', repo])
    assert.equal(noArgs.code, 2)
    assert.match(noArgs.stderr, /name resolve takes KEY\/NAME/)
    const badFlag = await run(CLIENT_BIN, ['dag', 'export', '--frobnicate', '--api', api, '--repo', repo])
    assert.equal(badFlag.code, 2)
    assert.match(badFlag.stderr, /unknown flag --frobnicate/)
    const badCid = await run(CLIENT_BIN, ['dag', 'export', 'not-a-cid', '--api', api, '--repo', repo])
    assert.equal(badCid.code, 1)
    assert.match(badCid.stderr, /ERR_BAD_CID/)
    assert.equal(badCid.stdout.length, 0)
    const missingFile = await run(CLIENT_BIN, ['dag', 'import', join(dir, 'nope.car'), '--api', api, '--repo', repo])
    assert.equal(missingFile.code, 1)
    assert.match(missingFile.stderr, /ENOENT|no such file/)
    const noNode = await run(CLIENT_BIN, ['name', 'resolve', `${daemon.ready.peerId}/test.land/x`, '--api', '127.0.0.1:1'])
    assert.equal(noNode.code, 1)
    assert.match(noNode.stderr, /cannot reach the node's API/)
    const badLevel = await run(NODE_BIN, ['start', '--repo', join(dir, 'other'), '--log-level', 'loud'])
    assert.equal(badLevel.code, 2)
    assert.match(badLevel.stderr, /--log-level/)
  })
})
