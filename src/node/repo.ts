/**
 * The repo directory (default `~/.amigo`): config.json, identity.key, the LevelDB stores, and the
 * `api` file of a running node. `initRepo` is idempotent: it adds what is missing and never
 * replaces an identity or a config the operator may have edited.
 */
import { mkdir, open, readFile, writeFile, rm } from 'node:fs/promises'
import { DEFAULT_CONFIG, ConfigError } from './config.ts'
import type { NodeConfig } from './config.ts'
import { createIdentity } from './identity.ts'
import type { Identity } from './identity.ts'
import { repoPaths } from './paths.ts'
import { PUBLIC_BOOTSTRAP_FILE, readBootstrapList } from './bootstrap.ts'

export interface InitResult extends Identity {
  repo: string
  /** true if this call created the identity (false: an existing one was kept) */
  createdIdentity: boolean
  /** true if this call wrote config.json */
  createdConfig: boolean
}

/** The config an `init` writes: every setting with its default, the public bootstrap list's peers. */
export async function initialConfig (): Promise<NodeConfig> {
  const config = structuredClone(DEFAULT_CONFIG)
  config.bootstrap = (await readBootstrapList(PUBLIC_BOOTSTRAP_FILE)).peers
  return config
}

/** Create the repo directory, its config file and its identity, keeping whatever already exists. */
export async function initRepo (repo: string): Promise<InitResult> {
  const paths = repoPaths(repo)
  await mkdir(repo, { recursive: true, mode: 0o700 })
  let createdConfig = false
  try {
    const handle = await open(paths.config, 'wx', 0o644)
    try {
      await handle.writeFile(JSON.stringify(await initialConfig(), null, 2) + '\n')
    } finally {
      await handle.close()
    }
    createdConfig = true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  const identity = await createIdentity(paths.identity)
  return { repo, privateKey: identity.privateKey, peerId: identity.peerId, createdIdentity: identity.created, createdConfig }
}

/** The parsed config file of a repo, or undefined if it has none. Malformed JSON is a ConfigError. */
export async function readConfigFile (repo: string): Promise<unknown> {
  const file = repoPaths(repo).config
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  try {
    return JSON.parse(text)
  } catch (err) {
    throw new ConfigError(`config file ${file} is not valid JSON: ${(err as Error).message}`)
  }
}

/** Record the API URL of the node running on this repo, for clients (`amigo`, `amigo-node status`). */
export async function writeApiFile (repo: string, url: string): Promise<void> {
  await writeFile(repoPaths(repo).apiFile, url + '\n')
}

export async function removeApiFile (repo: string): Promise<void> {
  await rm(repoPaths(repo).apiFile, { force: true })
}

/** The API URL written by a running node, or undefined. */
export async function readApiFile (repo: string): Promise<string | undefined> {
  try {
    const text = (await readFile(repoPaths(repo).apiFile, 'utf8')).trim()
    return text === '' ? undefined : text
  } catch {
    return undefined
  }
}
