import { strict as assert } from 'node:assert'
import { mkdtemp, rm, stat, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { initRepo, readConfigFile } from '../../src/node/repo.ts'
import { loadIdentity, IdentityError } from '../../src/node/identity.ts'
import { DEFAULT_CONFIG, resolveConfig } from '../../src/node/config.ts'

describe('node repo and identity', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-repo-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('init creates an Ed25519 identity readable only by its owner', async () => {
    const repo = join(dir, 'r')
    const first = await initRepo(repo)
    assert.equal(first.createdIdentity, true)
    assert.equal(first.privateKey.type, 'Ed25519')
    assert.equal((await stat(join(repo, 'identity.key'))).mode & 0o777, 0o600)
    const loaded = await loadIdentity(join(repo, 'identity.key'))
    assert.equal(loaded.peerId.toString(), first.peerId.toString())
  })

  it('init twice keeps the identity and the edited config', async () => {
    const repo = join(dir, 'r')
    const first = await initRepo(repo)
    const keyBytes = await readFile(join(repo, 'identity.key'))
    await writeFile(join(repo, 'config.json'), JSON.stringify({ logLevel: 'warn' }))
    const second = await initRepo(repo)
    assert.equal(second.createdIdentity, false)
    assert.equal(second.createdConfig, false)
    assert.equal(second.peerId.toString(), first.peerId.toString())
    assert.deepEqual(await readFile(join(repo, 'identity.key')), keyBytes)
    assert.deepEqual(await readConfigFile(repo), { logLevel: 'warn' })
  })

  it('init makes a random API token readable only by its owner, keeps it, and adds one to an older repo', async () => {
    const repo = join(dir, 'r')
    const first = await initRepo(repo)
    assert.equal(first.createdApiToken, true)
    assert.match(first.apiToken, /^[A-Za-z0-9_-]{43}$/)
    assert.equal((await stat(join(repo, 'api.token'))).mode & 0o777, 0o600)
    assert.equal((await readFile(join(repo, 'api.token'), 'utf8')).trim(), first.apiToken)
    const again = await initRepo(repo)
    assert.equal(again.createdApiToken, false)
    assert.equal(again.apiToken, first.apiToken)
    // a repo made before tokens existed gets one at its next init or start, another one
    await rm(join(repo, 'api.token'))
    const older = await initRepo(repo)
    assert.equal(older.createdApiToken, true)
    assert.notEqual(older.apiToken, first.apiToken)
    assert.equal(older.peerId.toString(), first.peerId.toString())
    // a token file that holds no token is refused, never used
    await writeFile(join(repo, 'api.token'), 'short\n')
    await assert.rejects(initRepo(repo), (err: unknown) => (err as { code?: string }).code === 'ERR_BAD_CONFIG')
  })

  it('writes every setting with its default into config.json', async () => {
    const repo = join(dir, 'r')
    await initRepo(repo)
    const file = await readConfigFile(repo) as Record<string, unknown>
    assert.deepEqual(Object.keys(file).sort(), Object.keys(DEFAULT_CONFIG).sort())
    assert.deepEqual(resolveConfig({ file }).config, DEFAULT_CONFIG)
  })

  it('refuses an identity file that is not a key', async () => {
    const file = join(dir, 'identity.key')
    await writeFile(file, 'not a key', { mode: 0o600 })
    await assert.rejects(loadIdentity(file), (err: unknown) => err instanceof IdentityError && err.code === 'ERR_BAD_IDENTITY')
    await assert.rejects(loadIdentity(join(dir, 'none')), (err: unknown) => err instanceof IdentityError && err.code === 'ERR_NO_IDENTITY')
  })

  it('reports a malformed config file as a config error', async () => {
    const repo = join(dir, 'r')
    await initRepo(repo)
    await writeFile(join(repo, 'config.json'), '{ "api": ')
    await assert.rejects(readConfigFile(repo), /not valid JSON/)
  })
})
