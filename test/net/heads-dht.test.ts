import { strict as assert } from 'node:assert'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { decodeHeadRecord, encodeHeadRecord, headKey, headRecordOf, type HeadRecord } from '../../src/net/index.ts'
import { decodeDhtRecord } from '../../src/net/names/dht-record.ts'
import { dhtDatastoreKey } from '../../src/net/names/names.ts'
import { ATTEST_FORMAT, buildQC, signMessage, type AttestMsg, type Certificate } from '../../src/store/lands/index.ts'
import { encodeBlock } from '../../src/store/index.ts'
import { defaultLogger } from '@libp2p/logger'
import { createApi } from '../../src/api/index.ts'
import { main } from '../../src/cli/amigo.ts'
import { TEST_TOKEN } from '../api/helpers.ts'
import { TestNet, rawPutUnchecked, waitFor } from './helpers.ts'
import type { TestNode } from './helpers.ts'
import { callTx, connectAll, startLand, stopAll, testGenesis, waitSubscribed, type TestLand } from './lands-helpers.ts'

/** Runs a DHT put to the end. */
async function drain (from: TestNode, key: Uint8Array, value: Uint8Array): Promise<void> {
  for await (const ev of from.net.libp2p.services.dht.put(key, value, t())) void ev
}

/** The head record a node holds in its own DHT store. */
async function heldHead (node: TestNode, key: Uint8Array): Promise<HeadRecord | undefined> {
  try {
    const env = decodeDhtRecord(await node.stores.datastore.get(dhtDatastoreKey(key)))
    return env !== undefined ? decodeHeadRecord(env.value) : undefined
  } catch { return undefined }
}

const t = (ms = 15_000): { signal: AbortSignal } => ({ signal: AbortSignal.timeout(ms) })

describe('lands by name and their heads in the DHT (5 in-process nodes, 3 validators)', function () {
  this.timeout(90_000)
  const net = new TestNet()
  let nodes: TestNode[]
  let validators: TestNode[]
  let outsiders: TestNode[]
  let lands: TestLand[] = []
  /** every certificate validator 0 saw final, in order */
  const certs: Certificate[] = []

  before(async () => {
    nodes = await net.start(5)
    validators = nodes.slice(0, 3)
    outsiders = nodes.slice(3)
  })
  after(async () => {
    await stopAll(lands)
    await net.stop()
  })

  it('a node that runs no land resolves it by name and gets its latest final head', async () => {
    const g = await testGenesis(validators.map(n => n.privateKey), { blockMs: 2 })
    await connectAll(validators)
    lands = await Promise.all(validators.map(async (n, i) => await startLand(n, g, {
      onFinal: cert => {
        if (i === 0) certs.push(cert)
        n.net.heads.publishHead(cert)
      }
    })))
    await waitSubscribed(lands)
    for (const v of validators) await v.net.heads.publishLand(g.genesis, g.cid, t())
    const user = await generateKeyPair('Ed25519')
    for (let nonce = 1; nonce <= 5; nonce++) {
      const { cid } = await lands[nonce % 3].land.submit(await callTx(user, g.genesis.land, nonce), t())
      await lands[0].land.waitFinal(cid, t())
    }
    const final = lands[0].land.status().finalHeight
    assert.ok(final >= 1)
    for (const v of validators) await v.net.heads.idle()
    for (const o of outsiders) {
      // the land record and the head may still be on their way to the closest peers: ask until
      // the latest final height is in
      let answer = await o.net.heads.resolveLand(g.genesis.land, t())
      await waitFor(async () => {
        answer = await o.net.heads.resolveLand(g.genesis.land, t())
        return (answer.head?.height ?? -1) >= final
      }, 20_000)
      assert.equal(answer.source, 'dht')
      assert.equal(answer.genesis, g.cid.toString())
      assert.deepEqual(answer.validators, g.genesis.validators)
      assert.equal(answer.quorum, 3)
      assert.ok(g.genesis.validators.includes(answer.record!.signer))
      assert.equal(answer.head!.stateRoot, lands[0].land.status().stateRoot)
      assert.ok(answer.head!.signers.length >= 3)
      for (const s of answer.head!.signers) assert.ok(g.genesis.validators.includes(s))
    }
    // a validator answers for its own land from its genesis
    assert.equal((await validators[1].net.heads.resolveLand(g.genesis.land, t())).source, 'own')
  })

  it('a forged head (signed by outsiders) is refused by every peer and never replaces the real one', async () => {
    const g = lands[0].land
    const real = await outsiders[0].net.heads.resolveHead(g.genesisCid, t())
    const fakes = await Promise.all([0, 1, 2].map(async () => await generateKeyPair('Ed25519')))
    const root = (await encodeBlock({ forged: true })).cid
    const msg: AttestMsg = { format: ATTEST_FORMAT, genesis: g.genesisCid, height: real.height + 100, view: 0, block: root, stateRoot: root, receiptsRoot: root }
    const sigs = new Map<number, Uint8Array>()
    for (let i = 0; i < 3; i++) sigs.set(i, (await signMessage(msg, i, fakes[i])).sig)
    const forged = encodeHeadRecord(headRecordOf(buildQC(msg, sigs)))
    // our own store refuses it before anything is sent
    await assert.rejects(drain(outsiders[1], headKey(g.genesisCid), forged), (e: any) => e.code === 'ERR_LAND_BAD_SIGNATURE')
    // a node without our checks sends it straight to the closest peers: none takes it
    assert.equal((await rawPutUnchecked(outsiders[1], headKey(g.genesisCid), forged)).accepted, 0)
    // no node holds it, and the real head still resolves
    for (const n of nodes) {
      const held = await heldHead(n, headKey(g.genesisCid))
      assert.ok(held === undefined || held.height < real.height + 100, 'a node holds the forged head')
    }
    const after = await outsiders[0].net.heads.resolveHead(g.genesisCid, t())
    assert.ok(after.height >= real.height && after.height < real.height + 100)
  })

  it('an older head replayed to the peers is refused as stale; the latest still resolves', async () => {
    const g = lands[0].land
    const latest = await outsiders[0].net.heads.resolveHead(g.genesisCid, t())
    assert.ok(certs.length >= 2 && certs[0].msg.height < latest.height)
    const old = encodeHeadRecord(headRecordOf(certs[0]))
    // a valid head, but lower than what the peers hold: our own store refuses it, and so do theirs
    await assert.rejects(drain(outsiders[1], headKey(g.genesisCid), old), (e: any) => e.code === 'ERR_RECORD_STALE')
    assert.equal((await rawPutUnchecked(outsiders[1], headKey(g.genesisCid), old)).accepted, 0)
    assert.equal((await outsiders[0].net.heads.resolveHead(g.genesisCid, t())).height, latest.height)
  })

  it('the open API route and `amigo land resolve` show the chain of evidence on a node that runs no land', async () => {
    const g = lands[0].land
    const limits = { maxBlockBytes: 1 << 20, maxRequestBytes: 1 << 22, fetchTimeoutMs: 5000 }
    const api = createApi({ network: outsiders[1].net, host: '127.0.0.1', port: 0, limits, version: '0.0.0-test', token: TEST_TOKEN, offline: false, logger: defaultLogger() })
    await api.start()
    try {
      const name = lands[0].land.land
      // open: no token
      const res = await fetch(`${api.url}/api/v1/land/resolve/${name}`)
      assert.equal(res.status, 200)
      const body = await res.json() as any
      assert.equal(body.genesis, g.genesisCid.toString())
      assert.equal(body.source, 'dht')
      assert.ok(body.head.height >= 1)
      const missing = await fetch(`${api.url}/api/v1/land/resolve/nowhere.land?timeout=500ms`)
      assert.equal(missing.status, 404)
      assert.equal((await missing.json() as any).error.code, 'ERR_NOT_FOUND')
      const bad = await fetch(`${api.url}/api/v1/land/resolve/NotALand`)
      assert.equal(bad.status, 400)
      assert.equal((await bad.json() as any).error.code, 'ERR_BAD_NAME')
      const flags = ['--api', api.url.replace('http://', '')]
      const json = await amigo('land', 'resolve', name, '--json', ...flags)
      assert.equal(json.code, 0, json.stderr)
      assert.equal(JSON.parse(json.stdout).genesis, g.genesisCid.toString())
      const text = await amigo('land', 'resolve', name, ...flags)
      assert.equal(text.code, 0, text.stderr)
      assert.ok(text.stdout.includes(`genesis      ${g.genesisCid.toString()}`), text.stdout)
      assert.match(text.stdout, /land record {2}signed by validator \d \(12D3KooW/)
      assert.match(text.stdout, /final height \d+\nstate root {3}bafy/)
      assert.match(text.stdout, /certified by [34] of 3/)
    } finally {
      await api.stop()
    }
  })
})

/** Runs `amigo ARGS…` in this process, capturing what it prints. */
async function amigo (...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  const out = process.stdout.write
  const err = process.stderr.write
  let stdout = ''
  let stderr = ''
  process.stdout.write = ((x: string) => { stdout += x; return true }) as typeof process.stdout.write
  process.stderr.write = ((x: string) => { stderr += x; return true }) as typeof process.stderr.write
  try {
    return { code: await main(args), stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}
