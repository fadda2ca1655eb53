// The home page: the lands this node serves with their heights, its peers, and every service with
// its kind and the first sentence of its doc comment; `?q=` keeps those whose path, doc or
// function signatures hold every word.
import type { ServiceInfo } from '../vm/index.ts'
import type { PageContext } from './context.ts'
import { escapeHtml, pathHref } from './escape.ts'
import { synopsis } from './doc.ts'

interface Row { info: ServiceInfo, doc: string }

export async function homePage (ctx: PageContext, q: string): Promise<{ title: string, body: string }> {
  const words = q.toLowerCase().split(/\s+/).filter(w => w !== '')
  const landRows: string[] = []
  const sections: string[] = []
  for (const l of ctx.lands()) {
    const paths = (await l.reads.list()).sort()
    const rows: Row[] = await Promise.all(paths.map(async p => {
      const info = await l.reads.info(p)
      const doc = await ctx.source(info.cid).then(s => s.doc, () => '')
      return { info, doc }
    }))
    const height = l.finalHeight !== undefined ? l.finalHeight() : rows.reduce((h, r) => Math.max(h, r.info.height), 0)
    landRows.push(`<tr><td class="mono">${escapeHtml(l.land)}</td><td>${height}</td><td>${rows.length}</td></tr>`)
    const shown = rows.filter(r => words.every(w => [r.info.path, r.doc, ...r.info.functions].some(t => t.toLowerCase().includes(w))))
    sections.push(`<h2 class="mono">${escapeHtml(l.land)}</h2>
${shown.length === 0
  ? `<p class="muted">${words.length > 0 ? 'No service matches.' : 'No services yet.'}</p>`
  : `<table class="services"><thead><tr><th>path</th><th>kind</th><th>about</th></tr></thead><tbody>
${shown.map(r => `<tr><td class="mono"><a href="${pathHref('/' + r.info.path)}">${escapeHtml(r.info.path)}</a></td><td><span class="kind">${r.info.kind}</span></td><td>${escapeHtml(synopsis(r.doc))}</td></tr>`).join('\n')}
</tbody></table>`}`)
  }
  const body = `<h1>This node</h1>
<p>amigo-node ${escapeHtml(ctx.init.version)} · <span id="peers">${ctx.init.peers()} peers</span></p>
<table class="lands"><thead><tr><th>land</th><th>height</th><th>packages</th></tr></thead><tbody>
${landRows.join('\n')}
</tbody></table>
${words.length > 0 ? `<p>Services matching <strong>${escapeHtml(q)}</strong> · <a href="/">all</a></p>` : ''}
${sections.join('\n')}`
  return { title: words.length > 0 ? `search: ${q}` : 'home', body }
}
