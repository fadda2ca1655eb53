/**
 * The repo directory (default `~/.amigo`): config.json, identity.key, api.token, the LevelDB
 * stores, and the `api` file of a running node. `initRepo` is idempotent: it adds what is missing
 * and never replaces an identity, a token or a config the operator may have edited.
 */
import { randomBytes } from 'node:crypto'
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
  /** the owner's API token (protocols/http-api.md, "Access") */
  apiToken: string
  /** true if this call created api.token */
  createdApiToken: boolean
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
  const token = await createApiToken(repo)
  return { repo, privateKey: identity.privateKey, peerId: identity.peerId, createdIdentity: identity.created, createdConfig, apiToken: token.token, createdApiToken: token.created }
}

/** An API token: 32 random bytes, base64url (43 characters). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,}$/

/**
 * The repo's API token, created (mode 0600, never replaced) if it has none: at `init`, and at the
 * first start of a repo made before tokens existed.
 */
export async function createApiToken (repo: string): Promise<{ token: string, created: boolean }> {
  const file = repoPaths(repo).apiToken
  const token = randomBytes(32).toString('base64url')
  try {
    const handle = await open(file, 'wx', 0o600)
    try {
      await handle.writeFile(token + '\n')
    } finally {
      await handle.close()
    }
    return { token, created: true }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
  const kept = await readApiToken(repo)
  if (kept === undefined) throw new ConfigError(`${file} does not hold an API token (43 base64url characters); remove it and start again to make a new one`)
  return { token: kept, created: false }
}

/** The repo's API token, or undefined if it has none (or the file holds no token). */
export async function readApiToken (repo: string): Promise<string | undefined> {
  let text: string
  try {
    text = (await readFile(repoPaths(repo).apiToken, 'utf8')).trim()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw err
  }
  return TOKEN_SHAPE.test(text) ? text : undefined
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
