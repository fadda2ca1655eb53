// The bounds on queries sent without the token (src/api/query-limits.ts).
import { strict as assert } from 'node:assert'
import { createQueryLimits } from '../../src/api/query-limits.ts'

describe('open query limits', () => {
  it('runs at most `running` at once, queues at most `queued` more, and refuses the rest with ERR_BUSY', async () => {
    const limits = createQueryLimits({ perClient: 10, running: 2, queued: 1 })
    const a = await limits.acquire('a')
    const b = await limits.acquire('b')
    let cStarted = false
    const c = limits.acquire('c').then(release => { cStarted = true; return release })
    await assert.rejects(limits.acquire('d'), (err: any) => err.code === 'ERR_BUSY' && err.status === 503 && /2 open queries run and 1 wait/.test(err.message))
    assert.deepEqual(limits.load(), { running: 2, queued: 1 })
    a()
    a() // given back once only
    const releaseC = await c
    assert.ok(cStarted)
    assert.deepEqual(limits.load(), { running: 2, queued: 0 })
    b()
    releaseC()
    assert.deepEqual(limits.load(), { running: 0, queued: 0 })
  })

  it('bounds what one client has in flight, running or waiting', async () => {
    const limits = createQueryLimits({ perClient: 2, running: 1, queued: 5 })
    const first = await limits.acquire('10.0.0.1')
    const waiting = limits.acquire('10.0.0.1')
    await assert.rejects(limits.acquire('10.0.0.1'), /10\.0\.0\.1 has 2 open queries in flight \(at most 2\)/)
    // another client still gets a place in the queue
    const other = limits.acquire('10.0.0.2')
    assert.deepEqual(limits.load(), { running: 1, queued: 2 })
    first()
    const second = await waiting
    second()
    const third = await other
    third()
    assert.deepEqual(limits.load(), { running: 0, queued: 0 })
    // all given back: the client may send again
    const again = await limits.acquire('10.0.0.1')
    again()
  })

  it('drops a waiting query whose client went away', async () => {
    const limits = createQueryLimits({ perClient: 5, running: 1, queued: 1 })
    const first = await limits.acquire('a')
    const gone = new AbortController()
    const waiting = limits.acquire('a', gone.signal)
    gone.abort(new Error('client went away'))
    await assert.rejects(waiting, /client went away/)
    assert.deepEqual(limits.load(), { running: 1, queued: 0 })
    // its place in the queue is free again
    const next = limits.acquire('b')
    first()
    ;(await next)()
    assert.deepEqual(limits.load(), { running: 0, queued: 0 })
  })
})
