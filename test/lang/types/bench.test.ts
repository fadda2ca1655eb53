import { strict as assert } from 'node:assert'
import { readFileSync, readdirSync } from 'node:fs'
import { checkSource } from './helpers.ts'

// the benchmark programs of `npm run bench`
const dir = new URL('../../../scripts/bench/', import.meta.url)

describe('lang/types: benchmark programs type-check cleanly', () => {
  const files = readdirSync(dir).filter(f => f.endsWith('.go')).sort()
  it('finds the benchmark programs', () => assert.ok(files.length >= 8))
  for (const f of files) {
    it(f, () => {
      const r = checkSource(readFileSync(new URL(f, dir), 'utf8'), f, true)
      assert.deepEqual(r.lines, [])
      assert.ok(r.info.types.size > 20)
    })
  }
})

describe('lang/types: valid programs type-check cleanly', () => {
  const vdir = new URL('./testdata/valid/', import.meta.url)
  const files = readdirSync(vdir).filter(f => f.endsWith('.go')).sort()
  it('finds the programs', () => assert.ok(files.length >= 2))
  for (const f of files) {
    it(f, () => {
      const r = checkSource(readFileSync(new URL(f, vdir), 'utf8'), f, true)
      assert.deepEqual(r.lines, [])
    })
  }
})
