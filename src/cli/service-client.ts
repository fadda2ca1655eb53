/**
 * Shared by the service commands (push, call, eval, render, state, history, fork, deps, pull,
 * services): flags → API client, the signing key (created on first use), and how results and
 * errors are printed. Exit codes: 0 ok, 1 a failed call or command, 2 a usage error.
 */
import { parseFlags, UsageError } from './flags.ts'
import type { FlagKind, ParsedArgs } from './flags.ts'
import { findApi } from './api-address.ts'
import { ApiClient } from '../api/client.ts'
import { loadKey, newKey, repoDir, KeyError } from '../node/keys.ts'
import type { NamedKey } from '../node/keys.ts'
import type { VMEvent } from '../vm/types.ts'

export const SERVICE_FLAGS: Record<string, FlagKind> = { api: 'string', repo: 'string', json: 'boolean', help: 'boolean', h: 'boolean' }

export const SERVICE_FLAGS_USAGE = `flags:
  --api HOST:PORT   the node's API (default: AMIGO_API, else the node running on the repo, else its config)
  --repo DIR        the repo (default ~/.amigo; env AMIGO_PATH): its node, its API token
                    (unless AMIGO_API_TOKEN is set) and its keys
  --json            the node's answer as JSON
`

/** The default signing key, created on first use. */
export const DEFAULT_KEY = 'default'
/** The gas limit of a call when `--gas` is not given. */
export const DEFAULT_CALL_GAS = 10_000_000

/**
 * Parses flags; a negative number (`-5`, `-1.5`) is an argument, not a flag, so that
 * `amigo call PATH.Add -5` passes -5 to the function.
 */
export function parseServiceArgs (argv: string[], extra: Record<string, FlagKind> = {}): ParsedArgs {
  const MARK = '\u0000'
  const args = parseFlags(argv.map(a => /^-[0-9.]/.test(a) ? MARK + a : a), { ...SERVICE_FLAGS, ...extra })
  args.positional = args.positional.map(a => a.startsWith(MARK) ? a.slice(1) : a)
  return args
}

export async function apiClient (args: ParsedArgs): Promise<ApiClient> {
  const { url, token } = await findApi({ api: args.flags.api as string | undefined, repo: args.flags.repo as string | undefined })
  return new ApiClient(url, { token })
}

/** The repo's key NAME; the default key is created on first use (with a note on stderr). */
export async function signingKey (args: ParsedArgs): Promise<NamedKey> {
  const repo = repoDir(args.flags.repo as string | undefined)
  const name = (args.flags.key as string | undefined) ?? DEFAULT_KEY
  try {
    return await loadKey(repo, name)
  } catch (err) {
    if (!(err instanceof KeyError && err.code === 'ERR_KEY_NOT_FOUND' && name === DEFAULT_KEY)) throw err
    try {
      const key = await newKey(repo, name)
      process.stderr.write(`created key "${name}" (${key.address}) in ${repo}/keys to sign calls\n`)
      return key
    } catch (again) {
      // another command created it at the same moment
      if (again instanceof KeyError && again.code === 'ERR_KEY_EXISTS') return await loadKey(repo, name)
      throw again
    }
  }
}

/** A non-negative integer flag (`--gas 500000`, `--at 3`). */
export function intFlag (args: ParsedArgs, name: string, min: number): number | undefined {
  const v = args.flags[name]
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !/^\d[\d_]*$/.test(v) || !Number.isSafeInteger(Number(v.replaceAll('_', ''))) || Number(v.replaceAll('_', '')) < min) {
    throw new UsageError(`--${name} takes an integer ≥ ${min}, not "${String(v)}"`)
  }
  return Number(v.replaceAll('_', ''))
}

export function printJson (value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** `counter.go:22:3: message (ERR_PANIC)`: the position first, as Go prints errors, unless the message starts with it. */
export function formatError (e: { code?: string, message: string, pos?: string }): string {
  const withPos = e.pos !== undefined && e.pos !== '' && !e.message.includes(e.pos) ? `${e.pos}: ${e.message}` : e.message
  return e.code !== undefined && e.code !== '' ? `${withPos} (${e.code})` : withPos
}

export function formatEvents (events: VMEvent[]): string[] {
  return events.map(ev => {
    const pairs: string[] = []
    for (let i = 0; i + 1 < ev.kv.length; i += 2) pairs.push(`${ev.kv[i]}=${JSON.stringify(ev.kv[i + 1])}`)
    return `event ${ev.name} ${pairs.join(' ')}`.trimEnd() + (ev.service !== '' ? `  (${ev.service})` : '')
  })
}

/**
 * Runs a service command: usage errors exit 2, a refused request or a failed call exits 1 with
 * `amigo NAME: [pos: ]message (CODE)` on stderr.
 */
export async function runServiceCommand (name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (err) {
    const e = err as Error & { code?: string, pos?: string }
    if (err instanceof UsageError) {
      process.stderr.write(`amigo ${name}: ${e.message}\n${usage}`)
      return 2
    }
    process.stderr.write(`amigo ${name}: ${formatError({ code: typeof e.code === 'string' && e.code.startsWith('ERR_') ? e.code : undefined, message: e.message ?? String(err), pos: e.pos })}\n`)
    if (process.env.AMIGO_DEBUG_ERRORS === '1' && e.stack !== undefined) process.stderr.write(e.stack + '\n')
    return 1
  }
}

/** Prints a failed receipt's error on stderr (exit 1 follows). */
export function printFailure (name: string, error: { code: string, message: string, pos?: string } | undefined): void {
  process.stderr.write(`amigo ${name}: ${error !== undefined ? formatError(error) : 'the call failed'}\n`)
}
