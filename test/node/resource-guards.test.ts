// The node's disk and memory guards (src/node/disk-guard.ts, memory-guard.ts), with the free
// space, RSS and clock injected: no disk is filled and no memory grown.
import { strict as assert } from 'node:assert'
import { createDiskGuard, DiskFullError } from '../../src/node/disk-guard.ts'
import { createMemoryGuard, NodeBusyError, RSS_HIGH_WATER } from '../../src/node/memory-guard.ts'

const MiB = 1024 * 1024

describe('disk guard', () => {
  it('refuses a write that would leave less than the reserve, with ERR_DISK_FULL', async () => {
    let free = 300 * MiB
    const guard = createDiskGuard({ path: '/repo', minFreeBytes: 256 * MiB, intervalMs: 0, read: async () => free })
    await guard.check()
    await guard.check(40 * MiB)
    await assert.rejects(guard.check(50 * MiB), (err: DiskFullError) => {
      assert.ok(err instanceof DiskFullError)
      assert.equal(err.code, 'ERR_DISK_FULL')
      assert.match(err.message, /300\.0 MiB free at \/repo/)
      assert.match(err.message, /256\.0 MiB free \(limits\.minFreeBytes\)/)
      return true
    })
    free = 100 * MiB
    await assert.rejects(guard.check(), { code: 'ERR_DISK_FULL' })
    free = 1024 * MiB
    await guard.check()
  })

  it('reads the free space at most once per interval', async () => {
    let reads = 0
    let free = 10 * MiB
    let t = 0
    const guard = createDiskGuard({ path: '/repo', minFreeBytes: MiB, intervalMs: 250, now: () => t, read: async () => { reads++; return free } })
    await Promise.all([guard.check(), guard.check(), guard.check()])
    assert.equal(reads, 1)
    free = 0
    t = 249
    await guard.check() // the cached reading still says 10 MiB
    assert.equal(reads, 1)
    t = 250
    await assert.rejects(guard.check(), { code: 'ERR_DISK_FULL' })
    assert.equal(reads, 2)
  })

  it('is off with a reserve of 0, and lets writes through when the file system cannot say', async () => {
    let reads = 0
    await createDiskGuard({ path: '/repo', minFreeBytes: 0, read: async () => { reads++; return 0 } }).check(MiB)
    assert.equal(reads, 0)
    await createDiskGuard({ path: '/repo', minFreeBytes: MiB, read: async () => { throw new Error('ENOSYS') } }).check()
  })

  it('reads the real free space of a directory with statfs', async () => {
    // a reserve no disk has: refused, naming the free space it read
    await assert.rejects(createDiskGuard({ path: '.', minFreeBytes: Number.MAX_SAFE_INTEGER }).check(), /MiB free at \./)
    await createDiskGuard({ path: '.', minFreeBytes: 1 }).check()
  })
})

describe('memory guard', () => {
  it('refuses with ERR_BUSY while RSS is over the high-water mark, and lets through once it drops', () => {
    let rss = 100 * MiB
    const guard = createMemoryGuard({ maxRssBytes: 1000 * MiB, intervalMs: 0, rss: () => rss })
    guard.check()
    rss = Math.floor(1000 * MiB * RSS_HIGH_WATER)
    guard.check()
    rss += MiB
    assert.throws(() => { guard.check() }, (err: NodeBusyError) => {
      assert.ok(err instanceof NodeBusyError)
      assert.equal(err.code, 'ERR_BUSY')
      assert.match(err.message, /851 MiB\) is over its high-water mark \(850 MiB/)
      return true
    })
    rss = 500 * MiB
    guard.check()
  })

  it('samples RSS at most once per interval, and is off with a ceiling of 0', () => {
    let samples = 0
    let t = 0
    const guard = createMemoryGuard({ maxRssBytes: 100, intervalMs: 250, now: () => t, rss: () => { samples++; return 1000 } })
    assert.throws(() => { guard.check() }, { code: 'ERR_BUSY' })
    t = 100
    assert.throws(() => { guard.check() }, { code: 'ERR_BUSY' })
    assert.equal(samples, 1)
    t = 250
    assert.throws(() => { guard.check() }, { code: 'ERR_BUSY' })
    assert.equal(samples, 2)
    createMemoryGuard({ maxRssBytes: 0, rss: () => { samples++; return 1e12 } }).check()
    assert.equal(samples, 2)
  })
})
