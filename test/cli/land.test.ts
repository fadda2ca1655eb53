// The client commands on a network land (amigo push/call/receipt/land/fork/eval), run in-process
// against a node with testnet.land (the real land executor, a one-node stand-in for the consensus).
import { strict as assert } from 'node:assert'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/amigo.ts'
import { statusText } from '../../src/cli/commands/land.ts'
import type { LandStatus } from '../../src/api/services.ts'
import { landNode } from '../api/land-node.ts'
import type { LandTestNode } from '../api/land-node.ts'
import { stopNode, TEST_TOKEN } from '../api/helpers.ts'

/** Runs `amigo ARGS…` in this process, capturing what it prints. */
async function amigo (...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  const out = process.stdout.write
  const err = process.stderr.write
  let stdout = ''
  let stderr = ''
  process.stdout.write = ((s: string) => { stdout += s; return true }) as typeof process.stdout.write
  process.stderr.write = ((s: string) => { stderr += s; return true }) as typeof process.stderr.write
  try {
    return { code: await main(args), stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}

describe('amigo on a network land', function () {
  this.timeout(60_000)
  let dir: string
  let node: LandTestNode
  let flags: string[]
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-cli-land-'))
    node = await landNode(join(dir, 'node'))
    flags = ['--api', node.api.url.replace('http://', ''), '--repo', join(dir, 'client')]
    // the client's repo is not the node's: the node's token comes from the environment
    process.env.AMIGO_API_TOKEN = TEST_TOKEN
  })
  after(async () => {
    delete process.env.AMIGO_API_TOKEN
    await stopNode(node)
    await rm(dir, { recursive: true, force: true })
  })

  it('pushes a package as a signed push-tx and prints it as on local.land, once final', async () => {
    const r = await amigo('push', 'bootstrap/packages/counter', 'testnet.land/alice/counter', ...flags)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^pushed testnet\.land\/alice\/counter \(service\) bafy/)
    assert.match(r.stdout, /height 1 {2}block bafy\S+ {2}state root bafy\S+ {2}latency \d+ ms/)
  })

  it('calls and waits for finality: the result on stdout; height, block, state root, latency on stderr', async () => {
    const r = await amigo('call', 'testnet.land/alice/counter.Increment', ...flags)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout.split('\n')[0], '1')
    assert.match(r.stderr, /gas used \d+ {2}height 2 {2}block bafy\S+ {2}state root bafy\S+ {2}latency \d+ ms/)
    const render = await amigo('render', 'testnet.land/alice/counter', ...flags)
    assert.match(render.stdout, /The count is \*\*1\*\*/)
    assert.match(render.stderr, /final height 2/)
  })

  it('--no-wait prints the call CID; amigo receipt prints its receipt once final', async () => {
    const sent = await amigo('call', 'testnet.land/alice/counter.Add', '5', '--no-wait', ...flags)
    assert.equal(sent.code, 0, sent.stderr)
    const cid = sent.stdout.trim()
    assert.match(cid, /^bafy/)
    const r = await amigo('receipt', cid, ...flags)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout.split('\n')[0], '6')
    assert.match(r.stderr, /height 3 {2}block bafy/)
  })

  it('shows the land status and its blocks', async () => {
    const s = await amigo('land', 'status', '--json', ...flags)
    assert.equal(s.code, 0, s.stderr)
    const status = JSON.parse(s.stdout)
    assert.equal(status.land, 'testnet.land')
    assert.equal(status.finalHeight, 3)
    assert.equal(status.sequencer, node.validator)
    for (const k of ['height', 'stateRoot', 'view', 'validators']) assert.ok(k in status, k)
    const text = await amigo('land', 'status', ...flags)
    assert.match(text.stdout, /final height 3/)
    const b = await amigo('land', 'blocks', '--from', '2', ...flags)
    assert.equal(b.code, 0, b.stderr)
    assert.deepEqual(b.stdout.split('\n').filter(l => /^\d/.test(l)).map(l => l.split('\t')[0]), ['2', '3'])
    assert.equal((await amigo('land', 'nope', ...flags)).code, 2)
  })

  it('prints a divergence with both roots and the first service that differs', async () => {
    const s = await amigo('land', 'status', '--json', ...flags)
    const status = JSON.parse(s.stdout) as LandStatus
    assert.equal(status.divergence, undefined)
    assert.doesNotMatch(statusText(status), /DIVERGED/)
    const diverged: LandStatus = { ...status, divergence: { height: 4, ours: 'bafyours', theirs: 'bafytheirs', first: { key: 'svc/testnet.land/alice/counter', service: 'testnet.land/alice/counter', ours: 'bafyheada', theirs: 'bafyheadb' } } }
    const lines = statusText(diverged).split('\n')
    assert.ok(lines.includes('DIVERGED     at height 4: ours bafyours, certified bafytheirs'), lines.join('\n'))
    assert.ok(lines.includes('  first diff service testnet.land/alice/counter: ours bafyheada, certified bafyheadb'), lines.join('\n'))
    const nonce: LandStatus = { ...status, divergence: { height: 4, ours: 'bafyours', theirs: 'bafytheirs', first: { key: 'nonce/12D3KooWBob', theirs: '3' } } }
    assert.ok(statusText(nonce).split('\n').includes('  first diff record nonce/12D3KooWBob: ours absent, certified 3'))
  })

  it('forks on the land with a signed fork-tx', async () => {
    const r = await amigo('fork', 'testnet.land/alice/counter', 'testnet.land/bob/counter', ...flags)
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^forked testnet\.land\/alice\/counter to testnet\.land\/bob\/counter\nhead bafy\S+\nstate root bafy/)
    const e = await amigo('eval', 'testnet.land/bob/counter', 'Get()', ...flags)
    assert.equal(e.stdout, '6\n')
  })

  it('fails a call that panics with its error (exit 1), and refuses --no-wait on local.land (exit 2)', async () => {
    const r = await amigo('call', 'testnet.land/alice/counter.Add', '0', ...flags)
    assert.equal(r.code, 1)
    assert.match(r.stderr, /n must be between 1 and 1000/)
    assert.equal((await amigo('call', 'local.land/alice/counter.Add', '1', '--no-wait', ...flags)).code, 2)
  })
})
