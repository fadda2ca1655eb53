/**
 * How a node answers `GET /api/v1/status` while a flood of queries without the token runs
 * (issue 12, "Execution off the event loop"): N open evals that each burn their whole gas budget
 * are sent at once, and status is timed meanwhile; with the open-query limits (the defaults) and
 * without them (bounds set out of reach), side by side in one run.
 *
 *   npm run bench:open-queries -- [N]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startNode, createLogger, DEFAULT_CONFIG, readApiToken } from '../src/node/index.ts'
import { newKey } from '../src/node/keys.ts'
import { signPush } from '../src/node/push-signature.ts'
import { ApiClient } from '../src/api/index.ts'

const N = Number(process.argv[2] ?? 40)
const SPIN_PATH = 'local.land/bench/spin'
// a read that spends its gas: the open budget (1,000,000) ends it with ERR_GAS
const SPIN_GO = `package spin

var runs int

func Spin() int {
	s := 0
	for i := 0; i < 100000000; i++ {
		s += i
	}
	return s
}
`

async function run (label: string, limits: Partial<typeof DEFAULT_CONFIG.limits>): Promise<void> {
  const repo = await mkdtemp(join(tmpdir(), 'amigo-bench-queries-'))
  const config = { ...structuredClone(DEFAULT_CONFIG), api: '127.0.0.1:0', listen: [], offline: true, logLevel: 'silent' as const, metrics: { enabled: false } }
  config.limits = { ...config.limits, ...limits }
  const node = await startNode({ repo, config, log: await createLogger({ level: 'silent', pretty: false }) })
  try {
    const key = await newKey(repo, 'bench')
    const files = [{ name: 'spin.go', text: SPIN_GO }]
    await new ApiClient(node.apiUrl, { token: (await readApiToken(repo))! }).push({ path: SPIN_PATH, files, deployer: key.address, signature: await signPush(key.privateKey, SPIN_PATH, files) })
    const query = `${node.apiUrl}/api/v1/eval?path=${encodeURIComponent(SPIN_PATH)}&expr=Spin()`
    const one = await fetch(query)
    const sample = await one.json() as { error?: { code: string } }
    const started = performance.now()
    const codes = new Map<string, number>()
    const flood = Array.from({ length: N }, async () => {
      const res = await fetch(query)
      const body = await res.json() as { error?: { code: string } }
      const code = body.error?.code ?? String(res.status)
      codes.set(code, (codes.get(code) ?? 0) + 1)
    })
    const statusMs: number[] = []
    let draining = true
    const floodDone = Promise.all(flood).then(() => { draining = false })
    while (draining) {
      const t = performance.now()
      await fetch(`${node.apiUrl}/api/v1/status`)
      statusMs.push(performance.now() - t)
    }
    await floodDone
    const total = performance.now() - started
    statusMs.sort((a, b) => a - b)
    const p = (q: number): string => statusMs[Math.min(statusMs.length - 1, Math.floor(q * statusMs.length))].toFixed(1)
    console.log(`${label}: ${N} open queries (each ${sample.error?.code ?? 'ok'}) answered in ${total.toFixed(0)} ms: ${[...codes].map(([c, n]) => `${c} ×${n}`).join(', ')}; status ×${statusMs.length}: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`)
  } finally {
    await node.stop()
    await rm(repo, { recursive: true, force: true })
  }
}

await run('limits (defaults)', {})
await run('no limits', { openQueriesPerClient: 1e9, maxOpenQueries: 1e9, maxQueuedQueries: 1e9 })
