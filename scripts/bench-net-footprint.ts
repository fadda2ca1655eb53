// Footprint of one network node: time from process start to a started network, and idle RSS.
//   npm run build && node dist-footprint.js   — or, simpler:
//   node --import tsx scripts/bench-net-footprint.ts            (spawns the compiled probe below)
// It compiles nothing itself: it runs `dist/net/index.js` and `dist/store/index.js` (npm run build)
// in a fresh process, so tsx's own start-up cost is not counted.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
if (!existsSync(join(root, 'dist/net/index.js'))) {
  console.error('run `npm run build` first (needs dist/net/index.js)')
  process.exit(1)
}
const probe = `
const t0 = performance.now()
const { mkdtemp, rm } = await import('node:fs/promises')
const { tmpdir } = await import('node:os')
const { join } = await import('node:path')
const { generateKeyPair } = await import('@libp2p/crypto/keys')
const { createNetwork } = await import(${JSON.stringify(join(root, 'dist/net/index.js'))})
const { openStores } = await import(${JSON.stringify(join(root, 'dist/store/index.js'))})
const tImport = performance.now()
const dir = await mkdtemp(join(tmpdir(), 'amigo-footprint-'))
const stores = await openStores(dir)
const net = await createNetwork({ privateKey: await generateKeyPair('Ed25519'), blockstore: stores.blockstore, datastore: stores.datastore,
  listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'], bootstrap: [] })
await net.start()
const tReady = performance.now()
await new Promise(r => setTimeout(r, 3000))
globalThis.gc?.(); globalThis.gc?.()
await new Promise(r => setTimeout(r, 200))
const rss = process.memoryUsage().rss
await net.stop(); await stores.close(); await rm(dir, { recursive: true, force: true })
console.log(JSON.stringify({ importMs: Math.round(tImport - t0), readyMs: Math.round(tReady), idleRssMB: +(rss / 1048576).toFixed(1) }))
`
const runs: any[] = []
for (let i = 0; i < 3; i++) {
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let s = ''
    child.stdout.on('data', d => { s += d })
    child.on('exit', code => code === 0 ? resolve(s) : reject(new Error(`probe exited ${code}`)))
  })
  runs.push(JSON.parse(out))
}
console.log('readyMs = from process start to a started network (imports included); idle RSS after 3 s, after GC')
for (const r of runs) console.log(r)
