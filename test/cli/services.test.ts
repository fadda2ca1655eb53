// Services end to end: the real `amigo` CLI against real `amigo-node` processes (issue 4, "Tests").
import { strict as assert } from 'node:assert'
import { mkdtemp, rm, mkdir, writeFile, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { startDaemon, run, cleanEnv, processExists, CLIENT_BIN, ROOT } from './daemon.ts'
import type { Daemon } from './daemon.ts'
import type { ApiClientError } from '../../src/api/client.ts'
import { signCall, encodeSignedCall } from '../../src/store/calls/index.ts'
import { loadKey } from '../../src/node/keys.ts'
import { signPush } from '../../src/node/push-signature.ts'

const PACKAGES = join(ROOT, 'bootstrap', 'packages')
const COUNTER = 'local.land/alice/counter'
const GENESIS = 'local.land/amigo/'
const BLOG = 'local.land/me/blog'

interface Result { code: number, stdout: string, stderr: string }

describe('services through the amigo CLI and a real node', function () {
  this.timeout(300_000)
  let dir: string
  let repo: string
  let daemon: Daemon
  const daemons: Daemon[] = []

  /** `amigo ARGS…` on the test repo (keys and the node's api file). */
  async function amigo (...args: string[]): Promise<Result> {
    const r = await run(CLIENT_BIN, args, { env: cleanEnv({ AMIGO_PATH: repo }) })
    return { code: r.code, stdout: r.stdout.toString(), stderr: r.stderr }
  }
  async function ok (...args: string[]): Promise<string> {
    const r = await amigo(...args)
    assert.equal(r.code, 0, `amigo ${args.join(' ')} exited ${r.code}:\n${r.stderr}${r.stdout}`)
    return r.stdout
  }
  async function json<T = any> (...args: string[]): Promise<T> {
    return JSON.parse(await ok(...args, '--json')) as T
  }
  /** path → state root of every package deployed by the test (the genesis packages local.land/amigo/… are there from the first start) */
  async function roots (): Promise<Record<string, string | null>> {
    const { services } = await json<{ services: Array<{ path: string, stateRoot: string | null }> }>('services')
    return Object.fromEntries(services.filter(s => !s.path.startsWith(GENESIS)).map(s => [s.path, s.stateRoot]))
  }
  async function start (r = repo, extra: string[] = []): Promise<Daemon> {
    const d = await startDaemon(r, extra)
    daemons.push(d)
    return d
  }
  async function stop (d: Daemon): Promise<void> {
    d.child.kill('SIGTERM')
    assert.deepEqual(await d.exited, { code: 0, signal: null }, d.output())
  }
  /** a package folder with one file */
  async function pkg (name: string, file: string, text: string): Promise<string> {
    const d = join(dir, 'src', name)
    await mkdir(d, { recursive: true })
    await writeFile(join(d, file), text)
    return d
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-services-'))
    repo = join(dir, 'repo')
    daemon = await start()
  })
  after(async () => {
    for (const d of daemons) if (processExists(d.child.pid!)) d.child.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
  })

  it('pushes the counter, calls it, renders, evaluates and inspects it, and lists its history', async () => {
    const pushed = await amigo('push', join(PACKAGES, 'counter'), COUNTER)
    assert.equal(pushed.code, 0, pushed.stderr)
    assert.match(pushed.stdout, /^pushed local\.land\/alice\/counter \(service\) bafy/m)
    assert.match(pushed.stderr, /created key "default"/, 'the default key is created on first use')

    const first = await amigo('call', `${COUNTER}.Add`, '5')
    assert.equal(first.code, 0, first.stderr)
    assert.equal(first.stdout.split('\n')[0], '5')
    assert.match(first.stdout, /event Incremented by="12D3KooW\w+" n="5" count="5"/)
    assert.equal((await ok('call', `${COUNTER}.Increment`)).split('\n')[0], '6')

    const receipt = await json('call', `${COUNTER}.Add`, '10')
    assert.equal(receipt.ok, true)
    assert.deepEqual(receipt.results, ['16'])
    assert.ok(receipt.gasUsed > 0)
    assert.match(receipt.stateRoot, /^bafy/)
    assert.equal(receipt.heads[COUNTER] !== undefined, true)

    const address = (await loadKey(repo, 'default')).address
    const md = await ok('render', COUNTER)
    assert.match(md, /^# Counter\n\nThe count is \*\*16\*\*\.\n/)
    assert.ok(md.includes(`Last changed by \`${address}\``), md)

    assert.equal(await ok('eval', COUNTER, 'Get() + 1'), '17\n')
    const evaluated = await json('eval', COUNTER, 'count')
    assert.deepEqual([evaluated.value, evaluated.type], ['16', 'int'])
    const state = await json('state', COUNTER, 'lastBy')
    assert.equal(state.type, 'string')
    assert.equal(state.value, address)
    assert.match(await ok('state', COUNTER), /count/)

    // newest first, as git log
    const history = await json('history', COUNTER)
    assert.deepEqual(history.entries.map((e: any) => e.call?.func ?? 'deploy'), ['Add', 'Increment', 'Add', 'deploy'])
    assert.deepEqual(history.entries.map((e: any) => e.index), [3, 2, 1, 0])
    assert.deepEqual(history.entries[0].call.args, ['10'])
    assert.equal(history.entries[0].stateRoot, receipt.stateRoot)
    assert.match(history.entries[0].call.callCid, /^bafy/)
    const text = await ok('history', COUNTER)
    assert.match(text, /^0\theight \d+\tbafy\w+\tdeploy$/m)
    assert.match(text, /^1\theight \d+\tbafy\w+\tAdd\(5\) by 12D3KooW\w+$/m)

    const info = await ok('info', COUNTER)
    assert.match(info, /^local\.land\/alice\/counter \(service\) bafy\w+$/m)
    assert.match(info, /^ {2}func Add\(n int\) int$/m)

    // an old root can still be read
    assert.equal(await ok('eval', COUNTER, 'count', '--at', '1'), '5\n')
    assert.deepEqual(await roots(), { [COUNTER]: receipt.stateRoot })
  })

  it('forks a service with its state; the fork then diverges independently', async () => {
    const before = await roots()
    const forked = await amigo('fork', COUNTER, 'local.land/bob/counter')
    assert.equal(forked.code, 0, forked.stderr)
    assert.match(forked.stdout, /^forked local\.land\/alice\/counter to local\.land\/bob\/counter$/m)
    const after = await roots()
    assert.equal(after['local.land/bob/counter'], before[COUNTER], 'the fork starts at the same state root')
    assert.equal(await ok('eval', 'local.land/bob/counter', 'Get()'), '16\n')

    assert.equal((await ok('call', 'local.land/bob/counter.Add', '100')).split('\n')[0], '116')
    assert.equal(await ok('eval', COUNTER, 'Get()'), '16\n', 'the source did not change')
    assert.equal((await ok('call', `${COUNTER}.Add`, '1')).split('\n')[0], '17')
    assert.equal(await ok('eval', 'local.land/bob/counter', 'Get()'), '116\n', 'the fork did not change')
    const h = await json('history', 'local.land/bob/counter')
    assert.equal(h.entries.at(-1).forkedFrom, COUNTER)

    // --at forks an older state
    assert.equal((await amigo('fork', COUNTER, 'local.land/carol/counter', '--at', '1')).code, 0)
    assert.equal(await ok('eval', 'local.land/carol/counter', 'Get()'), '5\n')
  })

  it('lands every one of several calls sent at once with one key (each takes its own nonce)', async () => {
    const start = Number((await ok('eval', COUNTER, 'Get()')).trim())
    const results = await Promise.all([1, 2, 3, 4].map(async () => await amigo('call', `${COUNTER}.Increment`)))
    for (const r of results) assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(results.map(r => Number(r.stdout.split('\n')[0])).sort((a, b) => a - b), [start + 1, start + 2, start + 3, start + 4])
    assert.equal(await ok('eval', COUNTER, 'Get()'), `${start + 4}\n`)
  })

  it('has the genesis packages from the first start: a blog importing comments and avl pushes at once, with deps by CID', async () => {
    const avl = await json('info', GENESIS + 'avl')
    assert.equal(avl.kind, 'library')
    const comments = await json('info', GENESIS + 'comments')
    assert.equal(comments.kind, 'service')
    const blog = await json('push', join(PACKAGES, 'blog'), BLOG)
    assert.equal(blog.kind, 'service')
    assert.deepEqual(blog.imports, { 'local.land/amigo/avl': avl.cid, 'local.land/amigo/comments': comments.cid })

    const deps = await ok('deps', BLOG)
    assert.equal(deps, `${BLOG} ${blog.cid as string}\n  local.land/amigo/avl ${avl.cid as string}\n  local.land/amigo/comments ${comments.cid as string}\n`)

    assert.equal((await ok('call', `${BLOG}.AddPost`, '"Hello"', '"First *post*."')).split('\n')[0], '1')
    assert.equal((await ok('call', `${BLOG}.Comment`, '1', '"nice"')).split('\n')[0], '1')
    assert.equal(await ok('eval', BLOG, 'GetPost(1).Title'), '"Hello"\n')
    assert.match(await ok('render', BLOG), /^# Blog\n\n- \[Hello\]\(post\/1\) — \d{4}-\d\d-\d\d, 1 comment\n$/)
    const post = await ok('render', `${BLOG}:post/1`)
    assert.match(post, /^# Hello\n/)
    assert.match(post, /nice/)
  })

  it('pushes a version tag that imports may name, and records the CID it resolved to', async () => {
    const lib = await pkg('mathx', 'mathx.go', '//amigo:library\n\n// Package mathx is a small library.\npackage mathx\n\n// Double returns 2n.\nfunc Double(n int) int { return 2 * n }\n')
    const pushed = await json('push', lib, 'local.land/alice/mathx', '--version', 'v1.2.0')
    assert.equal(pushed.kind, 'library')
    const user = await pkg('twice', 'twice.go', 'package twice\n\nimport "local.land/alice/mathx@v1.2.0"\n\nvar last int\n\n// Twice doubles n and keeps it.\nfunc Twice(n int) int {\n\tlast = mathx.Double(n)\n\treturn last\n}\n')
    await ok('push', user, 'local.land/alice/twice')
    assert.equal(await ok('deps', 'local.land/alice/twice'), `local.land/alice/twice ${(await json('deps', 'local.land/alice/twice')).cid as string}\n  local.land/alice/mathx ${pushed.cid as string}\n`)
    assert.equal((await ok('call', 'local.land/alice/twice.Twice', '21')).split('\n')[0], '42')
    assert.equal((await amigo('push', lib, 'local.land/alice/mathx2', '--version', 'latest')).code, 1, 'a version is vMAJOR.MINOR.PATCH')
  })

  it('refuses bad input with a clear error, leaving every state root unchanged', async () => {
    const before = await roots()

    // a syntax error: file:line:col, nothing stored
    const broken = await pkg('broken', 'broken.go', 'package broken\n\nfunc Oops( {\n}\n')
    const r1 = await amigo('push', broken, 'local.land/alice/broken')
    assert.equal(r1.code, 1)
    assert.match(r1.stderr, /broken\.go:3:\d+/)
    assert.deepEqual(await roots(), before, 'nothing stored')

    // an unknown function
    const r2 = await amigo('call', `${COUNTER}.Nope`)
    assert.equal(r2.code, 1)
    assert.match(r2.stderr, /Nope/)
    assert.match(r2.stderr, /ERR_UNKNOWN_FUNCTION/)

    // a wrong argument type names the parameter and its type
    const r3 = await amigo('call', `${COUNTER}.Add`, '"five"')
    assert.equal(r3.code, 1)
    assert.match(r3.stderr, /\(n int\)/)
    assert.match(r3.stderr, /ERR_BAD_ARGUMENT/)
    const r3b = await amigo('call', `${COUNTER}.Add`, '1', '2')
    assert.equal(r3b.code, 1)
    assert.match(r3b.stderr, /want 1 argument, got 2/)

    // a panic: a failed receipt with the error
    const r4 = await amigo('call', `${COUNTER}.Add`, '5000')
    assert.equal(r4.code, 1)
    assert.match(r4.stderr, /panic: counter: n must be between 1 and 1000, got 5000 \(ERR_PANIC\)/)

    // out of gas: the error with its position
    const r5 = await amigo('call', `${COUNTER}.Add`, '1', '--gas', '3')
    assert.equal(r5.code, 1)
    assert.match(r5.stderr, /^amigo call: counter\.go:\d+:\d+: out of gas: limit 3 exceeded \(ERR_GAS\)$/m)

    // a usage error
    assert.equal((await amigo('call', 'no-function-here')).code, 2)
    assert.equal((await amigo('push', join(PACKAGES, 'counter'))).code, 2)

    // a path that is taken, a path with nothing, an expression that does not compile
    const taken = await amigo('push', join(PACKAGES, 'counter'), COUNTER)
    assert.equal(taken.code, 1)
    assert.match(taken.stderr, /ERR_PATH_TAKEN/)
    const nothing = await amigo('render', 'local.land/nobody/nothing')
    assert.equal(nothing.code, 1)
    assert.match(nothing.stderr, /ERR_NOT_FOUND/)
    const badExpr = await amigo('eval', COUNTER, 'count +')
    assert.equal(badExpr.code, 1)

    assert.deepEqual(await roots(), before)

    // a tampered block: the signature no longer matches (sent straight to the API)
    const api = daemon.api
    const key = await loadKey(repo, 'default')
    const { next } = await api.nonce(key.address)
    const signed = await signCall({ land: 'local.land', nonce: next, service: COUNTER, func: 'Add', args: ['7'], gas: 1_000_000 }, key.privateKey)
    const tampered = encodeSignedCall({ ...signed, call: { ...signed.call, args: ['700'] } })
    await assert.rejects(api.call(tampered), (e: ApiClientError) => e.code === 'ERR_CALL_BAD_SIGNATURE' && e.status === 403)
    assert.deepEqual(await roots(), before)

    // a replayed call: the same signed block twice
    const bytes = encodeSignedCall(signed)
    const receipt = await api.call(bytes)
    assert.equal(receipt.ok, true)
    assert.equal(receipt.nonce, next)
    const afterOne = await roots()
    await assert.rejects(api.call(bytes), (e: ApiClientError) => e.code === 'ERR_CALL_NONCE' && /replayed/.test(e.message))
    assert.deepEqual(await roots(), afterOne)

    // a call signed for another land
    const elsewhere = encodeSignedCall(await signCall({ land: 'testnet.land', nonce: next + 1, service: 'testnet.land/alice/counter', func: 'Add', args: ['1'], gas: 1_000_000 }, key.privateKey))
    await assert.rejects(api.call(elsewhere), (e: ApiClientError) => e.code === 'ERR_CALL_WRONG_LAND')

    // a push whose signature was made for another path stores nothing
    const files = [{ name: 'counter.go', text: await readFile(join(PACKAGES, 'counter', 'counter.go'), 'utf8') }]
    const signature = await signPush(key.privateKey, 'local.land/alice/other', files)
    await assert.rejects(api.push({ path: 'local.land/mallory/counter', files, deployer: key.address, signature }), (e: ApiClientError) => e.code === 'ERR_PUSH_BAD_SIGNATURE' && e.status === 403)
    assert.deepEqual(await roots(), afterOne)
  })

  it('comes back after a restart with the same heads and roots, and still refuses a replayed call', async () => {
    const api = daemon.api
    const key = await loadKey(repo, 'default')
    const { next } = await api.nonce(key.address)
    const signed = encodeSignedCall(await signCall({ land: 'local.land', nonce: next, service: COUNTER, func: 'Increment', args: [], gas: 1_000_000 }, key.privateKey))
    assert.equal((await api.call(signed)).ok, true)
    // a call that fails uses its nonce too, for good
    const failing = encodeSignedCall(await signCall({ land: 'local.land', nonce: next + 1, service: COUNTER, func: 'Add', args: ['0'], gas: 1_000_000 }, key.privateKey))
    assert.equal((await api.call(failing)).ok, false)

    const services = await json('services')
    const history = await json('history', COUNTER)
    const md = await ok('render', `${BLOG}:post/1`)
    await stop(daemon)
    daemon = await start()
    assert.deepEqual(await json('services'), services)
    assert.deepEqual(await json('history', COUNTER), history)
    assert.equal(await ok('render', `${BLOG}:post/1`), md)
    await assert.rejects(daemon.api.call(signed), (e: ApiClientError) => e.code === 'ERR_CALL_NONCE')
    await assert.rejects(daemon.api.call(failing), (e: ApiClientError) => e.code === 'ERR_CALL_NONCE' && /replayed/.test(e.message))
    assert.equal((await daemon.api.nonce(key.address)).nonce, next + 1)
    // and the service goes on from there
    const count = Number((await ok('eval', COUNTER, 'Get()')).trim())
    assert.equal((await ok('call', `${COUNTER}.Increment`)).split('\n')[0], String(count + 1))
  })

  it('after a kill -9 during a long call, restarts at the last committed root without that call', async () => {
    const spin = await pkg('spin', 'spin.go', 'package spin\n\nvar count int\n\n// Spin burns gas: n rounds of an increment.\nfunc Spin(n int) int {\n\tfor i := 0; i < n; i++ {\n\t\tcount++\n\t}\n\treturn count\n}\n')
    await ok('push', spin, 'local.land/alice/spin')
    assert.equal((await ok('call', 'local.land/alice/spin.Spin', '3')).split('\n')[0], '3')
    const before = await roots()
    const history = await json('history', 'local.land/alice/spin')
    // the default gas cap keeps every call under 2 s (protocols/gas.md): this node allows long calls
    await stop(daemon)
    const configFile = join(repo, 'config.json')
    const config = JSON.parse(await readFile(configFile, 'utf8').catch(() => '{}'))
    await writeFile(configFile, JSON.stringify({ ...config, limits: { ...config.limits, maxCallGas: 4_000_000_000_000_000 } }))
    daemon = await start()

    const client = spawn(process.execPath, [CLIENT_BIN, 'call', 'local.land/alice/spin.Spin', '9000000000000000000', '--gas', '4000000000000000'], { env: cleanEnv({ AMIGO_PATH: repo }), stdio: 'ignore' })
    const clientExit = new Promise(resolve => client.once('exit', resolve))
    // the node runs the call on its one thread: once it stops answering, the call is running
    let busy = false
    for (const deadline = Date.now() + 60_000; !busy && Date.now() < deadline;) {
      try {
        await fetch(`${daemon.ready.api}/api/v1/status`, { signal: AbortSignal.timeout(1500) })
        await new Promise(resolve => setTimeout(resolve, 100))
      } catch {
        busy = true
      }
    }
    assert.equal(busy, true, 'the node got busy with the long call')
    assert.equal(client.exitCode, null, 'the long call is still running')
    daemon.child.kill('SIGKILL')
    assert.equal((await daemon.exited).signal, 'SIGKILL')
    await clientExit

    daemon = await start()
    assert.deepEqual(await roots(), before)
    assert.deepEqual(await json('history', 'local.land/alice/spin'), history)
    assert.equal(await ok('eval', 'local.land/alice/spin', 'count'), '3\n')
    assert.equal((await ok('call', 'local.land/alice/spin.Spin', '2')).split('\n')[0], '5')
  })

  it('pulls a package by CID from a second node, with the packages it imports', async () => {
    const blog = await json('deps', BLOG)
    const other = await start(join(dir, 'repo2'), ['--bootstrap', daemon.ready.multiaddrs[0]])
    const r = await run(CLIENT_BIN, ['pull', blog.cid, '--api', other.ready.api, '--repo', join(dir, 'repo2'), '--timeout', '30s', '--json'], { env: cleanEnv() })
    assert.equal(r.code, 0, r.stderr)
    const pulled = JSON.parse(r.stdout.toString())
    assert.equal(pulled.cid, blog.cid)
    assert.equal(pulled.path, BLOG)
    assert.deepEqual(pulled.imports, blog.imports)
    // its manifest: blog.go's bytes and the imports are those of the genesis packages, which the second node has too
    assert.ok(pulled.fetched >= 1, `fetched ${pulled.fetched as number} blocks`)

    // the pulled library is usable there, by its content hash
    const avlCid = blog.imports['local.land/amigo/avl'] as string
    const user = await pkg('sorted', 'sorted.go', `package sorted\n\nimport avl "local.land/amigo/avl@${avlCid}"\n\nvar names avl.Tree[int]\n\n// Add counts a name.\nfunc Add(name string) int {\n\tn, _ := names.Get(name)\n\tnames.Set(name, n+1)\n\treturn n + 1\n}\n`)
    const repo2 = join(dir, 'repo2')
    const on2 = async (...args: string[]): Promise<Result> => {
      const r = await run(CLIENT_BIN, [...args, '--api', other.ready.api, '--repo', repo2], { env: cleanEnv() })
      return { code: r.code, stdout: r.stdout.toString(), stderr: r.stderr }
    }
    const pushed = await on2('push', user, 'local.land/bob/sorted')
    assert.equal(pushed.code, 0, pushed.stderr)
    assert.equal((await on2('call', 'local.land/bob/sorted.Add', '"x"')).stdout.split('\n')[0], '1')
    assert.equal((await on2('call', 'local.land/bob/sorted.Add', '"x"')).stdout.split('\n')[0], '2')

    // a CID nobody has: not found, within the timeout
    const missing = await run(CLIENT_BIN, ['pull', 'bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy', '--api', other.ready.api, '--repo', repo2, '--timeout', '2s'], { env: cleanEnv() })
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /ERR_NOT_FOUND/)
    await stop(other)
  })
})
