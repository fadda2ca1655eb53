// `amigo open` and the explorer's /login (protocols/explorer.md, "Login"): a one-time code from the
// token-protected POST /api/v1/session/code becomes the owner's session cookie, once, and the
// browser goes only to a path of the node.
import { strict as assert } from 'node:assert'
import { request } from 'node:http'
import { execFile } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile, readFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ComponentLogger, Logger } from '@libp2p/interface'
import { createApi, LOGIN_CODE_TTL_MS } from '../../src/api/index.ts'
import type { Network } from '../../src/net/index.ts'
import { createExplorer, loginTarget } from '../../src/web/index.ts'
import { startExplorerNode } from './explorer-node.ts'
import type { ExplorerNode } from './explorer-node.ts'
import { TEST_TOKEN } from '../api/helpers.ts'

const COUNTER = 'local.land/me/counter'
const CLI = new URL('./amigo-cli.ts', import.meta.url).pathname

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, body: string }

/** A raw request to `base` (every header as given, the node's Host unless one is). */
async function raw (base: string, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<Answer> {
  const u = new URL(base)
  return await new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers: { ...(body !== '' ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers } }, res => {
      let text = ''
      res.on('data', d => { text += String(d) })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
    })
    req.once('error', reject)
    req.end(body)
  })
}

/** `name=value` of the answer's Set-Cookie, or undefined. */
function cookieOf (a: Answer): string | undefined {
  const set = a.headers['set-cookie']
  return set === undefined ? undefined : set[0].split(';')[0]
}

/** `amigo ARGS…` from the sources, talking to the node at `api` with its token. */
async function amigo (args: string[], env: Record<string, string>): Promise<{ code: number, stdout: string, stderr: string }> {
  const base: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AMIGO_') && k !== 'DEBUG') base[k] = v
  return await new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...base, ...env } }, (err, stdout, stderr) => {
      if (err !== null && typeof err.code !== 'number') { reject(err); return }
      resolve({ code: err === null ? 0 : err.code as number, stdout, stderr })
    })
  })
}

describe('amigo open and the explorer\'s /login', function () {
  this.timeout(120_000)
  let n: ExplorerNode
  let dir: string
  const newCode = async (): Promise<string> => {
    const r = await raw(n.url, 'POST', '/api/v1/session/code', { authorization: `Bearer ${n.token}` })
    assert.equal(r.status, 200, r.body)
    const { code, expiresInMs } = JSON.parse(r.body)
    assert.equal(expiresInMs, LOGIN_CODE_TTL_MS)
    return code
  }
  const cli = async (...args: string[]): Promise<{ code: number, stdout: string, stderr: string }> =>
    await amigo(args, { AMIGO_API: new URL(n.url).host, AMIGO_API_TOKEN: n.token, AMIGO_PATH: join(dir, 'repo') })

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-login-'))
    n = await startExplorerNode()
    await n.pushDir(new URL('../../bootstrap/packages/counter/', import.meta.url).pathname, COUNTER)
  })
  after(async () => {
    await n?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('gives a login code only to the token\'s holder', async () => {
    const none = await raw(n.url, 'POST', '/api/v1/session/code')
    assert.equal(none.status, 401)
    assert.equal(JSON.parse(none.body).error.code, 'ERR_UNAUTHORIZED')
    const wrong = await raw(n.url, 'POST', '/api/v1/session/code', { authorization: 'Bearer ' + 'x'.repeat(43) })
    assert.equal(wrong.status, 401)
    assert.equal(cookieOf(wrong), undefined)
    // the session cookie is not the token: it cannot ask for codes from a page
    const { name, value } = await n.session()
    const fromPage = await raw(n.url, 'POST', '/api/v1/session/code', { cookie: `${name}=${value}`, origin: 'http://evil.example' })
    assert.equal(fromPage.status, 403)
    const get = await raw(n.url, 'GET', '/api/v1/session/code', { authorization: `Bearer ${n.token}` })
    assert.equal(get.status, 405)
  })

  it('trades a code for the owner\'s session cookie once, and redirects to next', async () => {
    const code = await newCode()
    // a HEAD (a link preview) does not spend it
    const head = await raw(n.url, 'HEAD', `/login?code=${code}`)
    assert.equal(cookieOf(head), undefined)
    const first = await raw(n.url, 'GET', `/login?code=${code}&next=/${COUNTER}`)
    assert.equal(first.status, 303, first.body)
    assert.equal(first.headers.location, `/${COUNTER}`)
    const { name, value } = await n.session()
    assert.equal(cookieOf(first), `${name}=${value}`)
    assert.match(String(first.headers['set-cookie']), /HttpOnly; SameSite=Strict/)
    assert.equal(first.headers['referrer-policy'], 'no-referrer')
    const second = await raw(n.url, 'GET', `/login?code=${code}&next=/${COUNTER}`)
    assert.equal(second.status, 401)
    assert.equal(cookieOf(second), undefined)
    assert.match(second.body, /unknown, already used or expired/)
    assert.match(second.body, /amigo open/)
  })

  it('refuses an unknown code and a link without one, with no cookie', async () => {
    for (const path of ['/login?code=notACode&next=/', '/login', '/login?code=', `/login?code=${'A'.repeat(32)}`]) {
      const r = await raw(n.url, 'GET', path)
      assert.equal(r.status, 401, path)
      assert.equal(cookieOf(r), undefined, path)
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8')
      assert.match(r.body, /Login refused/)
    }
  })

  it('sends the browser to / for a next that would leave the node (open redirects)', async () => {
    for (const next of ['//evil.example', 'http://evil', '/\\evil', 'https://evil.example/x', '/\t/evil.example', '/./..//evil', '\\\\evil', 'javascript:alert(1)', '']) {
      const r = await raw(n.url, 'GET', `/login?code=${await newCode()}&next=${encodeURIComponent(next)}`)
      assert.equal(r.status, 303, next)
      assert.equal(r.headers.location, '/', next)
      assert.ok(cookieOf(r) !== undefined, next)
    }
    assert.equal(loginTarget('/local.land/me/blog:post/1'), '/local.land/me/blog:post/1')
    assert.equal(loginTarget('/local.land/me/many$history?page=2'), '/local.land/me/many$history?page=2')
    assert.equal(loginTarget('/a/../b'), '/b')
    assert.equal(loginTarget('/a b'), '/')
    // an escaped backslash stays escaped: a path of the node, never read as //
    assert.equal(loginTarget('/%5Cevil'), '/%5Cevil')
    assert.equal(loginTarget('/é'), '/%C3%A9')
    assert.equal(loginTarget(null), '/')
  })

  it('amigo open prints a link that, fetched, sets the session, which then lets a form of the page post', async () => {
    const r = await cli('open', COUNTER)
    assert.equal(r.code, 0, r.stderr)
    const url = r.stdout.trim()
    assert.equal(url.split('\n').length, 1)
    const link = new URL(url)
    assert.equal(link.origin, n.url)
    assert.equal(link.pathname, '/login')
    assert.equal(link.searchParams.get('next'), `/${COUNTER}`)
    assert.match(r.stderr, /works once, within 60 s/)
    const login = await raw(n.url, 'GET', link.pathname + link.search)
    assert.equal(login.status, 303)
    assert.equal(login.headers.location, `/${COUNTER}`)
    const cookie = cookieOf(login)!
    const page = await raw(n.url, 'GET', login.headers.location, { cookie })
    assert.match(page.body, /<form class="call" method="post" action="\/local\.land\/me\/counter\$call" data-func="Add">/)
    const before = (await n.api.eval(COUNTER, 'Get()')).value
    const post = await raw(n.url, 'POST', `/${COUNTER}$call`, { origin: n.url, 'sec-fetch-site': 'same-origin', cookie, 'content-type': 'application/x-www-form-urlencoded' }, 'func=Add&arg=7&key=alice')
    assert.equal(post.status, 200, post.body)
    assert.match(post.body, /id="outcome">ok</)
    assert.equal((await n.api.eval(COUNTER, 'Get()')).value, String(Number(before) + 7))
    // the same link a second time gives nothing
    const again = await raw(n.url, 'GET', link.pathname + link.search)
    assert.equal(again.status, 401)
  })

  it('amigo open --json gives {url, expiresInMs}; a path that is not the node\'s is a usage error; no token, a clear error', async () => {
    const j = await cli('open', '--json')
    assert.equal(j.code, 0, j.stderr)
    const out = JSON.parse(j.stdout)
    assert.deepEqual(Object.keys(out).sort(), ['expiresInMs', 'url'])
    assert.equal(out.expiresInMs, 60_000)
    assert.equal(new URL(out.url).searchParams.get('next'), '/')
    const bad = await cli('open', '//evil.example')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /PATH must be a path of the explorer/)
    const noToken = await amigo(['open'], { AMIGO_API: new URL(n.url).host, AMIGO_PATH: join(dir, 'repo') })
    assert.equal(noToken.code, 1)
    assert.match(noToken.stderr, /ERR_UNAUTHORIZED/)
    assert.ok(!noToken.stderr.includes('    at '), 'no stack')
  })

  it('amigo open --browser opens the link with xdg-open, and does not fail where there is none', async () => {
    const bin = join(dir, 'bin')
    const opened = join(dir, 'opened')
    await mkdir(bin)
    await writeFile(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`)
    await chmod(join(bin, 'xdg-open'), 0o755)
    const env = { AMIGO_API: new URL(n.url).host, AMIGO_API_TOKEN: n.token, AMIGO_PATH: join(dir, 'repo') }
    const r = await amigo(['open', '--browser'], { ...env, PATH: bin })
    assert.equal(r.code, 0, r.stderr)
    let seen = ''
    for (let i = 0; i < 200 && seen === ''; i++) {
      seen = await readFile(opened, 'utf8').catch(() => '')
      if (seen === '') await sleep(25)
    }
    assert.equal(seen, r.stdout.trim())
    const none = await amigo(['open', '--browser'], { ...env, PATH: join(dir, 'empty') })
    assert.equal(none.code, 0, none.stderr)
    assert.match(none.stderr, /no xdg-open here/)
    assert.match(none.stdout, /\/login\?code=/)
  })
})

describe('an expired login code', function () {
  it('is refused with a 401 page and no cookie (the codes\' clock moved past 60 s)', async () => {
    let t = 5_000
    const logger: ComponentLogger = { forComponent: () => Object.assign((() => {}) as unknown as Logger, { error: () => {}, trace: () => {}, enabled: false, newScope: () => logger.forComponent('') }) }
    const pages = createExplorer({ peers: () => 0, block: async () => { throw new Error('no blocks') }, version: 'test' })
    const api = createApi({ network: {} as unknown as Network, host: '127.0.0.1', port: 0, limits: { maxBlockBytes: 1024, maxRequestBytes: 1024, fetchTimeoutMs: 1000 }, version: 'test', token: TEST_TOKEN, logger, pages, now: () => t })
    await api.start()
    try {
      const code = async (): Promise<string> => JSON.parse((await raw(api.url, 'POST', '/api/v1/session/code', { authorization: `Bearer ${TEST_TOKEN}` })).body).code
      const fresh = await code()
      const stale = await code()
      t += LOGIN_CODE_TTL_MS - 1
      assert.equal((await raw(api.url, 'GET', `/login?code=${fresh}`)).status, 303)
      t += 1
      const r = await raw(api.url, 'GET', `/login?code=${stale}`)
      assert.equal(r.status, 401)
      assert.equal(cookieOf(r), undefined)
      assert.match(r.body, /expired/)
    } finally {
      await api.stop()
    }
  })
})
