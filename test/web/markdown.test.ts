// The explorer's Markdown rules: a service's Markdown cannot put markup, script or a dangerous link
// on the page, and relative links navigate the service's render paths.
import { strict as assert } from 'node:assert'
import { renderMarkdown, linkTarget } from '../../src/web/index.ts'

const BLOG = { path: 'local.land/me/blog', subpath: '' }
const POST = { path: 'local.land/me/blog', subpath: 'post/1' }

/** every tag name the HTML opens */
function tags (html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map(m => m[1].toLowerCase())
}
/** every attribute name in the HTML's tags */
function attributes (html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap(t => [...t[0].matchAll(/\s([a-zA-Z-]+)=/g)].map(m => m[1].toLowerCase()))
}
function hrefs (html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map(m => m[1])
}

describe('explorer Markdown', () => {
  it('shows raw HTML as text: <script>, <img onerror>, <iframe>, event handlers', () => {
    const md = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nhi <b onclick="alert(3)">bold</b> <iframe src="https://example.com"></iframe>\n'
    const html = renderMarkdown(md, BLOG)
    assert.deepEqual(tags(html).filter(t => t !== 'p'), [])
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html)
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'), html)
    assert.deepEqual(attributes(html), [])
  })

  it('shows HTML entities as the characters they name, as text', () => {
    const html = renderMarkdown('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#60;b&#62;', BLOG)
    assert.deepEqual(tags(html), ['p'])
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html)
    assert.ok(html.includes('&amp;lt;'), html)
    assert.ok(html.includes('&lt;b&gt;'), html)
  })

  it('makes no link of javascript:, data:, vbscript:, file:, protocol-relative or backslash URLs: the Markdown stays text', () => {
    const bad = [
      '[a](javascript:alert(1))', '[a](JaVaScRiPt:alert(1))', '[a](jav&#x09;ascript:alert(1))', '[a](&#106;avascript:alert(1))',
      '<javascript:alert(1)>', '[a](data:text/html,<script>alert(1)</script>)', '[a](vbscript:msgbox(1))', '[a](file:///etc/passwd)',
      '[a](//evil.example/x)', '[a]: javascript:alert(1)\n\n[a]', '[a](mailto:x@example.com)'
    ]
    for (const md of bad) {
      const html = renderMarkdown(md, BLOG)
      assert.deepEqual(hrefs(html), [], `${md} → ${html}`)
      assert.ok(!/javascript:|vbscript:/i.test(hrefs(html).join(' ')), html)
    }
    assert.ok(renderMarkdown('[a](javascript:alert(1))', BLOG).includes('[a](javascript:alert(1))'))
    // a backslash, which browsers read as a slash (`/\\host` is `//host`): refused, or percent-encoded into a path of this origin
    assert.equal(linkTarget('/\\evil.example/x', BLOG), undefined)
    for (const h of hrefs(renderMarkdown('[a](/\\evil.example/x) [b](\\\\evil.example)', BLOG))) assert.ok(h.startsWith('/') && !h.startsWith('//') && !h.includes('\\'), h)
  })

  it('draws no images: a page fetches nothing a service names', () => {
    const html = renderMarkdown('![pixel](https://tracker.example/p.png) ![x](javascript:alert(1))', BLOG)
    assert.ok(!tags(html).includes('img'), html)
  })

  it('keeps an attribute from being broken out of', () => {
    const html = renderMarkdown('[a](https://example.com/"onmouseover="alert(1)) [b](<post/1" onclick="x>)', BLOG)
    assert.ok(!attributes(html).some(a => a.startsWith('on')), html)
  })

  it('resolves relative links to render paths of the service, as a browser resolves URLs', () => {
    assert.equal(linkTarget('post/1', BLOG), '/local.land/me/blog:post/1')
    assert.equal(linkTarget('./post/2', BLOG), '/local.land/me/blog:post/2')
    assert.equal(linkTarget('2', POST), '/local.land/me/blog:post/2')
    assert.equal(linkTarget('../', POST), '/local.land/me/blog')
    assert.equal(linkTarget('../../../x', POST), '/local.land/me/blog:x')
    assert.equal(linkTarget('tag/go lang', BLOG), '/local.land/me/blog:tag/go%20lang')
    assert.deepEqual(hrefs(renderMarkdown('- [Hello](post/1)', BLOG)), ['/local.land/me/blog:post/1'])
  })

  it('keeps http(s) links (no referrer, no opener), the explorer\'s own paths and anchors', () => {
    assert.equal(linkTarget('https://example.com/a?b=1', BLOG), 'https://example.com/a?b=1')
    assert.equal(linkTarget('/local.land/amigo/counter', BLOG), '/local.land/amigo/counter')
    assert.equal(linkTarget('/local.land/me/blog:post/3', BLOG), '/local.land/me/blog:post/3')
    assert.equal(linkTarget('#comments', BLOG), '#comments')
    const html = renderMarkdown('[site](https://example.com/)', BLOG)
    assert.match(html, /<a href="https:\/\/example\.com\/" rel="nofollow noopener noreferrer">site<\/a>/)
  })
})
