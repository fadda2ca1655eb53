/** Named Ed25519 keys in the repo (src/node/keys.ts) and the `amigo key` command through the real CLI. */
import assert from 'node:assert/strict'
import { mkdtemp, rm, stat, writeFile, chmod, readdir } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newKey, loadKey, listKeys, repoDir, KeyError } from '../../src/node/keys.ts'
import { signCall, encodeSignedCall, verifyCall, publicKeyOfAddress } from '../../src/store/calls/index.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

async function rejectsWith (p: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof KeyError && e.code === code && e.name === 'KeyError')
}

describe('node/keys', () => {
  let repo: string
  beforeEach(async () => { repo = await mkdtemp(join(tmpdir(), 'amigo-keys-')) })
  afterEach(async () => { await rm(repo, { recursive: true, force: true }) })

  it('creates a key as a private file and loads it back', async () => {
    const k = await newKey(repo, 'alice')
    assert.match(k.address, /^12D3KooW[1-9A-HJ-NP-Za-km-z]+$/)
    assert.equal((await stat(join(repo, 'keys', 'alice'))).mode & 0o777, 0o600)
    assert.equal((await stat(join(repo, 'keys'))).mode & 0o777, 0o700)
    const again = await loadKey(repo, 'alice')
    assert.equal(again.address, k.address)
    assert.deepEqual(again.privateKey.raw, k.privateKey.raw)
    assert.deepEqual(publicKeyOfAddress(k.address), k.privateKey.publicKey.raw)
  })

  it('signs calls that verify under the key\'s address', async () => {
    const k = await newKey(repo, 'bob')
    const signed = await signCall({ land: 'local.land', nonce: 1, service: 'local.land/amigo/counter', func: 'Increment', args: [], gas: 10000 }, (await loadKey(repo, 'bob')).privateKey)
    const v = await verifyCall(encodeSignedCall(signed), { land: 'local.land', lastNonce: undefined })
    assert.equal(v.address, k.address)
  })

  it('never replaces a key', async () => {
    const k = await newKey(repo, 'carol')
    await rejectsWith(newKey(repo, 'carol'), 'ERR_KEY_EXISTS')
    assert.equal((await loadKey(repo, 'carol')).address, k.address)
  })

  it('refuses names that are not plain file names, and creates nothing', async () => {
    for (const bad of ['', '../evil', 'a/b', '.hidden', '-x', 'x'.repeat(65), 'sp ace']) {
      await rejectsWith(newKey(repo, bad), 'ERR_KEY_BAD_NAME')
    }
    assert.deepEqual(await readdir(repo), [])
  })

  it('reports missing and unreadable keys', async () => {
    await rejectsWith(loadKey(repo, 'nobody'), 'ERR_KEY_NOT_FOUND')
    await newKey(repo, 'dave')
    await writeFile(join(repo, 'keys', 'junk'), 'not a key', { mode: 0o600 })
    await rejectsWith(loadKey(repo, 'junk'), 'ERR_KEY_BAD_FILE')
    const list = await listKeys(repo)
    assert.deepEqual(list.map(k => k.name), ['dave', 'junk'])
    assert.ok('address' in list[0] && 'error' in list[1])
  })

  it('makes a key readable by others private again when loading it', async () => {
    await newKey(repo, 'erin')
    await chmod(join(repo, 'keys', 'erin'), 0o644)
    await loadKey(repo, 'erin')
    assert.equal((await stat(join(repo, 'keys', 'erin'))).mode & 0o777, 0o600)
  })

  it('finds the repo from --repo, then AMIGO_PATH, then ~/.amigo', () => {
    assert.equal(repoDir('/r', { AMIGO_PATH: '/e' }), '/r')
    assert.equal(repoDir(undefined, { AMIGO_PATH: '/e' }), '/e')
    assert.match(repoDir(undefined, {}), /\.amigo$/)
  })

  describe('amigo key (CLI)', function () {
    this.timeout(60000) // each command is a new Node process
    const amigo = (args: string[], env: Record<string, string> = {}): { code: number | null, out: string, err: string } => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
        "import { main } from './src/cli/amigo.ts'; process.exitCode = await main(process.argv.slice(1))", ...args],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' })
      return { code: r.status, out: r.stdout, err: r.stderr }
    }

    it('creates and lists keys', () => {
      const a = amigo(['key', 'new', 'alice', '--repo', repo])
      assert.equal(a.code, 0, a.err)
      assert.match(a.out, /^alice\t12D3KooW\S+\n$/)
      const b = amigo(['key', 'new', 'bob'], { AMIGO_PATH: repo })
      assert.equal(b.code, 0, b.err)
      const l = amigo(['key', 'list', '--repo', repo])
      assert.equal(l.code, 0, l.err)
      assert.equal(l.out, a.out + b.out)
    })

    it('exits 1 on an existing key and 2 on bad usage', () => {
      assert.equal(amigo(['key', 'new', 'x', '--repo', repo]).code, 0)
      const again = amigo(['key', 'new', 'x', '--repo', repo])
      assert.equal(again.code, 1)
      assert.match(again.err, /key x exists already/)
      assert.equal(amigo(['key', 'new', '../x', '--repo', repo]).code, 1)
      assert.equal(amigo(['key', 'frobnicate', '--repo', repo]).code, 2)
      assert.equal(amigo(['key', 'new', '--repo', repo]).code, 2)
      assert.equal(amigo(['key', 'list', '--bogus']).code, 2)
    })
  })
})
