/**
 * The explorer: plain server-rendered HTML pages at the node's API address, read with or without
 * JavaScript (the pages carry none). `/` is the node (lands, height, peers, every service, a
 * search box); `/PATH` a package (a service's Render("") as HTML, its functions), `/PATH:SUB` its
 * Render("SUB"), `/PATH$source`, `/PATH$state` and `/PATH$history` its source, state and calls.
 * The Markdown services write is untrusted and rendered as markdown.ts says. A service page of
 * local.land has a form per function (`POST /PATH$call`), which the node signs only for a
 * request from its own page (same-origin.ts) with the owner's session, which `/login` sets for a
 * one-time code of `amigo open` (login-page.ts).
 *
 * @example
 * ```ts
 * const pages = createExplorer({ local, lands, peers: () => network.peers().length, block, version })
 * // in a request handler: if (await pages(req, res, url)) return
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Access, LoginExchange } from '../api/index.ts'
import type { ExplorerInit, ExplorerLand } from './types.ts'
import type { PageContext } from './context.ts'
import { parseTarget } from './context.ts'
import { page, sendHtml, sendStyle, STYLE_PATH } from './layout.ts'
import { escapeHtml, pathHref } from './escape.ts'
import { packageSources } from './packages.ts'
import { homePage } from './home.ts'
import { serviceHeader } from './service-header.ts'
import { renderPage } from './render-page.ts'
import { sourcePage } from './source-page.ts'
import { statePage } from './state-page.ts'
import { historyPage } from './history-page.ts'
import { synopsis } from './doc.ts'
import { cachedStateViews } from './state-cache.ts'
import { callForms } from './call-form.ts'
import { callPage } from './call-page.ts'
import { PageError } from './page-error.ts'
import { sendLogin } from './login-page.ts'

export type { ExplorerInit, ExplorerLand, CallSummary, ExplorerCalls } from './types.ts'
export { renderMarkdown, linkTarget } from './markdown.ts'
export { loginTarget } from './login-page.ts'

/**
 * Answers a request if it is an explorer page (true), else leaves it to the caller (false).
 * `access` is who the API's guard let the request in as: only the owner (the repo's token, or
 * the same-origin session cookie derived from it) sees call forms and may post them; `login`
 * trades a one-time code (`GET /login`, `amigo open`) for that cookie.
 */
export type Explorer = (req: IncomingMessage, res: ServerResponse, url: URL, access: Access, login: LoginExchange) => Promise<boolean>

/** What a service page says instead of call forms to a reader who is not the node's owner. */
const CALLS_NEED_SESSION = '<h2>Call</h2>\n<p class="muted">Calls from this page are signed by the node for its owner only: they need the same-origin session that <code>amigo open</code> sets: it reads the repo\'s <code>api.token</code> and prints a one-time login link.</p>'

function intParam (url: URL, name: string, min: number, fallback: number | undefined): number | undefined {
  const text = url.searchParams.get(name)
  if (text === null || text === '') return fallback
  if (!/^\d{1,9}$/.test(text) || Number(text) < min) throw new PageError(400, `?${name}= must be an integer of at least ${min}, not ${JSON.stringify(text)}`)
  return Number(text)
}

/** A VM error's status: what is not there is 404, a bad selector or render path 400. */
function statusOf (err: unknown): number {
  if (err instanceof PageError) return err.status
  const code = (err as { code?: unknown }).code
  if (code === 'ERR_NOT_FOUND' || code === 'ERR_NOT_DEPLOYED') return 404
  if (typeof code === 'string' && code.startsWith('ERR_')) return 400
  return 500
}

export function createExplorer (init: ExplorerInit): Explorer {
  const landOf = (name: string): ExplorerLand | undefined => {
    if (init.local !== undefined && name === init.local.land) return init.local
    const host = init.lands?.get(name)
    if (host === undefined) return undefined
    return {
      land: host.land,
      reads: host.reads,
      finalHeight: host.finalHeight,
      receipt: async cid => await host.receipt(cid).catch(() => undefined)
    }
  }
  const ctx: PageContext = {
    init,
    land: landOf,
    lands: () => [...(init.local !== undefined ? [init.local] : []), ...(init.lands?.all() ?? []).map(h => landOf(h.land)!)],
    source: packageSources(init.block)
  }
  const readState = cachedStateViews()

  const packagePage = async (req: IncomingMessage, access: Access, url: URL, land: ExplorerLand, target: NonNullable<ReturnType<typeof parseTarget>>): Promise<{ title: string, body: string }> => {
    const info = await land.reads.info(target.path)
    const src = await ctx.source(info.cid)
    let header = serviceHeader(info, target.view, synopsis(src.doc))
    let main: string
    switch (target.view) {
      case 'render':
        main = await renderPage(land, info, target.subpath)
        // forms only where the node itself signs: local.land's services
        if (info.kind === 'service' && land === init.local && init.calls !== undefined) main += '\n' + (access === 'owner' ? callForms(info.path, info.functions, await init.calls.keys()) : CALLS_NEED_SESSION)
        break
      case 'call':
        if (req.method !== 'POST' || land !== init.local || init.calls === undefined || info.kind !== 'service') throw new PageError(405, `${target.path}$call takes a POST from a call form of the explorer's own page`)
        if (access !== 'owner') throw new PageError(401, 'a call from the explorer needs the owner\'s session: run `amigo open` and follow the login link it prints')
        main = await callPage(req, init.calls, info)
        // the state root and height after the call
        header = serviceHeader(await land.reads.info(target.path), target.view, synopsis(src.doc))
        break
      case 'source': {
        const cid = url.searchParams.get('cid') ?? info.cid
        const other = cid === info.cid ? src : await ctx.source(cid).catch(() => { throw new PageError(404, `this node does not hold the package ${cid}`) })
        if (other.path !== target.path) throw new PageError(404, `${cid} is the package ${other.path}, not ${target.path}`)
        main = sourcePage(other, cid)
        break
      }
      case 'state':
        if (info.kind !== 'service') throw new PageError(404, `${info.path} is a library: it has no state`)
        main = await statePage(readState, land, info.path, info.head ?? '', url.searchParams.get('sel') ?? '', intParam(url, 'page', 1, 1)!, intParam(url, 'at', 0, undefined))
        break
      case 'history':
        if (info.kind !== 'service') throw new PageError(404, `${info.path} is a library: it has no history`)
        main = await historyPage(land, info.path, intParam(url, 'page', 1, 1)!)
        break
    }
    const title = target.path + (target.subpath !== '' ? ':' + target.subpath : '') + (target.view !== 'render' ? ' ' + target.view : '')
    return { title, body: header + '\n' + main }
  }

  return async (req, res, url, access, login) => {
    const post = req.method === 'POST'
    if (req.method !== 'GET' && req.method !== 'HEAD' && !post) return false
    if (url.pathname === STYLE_PATH) {
      sendStyle(res)
      return true
    }
    const started = performance.now()
    const search = url.searchParams.get('q') ?? ''
    try {
      // GET only: a HEAD (a link preview) must not spend the code
      if (url.pathname === '/login' && req.method === 'GET') {
        sendLogin(res, url, login, started)
        return true
      }
      if (url.pathname === '/' && !post) {
        sendHtml(res, 200, page({ ...(await homePage(ctx, search)), search }), started)
        return true
      }
      const target = parseTarget(url.pathname)
      const land = target === undefined ? undefined : landOf(target.path.split('/')[0])
      if (target === undefined || land === undefined || (post && target.view !== 'call')) return false
      sendHtml(res, 200, page({ ...(await packagePage(req, access, url, land, target)), search }), started)
    } catch (err) {
      // what the client is still sending (a refused form) is read and dropped, so it reads our answer
      if (!req.complete) req.resume()
      const status = statusOf(err)
      if (status === 500) init.onError?.(err, url.pathname + url.search)
      const message = status === 500 ? 'the node could not make this page' : (err as Error).message
      sendHtml(res, status, page({ title: String(status), body: `<h1>${status === 404 ? 'Not found' : status === 403 || status === 401 ? 'Refused' : status >= 500 ? 'Error' : 'Bad request'}</h1>\n<p class="error">${escapeHtml(message)}</p>\n<p><a href="${pathHref('/')}">home</a></p>` }), started)
    }
    return true
  }
}
