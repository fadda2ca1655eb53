/**
 * The signature of a push (protocols/http-api.md, "Services"): the deployer signs, with the
 * Ed25519 key its address names,
 *
 *     "amigo/push/1 signature\n" + path + "\n" + hex(sha256(canonicalJson(files)))
 *
 * where canonicalJson(files) is `JSON.stringify` of the files sorted by name (byte order), each as
 * `{"name": …, "text": …}` in that key order. The prefix keeps push signatures apart from calls and
 * every other thing a key signs; the path binds the code to where it is deployed.
 *
 * @example
 * ```ts
 * const sig = await signPush(key, 'local.land/alice/counter', files)
 * await verifyPush({ path, files, deployer: address, signature: sig }) // throws PushSignatureError if forged
 * ```
 */
import { createHash } from 'node:crypto'
import { publicKeyFromRaw } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { publicKeyOfAddress } from '../store/calls/index.ts'
import type { PackageFile } from '../vm/types.ts'
import { AmigoError } from '../store/errors/index.ts'

export const PUSH_SIGNING_DOMAIN = 'amigo/push/1 signature\n'

export type PushSignatureErrorCode = 'ERR_PUSH_BAD_SIGNATURE' | 'ERR_PUSH_MALFORMED'

export class PushSignatureError extends AmigoError<PushSignatureErrorCode> {}

/** The files as canonical JSON: sorted by name, each `{"name","text"}`. */
export function canonicalFilesJson (files: PackageFile[]): string {
  const sorted = files.map(f => ({ name: f.name, text: f.text })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  return JSON.stringify(sorted)
}

/** The bytes a deployer signs for pushing `files` to `path`. */
export function pushSigningBytes (path: string, files: PackageFile[]): Uint8Array {
  const digest = createHash('sha256').update(canonicalFilesJson(files), 'utf8').digest('hex')
  return new TextEncoder().encode(`${PUSH_SIGNING_DOMAIN}${path}\n${digest}`)
}

/** Signs a push with an Ed25519 key; the result is the 64-byte signature. */
export async function signPush (key: PrivateKey, path: string, files: PackageFile[]): Promise<Uint8Array> {
  return await key.sign(pushSigningBytes(path, files))
}

/** Throws PushSignatureError unless `signature` is `deployer`'s signature of the push. */
export async function verifyPush (push: { path: string, files: PackageFile[], deployer: string, signature: Uint8Array }): Promise<void> {
  let raw: Uint8Array
  try {
    raw = publicKeyOfAddress(push.deployer)
  } catch (err) {
    throw new PushSignatureError('ERR_PUSH_MALFORMED', (err as Error).message)
  }
  let ok = false
  try {
    ok = push.signature.byteLength === 64 && await publicKeyFromRaw(raw).verify(pushSigningBytes(push.path, push.files), push.signature)
  } catch {
    ok = false
  }
  if (!ok) throw new PushSignatureError('ERR_PUSH_BAD_SIGNATURE', `the signature does not match the push of ${push.path} by ${push.deployer}`)
}
