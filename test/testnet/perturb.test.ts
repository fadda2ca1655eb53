import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { NODE_FLAGS, Testnet, shebangFlags } from '../../testnet/launcher.ts'
import { defaultManifest, checkManifest, ManifestError } from '../../testnet/manifest.ts'
import { kill, pause, resume, restart, perturb, PerturbationError } from '../../testnet/perturb.ts'
import { summarize } from '../../testnet/stats.ts'
import { processExists } from '../cli/daemon.ts'

async function answers (url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/v1/id`, { signal: AbortSignal.timeout(timeoutMs) })
    return res.ok
  } catch {
    return false
  }
}

describe('testnet perturbations (real processes)', function () {
  this.timeout(180_000)
  let dir: string
  let net: Testnet
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-perturb-'))
    net = new Testnet({ manifest: defaultManifest(2), dir })
    await net.start()
    await net.waitConnected()
  })
  after(async () => {
    await net?.stop()
    for (const n of net?.nodes ?? []) if (n.pid !== undefined) assert.equal(processExists(n.pid), false, `${n.name} left running`)
    await rm(dir, { recursive: true, force: true })
  })

  it('runs each node the way its bin runs it: with the node flags of bin/amigo-node.js\'s shebang', () => {
    assert.ok(NODE_FLAGS.includes('--max-semi-space-size=2'))
    const argv = readFileSync(`/proc/${net.node('node0').pid!}/cmdline`, 'utf8').split('\0')
    assert.deepEqual(argv.slice(1, 1 + NODE_FLAGS.length), NODE_FLAGS)
  })

  it('pauses a node (it stops answering) and resumes it (it answers again)', async () => {
    const node = net.node('node1')
    await pause(node)
    assert.equal(node.state, 'paused')
    assert.equal(await answers(node.apiUrl, 500), false)
    await resume(node)
    assert.equal(await answers(node.apiUrl, 5000), true)
    await assert.rejects(resume(node), PerturbationError)
  })

  it('restarts a node on the same repo and ports with the same identity, and it rejoins', async () => {
    const node = net.node('node1')
    const before = { peerId: node.peerId, api: node.apiUrl, pid: node.pid }
    await restart(net, node)
    assert.equal(node.exit, undefined)
    assert.notEqual(node.pid, before.pid)
    assert.equal(processExists(before.pid!), false)
    assert.equal(node.peerId, before.peerId)
    assert.equal(node.apiUrl, before.api)
    assert.equal(node.readyMs.length, 2)
    await net.waitConnected({ timeoutMs: 30_000 })
  })

  it('kills a node with SIGKILL; a restart brings it back with its data', async () => {
    const node = net.node('node1')
    const { cid } = await node.api.blockPut(new TextEncoder().encode('survives a crash'), 'raw')
    const pid = node.pid!
    await kill(node)
    assert.equal(node.state, 'killed')
    assert.equal(node.exit?.signal, 'SIGKILL')
    assert.equal(processExists(pid), false)
    assert.equal(await answers(node.apiUrl, 500), false)
    await perturb(net, node, 'restart')
    assert.equal(new TextDecoder().decode(await node.api.blockGet(cid)), 'survives a crash')
  })

  it('disconnects a node (it drops its peers and refuses them) and reconnects it (it rejoins)', async () => {
    const node = net.node('node1')
    const other = net.node('node0')
    await perturb(net, node, 'disconnect')
    assert.equal((await node.api.peers()).peers.length, 0)
    const lost = async (): Promise<boolean> => !(await other.api.peers()).peers.some(p => p.peerId === node.peerId)
    for (let i = 0; i < 50 && !(await lost()); i++) await new Promise(resolve => setTimeout(resolve, 100))
    assert.equal(await lost(), true)
    // its bootstrap keeper keeps trying: the dials are refused while it is disconnected
    await new Promise(resolve => setTimeout(resolve, 2000))
    assert.equal((await node.api.peers()).peers.length, 0)
    assert.equal(await answers(node.apiUrl, 2000), true) // the process itself is fine
    await perturb(net, node, 'reconnect')
    await net.waitConnected({ timeoutMs: 30_000 })
    assert.ok((await node.api.peers()).peers.some(p => p.peerId === other.peerId))
  })
})

describe('testnet manifest and stats', () => {
  it('reads node flags from a bin\'s shebang line', () => {
    assert.deepEqual(shebangFlags('#!/usr/bin/env -S node --max-semi-space-size=2 --foo'), ['--max-semi-space-size=2', '--foo'])
    assert.deepEqual(shebangFlags('#!/usr/bin/env node'), [])
    assert.deepEqual(shebangFlags('// not a shebang'), [])
  })

  it('checks manifests: unique names, bootstrap from earlier nodes', () => {
    assert.deepEqual(defaultManifest(3).nodes.map(n => n.bootstrap), [[], ['node0'], ['node0']])
    assert.throws(() => checkManifest({ nodes: [{ name: 'a', bootstrap: ['b'] }, { name: 'b', bootstrap: [] }] }), ManifestError)
    assert.throws(() => checkManifest({ nodes: [{ name: 'a', bootstrap: [] }, { name: 'a', bootstrap: [] }] }), /twice/)
    assert.throws(() => defaultManifest(0), ManifestError)
  })

  it('summarises latencies with nearest-rank percentiles', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => 100 - i))
    assert.deepEqual(s, { count: 100, p50: 50, p99: 99, max: 100 })
    assert.deepEqual(summarize([7]), { count: 1, p50: 7, p99: 7, max: 7 })
  })
})
