/**
 * The node's settings and how they are resolved: flags > environment > config file > defaults.
 *
 * Everything here is pure (no I/O, no `process.env`): the caller reads the environment and the
 * file and passes them in, so precedence is easy to test and to reason about.
 */
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { AmigoError } from '../store/errors/index.ts'

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = typeof LOG_LEVELS[number]

/** Every setting of a node. The repo's `config.json` holds all of them, defaults written out. */
export interface NodeConfig {
  /** HTTP API address, `host:port`; the host must be a loopback address (admin endpoints) */
  api: string
  /** libp2p listen multiaddrs (TCP and WebSockets) */
  listen: string[]
  /** bootstrap peers: multiaddrs with `/p2p/<peer id>`, or paths of bootstrap list files (`*.json`) */
  bootstrap: string[]
  /** run without any network: no listening, no dialling; content and names stay local */
  offline: boolean
  /**
   * genesis files of the network lands this node replicates (`amigo-node land new` writes them;
   * relative paths in the config file are taken from the repo directory, on the command line
   * from the working directory)
   */
  lands: string[]
  /** pino level of the node's own log */
  logLevel: LogLevel
  /** limits applied by the HTTP API */
  limits: {
    /** largest block accepted by `block put` (bytes) */
    maxBlockBytes: number
    /** largest request body (CAR import, JSON) in bytes */
    maxRequestBytes: number
    /** how long a get/fetch/resolve waits for the network before failing (ms) */
    fetchTimeoutMs: number
    /**
     * the gas cap of local.land: a call, push or query runs with at most this much gas, whatever it
     * asks for (a call that needs more ends as a failed receipt, ERR_GAS). It bounds how long one
     * call can hold the node, which runs calls one at a time.
     */
    maxCallGas: number
    /**
     * the disk reserve: a write (push, call, block, CAR import, a land's block) that would leave
     * less free space than this on the repo's file system is refused, ERR_DISK_FULL; 0: no reserve
     */
    minFreeBytes: number
    /**
     * the memory ceiling: while the node's RSS is over 85% of it, new costly requests (calls,
     * pushes, forks, imports, land transactions, queries without the token) are refused, ERR_BUSY; 0: none
     */
    maxRssBytes: number
    /** queries without the token (eval, render, state) one client address may have in flight */
    openQueriesPerClient: number
    /** queries without the token that run at once */
    maxOpenQueries: number
    /** queries without the token that may wait for a slot; past it, ERR_BUSY */
    maxQueuedQueries: number
  }
  /** signed name records (see protocols/names.md) */
  names: {
    /** how long a published record stays valid (ms) */
    validityMs: number
    /** how long resolvers may cache a record (ms) */
    ttlMs: number
    /** how often held records are published again, before they expire (ms) */
    republishIntervalMs: number
  }
  metrics: {
    /** serve Prometheus metrics at `/metrics` on the API port */
    enabled: boolean
  }
}

/** The built-in defaults; `amigo-node init` writes these (with the public bootstrap list) to `config.json`. */
export const DEFAULT_CONFIG: NodeConfig = {
  api: '127.0.0.1:4680',
  listen: ['/ip4/0.0.0.0/tcp/4681', '/ip4/0.0.0.0/tcp/4682/ws'],
  bootstrap: [],
  offline: false,
  lands: [],
  logLevel: 'info',
  limits: {
    maxBlockBytes: 1024 * 1024,
    maxRequestBytes: 64 * 1024 * 1024,
    fetchTimeoutMs: 10_000,
    maxCallGas: 20_000_000,
    minFreeBytes: 256 * 1024 * 1024,
    maxRssBytes: 2 * 1024 * 1024 * 1024,
    openQueriesPerClient: 4,
    maxOpenQueries: 2,
    maxQueuedQueries: 8
  },
  names: {
    validityMs: 48 * 3600_000,
    ttlMs: 60_000,
    republishIntervalMs: 4 * 3600_000
  },
  metrics: {
    enabled: true
  }
}

/** Settings given on the command line; undefined means "not given". */
export interface ConfigFlags {
  repo?: string
  api?: string
  listen?: string[]
  bootstrap?: string[]
  offline?: boolean
  logLevel?: string
  lands?: string[]
}

/** The environment variables the node reads (a subset of `process.env`). */
export interface ConfigEnv {
  AMIGO_PATH?: string
  AMIGO_API?: string
  AMIGO_LISTEN?: string
  AMIGO_BOOTSTRAP?: string
  AMIGO_OFFLINE?: string
  AMIGO_LOG_LEVEL?: string
  [other: string]: string | undefined
}

export class ConfigError extends AmigoError<'ERR_BAD_CONFIG'> {
  constructor (message: string) { super('ERR_BAD_CONFIG', message) }
}

/** Which layer each top-level setting came from; shown by `status` and useful in bug reports. */
export type ConfigSource = 'flag' | 'env' | 'file' | 'default'

export interface ResolvedConfig {
  config: NodeConfig
  sources: Record<keyof NodeConfig, ConfigSource>
}

/** The repo directory: `--repo` > `AMIGO_PATH` > `~/.amigo`; relative paths are taken from `cwd`. */
export function resolveRepoPath (flags: ConfigFlags, env: ConfigEnv, home: string = homedir(), cwd = '.'): string {
  const given = flags.repo ?? nonEmpty(env.AMIGO_PATH)
  if (given === undefined) return join(home, '.amigo')
  const expanded = given === '~' || given.startsWith('~/') ? join(home, given.slice(1)) : given
  return isAbsolute(expanded) ? expanded : resolve(cwd, expanded)
}

/**
 * Merge the layers: flags > environment > config file > defaults. Nested objects (`limits`,
 * `names`, `metrics`) merge key by key, so a file may set only what it changes. Throws
 * {@link ConfigError} naming the layer and the setting for any bad value.
 */
export function resolveConfig (layers: { flags?: ConfigFlags, env?: ConfigEnv, file?: unknown, defaults?: NodeConfig }): ResolvedConfig {
  const defaults = layers.defaults ?? DEFAULT_CONFIG
  const fromFile = checkFile(layers.file)
  const fromEnv = envLayer(layers.env ?? {})
  const fromFlags = flagLayer(layers.flags ?? {})
  const config = structuredClone(defaults)
  const sources = Object.fromEntries(Object.keys(defaults).map(k => [k, 'default'])) as Record<keyof NodeConfig, ConfigSource>
  for (const [layer, source] of [[fromFile, 'file'], [fromEnv, 'env'], [fromFlags, 'flag']] as const) {
    for (const [key, value] of Object.entries(layer) as Array<[keyof NodeConfig, unknown]>) {
      if (value === undefined) continue
      const current = config[key]
      ;(config as any)[key] = isPlainObject(current) ? { ...current, ...(value as object) } : value
      sources[key] = source
    }
  }
  return { config, sources }
}

/** Split an `host:port` API address (also accepts `http://host:port`). */
export function parseApiAddress (address: string): { host: string, port: number } {
  const text = address.replace(/^https?:\/\//, '').replace(/\/+$/, '')
  const m = /^(?:\[([0-9a-fA-F:]+)\]|([^:/]+)):(\d{1,5})$/.exec(text)
  if (m === null) throw new ConfigError(`api address "${address}" is not host:port`)
  const host = m[1] ?? m[2]
  const port = Number(m[3])
  if (port > 65535) throw new ConfigError(`api port ${port} is out of range`)
  return { host, port }
}

/** The URL of an API address, for clients. */
export function apiUrl (address: string): string {
  const { host, port } = parseApiAddress(address)
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])

function checkApi (address: string, where: string): string {
  let host: string
  try {
    host = parseApiAddress(address).host
  } catch (err) {
    throw new ConfigError(`${where}: ${(err as Error).message}`)
  }
  if (!LOOPBACK.has(host) && !host.startsWith('127.')) {
    throw new ConfigError(`${where}: the API binds to loopback only, not "${host}"`)
  }
  return address
}

function checkLogLevel (level: string, where: string): LogLevel {
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`${where}: log level "${level}" is not one of ${LOG_LEVELS.join(', ')}`)
  }
  return level as LogLevel
}

function checkMultiaddrs (list: string[], where: string, allowFiles: boolean): string[] {
  for (const a of list) {
    const isFile = allowFiles && a.endsWith('.json')
    if (!isFile && !a.startsWith('/')) throw new ConfigError(`${where}: "${a}" is not a multiaddr${allowFiles ? ' or a bootstrap list file (*.json)' : ''}`)
  }
  return list
}

function checkLandFiles (list: string[], where: string): string[] {
  for (const f of list) if (f.trim() === '') throw new ConfigError(`${where}: a land is named by its genesis file, not an empty string`)
  return list
}

function parseBool (text: string, where: string): boolean {
  const t = text.trim().toLowerCase()
  if (['1', 'true', 'yes', 'on'].includes(t)) return true
  if (['0', 'false', 'no', 'off', ''].includes(t)) return false
  throw new ConfigError(`${where}: "${text}" is not a boolean (true/false, 1/0)`)
}

function splitList (text: string): string[] {
  return text.split(/[,\s]+/).map(s => s.trim()).filter(s => s !== '')
}

function nonEmpty (s: string | undefined): string | undefined {
  return s === undefined || s.trim() === '' ? undefined : s
}

function envLayer (env: ConfigEnv): Partial<NodeConfig> {
  const out: Partial<NodeConfig> = {}
  const api = nonEmpty(env.AMIGO_API)
  if (api !== undefined) out.api = checkApi(api, 'AMIGO_API')
  const listen = nonEmpty(env.AMIGO_LISTEN)
  if (listen !== undefined) out.listen = checkMultiaddrs(splitList(listen), 'AMIGO_LISTEN', false)
  // an empty AMIGO_BOOTSTRAP is meaningful: "no bootstrap peers"
  if (env.AMIGO_BOOTSTRAP !== undefined) out.bootstrap = checkMultiaddrs(splitList(env.AMIGO_BOOTSTRAP), 'AMIGO_BOOTSTRAP', true)
  const offline = nonEmpty(env.AMIGO_OFFLINE)
  if (offline !== undefined) out.offline = parseBool(offline, 'AMIGO_OFFLINE')
  const level = nonEmpty(env.AMIGO_LOG_LEVEL)
  if (level !== undefined) out.logLevel = checkLogLevel(level, 'AMIGO_LOG_LEVEL')
  return out
}

function flagLayer (flags: ConfigFlags): Partial<NodeConfig> {
  const out: Partial<NodeConfig> = {}
  if (flags.api !== undefined) out.api = checkApi(flags.api, '--api')
  if (flags.listen !== undefined) out.listen = checkMultiaddrs(flags.listen.flatMap(splitList), '--listen', false)
  if (flags.bootstrap !== undefined) out.bootstrap = checkMultiaddrs(flags.bootstrap.flatMap(splitList), '--bootstrap', true)
  if (flags.offline !== undefined) out.offline = flags.offline
  if (flags.logLevel !== undefined) out.logLevel = checkLogLevel(flags.logLevel, '--log-level')
  if (flags.lands !== undefined) out.lands = checkLandFiles(flags.lands, '--land')
  return out
}

/** Check a parsed config file against the shape of {@link NodeConfig}: known keys, right types. */
function checkFile (file: unknown): Partial<NodeConfig> {
  if (file === undefined || file === null) return {}
  if (!isPlainObject(file)) throw new ConfigError('config file: top level must be a JSON object')
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(file)) {
    if (key.startsWith('$')) continue // "$comment", "$schema": notes for people
    const where = `config file: "${key}"`
    switch (key) {
      case 'api':
        if (typeof value !== 'string') throw new ConfigError(`${where} must be a string`)
        out.api = checkApi(value, where)
        break
      case 'listen':
      case 'bootstrap':
        if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) throw new ConfigError(`${where} must be an array of strings`)
        out[key] = checkMultiaddrs(value, where, key === 'bootstrap')
        break
      case 'lands':
        if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) throw new ConfigError(`${where} must be an array of genesis file paths`)
        out.lands = checkLandFiles(value, where)
        break
      case 'offline':
        if (typeof value !== 'boolean') throw new ConfigError(`${where} must be true or false`)
        out.offline = value
        break
      case 'logLevel':
        if (typeof value !== 'string') throw new ConfigError(`${where} must be a string`)
        out.logLevel = checkLogLevel(value, where)
        break
      case 'limits':
      case 'names':
      case 'metrics':
        out[key] = checkSection(key, value)
        break
      default:
        throw new ConfigError(`config file: unknown setting "${key}"`)
    }
  }
  return out as Partial<NodeConfig>
}

function checkSection (section: 'limits' | 'names' | 'metrics', value: unknown): object {
  if (!isPlainObject(value)) throw new ConfigError(`config file: "${section}" must be an object`)
  const shape = DEFAULT_CONFIG[section] as Record<string, unknown>
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('$')) continue
    const where = `config file: "${section}.${key}"`
    if (!(key in shape)) throw new ConfigError(`config file: unknown setting "${section}.${key}"`)
    const want = typeof shape[key]
    if (typeof v !== typeof shape[key]) throw new ConfigError(`${where} must be a ${want}`)
    if (want === 'number' && (!Number.isFinite(v) || (v as number) < 0)) throw new ConfigError(`${where} must be a non-negative number`)
  }
  return value
}

function isPlainObject (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
