/**
 * `node --import tsx scripts/bench-api.ts`: services through a real node process and its HTTP API,
 * as a user meets them — the time from `amigo push` to the first successful `amigo call` (two CLI
 * processes), and signed calls per second through POST /api/v1/call (each one verified, its nonce
 * written with a synced LevelDB batch, run by the VM and committed). Needs `npm run build`.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startDaemon, run, cleanEnv, CLIENT_BIN, ROOT } from '../test/cli/daemon.ts'
import { signCall, encodeSignedCall } from '../src/store/calls/index.ts'
import { loadKey } from '../src/node/keys.ts'

const CALLS = Number(process.env.CALLS ?? 300)
const dir = await mkdtemp(join(tmpdir(), 'amigo-bench-api-'))
const repo = join(dir, 'repo')
const daemon = await startDaemon(repo)
try {
  const env = cleanEnv({ AMIGO_PATH: repo })
  const t0 = performance.now()
  const pushed = await run(CLIENT_BIN, ['push', join(ROOT, 'bootstrap', 'packages', 'counter'), 'local.land/alice/counter'], { env })
  const t1 = performance.now()
  const called = await run(CLIENT_BIN, ['call', 'local.land/alice/counter.Increment'], { env })
  const t2 = performance.now()
  if (pushed.code !== 0 || called.code !== 0) throw new Error(pushed.stderr + called.stderr)
  console.log(`amigo push: ${(t1 - t0).toFixed(0)} ms; then amigo call: ${(t2 - t1).toFixed(0)} ms; push → first successful call: ${(t2 - t0).toFixed(0)} ms (CLI processes included)`)

  const api = daemon.api
  const key = await loadKey(repo, 'default')
  let nonce = (await api.nonce(key.address)).next
  const blocks: Uint8Array[] = []
  for (let i = 0; i < CALLS; i++) {
    blocks.push(encodeSignedCall(await signCall({ land: 'local.land', nonce: nonce++, service: 'local.land/alice/counter', func: 'Increment', args: [], gas: 1_000_000 }, key.privateKey)))
  }
  const s = performance.now()
  for (const b of blocks) {
    const r = await api.call(b)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
  }
  const ms = performance.now() - s
  console.log(`${CALLS} signed counter calls one after another through the API: ${(CALLS / ms * 1000).toFixed(0)} calls/s (${(ms / CALLS).toFixed(2)} ms per call)`)
} finally {
  daemon.child.kill('SIGTERM')
  await daemon.exited
  await rm(dir, { recursive: true, force: true })
}
