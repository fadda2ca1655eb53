import { strict as assert } from 'node:assert'
import { createHash } from 'node:crypto'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { addressOf } from '../../src/store/calls/index.ts'
import { signPush, verifyPush, pushSigningBytes, canonicalFilesJson, PushSignatureError } from '../../src/node/push-signature.ts'

const files = [
  { name: 'z.go', text: 'package counter\n\nvar b = "é\\n"\n' },
  { name: 'counter.go', text: 'package counter\n\nvar count int\n' }
]

describe('node/push-signature', () => {
  it('signs the domain, the path and the hash of the files as canonical JSON (sorted by name)', async () => {
    assert.equal(canonicalFilesJson(files), JSON.stringify([{ name: 'counter.go', text: files[1].text }, { name: 'z.go', text: files[0].text }]))
    assert.equal(canonicalFilesJson(files), canonicalFilesJson([...files].reverse()), 'file order does not matter')
    const digest = createHash('sha256').update(canonicalFilesJson(files)).digest('hex')
    assert.equal(new TextDecoder().decode(pushSigningBytes('local.land/alice/counter', files)), `amigo/push/1 signature\nlocal.land/alice/counter\n${digest}`)
  })

  it('verifies the deployer’s signature and refuses a changed path, changed files, another key or a non-address', async () => {
    const key = await generateKeyPair('Ed25519')
    const deployer = addressOf(key.publicKey.raw)
    const signature = await signPush(key, 'local.land/alice/counter', files)
    assert.equal(signature.byteLength, 64)
    await verifyPush({ path: 'local.land/alice/counter', files, deployer, signature })
    await verifyPush({ path: 'local.land/alice/counter', files: [...files].reverse(), deployer, signature })

    const bad = async (p: Parameters<typeof verifyPush>[0], code: string): Promise<void> => {
      await assert.rejects(verifyPush(p), (e: PushSignatureError) => e instanceof PushSignatureError && e.code === code)
    }
    await bad({ path: 'local.land/mallory/counter', files, deployer, signature }, 'ERR_PUSH_BAD_SIGNATURE')
    await bad({ path: 'local.land/alice/counter', files: [{ ...files[0], text: files[0].text + ' ' }, files[1]], deployer, signature }, 'ERR_PUSH_BAD_SIGNATURE')
    const other = addressOf((await generateKeyPair('Ed25519')).publicKey.raw)
    await bad({ path: 'local.land/alice/counter', files, deployer: other, signature }, 'ERR_PUSH_BAD_SIGNATURE')
    await bad({ path: 'local.land/alice/counter', files, deployer, signature: signature.slice(0, 63) }, 'ERR_PUSH_BAD_SIGNATURE')
    await bad({ path: 'local.land/alice/counter', files, deployer: 'alice', signature }, 'ERR_PUSH_MALFORMED')
  })
})
