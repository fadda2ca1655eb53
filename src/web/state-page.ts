/**
 * A service's state as a tree: each package variable with its Go type, its value below it. Struct
 * fields, map entries and slice elements link to a page of their own (`?sel=posts.root`), where
 * the VM shows that value with its type; so a deep or large value is read a part at a time. Maps
 * and slices longer than a page are paged (`?page=`) over the entries the VM returns for them.
 */
import type { StateView } from '../vm/index.ts'
import type { ExplorerLand } from './types.ts'
import type { StateReader } from './state-cache.ts'
import { escapeHtml, pathHref, query } from './escape.ts'

export const STATE_PAGE_SIZE = 50
/** levels of a value shown on one page; what is deeper is a link to its own page */
const SHOWN_DEPTH = 4

interface TreeCtx { href: (sel: string, page?: number) => string, page: number }

/** The selector step of a map key the VM can parse (string, integer, bool keys), or undefined. */
function keyStep (key: unknown): string | undefined {
  if (typeof key === 'string' && /^-?\d+$/.test(key)) return `[${key}]`
  if (typeof key === 'string') return `[${JSON.stringify(key)}]`
  if (typeof key === 'number' && Number.isInteger(key)) return `[${key}]`
  if (typeof key === 'boolean') return `[${String(key)}]`
  return undefined
}

function scalar (v: unknown): string {
  return `<span class="mono">${escapeHtml(typeof v === 'string' ? JSON.stringify(v) : String(v))}</span>`
}

function link (ctx: TreeCtx, sel: string | undefined, label: string): string {
  return sel === undefined ? label : `<a class="mono" href="${escapeHtml(ctx.href(sel))}">${label}</a>`
}

function pager (ctx: TreeCtx, total: number, sel: string): string {
  if (total <= STATE_PAGE_SIZE) return ''
  const pages = Math.ceil(total / STATE_PAGE_SIZE)
  const prev = ctx.page > 1 ? `<a href="${escapeHtml(ctx.href(sel, ctx.page - 1))}" rel="prev">← previous</a>` : ''
  const next = ctx.page < pages ? `<a href="${escapeHtml(ctx.href(sel, ctx.page + 1))}" rel="next">next →</a>` : ''
  return `<div class="pager">${prev}<span>page ${ctx.page} of ${pages}</span>${next}</div>`
}

function tree (v: unknown, sel: string, ctx: TreeCtx, top: boolean, depth = 0): string {
  if (v === null) return '<span class="mono">nil</span>'
  if (typeof v !== 'object') return scalar(v)
  if (depth >= SHOWN_DEPTH) return link(ctx, sel, '…')
  const o = v as Record<string, unknown>
  if ('$more' in o) return link(ctx, sel, `${escapeHtml(String(o.$more))} …`)
  if ('$seen' in o) return `<span class="muted">(cycle: ${escapeHtml(String(o.$seen))})</span>`
  // a long slice or a map: { len, items } / { len, entries }; a short one: an array
  const total = typeof o.len === 'number' ? o.len : undefined
  const list = Array.isArray(v) ? v : Array.isArray(o.items) ? o.items : Array.isArray(o.entries) ? o.entries : undefined
  if (list !== undefined) {
    // the VM shows a map as [{key, value}]
    const mapLike = Array.isArray(o.entries) || (list.length > 0 && list.every(e => typeof e === 'object' && e !== null && Object.keys(e).length === 2 && 'key' in e && 'value' in e))
    const from = top ? (ctx.page - 1) * STATE_PAGE_SIZE : 0
    const shown = list.slice(from, from + STATE_PAGE_SIZE)
    const items = shown.map((e, i) => {
      if (mapLike) {
        const { key, value } = e as { key: unknown, value: unknown }
        const step = keyStep(key)
        return `<li>${link(ctx, step === undefined ? undefined : sel + step, escapeHtml(typeof key === 'string' ? JSON.stringify(key) : JSON.stringify(key)))}: ${tree(value, step === undefined ? sel : sel + step, ctx, false, depth + 1)}</li>`
      }
      return `<li>${link(ctx, `${sel}[${from + i}]`, `[${from + i}]`)}: ${tree(e, `${sel}[${from + i}]`, ctx, false, depth + 1)}</li>`
    })
    const more = list.length > from + STATE_PAGE_SIZE && !top ? `<li>${link(ctx, sel, `… ${list.length - STATE_PAGE_SIZE} more`)}</li>` : ''
    const count = total !== undefined ? `<span class="muted">len ${total}${total > list.length ? `, the first ${list.length} shown` : ''}</span>` : `<span class="muted">len ${list.length}</span>`
    return `${count}<ul class="tree">${items.join('')}${more}</ul>${top ? pager(ctx, list.length, sel) : ''}`
  }
  if (typeof o.type === 'string' && 'value' in o && Object.keys(o).length === 2) {
    return `<span class="type mono">${escapeHtml(o.type)}</span> ${tree(o.value, sel, ctx, false, depth)}`
  }
  const fields = Object.entries(o).map(([k, x]) => `<li>${link(ctx, sel === '' ? k : `${sel}.${k}`, escapeHtml(k))}: ${tree(x, sel === '' ? k : `${sel}.${k}`, ctx, false, depth + 1)}</li>`)
  return `<ul class="tree">${fields.join('')}</ul>`
}

export async function statePage (read: StateReader, land: ExplorerLand, path: string, head: string, sel: string, page: number, at: number | undefined): Promise<string> {
  const href = (s: string, p?: number): string => pathHref('/' + path) + '$state' + query({ sel: s, at, page: p })
  const ctx: TreeCtx = { href, page }
  const heading = `<p>${at === undefined ? 'At the head' : `At history index ${at}`} · <a href="${escapeHtml(href(''))}">all variables</a></p>`
  if (sel !== '') {
    const view: StateView = await read(land, path, head, sel, at)
    return `${heading}<h2 class="mono">${escapeHtml(sel)} <span class="type">${escapeHtml(view.type)}</span></h2>${tree(view.value, sel, ctx, true)}`
  }
  const top = await read(land, path, head, '', at)
  const names = Object.keys(top.value as Record<string, unknown>)
  // each variable with its Go type: one view per variable (the package view has no types)
  const vars = await Promise.all(names.map(async n => ({ n, view: await read(land, path, head, n, at) })))
  return `${heading}<ul class="tree vars">${vars.map(({ n, view }) => `<li>${link(ctx, n, escapeHtml(n))} <span class="type mono">${escapeHtml(view.type)}</span> = ${tree(view.value, n, ctx, false)}</li>`).join('')}</ul>`
}
