// A package's main page: a service's Render(subpath) as HTML (untrusted Markdown, see markdown.ts),
// then its exported functions. A library has no Render: its doc and functions. Pages are open to
// anyone who can reach the API, so Render runs with the gas of an open query, as GET /render does.
import type { ServiceInfo } from '../vm/index.ts'
import type { ExplorerLand } from './types.ts'
import { renderMarkdown } from './markdown.ts'
import { escapeHtml } from './escape.ts'
import { functionList } from './service-header.ts'
import { OPEN_QUERY_GAS } from '../api/index.ts'

export async function renderPage (land: ExplorerLand, info: ServiceInfo, subpath: string): Promise<string> {
  let rendered = ''
  if (info.kind === 'service') {
    if (info.functions.some(f => f.startsWith('Render('))) {
      try {
        rendered = `<article class="markdown">${renderMarkdown(await land.reads.render(info.path, subpath, { gas: OPEN_QUERY_GAS }), { path: info.path, subpath })}</article>`
      } catch (err) {
        rendered = `<p class="error">Render(${escapeHtml(JSON.stringify(subpath))}) failed: ${escapeHtml((err as Error).message)}</p>`
      }
    } else {
      rendered = '<p class="muted">This service has no <code>Render(path string) string</code>.</p>'
    }
  }
  return rendered + '\n' + functionList(info)
}
