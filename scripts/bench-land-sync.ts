/**
 * `npm run bench:land-sync`: a late joiner of a land holding 100,000 token accounts (ARCHITECTURE.md's
 * target: it serves verified reads within 10 s), on a loopback testnet of 4 validator processes and
 * one late follower (run `npm run build` first).
 *
 * Setup (not measured): the bootstrap token package, with one extra function `Seed(from, n)` that
 * transfers 1 unit from the caller to the accounts `acct<from>`…`acct<from+n-1>`, is pushed by a
 * fresh key (which receives the supply at init); a few big `Seed` calls fill its ledger with
 * 100,000 accounts. Every call is final on the land: real land state under a real certificate.
 *
 * Measured: from the late node's spawn (and from its ready line) to its first answer of
 * `BalanceOf("acct<i>")` for random accounts, at a final height whose state root is the validators'
 * and with `syncedFrom` set (state sync: certificate verified against the genesis validators, the
 * state fetched lazily by CID, not a replay from genesis); then the next few reads' latency.
 *
 *   --accounts N (100000)  --batch N (1000) accounts per Seed call (a call of 2,500 runs out of the 20,000,000 gas cap once the ledger is large)   --runs N (1) late joiners
 *   --keep-logs   --log-level L (info) of the nodes
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir, availableParallelism, cpus } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { signCall, encodeSignedCall } from '../src/store/calls/index.ts'
import { signPushTx, encodeLandTx } from '../src/store/lands/index.ts'
import { genesisPackages } from '../src/node/land-genesis.ts'
import { Testnet, sleep } from '../testnet/launcher.ts'
import type { TestnetNode } from '../testnet/launcher.ts'
import { prepareLand, statuses } from '../testnet/land.ts'

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    'keep-logs': { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'info' }
  }
})
const ACCOUNTS = Number(values.accounts)
const BATCH = Number(values.batch)
const RUNS = Number(values.runs)
/** a uint64 balance of 1, as eval prints it */
const isOne = (v: string): boolean => /^(0x)?1$/.test(v)
const log = (line: string): void => { process.stdout.write(line + '\n') }

const SEED_GO = `package token

import (
	"amigo"
	"strconv"
)

// Seed transfers 1 unit from the caller to each of the accounts acct<from>..acct<from+n-1>.
func Seed(from, n int) {
	c := amigo.Caller()
	for i := from; i < from+n; i++ {
		amg.Transfer(c, "acct"+strconv.Itoa(i), 1)
	}
}
`

/** ms until `node` answers a balance read at a state-synced height; the answer and its height. */
async function firstRead (node: TestnetNode, path: string, account: string, timeoutMs: number): Promise<{ ms: number, value: string }> {
  const t0 = performance.now()
  let last = ''
  while (performance.now() - t0 < timeoutMs) {
    try {
      const st = await node.api.landStatus(path.split('/')[0])
      if (st.syncedFrom !== undefined) {
        const r = await node.api.eval(path, `BalanceOf(${JSON.stringify(account)})`)
        return { ms: performance.now() - t0, value: r.value }
      }
    } catch (e) { last = (e as Error).message }
    await sleep(10)
  }
  throw new Error(`no read from ${node.name} within ${timeoutMs} ms (${last})`)
}

async function main (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-land-sync-'))
  const lateNames = Array.from({ length: RUNS }, (_, i) => `late${i}`)
  const nodes = [
    ...Array.from({ length: 4 }, (_, i) => ({ name: `node${i}`, bootstrap: i === 0 ? [] : ['node0'] })),
    ...lateNames.map(name => ({ name, bootstrap: ['node0', 'node1'], role: 'follower' as const, late: true }))
  ]
  const manifest = { nodes, land: { blockMs: 50, viewTimeoutMs: 2000 } }
  const net = new Testnet({ manifest, dir, logLevel: values['log-level'] })
  try {
    const land = await prepareLand(net, manifest)
    await net.start()
    await net.waitConnected()
    while ((await statuses(net, land.name)).length < 4) await sleep(100)
    log(`bench:land-sync: 4 validators of ${land.name} + late followers on ${cpus()[0]?.model ?? 'this machine'} (${availableParallelism()} cores), Node ${process.version}`)

    // setup: the token with Seed, pushed by a fresh key; then the accounts
    const api = net.node('node0').api
    const key = await generateKeyPair('Ed25519')
    let nonce = 0
    const pkg = (await genesisPackages(land.name)).find(p => p.path === `${land.name}/amigo/token`)!
    const path = `${land.name}/bench/token`
    const files = [...pkg.files.filter(f => !f.name.endsWith('_test.go')), { name: 'seed.go', text: SEED_GO }]
    const t0 = performance.now()
    const pushed = await api.landTx(land.name, encodeLandTx(await signPushTx({ land: land.name, nonce: ++nonce, path, files, gas: land.genesis.params.maxTxGas }, key)), { timeoutMs: 60_000 })
    if (pushed.ok !== true) throw new Error(`push failed: ${JSON.stringify(pushed.error)}`)
    for (let from = 0; from < ACCOUNTS; from += BATCH) {
      const n = Math.min(BATCH, ACCOUNTS - from)
      const r = await api.landCall(encodeSignedCall(await signCall({ land: land.name, nonce: ++nonce, service: path, func: 'Seed', args: [String(from), String(n)], gas: land.genesis.params.maxTxGas }, key)), { timeoutMs: 120_000 }) as Record<string, any>
      if (r.ok !== true) throw new Error(`Seed(${from}, ${n}) failed: ${JSON.stringify(r.error)}`)
    }
    const top = (await statuses(net, land.name)).map(s => s.status)
    const final = Math.min(...top.map(s => s.finalHeight))
    log(`setup                     ${ACCOUNTS} accounts in ${Math.ceil(ACCOUNTS / BATCH)} Seed calls, ${((performance.now() - t0) / 1000).toFixed(1)} s; final height ${final}`)
    const check = await api.eval(path, `BalanceOf("acct${ACCOUNTS - 1}")`)
    if (!isOne(check.value)) throw new Error(`validator reads ${check.value} for the last account`)

    const firsts: number[] = []
    const fromReady: number[] = []
    for (const name of lateNames) {
      const late = net.node(name)
      const account = `acct${Math.floor(Math.random() * ACCOUNTS)}`
      const spawned = performance.now()
      await net.startNode(late)
      const ready = performance.now() - spawned
      const read = await firstRead(late, path, account, 60_000)
      const total = ready + read.ms
      const st = await late.api.landStatus(land.name)
      const ref = (await api.landBlocks(land.name, { from: st.finalHeight, limit: 1 })).blocks[0]
      if (!isOne(read.value)) throw new Error(`${name} reads ${read.value} for ${account}`)
      if (ref === undefined || ref.stateRoot !== st.stateRoot) throw new Error(`${name}'s state root at height ${st.finalHeight} is not the validators'`)
      const more: number[] = []
      for (let i = 0; i < 20; i++) {
        const a = performance.now()
        const r = await late.api.eval(path, `BalanceOf("acct${Math.floor(Math.random() * ACCOUNTS)}")`)
        more.push(performance.now() - a)
        if (!isOne(r.value)) throw new Error(`${name} reads ${r.value}`)
      }
      more.sort((x, y) => x - y)
      firsts.push(total)
      fromReady.push(read.ms)
      log(`${name.padEnd(26)}first verified read ${total.toFixed(0)} ms from spawn (ready ${ready.toFixed(0)} ms, then ${read.ms.toFixed(0)} ms); synced from height ${String(st.syncedFrom)}, root ${st.stateRoot.slice(0, 16)}… = validators'; next reads p50 ${more[10].toFixed(0)} ms max ${more[19].toFixed(0)} ms`)
    }
    const range = (xs: number[]): string => xs.length === 1 ? xs[0].toFixed(0) : `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`
    log(`bench:land-sync: late joiner of ${ACCOUNTS} accounts serves verified reads ${range(firsts)} ms after spawn (${range(fromReady)} ms after ready)   (target < 10 s)`)
  } finally {
    await net.stop()
    if (values['keep-logs'] === true) log(`logs in ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

await main()
