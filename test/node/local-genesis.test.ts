// local.land's genesis packages: a fresh repo gets bootstrap/packages deployed at local.land/amigo/NAME.
import { strict as assert } from 'node:assert'
import { readdirSync } from 'node:fs'
import { cp, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createVM } from '../../src/vm/index.ts'
import { deployLocalGenesis } from '../../src/node/local-genesis.ts'
import { captureLocalGenesis, importLocalGenesis } from '../../src/node/local-genesis-snapshot.ts'
import { BOOTSTRAP_PACKAGES } from '../../src/node/land-genesis.ts'
import { memoryStorage, blockTime, bootstrapFiles, ALICE } from '../vm/helpers.ts'

const NAMES = readdirSync(new URL('../../bootstrap/packages/', import.meta.url), { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name)

describe('local.land genesis packages', function () {
  this.timeout(120_000)

  it('deploys every bootstrap package once, imports first, and a user blog then pushes at once', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    const deployed = await deployLocalGenesis(vm)
    assert.deepEqual([...deployed].sort(), NAMES.map(n => `local.land/amigo/${n}`).sort())
    assert.ok(deployed.indexOf('local.land/amigo/avl') < deployed.indexOf('local.land/amigo/blog'))
    assert.ok(deployed.indexOf('local.land/amigo/comments') < deployed.indexOf('local.land/amigo/blog'))
    assert.equal((await vm.info('local.land/amigo/avl')).kind, 'library')
    assert.equal((await vm.info('local.land/amigo/blog')).kind, 'service')

    // a second start deploys nothing and changes nothing
    const before = await vm.info('local.land/amigo/blog')
    assert.deepEqual(await deployLocalGenesis(vm), [])
    assert.deepEqual(await vm.info('local.land/amigo/blog'), before)

    // README: `amigo push bootstrap/packages/blog local.land/me/blog` works on a fresh repo
    const blog = await vm.push({ path: 'local.land/me/blog', files: bootstrapFiles('blog'), deployer: ALICE })
    assert.equal(blog.imports['local.land/amigo/comments'], (await vm.info('local.land/amigo/comments')).cid)
    const r = await vm.call({ path: 'local.land/me/blog', func: 'AddPost', args: ['"Hello"', '"First."'], caller: ALICE })
    assert.equal(r.ok, true, JSON.stringify(r.error))
  })

  it('keeps a package already pushed at a genesis path and deploys only the missing ones', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    const own = await vm.push({ path: 'local.land/amigo/avl', files: bootstrapFiles('avl'), deployer: ALICE })
    const deployed = await deployLocalGenesis(vm)
    assert.ok(!deployed.includes('local.land/amigo/avl'))
    assert.ok(deployed.includes('local.land/amigo/blog'))
    assert.equal((await vm.info('local.land/amigo/avl')).cid, own.cid)
  })

  describe('computed at build time (dist/local-genesis.cbor)', () => {
    let dir: string
    before(async () => { dir = await mkdtemp(join(tmpdir(), 'amigo-local-genesis-')) })
    after(async () => { await rm(dir, { recursive: true, force: true }) })

    async function allRecords (s: ReturnType<typeof memoryStorage>): Promise<Array<[string, string]>> {
      const out: Array<[string, string]> = []
      for await (const k of s.records.keys('')) out.push([k, Buffer.from((await s.records.get(k))!).toString('hex')])
      return out
    }

    it('imports exactly the state a deploy at the same time writes, and the deploy then has nothing to do', async () => {
      const T = 1_767_225_600_000_000_000n
      const file = join(dir, 'local-genesis.cbor')
      await writeFile(file, await captureLocalGenesis(T))
      const imported = memoryStorage()
      assert.equal(await importLocalGenesis(imported, file), true)
      const deployed = memoryStorage()
      let t = T
      await deployLocalGenesis(createVM({ storage: deployed, land: 'local.land', blockTime: () => t++ }))
      assert.deepEqual(await allRecords(imported), await allRecords(deployed))
      assert.equal(imported.blockCount(), deployed.blockCount())

      const vm = createVM({ storage: imported, land: 'local.land', blockTime })
      assert.deepEqual(await deployLocalGenesis(vm), [])
      assert.deepEqual([...await vm.list()].sort(), NAMES.map(n => `local.land/amigo/${n}`).sort())
      const blog = await vm.push({ path: 'local.land/me/blog', files: bootstrapFiles('blog'), deployer: ALICE })
      assert.equal(blog.imports['local.land/amigo/comments'], (await vm.info('local.land/amigo/comments')).cid)
      const r = await vm.call({ path: 'local.land/me/blog', func: 'AddPost', args: ['"Hello"', '"First."'], caller: ALICE })
      assert.equal(r.ok, true, JSON.stringify(r.error))
    })

    it('imports nothing into a used repo, from other packages, from a damaged or missing file', async () => {
      const file = join(dir, 'used.cbor')
      const bytes = await captureLocalGenesis(1n)
      await writeFile(file, bytes)
      // a repo that holds something keeps it
      const used = memoryStorage()
      await used.records.batch([{ key: 'x', value: new Uint8Array([1]) }])
      assert.equal(await importLocalGenesis(used, file), false)
      assert.deepEqual(await allRecords(used), [['x', '01']])
      // the packages on disk changed since the build
      const pkgs = join(dir, 'packages')
      await cp(BOOTSTRAP_PACKAGES, pkgs, { recursive: true })
      await appendFile(join(pkgs, 'counter', 'counter.go'), '\n// changed\n')
      const fresh = memoryStorage()
      assert.equal(await importLocalGenesis(fresh, file, pkgs), false)
      // a damaged file, or none
      const damaged = join(dir, 'damaged.cbor')
      const copy = new Uint8Array(bytes)
      copy[copy.length - 1] ^= 1
      await writeFile(damaged, copy)
      assert.equal(await importLocalGenesis(fresh, damaged), false)
      assert.equal(await importLocalGenesis(fresh, join(dir, 'absent.cbor')), false)
      assert.deepEqual(await allRecords(fresh), [])
      assert.equal(fresh.blockCount(), 0)
    })
  })
})
