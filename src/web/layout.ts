// The frame of every explorer page: head, the node's name and search box, the body, and the
// headers that keep a page to itself (no script may run, nothing is loaded from elsewhere).
import type { ServerResponse } from 'node:http'
import { escapeHtml } from './escape.ts'

/** Where the style sheet is served (the only file the pages load). */
export const STYLE_PATH = '/_/style.css'

/**
 * No script at all, styles and images only from the node itself, forms only to it, and the page
 * never framed: even a mistake in escaping could not run a service's script.
 */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

export interface PageInit {
  title: string
  /** the HTML of the page's main part (already escaped) */
  body: string
  /** the search box's current text */
  search?: string
}

export function page ({ title, body, search }: PageInit): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · amigo explorer</title>
<link rel="stylesheet" href="${STYLE_PATH}">
</head>
<body>
<header><a class="home" href="/">amigo explorer</a>
<form class="search" method="get" action="/" role="search"><input type="search" name="q" value="${escapeHtml(search ?? '')}" placeholder="search services: path, doc, function" aria-label="search services"><button type="submit">Search</button></form>
</header>
<main>
${body}
</main>
</body>
</html>
`
}

/** Sends a page; `startedAt` (performance.now() when the request came) gives its Server-Timing. */
export function sendHtml (res: ServerResponse, status: number, html: string, startedAt?: number): void {
  res.writeHead(status, {
    ...(startedAt !== undefined ? { 'server-timing': `page;dur=${(performance.now() - startedAt).toFixed(2)}` } : {}),
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store'
  })
  res.end(html)
}

export const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafbfc}
header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;background:#1d2330}
header a.home{color:#fff;font-weight:600;text-decoration:none}
form.search{margin-left:auto;display:flex;gap:.3em}form.search input{width:22em}
main{max-width:62em;margin:0 auto;padding:1em 1.2em}
a{color:#0b5cad}.mono,code,pre{font-family:ui-monospace,monospace}code,pre,td.mono,li.mono,p.mono{font-size:13px}
pre{background:#f0f2f5;padding:.8em;overflow:auto;border-radius:4px}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3em .5em;border-bottom:1px solid #e3e6ea;vertical-align:top}
nav.tabs{display:flex;gap:1em;border-bottom:1px solid #d5d9de;margin:.5em 0 1em}nav.tabs a{padding:.3em 0}nav.tabs a.on{font-weight:600;border-bottom:2px solid #0b5cad}
.kind{font-size:12px;padding:0 .4em;border-radius:3px;background:#e6eefa}.muted{color:#667}
.markdown{background:#fff;border:1px solid #e3e6ea;border-radius:4px;padding:0 1.2em}
ul.tree{list-style:none;padding-left:1.2em}ul.tree>li{margin:.1em 0}.type{color:#7a3e9d}
.pager{display:flex;gap:1em;margin:.8em 0}`

export function sendStyle (res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'content-length': Buffer.byteLength(STYLE), 'cache-control': 'max-age=3600', 'x-content-type-options': 'nosniff' })
  res.end(STYLE)
}
