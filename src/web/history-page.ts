// A service's history, newest first: every committed call (height, caller, function, arguments,
// gas, events) and the deployment or fork it began with, a page at a time (`?page=`).
import type { HistoryEntry } from '../vm/index.ts'
import type { ExplorerLand } from './types.ts'
import { escapeHtml, pathHref, query } from './escape.ts'

export const HISTORY_PAGE_SIZE = 50

function entryRow (path: string, e: HistoryEntry, summary: { gasUsed: number, events: Array<{ service: string, name: string, kv: string[] }> } | undefined): string {
  const state = `<a class="mono" href="${pathHref('/' + path)}$state${query({ at: e.index })}">${e.index}</a>`
  if (e.call === undefined) {
    const what = e.forkedFrom !== undefined ? `fork of <a class="mono" href="${pathHref('/' + e.forkedFrom)}">${escapeHtml(e.forkedFrom)}</a>` : 'deploy'
    return `<tr><td>${state}</td><td>${e.height}</td><td colspan="4">${what}</td></tr>`
  }
  const events = summary === undefined
    ? '<span class="muted">?</span>'
    : summary.events.map(ev => {
      const kv: string[] = []
      for (let i = 0; i + 1 < ev.kv.length; i += 2) kv.push(`${ev.kv[i]}=${JSON.stringify(ev.kv[i + 1])}`)
      return `<div class="mono">${escapeHtml(ev.name)} ${escapeHtml(kv.join(' '))}${ev.service !== path ? ` <span class="muted">(${escapeHtml(ev.service)})</span>` : ''}</div>`
    }).join('')
  return `<tr class="call"><td>${state}</td><td>${e.height}</td><td class="mono caller">${escapeHtml(e.call.caller)}</td><td class="mono">${escapeHtml(e.call.func)}(${escapeHtml(e.call.args.join(', '))})</td><td>${summary === undefined ? '<span class="muted">?</span>' : summary.gasUsed}</td><td>${events}</td></tr>`
}

export async function historyPage (land: ExplorerLand, path: string, page: number): Promise<string> {
  const from = (page - 1) * HISTORY_PAGE_SIZE
  // one more than the page: is there a next page?
  const entries = (await land.reads.history(path, { limit: from + HISTORY_PAGE_SIZE + 1 })).slice(from)
  const shown = entries.slice(0, HISTORY_PAGE_SIZE)
  const summaries = await Promise.all(shown.map(async e => e.call?.callCid === undefined ? undefined : await land.receipt(e.call.callCid)))
  const base = pathHref('/' + path) + '$history'
  const prev = page > 1 ? `<a href="${base}${query({ page: page - 1 })}" rel="prev">← newer</a>` : ''
  const next = entries.length > HISTORY_PAGE_SIZE ? `<a href="${base}${query({ page: page + 1 })}" rel="next">older →</a>` : ''
  return `<table class="history"><thead><tr><th>state</th><th>height</th><th>caller</th><th>call</th><th>gas</th><th>events</th></tr></thead><tbody>
${shown.map((e, i) => entryRow(path, e, summaries[i])).join('\n')}
</tbody></table>
<div class="pager">${prev}<span>page ${page}</span>${next}</div>`
}
