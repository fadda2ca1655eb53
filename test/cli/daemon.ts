// Test helper: run the built `amigo-node` / `amigo` binaries as real processes.
import { spawn, execFile } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { connect } from 'node:net'
import { ApiClient } from '../../src/api/client.ts'
import { readApiToken } from '../../src/node/repo.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const NODE_BIN = join(ROOT, 'bin', 'amigo-node.js')
export const CLIENT_BIN = join(ROOT, 'bin', 'amigo.js')

export function requireBuild (): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'amigo-node.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)')
}

export interface Daemon {
  child: ChildProcess
  ready: { peerId: string, multiaddrs: string[], api: string, pid: number }
  /** the repo's API token (api.token, made at the node's first start) */
  token: string
  /** a client of its API with the token */
  api: ApiClient
  output: () => string
  exited: Promise<{ code: number | null, signal: NodeJS.Signals | null }>
}

/** Environment without the operator's AMIGO_* settings. */
export function cleanEnv (extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AMIGO_') && k !== 'DEBUG') env[k] = v
  return { ...env, ...extra }
}

/** Start `amigo-node start` and wait for its JSON "ready" line. */
export async function startDaemon (repo: string, extraArgs: string[] = []): Promise<Daemon> {
  requireBuild()
  const child = spawn(process.execPath, [NODE_BIN, 'start', '--repo', repo, '--api', '127.0.0.1:0', '--listen', '/ip4/127.0.0.1/tcp/0', '--bootstrap', '', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv()
  })
  let out = ''
  child.stdout!.on('data', d => { out += String(d) })
  child.stderr!.on('data', d => { out += String(d) })
  const exited = new Promise<{ code: number | null, signal: NodeJS.Signals | null }>(resolve => child.once('exit', (code, signal) => resolve({ code, signal })))
  const ready = await new Promise<Daemon['ready']>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no ready line within 60 s:\n${out}`)) }, 60_000)
    const onData = (): void => {
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue
        try {
          const j = JSON.parse(line)
          if (j.msg === 'ready') { clearTimeout(timer); child.stdout!.off('data', onData); resolve(j); return }
        } catch {}
      }
    }
    child.stdout!.on('data', onData)
    void exited.then(e => { clearTimeout(timer); reject(new Error(`amigo-node exited (${JSON.stringify(e)}) before ready:\n${out}`)) })
  })
  const token = await readApiToken(repo)
  if (token === undefined) throw new Error(`${repo} has no api.token after the node started`)
  return { child, ready, token, api: new ApiClient(ready.api, { token }), output: () => out, exited }
}

/** Run a CLI binary to completion. */
export async function run (bin: string, args: string[], options: { env?: NodeJS.ProcessEnv, input?: string } = {}): Promise<{ code: number, stdout: Buffer, stderr: string }> {
  return await new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [bin, ...args], { env: options.env ?? cleanEnv(), encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err !== null && typeof err.code !== 'number') { reject(err); return }
      resolve({ code: err === null ? 0 : err.code as number, stdout, stderr: stderr.toString() })
    })
    if (options.input !== undefined) child.stdin!.end(options.input)
  })
}

/** Whether something accepts TCP connections at host:port. */
export async function isListening (host: string, port: number): Promise<boolean> {
  return await new Promise(resolve => {
    const socket = connect({ host, port })
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
  })
}

export function processExists (pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
