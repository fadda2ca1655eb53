// The explorer's pages over plain HTTP on a real node (what a reader without a browser, or with
// JavaScript off, gets): status codes, headers, the genesis packages, paging, and that the API's
// own answers are unchanged.
import { strict as assert } from 'node:assert'
import { startExplorerNode } from './explorer-node.ts'
import type { ExplorerNode } from './explorer-node.ts'

const MANY = 'local.land/me/many'
const MANY_FILES = [{
  name: 'many.go',
  text: `// Package many holds a large map.
package many

var (
	byID  = map[int]string{}
	calls int
)

// Fill adds n entries to the map.
func Fill(n int) {
	for i := 0; i < n; i++ {
		byID[len(byID)] = "entry"
	}
}

// Touch counts a call.
func Touch() int {
	calls++
	return calls
}
`
}]

describe('explorer pages over HTTP', function () {
  this.timeout(120_000)
  let n: ExplorerNode
  const get = async (path: string): Promise<{ status: number, type: string, csp: string, body: string }> => {
    const r = await fetch(n.url + path)
    return { status: r.status, type: r.headers.get('content-type') ?? '', csp: r.headers.get('content-security-policy') ?? '', body: await r.text() }
  }

  before(async () => {
    n = await startExplorerNode()
    await n.push(MANY_FILES, MANY)
    assert.equal((await n.call(MANY, 'Fill', '120')).ok, true)
    for (let i = 0; i < 55; i++) assert.equal((await n.call(MANY, 'Touch')).ok, true)
  })
  after(async () => { await n?.stop() })

  it('serves the home page at / as HTML with no script allowed, listing the genesis packages of a fresh repo', async () => {
    const r = await get('/')
    assert.equal(r.status, 200)
    assert.equal(r.type, 'text/html; charset=utf-8')
    assert.match(r.csp, /default-src 'none'/)
    assert.ok(!r.body.includes('<script'))
    for (const name of ['avl', 'comments', 'blog', 'counter', 'names', 'ledger', 'token', 'gold', 'dex']) {
      assert.ok(r.body.includes(`href="/local.land/amigo/${name}"`), name)
    }
    const css = await fetch(n.url + '/_/style.css')
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8')
  })

  it('searches by path, doc comment and function signature', async () => {
    const byDoc = (await get('/?q=constant-product')).body
    assert.ok(byDoc.includes('href="/local.land/amigo/dex"'))
    assert.ok(!byDoc.includes('href="/local.land/amigo/avl"'))
    const byFunc = (await get('/?q=Fill%28n')).body
    assert.ok(byFunc.includes(`href="/${MANY}"`))
    assert.ok(!byFunc.includes('href="/local.land/amigo/dex"'))
    assert.match((await get('/?q=%3Cscript%3E')).body, /value="&lt;script&gt;"/)
  })

  it('pages a long history, newest first, with the gas of each call', async () => {
    const first = (await get(`/${MANY}$history`)).body
    assert.equal([...first.matchAll(/<tr class="call">/g)].length, 50)
    assert.match(first, /\$state\?at=56">56<\/a>/)
    assert.match(first, /rel="next"/)
    const second = (await get(`/${MANY}$history?page=2`)).body
    // 57 states: 56 calls and the deployment
    assert.equal([...second.matchAll(/<tr/g)].length - 1, 7)
    assert.match(second, />deploy</)
    assert.ok(!second.includes('rel="next"'))
  })

  it('shows a large map a page at a time, entries linked to their own views', async () => {
    const all = (await get(`/${MANY}$state`)).body
    assert.match(all, /byID<\/a> <span class="type mono">map\[int\]string<\/span>/)
    const map = (await get(`/${MANY}$state?sel=byID`)).body
    assert.match(map, /len 120, the first 100 shown/)
    assert.equal([...map.matchAll(/sel=byID%5B\d+%5D/g)].length, 50)
    assert.match(map, /page 1 of 2/)
    const page2 = (await get(`/${MANY}$state?sel=byID&page=2`)).body
    assert.match(page2, /sel=byID%5B99%5D/)
    const entry = await get(`/${MANY}$state?sel=${encodeURIComponent('byID[7]')}`)
    assert.equal(entry.status, 200)
    assert.match(entry.body, /<span class="type">string<\/span>/)
    // a view read once is kept for its head; a new call makes a new head, and the page shows it
    assert.match((await get(`/${MANY}$state?sel=calls`)).body, /calls <span class="type">int<\/span><\/h2><span class="mono">55<\/span>/)
    assert.equal((await n.call(MANY, 'Touch')).ok, true)
    assert.match((await get(`/${MANY}$state?sel=calls`)).body, /calls <span class="type">int<\/span><\/h2><span class="mono">56<\/span>/)
    // an old state, by its history index
    assert.match((await get(`/${MANY}$state?at=1`)).body, /calls<\/a> <span class="type mono">int<\/span> = <span class="mono">0<\/span>/)
  })

  it('runs a service\'s Render with the gas of an open query: one that never ends shows its error', async () => {
    await n.push([{ name: 'spin.go', text: '// Package spin renders forever.\npackage spin\n\nvar n int\n\n// Render never returns.\nfunc Render(path string) string {\n\tfor {\n\t\tn++\n\t}\n}\n' }], 'local.land/me/spin')
    const r = await get('/local.land/me/spin')
    assert.equal(r.status, 200)
    assert.match(r.body, /Render\(&quot;&quot;\) failed: .*gas/)
    assert.equal((await get('/')).status, 200)
  })

  it('answers what is not there with an HTML 404 and bad parameters with a 400, never a stack trace', async () => {
    const missing = await get('/local.land/nobody/here')
    assert.equal(missing.status, 404)
    assert.match(missing.body, /nothing is deployed at local\.land\/nobody\/here/)
    const bad = await get(`/${MANY}$history?page=0`)
    assert.equal(bad.status, 400)
    assert.match(bad.body, /\?page= must be an integer of at least 1/)
    const badSel = await get(`/${MANY}$state?sel=${encodeURIComponent('byID[')}`)
    assert.equal(badSel.status, 400)
    const lib = await get('/local.land/amigo/avl$state')
    assert.equal(lib.status, 404)
    for (const r of [missing, bad, badSel, lib]) assert.ok(!/at .*\.ts:\d+/.test(r.body), r.body)
  })

  it('leaves the API alone: its endpoints and its JSON errors are what they were', async () => {
    const status = await fetch(n.url + '/api/v1/status')
    assert.equal(status.status, 200)
    assert.equal(typeof (await status.json() as { peerId: unknown }).peerId, 'string')
    const none = await fetch(n.url + '/api/v1/nothing')
    assert.equal(none.status, 404)
    assert.equal((await none.json() as { error: { code: string } }).error.code, 'ERR_NO_ROUTE')
    const other = await fetch(n.url + '/favicon.ico')
    assert.equal((await other.json() as { error: { code: string } }).error.code, 'ERR_NO_ROUTE')
    const post = await fetch(n.url + '/', { method: 'POST' })
    assert.equal((await post.json() as { error: { code: string } }).error.code, 'ERR_NO_ROUTE')
  })
})

describe('explorer call forms: the node signs only for its own page', function () {
  this.timeout(120_000)
  let n: ExplorerNode
  const COUNTER = 'local.land/me/counter'

  /** a raw POST with the headers a browser (or an attacker's page) would send */
  async function post (path: string, headers: Record<string, string>, body: string): Promise<{ status: number, body: string }> {
    const { request } = await import('node:http')
    const u = new URL(n.url)
    return await new Promise((resolve, reject) => {
      const req = request({ host: u.hostname, port: u.port, method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), ...headers } }, res => {
        let text = ''
        res.on('data', d => { text += String(d) })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      })
      req.once('error', reject)
      req.end(body)
    })
  }
  const count = async (): Promise<string> => (await n.api.eval(COUNTER, 'Get()')).value

  before(async () => {
    n = await startExplorerNode()
    await n.pushDir(new URL('../../bootstrap/packages/counter/', import.meta.url).pathname, COUNTER)
  })
  after(async () => { await n?.stop() })

  it('shows the call forms to the owner\'s session only, and runs a call a form of the page posts', async () => {
    const { name, value } = await n.session()
    const cookie = `${name}=${value}`
    const anonymous = await (await fetch(`${n.url}/${COUNTER}`)).text()
    assert.ok(!anonymous.includes('<form class="call"'))
    assert.match(anonymous, /need the same-origin session/)
    const page = await (await fetch(`${n.url}/${COUNTER}`, { headers: { cookie } })).text()
    assert.match(page, /<form class="call" method="post" action="\/local\.land\/me\/counter\$call" data-func="Add">/)
    assert.ok(page.includes(`<option value="alice">alice (${n.key.address})</option>`))
    assert.ok(!page.includes('data-func="Render"'))
    const host = new URL(n.url).host
    const r = await post(`/${COUNTER}$call`, { host, origin: n.url, 'sec-fetch-site': 'same-origin', cookie }, 'func=Add&arg=5&key=alice')
    assert.equal(r.status, 200, r.body)
    assert.match(r.body, /id="outcome">ok</)
    assert.match(r.body, /id="results">5</)
    assert.equal(await count(), '5')
  })

  it('refuses a call without the owner\'s session, from another site, through a rebound host name, or not a form, and changes nothing', async () => {
    const { name, value } = await n.session()
    const cookie = `${name}=${value}`
    const host = new URL(n.url).host
    const port = new URL(n.url).port
    const before = await count()
    const tries: Array<{ headers: Record<string, string>, status: number, why: RegExp }> = [
      // the API's guard, before any page: a foreign Origin, a rebound Host, a cross-site fetch
      { headers: { host, origin: 'http://evil.example', cookie }, status: 403, why: /ERR_FORBIDDEN_ORIGIN/ },
      { headers: { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, cookie }, status: 421, why: /ERR_BAD_HOST/ },
      { headers: { host, origin: n.url, 'sec-fetch-site': 'cross-site', cookie }, status: 403, why: /ERR_FORBIDDEN_ORIGIN/ },
      // the page: no session (another local user), a session without Origin (not a page's form)
      { headers: { host, origin: n.url }, status: 401, why: /needs the owner&#39;s session/ },
      { headers: { host, cookie }, status: 401, why: /needs the owner&#39;s session/ },
      // the owner's token outside a browser is no form of the page either
      { headers: { host, authorization: `Bearer ${n.token}` }, status: 403, why: /has no Origin/ }
    ]
    for (const t of tries) {
      const r = await post(`/${COUNTER}$call`, t.headers, 'func=Add&arg=100&key=alice')
      assert.equal(r.status, t.status, JSON.stringify(t.headers) + r.body)
      assert.match(r.body, t.why)
    }
    const json = await post(`/${COUNTER}$call`, { host, origin: n.url, cookie, 'content-type': 'application/json' }, '{"func":"Add"}')
    assert.equal(json.status, 415)
    const unknown = await post(`/${COUNTER}$call`, { host, origin: n.url, cookie }, 'func=add&arg=1&key=alice')
    assert.equal(unknown.status, 400)
    const noKey = await post(`/${COUNTER}$call`, { host, origin: n.url, cookie }, 'func=Add&arg=1&key=nobody')
    assert.equal(noKey.status, 400)
    const onLibrary = await post('/local.land/amigo/avl$call', { host, origin: n.url, cookie }, 'func=Add&arg=1&key=alice')
    assert.equal(onLibrary.status, 405)
    assert.equal(await count(), before)
  })
})
