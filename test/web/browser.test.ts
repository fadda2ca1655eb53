/**
 * The explorer in a real browser: headless Chromium (Debian's, driven by puppeteer-core) on a node
 * started in-process. Push a blog, open the home page, open the blog, follow a post link, submit
 * a comment through the function form, read the history, the source and the state; a hostile service's page runs nothing; and the pages
 * read the same with JavaScript off. Screenshots of each page go to test-output/explorer/.
 */
import { strict as assert } from 'node:assert'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'
import type { Browser, Page } from 'puppeteer-core'
import { startExplorerNode, PACKAGES } from './explorer-node.ts'
import type { ExplorerNode } from './explorer-node.ts'
import { XSS_FILES, XSS_PATH } from './xss-service.ts'

const CHROMIUM = '/usr/bin/chromium'
/** an element as the page shows it (the project compiles without the DOM's types) */
interface Shown { innerText: string }
const SHOTS = new URL('../../test-output/explorer/', import.meta.url).pathname
const BLOG = 'local.land/me/blog'

describe('the explorer in headless Chromium', function () {
  this.timeout(180_000)
  let n: ExplorerNode
  let browser: Browser
  let profile: string
  let page: Page
  const dialogs: string[] = []

  async function shot (p: Page, name: string): Promise<void> {
    await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
  }
  async function follow (p: Page, selector: string): Promise<void> {
    await Promise.all([p.waitForNavigation({ waitUntil: 'load' }), p.click(selector)])
  }
  const mainText = async (p: Page): Promise<string> => await p.$eval('main', m => (m as unknown as Shown).innerText)

  before(async () => {
    await mkdir(SHOTS, { recursive: true })
    n = await startExplorerNode()
    await n.pushDir(join(PACKAGES, 'blog'), BLOG)
    assert.equal((await n.call(BLOG, 'AddPost', '"Hello"', '"First *post*: see [the list](../)."')).ok, true)
    assert.equal((await n.call(BLOG, 'AddPost', '"Second"', '"Another one."')).ok, true)
    assert.equal((await n.call(BLOG, 'Comment', '1', '"nice"')).ok, true)
    await n.push(XSS_FILES, XSS_PATH)
    profile = await mkdtemp(join(tmpdir(), 'amigo-chromium-'))
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 60_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`]
    })
    page = await browser.newPage()
    await page.setViewport({ width: 1100, height: 800 })
    page.on('dialog', d => { dialogs.push(d.message()); void d.dismiss() })
  })
  after(async () => {
    await browser?.close()
    await n?.stop()
    if (profile !== undefined) await rm(profile, { recursive: true, force: true })
  })

  it('opens the home page: lands, height, peers, every service with its kind and doc, a search box', async () => {
    const res = await page.goto(n.url + '/', { waitUntil: 'load' })
    assert.equal(res?.status(), 200)
    const text = await mainText(page)
    assert.match(text, /local\.land\s+\d+\s+\d+/)
    assert.match(text, /0 peers/)
    for (const p of ['local.land/amigo/avl', 'local.land/amigo/comments', 'local.land/amigo/blog', BLOG, XSS_PATH]) assert.ok(text.includes(p), `${p} on the home page`)
    assert.match(text, /local\.land\/amigo\/avl\s+library\s+Package avl is an ordered map/)
    assert.match(text, /local\.land\/me\/blog\s+service\s+Package blog is a blog service/)
    await shot(page, '1-home')

    // the search box is a plain form: it works without any script of the page
    await page.type('input[name=q]', 'comment service')
    await Promise.all([page.waitForNavigation(), page.click('form.search button')])
    const found = await page.$$eval('table.services a', as => as.map(a => a.textContent))
    assert.ok(found.includes('local.land/amigo/comments'), found.join(' '))
    assert.ok(!found.includes('local.land/amigo/avl'), found.join(' '))
    await shot(page, '2-search')
  })

  it('opens the blog from the home page and follows a post link to its render path', async () => {
    await page.goto(n.url + '/', { waitUntil: 'load' })
    await follow(page, `table.services a[href="/${BLOG}"]`)
    assert.equal(new URL(page.url()).pathname, `/${BLOG}`)
    assert.equal(await page.$eval('article.markdown h1', h => h.textContent), 'Blog')
    assert.ok((await mainText(page)).includes('func AddPost(title string, body string) int'))
    await shot(page, '3-blog')

    await follow(page, 'article.markdown a[href$=":post/1"]')
    assert.equal(decodeURIComponent(new URL(page.url()).pathname), `/${BLOG}:post/1`)
    const post = await page.$eval('article.markdown', a => (a as unknown as Shown).innerText)
    assert.match(post, /^Hello/)
    assert.match(post, /First post: see the list\./)
    assert.match(post, /1 comment/)
    assert.match(post, /nice/)
    await shot(page, '4-post')

    // the post's relative link `../` leads back to the list
    await follow(page, 'article.markdown a[href="/local.land/me/blog"]')
    assert.equal(await page.$eval('article.markdown h1', h => h.textContent), 'Blog')
  })

  it('submits a comment through the function form, signed with the repo key picked, and shows the receipt', async () => {
    // the forms are the owner's: shown only with the session the login link of `amigo open` sets
    await page.goto(`${n.url}/${BLOG}`, { waitUntil: 'load' })
    assert.equal((await page.$$('form.call')).length, 0)
    const { code } = await n.api.sessionCode()
    const login = await page.goto(`${n.url}/login?code=${code}&next=/${BLOG}`, { waitUntil: 'load' })
    assert.equal(login?.status(), 200)
    assert.equal(new URL(page.url()).pathname, `/${BLOG}`)
    assert.ok((await page.$$('form.call')).length > 0, 'the login link gave the browser the session')
    // the link works once: a second visit is refused, and the session it set stays
    assert.equal((await page.goto(`${n.url}/login?code=${code}&next=/${BLOG}`, { waitUntil: 'load' }))?.status(), 401)
    await shot(page, '5-login-refused')
    await page.goto(`${n.url}/${BLOG}`, { waitUntil: 'load' })
    const form = 'form.call[data-func="Comment"]'
    await page.type(`${form} input[aria-label^="Comment id "]`, '2')
    await page.type(`${form} input[aria-label^="Comment body "]`, '"Sent from the page."')
    await page.select(`${form} select[name=key]`, 'alice')
    await shot(page, '5-call-form')
    await follow(page, `${form} button`)
    assert.equal(await page.$eval('#outcome', e => e.textContent), 'ok')
    // the comments service numbers the blog's comments across its threads: "nice" was 1
    assert.equal(await page.$eval('#results', e => e.textContent), '2')
    assert.match(await mainText(page), /Commented owner="local\.land\/me\/blog" thread="post-2" id="2"/)
    await shot(page, '5-call-receipt')

    await page.goto(`${n.url}/${BLOG}:post/2`, { waitUntil: 'load' })
    assert.match(await page.$eval('article.markdown', a => (a as unknown as Shown).innerText), /Sent from the page\./)

    // a call that panics shows its error, and changes nothing
    await page.goto(`${n.url}/${BLOG}`, { waitUntil: 'load' })
    await page.type(`${form} input[aria-label^="Comment id "]`, '99')
    await page.type(`${form} input[aria-label^="Comment body "]`, '"lost"')
    await follow(page, `${form} button`)
    assert.match(await page.$eval('#outcome', e => e.textContent ?? ''), /^failed: ERR_PANIC .*no post 99/)
  })

  it('shows the history (height, caller, call, gas, events), the source with CIDs, and the state', async () => {
    await page.goto(`${n.url}/${BLOG}`, { waitUntil: 'load' })
    await follow(page, 'nav.tabs a[href$="$history"]')
    const rows = await page.$$eval('table.history tbody tr', trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => (td as unknown as Shown).innerText)))
    assert.equal(rows.length, 5, JSON.stringify(rows))
    assert.deepEqual(rows.map(r => r[0]), ['4', '3', '2', '1', '0'])
    assert.match(rows[0][3], /^Comment\(2, "Sent from the page\."\)$/)
    assert.match(rows[1][3], /^Comment\(1, "nice"\)$/)
    assert.equal(rows[1][2], n.key.address)
    assert.ok(Number(rows[1][4]) > 0, `gas ${rows[1][4]}`)
    assert.match(rows[1][5], /Commented owner="local\.land\/me\/blog" thread="post-1" id="1"/)
    assert.match(rows[3][3], /^AddPost\("Hello", /)
    assert.match(rows[3][5], /PostAdded id="1"/)
    assert.match(rows[4][2], /deploy/)
    await shot(page, '6-history')

    await follow(page, 'nav.tabs a[href$="$source"]')
    const source = await mainText(page)
    assert.match(source, /blog\.go bafk\w+/)
    assert.match(source, /func AddPost\(title, body string\) int \{/)
    await follow(page, 'ul.imports a[href*="local.land/amigo/comments$source"]')
    assert.match(await mainText(page), /comments\.go bafk\w+/)
    await shot(page, '7-source')

    await page.goto(`${n.url}/${BLOG}$state`, { waitUntil: 'load' })
    const state = await mainText(page)
    assert.match(state, /lastID int = 2/)
    assert.match(state, /posts avl\.Tree\[\*blog\.Post\]/)
    assert.match(state, /owner string = "12D3KooW\w+"/)
    await shot(page, '8-state')
  })

  it('shows a hostile service\'s script, <img onerror>, javascript: links and entities as text, and runs nothing', async () => {
    const before = dialogs.length
    const res = await page.goto(`${n.url}/${XSS_PATH}`, { waitUntil: 'load' })
    assert.equal(res?.status(), 200)
    assert.match(res?.headers()['content-security-policy'] ?? '', /default-src 'none'/)
    const article = await page.$eval('article.markdown', a => ({
      text: (a as unknown as Shown).innerText,
      scripts: a.querySelectorAll('script').length,
      imgs: a.querySelectorAll('img').length,
      bold: a.querySelectorAll('b').length,
      hrefs: [...a.querySelectorAll('a')].map(x => x.getAttribute('href')),
      handlers: [...a.querySelectorAll('*')].flatMap(e => [...e.attributes].map(at => at.name)).filter(name => name.startsWith('on'))
    }))
    assert.deepEqual([article.scripts, article.imgs, article.bold, article.handlers], [0, 0, 0, []])
    assert.deepEqual(article.hrefs, [`/${XSS_PATH}:other/page`])
    assert.ok(article.text.includes("<script>window.__xss = 1; alert('script')</script>"), article.text)
    assert.ok(article.text.includes('<img src=x onerror="window.__xss = 2; alert(\'img\')">'), article.text)
    assert.ok(article.text.includes("[click me](javascript:window.__xss=3;alert('link'))"), article.text)
    assert.ok(article.text.includes('<script>window.__xss = 6</script> <b>not bold</b>'), article.text)
    assert.ok(article.text.includes('<a href="javascript:alert(7)">raw link</a>'), article.text)
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss), undefined)
    assert.equal(await page.$$eval('script', s => s.length), 0)
    await shot(page, '9-xss')
    assert.equal(dialogs.length, before, `dialogs opened: ${dialogs.join(', ')}`)
  })

  it('reads the same with JavaScript off', async () => {
    const off = await browser.newPage()
    try {
      await off.setJavaScriptEnabled(false)
      await off.setViewport({ width: 1100, height: 800 })
      await off.goto(n.url + '/', { waitUntil: 'load' })
      assert.ok((await off.content()).includes(`href="/${BLOG}"`))
      await follow(off, `table.services a[href="/${BLOG}"]`)
      await follow(off, 'article.markdown a[href$=":post/1"]')
      const html = await off.content()
      assert.match(html, /<h1>Hello<\/h1>/)
      assert.match(html, /nice/)
      await shot(off, '10-post-without-javascript')
      await follow(off, 'nav.tabs a[href$="$history"]')
      assert.match(await off.content(), /Comment\(1, "nice"\)/)
    } finally {
      await off.close()
    }
  })
})
