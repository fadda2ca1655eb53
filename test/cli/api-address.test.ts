// How a client command finds the node's API and its token (src/cli/api-address.ts).
import { strict as assert } from 'node:assert'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findApi } from '../../src/cli/api-address.ts'

describe('client: the API address and token', () => {
  let dir: string
  let repo: string
  const token = 'T'.repeat(43)
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-api-address-'))
    repo = join(dir, 'repo')
    await mkdir(repo)
    await writeFile(join(repo, 'api'), 'http://127.0.0.1:4700\n')
    await writeFile(join(repo, 'api.token'), token + '\n', { mode: 0o600 })
  })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('takes the token of the repo whose node it talks to', async () => {
    assert.deepEqual(await findApi({ repo }, {}), { url: 'http://127.0.0.1:4700', token })
    assert.deepEqual(await findApi({}, { AMIGO_PATH: repo }), { url: 'http://127.0.0.1:4700', token })
    // the address given is the repo's running node: the same node, the same token
    assert.deepEqual(await findApi({ repo, api: '127.0.0.1:4700' }, {}), { url: 'http://127.0.0.1:4700', token })
    assert.deepEqual(await findApi({}, { AMIGO_PATH: repo, AMIGO_API: 'http://127.0.0.1:4700' }), { url: 'http://127.0.0.1:4700', token })
  })

  it('never sends a repo\'s token to an address the repo does not vouch for', async () => {
    assert.deepEqual(await findApi({ repo, api: '127.0.0.1:4701' }, {}), { url: 'http://127.0.0.1:4701' })
    assert.deepEqual(await findApi({}, { AMIGO_PATH: repo, AMIGO_API: 'localhost:4700' }), { url: 'http://localhost:4700' })
    // a repo whose node is not running: its config's address, its token (the node will be there)
    await rm(join(repo, 'api'))
    assert.deepEqual(await findApi({ repo }, {}), { url: 'http://127.0.0.1:4680', token })
    assert.deepEqual(await findApi({ repo, api: '127.0.0.1:4680' }, {}), { url: 'http://127.0.0.1:4680', token })
    assert.deepEqual(await findApi({ repo, api: '127.0.0.1:4700' }, {}), { url: 'http://127.0.0.1:4700' })
  })

  it('prefers AMIGO_API_TOKEN, and finds none in a repo without one', async () => {
    assert.deepEqual(await findApi({ repo, api: '127.0.0.1:4701' }, { AMIGO_API_TOKEN: 'E'.repeat(43) }), { url: 'http://127.0.0.1:4701', token: 'E'.repeat(43) })
    assert.deepEqual(await findApi({ repo }, { AMIGO_API_TOKEN: 'E'.repeat(43) }), { url: 'http://127.0.0.1:4700', token: 'E'.repeat(43) })
    assert.deepEqual(await findApi({ repo: join(dir, 'none') }, {}), { url: 'http://127.0.0.1:4680' })
    await writeFile(join(repo, 'api.token'), 'not a token\n')
    assert.deepEqual(await findApi({ repo }, {}), { url: 'http://127.0.0.1:4700' })
  })
})
