/**
 * `GET /login?code=CODE&next=/PATH` (protocols/explorer.md, "Login"): the door `amigo open` sends
 * the owner's browser to. A valid one-time code becomes the owner's same-origin session cookie and
 * a 303 to `next`; anything else is a 401 page and no cookie. `next` may only be a path of this
 * node: a login link must never be a way to send the browser to another site (an open redirect).
 */
import type { ServerResponse } from 'node:http'
import type { LoginExchange } from '../api/index.ts'
import { page, sendHtml } from './layout.ts'
import { escapeHtml } from './escape.ts'

const ANY_HOST = 'http://login.invalid'

/**
 * Where a login may send the browser: `next` when it is a local path (one `/` then anything but
 * `/` or `\`, no spaces or control characters, which browsers drop or read as `/`), else `/`.
 * The answer is `next` as the URL parser writes it, so the Location header carries no raw byte
 * a browser could read otherwise.
 */
export function loginTarget (next: string | null): string {
  if (next === null || !/^\/(?![/\\])/.test(next) || [...next].some(c => c === '\\' || c <= ' ' || c === '\u007f')) return '/'
  let url: URL
  try {
    url = new URL(next, ANY_HOST)
  } catch {
    return '/'
  }
  if (url.origin !== ANY_HOST) return '/'
  const target = url.pathname + url.search + url.hash
  return /^\/(?![/\\])/.test(target) ? target : '/'
}

export function sendLogin (res: ServerResponse, url: URL, login: LoginExchange, startedAt: number): void {
  const code = url.searchParams.get('code') ?? ''
  const cookie = code === '' ? undefined : login(code)
  if (cookie === undefined) {
    const why = code === ''
      ? 'This link has no login code.'
      : 'This login code is unknown, already used or expired (a code works once, for 60 seconds).'
    sendHtml(res, 401, page({
      title: 'Login refused',
      body: `<h1>Login refused</h1>\n<p class="error">${escapeHtml(why)}</p>\n<p>Run <code>amigo open</code> again for a new link (it needs the node repo's <code>api.token</code>).</p>\n<p><a href="/">home</a></p>`
    }), startedAt)
    return
  }
  const target = loginTarget(url.searchParams.get('next'))
  res.writeHead(303, {
    location: target,
    'set-cookie': cookie,
    'cache-control': 'no-store',
    // the code is in this URL: no page it leads to may learn it
    'referrer-policy': 'no-referrer',
    'content-length': 0
  })
  res.end()
}
