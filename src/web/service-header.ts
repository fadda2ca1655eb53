// The top of every page of a package: its path, kind, CID, state root, and the tabs of its views.
import type { ServiceInfo } from '../vm/index.ts'
import { escapeHtml, pathHref } from './escape.ts'
import type { View } from './context.ts'

export function serviceHeader (info: ServiceInfo, view: View, doc: string): string {
  const base = pathHref('/' + info.path)
  const tab = (v: View, label: string): string => `<a href="${base}${v === 'render' ? '' : '$' + v}"${v === view ? ' class="on" aria-current="page"' : ''}>${label}</a>`
  return `<h1 class="mono">${escapeHtml(info.path)} <span class="kind">${info.kind}</span></h1>
${doc === '' ? '' : `<p class="doc">${escapeHtml(doc)}</p>`}
<p class="muted mono">code ${escapeHtml(info.cid)}${info.stateRoot === null ? '' : `<br>state ${escapeHtml(info.stateRoot)} at height ${info.height}`}</p>
<nav class="tabs">${tab('render', info.kind === 'service' ? 'Render' : 'Overview')}${tab('source', 'Source')}${info.kind === 'service' ? tab('state', 'State') + tab('history', 'History') : ''}</nav>`
}

/** The exported functions with their Go signatures. */
export function functionList (info: ServiceInfo): string {
  if (info.functions.length === 0) return ''
  return `<h2>Functions</h2>\n<ul class="functions">${info.functions.map(f => `<li><code>func ${escapeHtml(f)}</code></li>`).join('')}</ul>`
}
