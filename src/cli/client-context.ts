// Shared by the commands that talk to a running node: flags → API client.
import { parseFlags } from './flags.ts'
import type { FlagKind, ParsedArgs } from './flags.ts'
import { findApi } from './api-address.ts'
import { ApiClient } from '../api/client.ts'

export const CLIENT_FLAGS: Record<string, FlagKind> = { api: 'string', repo: 'string', json: 'boolean', timeout: 'string', help: 'boolean', h: 'boolean' }

export const CLIENT_FLAGS_USAGE = `flags:
  --api HOST:PORT   the node's API (default: AMIGO_API, else the node running on the repo, else its config)
  --repo DIR        the node's repo (default ~/.amigo; env AMIGO_PATH); its api.token is the
                    API token, unless AMIGO_API_TOKEN is set
  --timeout DUR     how long the node may search the network (e.g. 5s)
  --json            machine-readable output
`

export async function clientFor (argv: string[], spec: Record<string, FlagKind> = CLIENT_FLAGS): Promise<{ args: ParsedArgs, api: ApiClient }> {
  const args = parseFlags(argv, spec)
  const { url, token } = await findApi({ api: args.flags.api as string | undefined, repo: args.flags.repo as string | undefined })
  return { args, api: new ApiClient(url, { token }) }
}

export function wantsHelp (args: ParsedArgs): boolean {
  return args.flags.help === true || args.flags.h === true
}
