// A package's source: each file with its CID, and its imports linked to their source pages by the
// exact CID the package was built against (`?cid=`), which may differ from what is deployed now.
import type { PackageSource } from './packages.ts'
import { escapeHtml, pathHref, query } from './escape.ts'

export function sourcePage (src: PackageSource, cid: string): string {
  const imports = Object.entries(src.imports).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
  return `<p class="mono">package ${escapeHtml(cid)}</p>
<h2>Imports</h2>
${imports.length === 0
  ? '<p class="muted">No Amigo packages (only the standard library and <code>amigo</code>).</p>'
  : `<ul class="imports">${imports.map(([p, c]) => `<li class="mono"><a href="${pathHref('/' + p)}$source${query({ cid: c })}">${escapeHtml(p)}</a> <span class="muted">${escapeHtml(c)}</span></li>`).join('')}</ul>`}
<h2>Files</h2>
${src.files.map(f => `<section class="file"><h3 class="mono" id="${escapeHtml(f.name)}">${escapeHtml(f.name)} <span class="muted">${escapeHtml(f.cid)}</span></h3>
<pre><code>${escapeHtml(f.text)}</code></pre></section>`).join('\n')}`
}
