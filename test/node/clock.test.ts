import { strict as assert } from 'node:assert'
import { monotonicClockNs } from '../../src/node/node.ts'

describe('node: the block clock of local.land', () => {
  it('gives the wall clock in ns, and never goes back when the wall clock does', () => {
    const times = [1_700_000_000_000, 1_700_000_000_005, 1_699_999_999_000, 1_700_000_000_005, 1_700_000_000_010]
    let i = 0
    const clock = monotonicClockNs(() => times[i++])
    const got = times.map(() => clock())
    assert.deepEqual(got, [1_700_000_000_000_000_000n, 1_700_000_000_005_000_000n, 1_700_000_000_005_000_001n, 1_700_000_000_005_000_002n, 1_700_000_000_010_000_000n])
  })
})
