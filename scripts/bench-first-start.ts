/**
 * `npm run bench:first-start -- [--runs N] [--against DIR] [--land]`: the first `amigo-node start` of
 * a fresh repo (run `npm run build` first). Measured per run: spawn → the ready line, and spawn → the
 * first answer of an API call that needs a genesis package (`info local.land/amigo/blog`). `--land`:
 * the node also joins a network land (a fresh genesis with the bootstrap packages, whose one
 * validator is another key: this node is a follower with no peer, as a late joiner before it finds
 * one), so the ready line shows what the land's start costs. With
 * `--against DIR` (another built checkout, e.g. a worktree of main) both are started in turn, run
 * after run, so a busy machine slows both alike: compare the ratio.
 *
 * Target (ARCHITECTURE.md, node footprint): ready in under 1 s.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { ApiClient } from '../src/api/client.ts'
import { genesisJson, newGenesis } from '../src/node/land-genesis.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, against: { type: 'string' }, land: { type: 'boolean', default: false } } })
const RUNS = Number(values.runs)
const here = fileURLToPath(new URL('../', import.meta.url))
const checkouts: Array<{ name: string, dir: string }> = [{ name: 'this', dir: here }]
if (values.against !== undefined) checkouts.push({ name: 'against', dir: resolve(values.against) })

interface Run { readyMs: number, firstCallMs: number }

async function firstStart (dir: string, landFile: string | undefined): Promise<Run> {
  const repo = await mkdtemp(join(tmpdir(), 'amigo-first-start-'))
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AMIGO_') && k !== 'DEBUG') env[k] = v
  const t0 = performance.now()
  const child = spawn(process.execPath, [join(dir, 'bin', 'amigo-node.js'), 'start', '--repo', repo, '--api', '127.0.0.1:0', '--listen', '/ip4/127.0.0.1/tcp/0', '--bootstrap', '', ...(landFile !== undefined ? ['--land', landFile] : [])], { stdio: ['ignore', 'pipe', 'pipe'], env })
  const exited = new Promise<void>(resolve => child.once('exit', () => { resolve() }))
  try {
    const api = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.once('exit', () => { reject(new Error(`the node exited before ready:\n${out}`)) })
      child.stdout.on('data', d => {
        out += String(d)
        for (const line of out.split('\n')) {
          try {
            const j = JSON.parse(line) as { msg?: string, api?: string }
            if (j.msg === 'ready' && j.api !== undefined) resolve(j.api)
          } catch {}
        }
      })
    })
    const readyMs = performance.now() - t0
    const token = (await readFile(join(repo, 'api.token'), 'utf8')).trim()
    await new ApiClient(api, { token }).info('local.land/amigo/blog')
    return { readyMs, firstCallMs: performance.now() - t0 }
  } finally {
    child.kill('SIGTERM')
    await exited
    await rm(repo, { recursive: true, force: true })
  }
}

const range = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b)
  return `${s[0].toFixed(0)}–${s[s.length - 1].toFixed(0)} ms (median ${s[Math.floor(s.length / 2)].toFixed(0)})`
}

async function main (): Promise<void> {
  process.stdout.write(`bench:first-start: ${RUNS} fresh repos each${values.land === true ? ', each joining a network land' : ''}, on ${cpus()[0]?.model ?? 'this machine'} (${availableParallelism()} cores), Node ${process.version}\n`)
  const runs = new Map<string, Run[]>(checkouts.map(c => [c.name, []]))
  const tmp = await mkdtemp(join(tmpdir(), 'amigo-first-start-land-'))
  let landFile: string | undefined
  if (values.land === true) {
    const validator = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    landFile = join(tmp, 'bench.land.json')
    await writeFile(landFile, genesisJson(await newGenesis({ land: 'bench.land', validators: [validator] })))
  }
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const c of checkouts) runs.get(c.name)!.push(await firstStart(c.dir, landFile))
    }
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
  for (const c of checkouts) {
    const r = runs.get(c.name)!
    process.stdout.write(`bench:first-start: ${c.name} (${c.dir}): ready ${range(r.map(x => x.readyMs))}; first genesis-package call answered ${range(r.map(x => x.firstCallMs))} after spawn\n`)
  }
}

await main()
