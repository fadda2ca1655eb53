/**
 * A service's Render(path) Markdown as HTML. The Markdown is untrusted (any service writes it), so:
 * markdown-it with raw HTML off (`<script>` and `<img onerror>` stay text), no images (a page must
 * not make the browser fetch what a service names), and links only to http(s) URLs, to the
 * explorer's own absolute paths and to relative paths, which navigate the service's render paths
 * (`post/1` on `/local.land/me/blog` goes to `/local.land/me/blog:post/1`, as gnoweb does). Any
 * other link (`javascript:`, `data:`, `vbscript:`, protocol-relative `//host`) is not a link: its
 * Markdown shows as text. External links open with no referrer and no opener.
 */
import MarkdownIt from 'markdown-it'
import { pathHref } from './escape.ts'

/** Where a link in a service's Markdown leads, or undefined when it may not be a link. */
export function linkTarget (href: string, base: { path: string, subpath: string }): string | undefined {
  const url = href.trim()
  // backslashes and control characters are how browsers get tricked into another host or scheme
  if (url === '' || url.includes('\\') || [...url].some(c => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return undefined
  if (/^https?:\/\/[^/]/i.test(url)) return url
  if (url.startsWith('#')) return url
  if (url.startsWith('/')) return url.startsWith('//') ? undefined : url
  // anything with a scheme (`javascript:`, `mailto:`, `data:`) before its first / ? or #
  if (/^[^/?#]*:/.test(url)) return undefined
  // a relative path: resolved against the page's render path, like a browser resolves against a URL
  const resolved = new URL(url, 'http://render.invalid/' + base.subpath)
  let subpath: string
  try {
    subpath = decodeURIComponent(resolved.pathname.slice(1))
  } catch {
    return undefined // a malformed %-escape
  }
  return pathHref('/' + base.path) + (subpath === '' ? '' : ':' + pathHref(subpath)) + resolved.search + resolved.hash
}

interface RenderEnv { base: { path: string, subpath: string } }

function createRenderer (): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false })
  md.disable('image')
  // the parser asks this of every link and autolink: only the kinds linkTarget allows become links
  md.validateLink = url => linkTarget(url, { path: 'x', subpath: '' }) !== undefined
  const renderToken = md.renderer.renderToken.bind(md.renderer)
  md.renderer.rules.link_open = (tokens, idx, options, env: RenderEnv) => {
    const token = tokens[idx]
    const target = linkTarget(token.attrGet('href') ?? '', env.base)
    token.attrSet('href', target ?? '#')
    if (target !== undefined && /^https?:/i.test(target)) token.attrSet('rel', 'nofollow noopener noreferrer')
    return renderToken(tokens, idx, options)
  }
  return md
}

const renderer = createRenderer()

/** The HTML of `markdown`, rendered on the page of `path` at render path `subpath`. */
export function renderMarkdown (markdown: string, base: { path: string, subpath: string }): string {
  return renderer.render(markdown, { base } satisfies RenderEnv)
}
