// One-time login codes (protocols/http-api.md, "Sessions"), on a clock the test moves.
import { strict as assert } from 'node:assert'
import { createLoginCodes, LOGIN_CODE_TTL_MS } from '../../src/api/index.ts'
import { MAX_PENDING_LOGIN_CODES } from '../../src/api/login-codes.ts'

describe('login codes', () => {
  let t = 1_000_000
  const clock = (): number => t

  it('are random and good for 60 s', () => {
    const codes = createLoginCodes({ now: clock })
    const a = codes.issue()
    const b = codes.issue()
    assert.equal(a.expiresInMs, 60_000)
    assert.equal(LOGIN_CODE_TTL_MS, 60_000)
    assert.notEqual(a.code, b.code)
    assert.match(a.code, /^[A-Za-z0-9_-]{32}$/)
  })

  it('work once: a second use of the same code fails', () => {
    const codes = createLoginCodes({ now: clock })
    const { code } = codes.issue()
    assert.equal(codes.redeem(code), true)
    assert.equal(codes.redeem(code), false)
  })

  it('fail once expired, and an expired code is gone', () => {
    const codes = createLoginCodes({ now: clock })
    const early = codes.issue().code
    const late = codes.issue().code
    t += LOGIN_CODE_TTL_MS - 1
    assert.equal(codes.redeem(early), true, 'a moment before it expires')
    t += 1
    assert.equal(codes.redeem(late), false, 'at its expiry')
    t -= 1
    assert.equal(codes.redeem(late), false, 'tried once expired: forgotten')
  })

  it('refuse a code never issued, a malformed one, and one of another store', () => {
    const codes = createLoginCodes({ now: clock })
    const other = createLoginCodes({ now: clock }).issue().code
    codes.issue()
    for (const bad of ['', 'x', other, '../../etc', 'a'.repeat(10_000)]) assert.equal(codes.redeem(bad), false, bad.slice(0, 20))
  })

  it('keep at most a bounded number waiting: the oldest goes first', () => {
    const codes = createLoginCodes({ now: clock })
    const issued = Array.from({ length: MAX_PENDING_LOGIN_CODES + 1 }, () => codes.issue().code)
    assert.equal(codes.redeem(issued[0]), false)
    assert.equal(codes.redeem(issued[1]), true)
    assert.equal(codes.redeem(issued[MAX_PENDING_LOGIN_CODES]), true)
  })
})
