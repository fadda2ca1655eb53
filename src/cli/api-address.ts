/**
 * Where a client command finds the running node's API: `--api` > `AMIGO_API` > the `api` file a
 * running node writes in its repo > the repo's config file > the default address. And its token:
 * `AMIGO_API_TOKEN` > the `api.token` of the repo whose node it talks to, which is the repo
 * (`--repo`, `AMIGO_PATH`, ~/.amigo) when the address is that repo's own: the one its running node
 * wrote in its `api` file, else (no node running) the one its config gives. A token is never sent
 * to an address the repo does not vouch for: another local process could be listening there.
 */
import { apiUrl, resolveConfig, resolveRepoPath } from '../node/config.ts'
import { readApiFile, readApiToken, readConfigFile } from '../node/repo.ts'

export interface ApiTarget {
  url: string
  /** the node's API token, if one was found (without it, only the open endpoints answer) */
  token?: string
}

export async function findApi (flags: { api?: string, repo?: string }, env: NodeJS.ProcessEnv = process.env): Promise<ApiTarget> {
  const repo = resolveRepoPath(flags, env)
  const running = await readApiFile(repo)
  const given = flags.api ?? (env.AMIGO_API !== undefined && env.AMIGO_API.trim() !== '' ? env.AMIGO_API : undefined)
  // the repo's own address: its running node's, else the one its config says its node will take
  const own = running ?? apiUrl(resolveConfig({ file: await readConfigFile(repo) }).config.api)
  const url = given !== undefined ? apiUrl(given) : own
  const envToken = env.AMIGO_API_TOKEN?.trim()
  if (envToken !== undefined && envToken !== '') return { url, token: envToken }
  const vouched = sameAddress(url, own)
  const token = vouched ? await readApiToken(repo) : undefined
  return token === undefined ? { url } : { url, token }
}

/** Only the node's URL (commands that need no token, and older callers). */
export async function findApiUrl (flags: { api?: string, repo?: string }, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await findApi(flags, env)).url
}

function sameAddress (a: string, b: string): boolean {
  return a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase()
}
