import { strict as assert } from 'node:assert'
import { main } from '../src/cli/amigo.ts'

describe('amigo cli', () => {
  it('rejects an unknown command with exit code 2', async () => {
    assert.equal(await main(['no-such-command']), 2)
  })
})
