/**
 * The live-import rules of protocols/services.md, one test each, on the example packages of
 * bootstrap/packages (deployed at local.land/amigo/NAME) and small services written here.
 */
import { strict as assert } from 'node:assert'
import { createVM, VMError, type VM } from '../../src/vm/index.ts'
import { memoryStorage, bootstrapFiles, ALICE, BOB, blockTime } from './helpers.ts'

const L = 'local.land/amigo/'
const file = (name: string, text: string): Array<{ name: string, text: string }> => [{ name, text }]

async function deploy (vm: VM, ...names: string[]): Promise<void> {
  for (const n of names) await vm.push({ path: L + n, files: bootstrapFiles(n), deployer: ALICE })
}

async function call (vm: VM, path: string, func: string, args: string[], caller = ALICE): Promise<string[]> {
  const r = await vm.call({ path, func, args, caller })
  assert.equal(r.ok, true, `${path}.${func}: ${JSON.stringify(r.error)}`)
  return r.results
}

async function root (vm: VM, path: string): Promise<string> {
  return (await vm.info(path)).stateRoot!
}

describe('vm: live imports between services', function () {
  this.timeout(60000)
  let vm: VM
  beforeEach(async () => {
    vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await deploy(vm, 'avl', 'comments', 'blog')
  })

  it('3.1 runs the callee on its own state: a comment through the blog is in the comments service', async () => {
    await call(vm, L + 'blog', 'AddPost', ['"Hello"', '"first post"'])
    const commentsBefore = await root(vm, L + 'comments')
    await call(vm, L + 'blog', 'Comment', ['1', '"Nice!"'], BOB)
    assert.notEqual(await root(vm, L + 'comments'), commentsBefore)
    // another importer asking the comments service sees it
    assert.deepEqual(await call(vm, L + 'comments', 'Count', ['"local.land/amigo/blog"', '"post-1"'], BOB), ['1'])
    assert.match(await vm.render(L + 'blog', 'post/1'), /Nice\\!/) // Markdown-escaped
  })

  it('3.2 amigo.Caller() in the callee is the importing service; Origin() stays the signer', async () => {
    await call(vm, L + 'blog', 'AddPost', ['"Hello"', '"x"'])
    await call(vm, L + 'blog', 'Comment', ['1', '"hi"'], BOB)
    const v = await vm.getObject(L + 'comments', 'threads')
    const entries = v.value as Array<{ key: string, value: Array<{ Author: string }> }>
    assert.equal(entries[0].key, 'local.land/amigo/blog post-1')
    assert.equal(entries[0].value[0].Author, BOB)
  })

  it('3.3 an outer panic after an inner call reverts both services', async () => {
    await vm.push({
      path: 'local.land/test/poster',
      files: file('poster.go', 'package poster\n\nimport "local.land/amigo/comments"\n\nvar tries int\n\nfunc AddThenFail() {\n\ttries++\n\tcomments.Add("t", "hello")\n\tpanic("changed my mind")\n}\n'),
      deployer: ALICE
    })
    const before = [await root(vm, L + 'comments'), await root(vm, 'local.land/test/poster')]
    const r = await vm.call({ path: 'local.land/test/poster', func: 'AddThenFail', args: [], caller: ALICE })
    assert.equal(r.ok, false)
    assert.match(r.error!.message, /changed my mind/)
    assert.deepEqual([await root(vm, L + 'comments'), await root(vm, 'local.land/test/poster')], before)
    assert.deepEqual(await call(vm, L + 'comments', 'Count', ['"local.land/test/poster"', '"t"']), ['0'])
  })

  it('3.3 a panic in the callee ends the whole call, even if the caller recovers it', async () => {
    await vm.push({
      path: 'local.land/test/careful',
      files: file('careful.go', 'package careful\n\nimport "local.land/amigo/comments"\n\nvar n int\n\nfunc Try() (ok bool) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tok = false\n\t\t}\n\t}()\n\tn++\n\tcomments.Add("t", "")\n\treturn true\n}\n'),
      deployer: ALICE
    })
    const before = await root(vm, 'local.land/test/careful')
    const r = await vm.call({ path: 'local.land/test/careful', func: 'Try', args: [], caller: ALICE })
    assert.equal(r.ok, false)
    assert.match(r.error!.message, /local.land\/amigo\/comments: .*body must be/)
    assert.equal(await root(vm, 'local.land/test/careful'), before)
  })

  it('3.4 a library is code: writing its package state is ERR_LIBRARY_STATE, calling it is ERR_NOT_A_SERVICE', async () => {
    await vm.push({ path: 'local.land/test/limits', files: file('limits.go', '//amigo:library\n\npackage limits\n\nvar Max = 10\n'), deployer: ALICE })
    await vm.push({
      path: 'local.land/test/user',
      files: file('user.go', 'package user\n\nimport "local.land/test/limits"\n\nvar seen int\n\nfunc Read() int { seen = limits.Max; return seen }\n\nfunc Raise() { limits.Max = 99 }\n'),
      deployer: ALICE
    })
    assert.deepEqual(await call(vm, 'local.land/test/user', 'Read', []), ['10'])
    const before = await root(vm, 'local.land/test/user')
    const r = await vm.call({ path: 'local.land/test/user', func: 'Raise', args: [], caller: ALICE })
    assert.equal(r.ok, false)
    assert.equal(r.error?.code, 'ERR_LIBRARY_STATE')
    assert.equal(await root(vm, 'local.land/test/user'), before)
    assert.deepEqual(await call(vm, 'local.land/test/user', 'Read', []), ['10'])
    await assert.rejects(vm.call({ path: L + 'avl', func: 'New', args: [], caller: ALICE }), (e: VMError) => e.code === 'ERR_NOT_A_SERVICE')
  })

  it('3.5 a service cannot write another service\'s objects: what crosses is a copy', async () => {
    await vm.push({
      path: 'local.land/test/store',
      files: file('store.go', 'package store\n\ntype Item struct{ N int }\n\nvar item = &Item{N: 1}\n\nfunc Get() *Item { return item }\n\nfunc N() int { return item.N }\n'),
      deployer: ALICE
    })
    await vm.push({
      path: 'local.land/test/thief',
      files: file('thief.go', 'package thief\n\nimport "local.land/test/store"\n\nvar kept *store.Item\n\nfunc Steal() int {\n\tp := store.Get()\n\tp.N = 1000\n\tkept = p\n\treturn p.N\n}\n'),
      deployer: ALICE
    })
    const before = await root(vm, 'local.land/test/store')
    assert.deepEqual(await call(vm, 'local.land/test/thief', 'Steal', []), ['1000'])
    assert.deepEqual(await call(vm, 'local.land/test/store', 'N', []), ['1'])
    assert.equal((await vm.history('local.land/test/store'))[0].stateRoot, before)
    assert.deepEqual((await vm.getObject('local.land/test/thief', 'kept.N')).value, 1000)
  })

  it('refuses to import a service that is not deployed, storing nothing', async () => {
    await assert.rejects(vm.push({
      path: 'local.land/test/lonely',
      files: file('lonely.go', 'package lonely\n\nimport "local.land/nobody/here"\n\nfunc F() int { return here.X() }\n'),
      deployer: ALICE
    }), (e: VMError) => e.code === 'ERR_IMPORT_NOT_DEPLOYED')
    assert.equal((await vm.list()).includes('local.land/test/lonely'), false)
  })

  it('reports a syntax error with file:line:col and stores nothing', async () => {
    await assert.rejects(vm.push({ path: 'local.land/test/broken', files: file('broken.go', 'package broken\n\nfunc F( {\n'), deployer: ALICE }),
      (e: VMError) => e.code === 'ERR_COMPILE' && /broken\.go:3:\d+/.test(e.message))
    assert.equal((await vm.list()).includes('local.land/test/broken'), false)
  })
})

describe('vm: tokens and the DEX', function () {
  this.timeout(60000)
  it('swaps with the allowance given to the DEX, and a failed swap reverts all three services', async () => {
    const vm = createVM({ storage: memoryStorage(), land: 'local.land', blockTime })
    await deploy(vm, 'ledger', 'token', 'gold', 'dex')
    const dex = L + 'dex'
    await call(vm, L + 'token', 'Approve', [`"${dex}"`, '1000000000'])
    await call(vm, L + 'gold', 'Approve', [`"${dex}"`, '1000000000'])
    await call(vm, dex, 'AddLiquidity', ['100000000', '50000000'])
    await call(vm, L + 'token', 'Transfer', [`"${BOB}"`, '10000000'])
    await call(vm, L + 'token', 'Approve', [`"${dex}"`, '5000000'], BOB)
    const out = await call(vm, dex, 'SwapAMGForGLD', ['1000000', '1'], BOB)
    assert.ok(Number(out[0]) > 0)
    assert.deepEqual(await call(vm, L + 'gold', 'BalanceOf', [`"${BOB}"`]), out)
    assert.deepEqual(await call(vm, L + 'token', 'Allowance', [`"${BOB}"`, `"${dex}"`]), ['4000000'])
    const roots = [await root(vm, L + 'token'), await root(vm, L + 'gold'), await root(vm, dex)]
    // more than the allowance left: TransferFrom panics inside the token, the swap reverts
    const r = await vm.call({ path: dex, func: 'SwapAMGForGLD', args: ['4500000', '1'], caller: BOB })
    assert.equal(r.ok, false)
    assert.deepEqual([await root(vm, L + 'token'), await root(vm, L + 'gold'), await root(vm, dex)], roots)
  })
})
