/**
 * The node's identity: an Ed25519 key pair kept as a libp2p protobuf file (mode 0600) in the repo.
 * The peer id is derived from it. Creating an identity never replaces an existing one.
 */
import { open, readFile, stat, chmod } from 'node:fs/promises'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey, PeerId } from '@libp2p/interface'
import { AmigoError } from '../store/errors/index.ts'

export type IdentityErrorCode = 'ERR_NO_IDENTITY' | 'ERR_BAD_IDENTITY' | 'ERR_IDENTITY_PERMISSIONS'

export class IdentityError extends AmigoError<IdentityErrorCode> {
  constructor (message: string, code: IdentityErrorCode) { super(code, message) }
}

export interface Identity {
  privateKey: PrivateKey
  peerId: PeerId
}

/** Read the identity file; a missing file is ERR_NO_IDENTITY, an unreadable one ERR_BAD_IDENTITY. */
export async function loadIdentity (file: string): Promise<Identity> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new IdentityError(`no identity at ${file}`, 'ERR_NO_IDENTITY')
    throw err
  }
  let privateKey: PrivateKey
  try {
    privateKey = privateKeyFromProtobuf(bytes)
  } catch (err) {
    throw new IdentityError(`identity file ${file} is not a libp2p private key: ${(err as Error).message}`, 'ERR_BAD_IDENTITY')
  }
  if (privateKey.type !== 'Ed25519') throw new IdentityError(`identity file ${file} holds a ${privateKey.type} key; Amigo nodes use Ed25519`, 'ERR_BAD_IDENTITY')
  const mode = (await stat(file)).mode & 0o777
  if ((mode & 0o077) !== 0) {
    // a key readable by others is repaired rather than refused: the operator asked for this node to run
    await chmod(file, 0o600)
  }
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey) }
}

/**
 * Create a new Ed25519 identity at `file` unless one is there. Returns the identity in the file and
 * whether it was created now. The file is created exclusively (O_EXCL) with mode 0600, so two
 * concurrent `init`s cannot overwrite each other.
 */
export async function createIdentity (file: string): Promise<Identity & { created: boolean }> {
  try {
    return { ...(await loadIdentity(file)), created: false }
  } catch (err) {
    if ((err as IdentityError).code !== 'ERR_NO_IDENTITY') throw err
  }
  const privateKey = await generateKeyPair('Ed25519')
  if (!(await writeNewKeyFile(file, privateKey))) return { ...(await loadIdentity(file)), created: false }
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey), created: true }
}

/**
 * Writes a private key to a new file, readable by its owner only (0600), synced to disk. Never
 * replaces a file: returns false when one exists (another process may have just written it).
 */
export async function writeNewKeyFile (file: string, privateKey: PrivateKey): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'wx', 0o600)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  }
  try {
    await handle.writeFile(privateKeyToProtobuf(privateKey))
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}
