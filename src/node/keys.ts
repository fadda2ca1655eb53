/**
 * Named signing keys for calls: Ed25519 key pairs kept in the repo under `keys/NAME`, one libp2p
 * protobuf private key per file, mode 0600 (the folder 0700). A key's address is the peer id of
 * its public key (store/calls addressOf). Creating a key never replaces one.
 *
 * @example
 * ```ts
 * const k = await newKey('/home/me/.amigo', 'alice')   // k.address === '12D3KooW…'
 * const again = await loadKey('/home/me/.amigo', 'alice')
 * const all = await listKeys('/home/me/.amigo')      // [{ name: 'alice', address: '12D3KooW…' }]
 * ```
 */
import { readFile, readdir, mkdir, stat, chmod } from 'node:fs/promises'
import { join } from 'node:path'
import { homedir } from 'node:os'
import { generateKeyPair, privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { addressOf } from '../store/calls/index.ts'
import { writeNewKeyFile } from './identity.ts'
import { AmigoError } from '../store/errors/index.ts'

export type KeyErrorCode = 'ERR_KEY_BAD_NAME' | 'ERR_KEY_EXISTS' | 'ERR_KEY_NOT_FOUND' | 'ERR_KEY_BAD_FILE'

export class KeyError extends AmigoError<KeyErrorCode> {}

export interface NamedKey {
  name: string
  privateKey: PrivateKey
  /** the key's address: peer id of its Ed25519 public key */
  address: string
}

/** A key name: 1..64 of letters, digits, `.`, `_`, `-`, starting with a letter or digit (a file name, never a path). */
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

export function checkKeyName (name: string): void {
  if (!KEY_NAME.test(name)) {
    throw new KeyError('ERR_KEY_BAD_NAME', `invalid key name ${JSON.stringify(name)}: 1..64 letters, digits, '.', '_' or '-', starting with a letter or digit`)
  }
}

/** The repo directory: `--repo` > `AMIGO_PATH` > `~/.amigo` (as amigo-node resolves it). */
export function repoDir (flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag !== '') return flag
  if (env.AMIGO_PATH !== undefined && env.AMIGO_PATH !== '') return env.AMIGO_PATH
  return join(homedir(), '.amigo')
}

export function keysDir (repo: string): string {
  return join(repo, 'keys')
}

/** Creates key NAME (exclusively: an existing key is never replaced). */
export async function newKey (repo: string, name: string): Promise<NamedKey> {
  checkKeyName(name)
  await mkdir(keysDir(repo), { recursive: true, mode: 0o700 })
  const privateKey = await generateKeyPair('Ed25519')
  if (!(await writeNewKeyFile(join(keysDir(repo), name), privateKey))) throw new KeyError('ERR_KEY_EXISTS', `key ${name} exists already`)
  return { name, privateKey, address: addressOf(privateKey.publicKey.raw) }
}

/** Reads key NAME; a key file readable by others is made private (0600) again. */
export async function loadKey (repo: string, name: string): Promise<NamedKey> {
  checkKeyName(name)
  const file = join(keysDir(repo), name)
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyError('ERR_KEY_NOT_FOUND', `no key ${name} in ${keysDir(repo)}`)
    throw err
  }
  let privateKey: PrivateKey
  try {
    privateKey = privateKeyFromProtobuf(bytes)
  } catch (err) {
    throw new KeyError('ERR_KEY_BAD_FILE', `${file} is not a libp2p private key: ${(err as Error).message}`)
  }
  if (privateKey.type !== 'Ed25519') throw new KeyError('ERR_KEY_BAD_FILE', `${file} holds a ${privateKey.type} key; calls are signed with Ed25519`)
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600)
  return { name, privateKey, address: addressOf(privateKey.publicKey.raw) }
}

/** Every key of the repo, sorted by name. Files that are not keys are listed with their error. */
export async function listKeys (repo: string): Promise<Array<{ name: string, address: string } | { name: string, error: string }>> {
  let names: string[]
  try {
    names = await readdir(keysDir(repo))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const out: Array<{ name: string, address: string } | { name: string, error: string }> = []
  for (const name of names.filter(n => KEY_NAME.test(n)).sort()) {
    try {
      out.push({ name, address: (await loadKey(repo, name)).address })
    } catch (err) {
      out.push({ name, error: (err as Error).message })
    }
  }
  return out
}
