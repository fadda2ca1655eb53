/**
 * Where a client command finds the running node's API: `--api` > `AMIGO_API` > the `api` file a
 * running node writes in its repo > the repo's config file > the default address.
 */
import { apiUrl, resolveConfig, resolveRepoPath } from '../node/config.ts'
import { readApiFile, readConfigFile } from '../node/repo.ts'

export async function findApiUrl (flags: { api?: string, repo?: string }, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (flags.api !== undefined) return apiUrl(flags.api)
  if (env.AMIGO_API !== undefined && env.AMIGO_API.trim() !== '') return apiUrl(env.AMIGO_API)
  const repo = resolveRepoPath(flags, env)
  const running = await readApiFile(repo)
  if (running !== undefined) return running
  return apiUrl(resolveConfig({ file: await readConfigFile(repo) }).config.api)
}
