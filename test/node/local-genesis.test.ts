// local.land's genesis packages: a fresh repo gets bootstrap/packages deployed at local.land/amigo/NAME.
import { strict as assert } from 'node:assert'
import { readdirSync } from 'node:fs'
import { createVM } from '../../src/vm/index.ts'
import { deployLocalGenesis } from '../../src/node/local-genesis.ts'
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
})
