/**
 * The example services of bootstrap/packages: their Go tests pass on the interpreter (imports of local.land/amigo/NAME resolved by
 * scripts/test-services.ts). blog and dex are left out: their tests need live-import callers
 * (protocols/services.md §3.2), which the VM provides. gofmt, go vet and real Go's verdict:
 * scripts/check-services.sh.
 */
import assert from 'node:assert/strict'
import { testExample, exampleNames } from '../../scripts/test-services.ts'

const ON_INTERPRETER = ['avl', 'comments', 'counter', 'gold', 'ledger', 'names', 'token']

describe('bootstrap/packages', function () {
  this.timeout(60000)

  it('holds the example services of issue 4', () => {
    assert.deepEqual(exampleNames(), ['avl', 'blog', 'comments', 'counter', 'dex', 'gold', 'ledger', 'names', 'token'])
  })

  for (const name of ON_INTERPRETER) {
    it(`${name}: tests pass on the interpreter`, () => {
      const chunks: Uint8Array[] = []
      const r = testExample(name, { stdout: b => chunks.push(b), stderr: b => chunks.push(b) })
      const out = Buffer.concat(chunks).toString('utf8')
      assert.equal(r.exitCode, 0, out)
      assert.equal(out, `ok  \tlocal.land/amigo/${name}\t0.000s\n`)
    })
  }
})
