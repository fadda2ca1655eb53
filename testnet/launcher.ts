/**
 * Runs real `amigo-node` processes (bin/amigo-node.js over the built dist/) for a testnet: each
 * with its own repo under the testnet directory, ports chosen by the OS on 127.0.0.1 (port 0),
 * its addresses read from its "ready" log line. Every process it starts, it stops: on `stop()`,
 * and as a last resort when the launching process exits.
 *
 * @example
 * ```ts
 * const net = new Testnet({ manifest: defaultManifest(3), dir: await mkdtemp(...) })
 * await net.start()
 * await net.waitConnected()
 * console.log(net.nodes[0].apiUrl)
 * await net.stop()
 * ```
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdir, open, readFile, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { availableParallelism } from 'node:os'
import { ApiClient } from '../src/api/client.ts'
import { readApiToken } from '../src/node/repo.ts'
import type { Manifest, NodeManifest } from './manifest.ts'
import { checkManifest } from './manifest.ts'

export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url))
export const NODE_BIN = join(PACKAGE_ROOT, 'bin', 'amigo-node.js')
/** The node flags of NODE_BIN's `#!/usr/bin/env -S node …` line: testnet nodes run as `npx amigo-node` would. */
export const NODE_FLAGS = shebangFlags(readFileSync(NODE_BIN, 'utf8').split('\n', 1)[0])

export function shebangFlags (line: string): string[] {
  const m = /^#!\S*env\s+(?:-S\s+)?node((?:\s+--?\S+)*)\s*$/.exec(line)
  return m == null ? [] : m[1].trim().split(/\s+/).filter(f => f !== '')
}

export type NodeState = 'new' | 'starting' | 'running' | 'paused' | 'stopped' | 'killed' | 'failed'

/** The "ready" log line of `amigo-node start` (JSON, one line). */
export interface ReadyLine {
  msg: 'ready'
  time: number
  pid: number
  peerId: string
  multiaddrs: string[]
  api: string
  version: string
}

export class TestnetNode {
  state: NodeState = 'new'
  child?: ChildProcess
  peerId = ''
  multiaddrs: string[] = []
  apiUrl = ''
  api = new ApiClient('http://127.0.0.1:1')
  /** ms from spawn to the ready line, for each start of this node */
  readyMs: number[] = []
  /** how the last process ended */
  exit?: { code: number | null, signal: NodeJS.Signals | null }
  private exited?: Promise<void>

  constructor (readonly spec: NodeManifest, readonly repo: string, readonly logFile: string) {}

  get name (): string { return this.spec.name }
  get pid (): number | undefined { return this.child?.pid }
  get alive (): boolean { return this.child !== undefined && this.exit === undefined }

  /** the TCP address to dial this node at, with its peer id */
  get dialAddress (): string {
    const tcp = this.multiaddrs.find(a => a.includes('/tcp/') && !a.includes('/ws'))
    if (tcp === undefined) throw new Error(`${this.name} has no TCP address`)
    return tcp.includes('/p2p/') ? tcp : `${tcp}/p2p/${this.peerId}`
  }

  /** @internal */
  attach (child: ChildProcess): void {
    this.child = child
    this.exit = undefined
    this.exited = new Promise(resolve => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal }
        if (this.state !== 'killed') this.state = this.state === 'starting' ? 'failed' : 'stopped'
        resolve()
      })
    })
  }

  /** resolves when the current process has exited (at once if there is none) */
  async waitExit (timeoutMs = Infinity): Promise<boolean> {
    if (!this.alive) return true
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>(resolve => { if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve(false), timeoutMs) })
    const done = await Promise.race([this.exited!.then(() => true), timeout])
    clearTimeout(timer)
    return done
  }
}

export interface TestnetInit {
  manifest: Manifest
  /** directory for the nodes' repos and logs */
  dir: string
  /** leave processes running when this process exits (`--keep`) */
  keep?: boolean
  /** ms a node may take to become ready (default 60 s: a busy machine starts nodes slowly) */
  readyTimeoutMs?: number
  /** log level of the nodes (default info) */
  logLevel?: string
  /**
   * how many nodes may be starting at once (default: the number of CPUs). Start-up is CPU-bound:
   * twenty nodes starting together on two cores each take ten seconds and time out each other's dials.
   */
  startConcurrency?: number
}

export class Testnet {
  readonly nodes: TestnetNode[]
  readonly dir: string
  /** the genesis file of the testnet's land, once written (testnet/land.ts) */
  landFile?: string
  private readonly keep: boolean
  private readonly readyTimeoutMs: number
  private readonly logLevel: string
  private readonly startSlots: Semaphore
  private readonly onExit = (): void => { this.killAllSync() }

  constructor (init: TestnetInit) {
    const manifest = checkManifest(init.manifest)
    this.dir = resolve(init.dir)
    this.keep = init.keep ?? false
    this.readyTimeoutMs = init.readyTimeoutMs ?? 60_000
    this.logLevel = init.logLevel ?? 'info'
    this.startSlots = new Semaphore(init.startConcurrency ?? Math.max(1, availableParallelism()))
    this.nodes = manifest.nodes.map(spec => new TestnetNode(spec, join(this.dir, spec.name), join(this.dir, `${spec.name}.log`)))
  }

  node (name: string): TestnetNode {
    const n = this.nodes.find(x => x.name === name)
    if (n === undefined) throw new Error(`no node "${name}" in this testnet`)
    return n
  }

  /**
   * Start every node but the late ones (or only those named in `only`; the others can be started
   * later with `startNode`), each as soon as the nodes it bootstraps from are ready.
   */
  async start (only?: string[]): Promise<void> {
    if (!existsSync(join(PACKAGE_ROOT, 'dist', 'cli', 'amigo-node.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (the testnet runs the built amigo-node)')
    }
    await mkdir(this.dir, { recursive: true })
    if (!this.keep) process.once('exit', this.onExit)
    const ready = new Map<string, Promise<void>>()
    for (const node of this.nodes) {
      if (only !== undefined ? !only.includes(node.name) : node.spec.late === true) continue
      ready.set(node.name, (async () => {
        await Promise.all(node.spec.bootstrap.map(async b => await ready.get(b)))
        await this.startSlots.run(async () => { await this.startNode(node) })
      })())
    }
    const results = await Promise.allSettled(ready.values())
    const failed = results.find(r => r.status === 'rejected')
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason
    await this.writeState()
    await this.writeBootstrapList()
  }

  /** Start (or restart) one node's process and wait for its ready line. */
  async startNode (node: TestnetNode, options: { reusePorts?: boolean } = {}): Promise<void> {
    await mkdir(node.repo, { recursive: true })
    let bootstrap = node.spec.bootstrap.map(b => this.node(b)).filter(b => b.alive).map(b => b.dialAddress)
    // its bootstrap peers are down (killed by a perturbation): any running node lets it join
    if (bootstrap.length === 0 && node.spec.bootstrap.length > 0) bootstrap = this.nodes.filter(n => n !== node && n.alive && n.state === 'running').slice(0, 2).map(n => n.dialAddress)
    let listen = ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws']
    let api = '127.0.0.1:0'
    if (options.reusePorts === true && node.apiUrl !== '') {
      listen = node.multiaddrs.map(a => a.replace(/\/p2p\/[^/]+$/, ''))
      api = node.apiUrl.replace(/^http:\/\//, '')
    }
    const args = [...NODE_FLAGS, NODE_BIN, 'start', '--repo', node.repo, '--api', api, '--log-level', this.logLevel,
      ...listen.flatMap(l => ['--listen', l]),
      ...(bootstrap.length > 0 ? ['--bootstrap', bootstrap.join(',')] : ['--bootstrap', '']),
      ...(node.spec.offline === true ? ['--offline'] : []),
      ...(node.spec.lands ?? []).flatMap(f => ['--land', f]),
      ...(node.spec.args ?? [])]
    const log = await open(node.logFile, 'a')
    const logStart = (await log.stat()).size
    const env: NodeJS.ProcessEnv = {}
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AMIGO_')) env[k] = v
    const spawnedAt = Date.now()
    const child = spawn(process.execPath, args, { stdio: ['ignore', log.fd, log.fd], detached: true, env, cwd: PACKAGE_ROOT })
    await log.close()
    node.state = 'starting'
    node.attach(child)
    const line = await this.waitReady(node, logStart)
    node.peerId = line.peerId
    node.multiaddrs = line.multiaddrs
    node.apiUrl = line.api
    // the node made its repo's API token at its first start: the testnet drives it as its owner
    node.api = new ApiClient(line.api, { token: await readApiToken(node.repo) })
    node.readyMs.push(line.time - spawnedAt)
    node.state = 'running'
  }

  private async waitReady (node: TestnetNode, offset: number): Promise<ReadyLine> {
    const deadline = Date.now() + this.readyTimeoutMs
    for (;;) {
      const text = (await readFile(node.logFile)).subarray(offset).toString('utf8')
      for (const raw of text.split('\n')) {
        if (!raw.startsWith('{')) continue
        try {
          const line = JSON.parse(raw) as ReadyLine
          if (line.msg === 'ready' && line.pid === node.pid) return line
        } catch {}
      }
      if (!node.alive) throw new Error(`${node.name} exited before it was ready (${describeExit(node.exit)}); log ${node.logFile}:\n${tail(text)}`)
      if (Date.now() > deadline) {
        node.child?.kill('SIGKILL')
        throw new Error(`${node.name} was not ready after ${this.readyTimeoutMs} ms; log ${node.logFile}:\n${tail(text)}`)
      }
      await sleep(10)
    }
  }

  /**
   * Wait until every running node has at least `minPeers` connected peers (default: all of its
   * bootstrap peers, and at least one if the testnet has more than one node).
   */
  async waitConnected (options: { timeoutMs?: number, minPeers?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000)
    const running = this.nodes.filter(n => n.state === 'running' && n.spec.offline !== true)
    const want = (n: TestnetNode): number => options.minPeers ?? Math.max(n.spec.bootstrap.length, running.length > 1 ? 1 : 0)
    for (;;) {
      // a request that fails while the process lives (a reset keep-alive socket on a busy
      // machine) counts as "not yet": the deadline decides, not one unlucky request
      const counts = await Promise.all(running.map(async n => {
        try {
          return (await n.api.peers()).peers.length
        } catch (err) {
          if (!n.alive) throw err
          return 0
        }
      }))
      if (running.every((n, i) => counts[i] >= want(n))) return
      if (Date.now() > deadline) {
        throw new Error(`not connected: ${running.map((n, i) => `${n.name}:${counts[i]}/${want(n)}`).filter((_, i) => counts[i] < want(running[i])).join(' ')}`)
      }
      await sleep(50)
    }
  }

  /** Stop one node: SIGTERM (it stops cleanly and exits 0), SIGKILL if it has not exited in time. */
  async stopNode (node: TestnetNode, timeoutMs = 10_000): Promise<void> {
    if (!node.alive) return
    if (node.state === 'paused') signal(node, 'SIGCONT')
    signal(node, 'SIGTERM')
    if (!(await node.waitExit(timeoutMs))) {
      signal(node, 'SIGKILL')
      await node.waitExit()
    }
    node.state = 'stopped'
  }

  /** Stop every node (in reverse start order, concurrently) and forget the exit hook. */
  async stop (): Promise<void> {
    await Promise.all([...this.nodes].reverse().map(async n => await this.stopNode(n)))
    process.off('exit', this.onExit)
  }

  /** Stop watching the nodes without stopping them (`--keep`): they outlive this process. */
  detach (): void {
    process.off('exit', this.onExit)
    for (const n of this.nodes) n.child?.unref()
  }

  /** `testnet.json`: who runs where, for people and for `--stop DIR`. */
  async writeState (): Promise<void> {
    const state = this.nodes.map(n => ({ name: n.name, pid: n.pid, peerId: n.peerId, api: n.apiUrl, multiaddrs: n.multiaddrs, repo: n.repo, log: n.logFile, role: n.spec.role ?? 'validator', ...(n.spec.late === true ? { late: true } : {}) }))
    await writeFile(join(this.dir, 'testnet.json'), JSON.stringify({ ...(this.landFile !== undefined ? { land: this.landFile } : {}), nodes: state }, null, 2) + '\n')
  }

  /**
   * `bootstrap.json`: the testnet's bootstrap peers (the nodes others bootstrap from) in the
   * format of bootstrap/*.json, so another node can join with `--bootstrap DIR/bootstrap.json`.
   */
  async writeBootstrapList (): Promise<string> {
    const targets = new Set(this.nodes.flatMap(n => n.spec.bootstrap))
    const peers = this.nodes.filter(n => targets.has(n.name) && n.alive).map(n => n.dialAddress)
    const file = join(this.dir, 'bootstrap.json')
    await writeFile(file, JSON.stringify({ network: 'local-testnet', description: `bootstrap peers of the testnet in ${this.dir}`, peers }, null, 2) + '\n')
    return file
  }

  private killAllSync (): void {
    for (const n of this.nodes) {
      if (n.alive && n.pid !== undefined) {
        try { process.kill(-n.pid, 'SIGKILL') } catch {}
      }
    }
  }
}

/** At most `n` tasks at once, the rest wait their turn in order. */
class Semaphore {
  private active = 0
  private readonly waiting: Array<() => void> = []
  constructor (private readonly n: number) {}
  async run<T> (task: () => Promise<T>): Promise<T> {
    if (this.active >= this.n) await new Promise<void>(resolve => this.waiting.push(resolve))
    this.active++
    try {
      return await task()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }
}

/** Send a signal to a node's process group (the node and anything it spawned). */
export function signal (node: TestnetNode, sig: NodeJS.Signals): void {
  if (node.pid === undefined) throw new Error(`${node.name} has no process`)
  try {
    process.kill(-node.pid, sig)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
  }
}

export function describeExit (exit: TestnetNode['exit']): string {
  if (exit === undefined) return 'running'
  return exit.signal !== null ? `killed by ${exit.signal}` : `exit code ${String(exit.code)}`
}

function tail (text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).map(l => `  | ${l}`).join('\n')
}

export async function sleep (ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}
