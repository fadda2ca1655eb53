/**
 * The receipt's live-call tree (protocols/services.md §3.6) on the blog → comments live import
 * of bootstrap/packages: frames, callers, gas per frame, events per frame, the panic that ended one.
 */
import { strict as assert } from 'node:assert'
import { createVM, type VM, type TraceFrame } from '../../src/vm/index.ts'
import { memoryStorage, bootstrapFiles, ALICE, BOB, blockTime } from './helpers.ts'

const L = 'local.land/amigo/'

async function fresh (): Promise<VM> {
  const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
  for (const n of ['avl', 'comments', 'blog']) await vm.push({ path: L + n, files: bootstrapFiles(n), deployer: ALICE })
  const r = await vm.call({ path: L + 'blog', func: 'AddPost', args: ['"Hello"', '"first post"'], caller: ALICE })
  assert.equal(r.ok, true, JSON.stringify(r.error))
  return vm
}

/** `service.func by caller` per frame, depth first, with indentation */
function shape (f: TraceFrame, depth = 0): string[] {
  return [`${'  '.repeat(depth)}${f.service}.${f.func} by ${f.caller}${f.panic !== undefined ? ' PANIC' : ''}`, ...f.calls.flatMap(c => shape(c, depth + 1))]
}

describe('vm: the live-call trace of a receipt', function () {
  this.timeout(60000)

  it('records the called function and the live-import call it made, with gas and events per frame', async () => {
    const vm = await fresh()
    const r = await vm.call({ path: L + 'blog', func: 'Comment', args: ['1', '"Nice!"'], caller: BOB })
    assert.equal(r.ok, true, JSON.stringify(r.error))
    const t = r.trace!
    assert.deepEqual(shape(t), [`${L}blog.Comment by ${BOB}`, `  ${L}comments.Add by ${L}blog`])
    assert.equal(t.gasUsed, r.gasUsed, 'the root frame uses the receipt\'s gas')
    const inner = t.calls[0]
    assert.ok(inner.gasUsed > 0 && inner.gasUsed < t.gasUsed, `inner gas ${inner.gasUsed} of ${t.gasUsed}`)
    assert.deepEqual(t.events, [], 'the blog emitted nothing itself')
    assert.deepEqual(inner.events.map(e => e.name), ['Commented'])
    assert.deepEqual(inner.events, r.events, 'the receipt\'s events are the frames\' events')
  })

  it('a call with no live import is a single frame holding its own events', async () => {
    const vm = await fresh()
    const r = await vm.call({ path: L + 'blog', func: 'AddPost', args: ['"Two"', '"second"'], caller: ALICE })
    assert.deepEqual(shape(r.trace!), [`${L}blog.AddPost by ${ALICE}`])
    assert.deepEqual(r.trace!.events.map(e => e.name), ['PostAdded'])
  })

  it('marks the frame a panic ended, and the root with the receipt\'s error', async () => {
    const vm = await fresh()
    await vm.push({
      path: 'local.land/test/careful',
      files: [{ name: 'careful.go', text: 'package careful\n\nimport "local.land/amigo/comments"\n\nfunc Try() (ok bool) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tok = false\n\t\t}\n\t}()\n\tcomments.Add("t", "")\n\treturn true\n}\n' }],
      deployer: ALICE
    })
    const r = await vm.call({ path: 'local.land/test/careful', func: 'Try', args: [], caller: ALICE })
    assert.equal(r.ok, false)
    assert.deepEqual(shape(r.trace!), [`local.land/test/careful.Try by ${ALICE} PANIC`, `  ${L}comments.Add by local.land/test/careful PANIC`])
    assert.match(r.trace!.calls[0].panic!, /body must be/)
    assert.match(r.trace!.panic!, /local.land\/amigo\/comments: .*body must be/)
  })

  it('an outer panic after the inner call returned ends only the outer frame', async () => {
    const vm = await fresh()
    await vm.push({
      path: 'local.land/test/poster',
      files: [{ name: 'poster.go', text: 'package poster\n\nimport "local.land/amigo/comments"\n\nfunc AddThenFail() {\n\tcomments.Add("t", "hello")\n\tpanic("changed my mind")\n}\n' }],
      deployer: ALICE
    })
    const r = await vm.call({ path: 'local.land/test/poster', func: 'AddThenFail', args: [], caller: ALICE })
    assert.equal(r.ok, false)
    assert.deepEqual(shape(r.trace!), [`local.land/test/poster.AddThenFail by ${ALICE} PANIC`, `  ${L}comments.Add by local.land/test/poster`])
    assert.match(r.trace!.panic!, /changed my mind/)
  })

  it('is the same tree on two nodes that run the same calls', async () => {
    const traces: unknown[] = []
    for (let i = 0; i < 2; i++) {
      const vm = await fresh()
      traces.push((await vm.call({ path: L + 'blog', func: 'Comment', args: ['1', '"Same"'], caller: BOB })).trace)
    }
    assert.deepEqual(traces[0], traces[1])
  })
})
