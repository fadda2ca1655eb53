// ServiceInfo.doc: the package's doc comment as `go doc` shows it (protocols/http-api.md, info).
import { strict as assert } from 'node:assert'
import { createVM } from '../../src/vm/index.ts'
import { memoryStorage, bootstrapFiles, ALICE, blockTime } from './helpers.ts'

describe('vm: the doc comment in a package\'s info', function () {
  this.timeout(60000)

  it('is the comment above the package clause, without directives; empty when there is none', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await vm.push({ path: 'local.land/amigo/avl', files: bootstrapFiles('avl'), deployer: ALICE })
    await vm.push({ path: 'local.land/amigo/counter', files: bootstrapFiles('counter'), deployer: ALICE })
    await vm.push({ path: 'local.land/t/bare', files: [{ name: 'bare.go', text: 'package bare\n\nvar n int\n' }], deployer: ALICE })
    const counter = await vm.info('local.land/amigo/counter')
    assert.equal(counter.doc, 'Package counter is the smallest service: one number that anyone can increment, and who did\nit last.')
    const avl = await vm.info('local.land/amigo/avl')
    assert.match(avl.doc, /^Package avl /)
    assert.doesNotMatch(avl.doc, /amigo:library/)
    assert.equal((await vm.info('local.land/t/bare')).doc, '')
  })
})
