/**
 * What every `amigo-node` command shares: the node flags, and from them the repo directory and
 * the resolved config (flags > environment > config file > defaults).
 */
import { resolve } from 'node:path'
import { parseFlags, UsageError } from './flags.ts'
import type { FlagKind, ParsedArgs } from './flags.ts'
import { resolveConfig, resolveRepoPath } from '../node/config.ts'
import type { ConfigFlags, NodeConfig, ResolvedConfig } from '../node/config.ts'
import { readConfigFile } from '../node/repo.ts'

export const NODE_FLAGS: Record<string, FlagKind> = {
  repo: 'string',
  listen: 'list',
  api: 'string',
  bootstrap: 'list',
  offline: 'boolean',
  'log-level': 'string',
  land: 'list',
  json: 'boolean',
  help: 'boolean',
  h: 'boolean'
}

export const NODE_FLAGS_USAGE = `flags:
  --repo DIR          repo directory (default ~/.amigo; env AMIGO_PATH)
  --listen ADDR       libp2p listen multiaddr, repeatable or comma-separated (env AMIGO_LISTEN)
  --api HOST:PORT     HTTP API address on loopback (env AMIGO_API)
  --bootstrap ADDR    bootstrap multiaddr or list file (*.json), repeatable (env AMIGO_BOOTSTRAP)
  --offline           no listening, no dialling (env AMIGO_OFFLINE)
  --log-level LEVEL   trace|debug|info|warn|error|fatal|silent (env AMIGO_LOG_LEVEL)
  --land FILE         replicate the network land of this genesis file (start; repeatable)
  --json              machine-readable output (id, peers, status)
`

export function configFlags (args: ParsedArgs): ConfigFlags {
  const f = args.flags
  return {
    repo: f.repo as string | undefined,
    api: f.api as string | undefined,
    listen: f.listen as string[] | undefined,
    bootstrap: f.bootstrap as string[] | undefined,
    offline: f.offline as boolean | undefined,
    logLevel: f['log-level'] as string | undefined,
    lands: (f.land as string[] | undefined)?.map(file => resolve(file))
  }
}

export interface NodeOptions {
  args: ParsedArgs
  repo: string
  resolved: ResolvedConfig
  config: NodeConfig
}

/** Parse the flags of an `amigo-node` command and resolve its repo and config. */
export async function nodeOptions (argv: string[], maxPositional = 0): Promise<NodeOptions> {
  const args = parseFlags(argv, NODE_FLAGS)
  if (args.positional.length > maxPositional) throw new UsageError(`unexpected argument "${args.positional[maxPositional]}"`)
  const flags = configFlags(args)
  const repo = resolveRepoPath(flags, process.env)
  const resolved = resolveConfig({ flags, env: process.env, file: await readConfigFile(repo) })
  return { args, repo, resolved, config: resolved.config }
}
