// A form for each exported function of a service: one text field per parameter (a Go literal of
// its type, as `amigo call` takes), the repo key that signs, and a button. The form posts to the
// page's own origin (`/PATH$call`), the only place the node accepts it from (same-origin.ts).
import { escapeHtml, pathHref } from './escape.ts'

export interface Param { name: string, type: string }

/** `Add(n int, s string) int` → its name and parameters (undefined: not a signature this reads). */
export function parseSignature (sig: string): { name: string, params: Param[] } | undefined {
  const open = sig.indexOf('(')
  if (open <= 0) return undefined
  let depth = 0
  let close = -1
  for (let i = open; i < sig.length; i++) {
    if ('([{'.includes(sig[i])) depth++
    if (')]}'.includes(sig[i])) depth--
    if (depth === 0) { close = i; break }
  }
  if (close < 0) return undefined
  const inner = sig.slice(open + 1, close).trim()
  const parts: string[] = []
  let start = 0
  depth = 0
  for (let i = 0; i < inner.length; i++) {
    if ('([{'.includes(inner[i])) depth++
    else if (')]}'.includes(inner[i])) depth--
    else if (inner[i] === ',' && depth === 0) { parts.push(inner.slice(start, i)); start = i + 1 }
  }
  if (inner !== '') parts.push(inner.slice(start))
  const params = parts.map(p => p.trim()).map(p => {
    const sp = p.indexOf(' ')
    return sp < 0 ? { name: '', type: p } : { name: p.slice(0, sp), type: p.slice(sp + 1).trim() }
  })
  return { name: sig.slice(0, open), params }
}

export function callForms (path: string, functions: string[], keys: Array<{ name: string, address: string }>): string {
  if (keys.length === 0) {
    return '<h2>Call</h2>\n<p class="muted">This repo has no key to sign calls with: <code>npx amigo key new NAME</code> makes one.</p>'
  }
  const options = keys.map(k => `<option value="${escapeHtml(k.name)}">${escapeHtml(k.name)} (${escapeHtml(k.address)})</option>`).join('')
  const forms = functions.flatMap(sig => {
    const f = parseSignature(sig)
    if (f === undefined || f.name === 'Render') return []
    const fields = f.params.map((p, i) => `<label>${escapeHtml(p.name === '' ? `arg ${i + 1}` : p.name)} <span class="type mono">${escapeHtml(p.type)}</span> <input name="arg" class="mono" required placeholder="${escapeHtml(p.type === 'string' ? '"text"' : p.type)}" aria-label="${escapeHtml(`${f.name} ${p.name} (${p.type})`)}"></label>`).join(' ')
    return [`<form class="call" method="post" action="${pathHref('/' + path)}$call" data-func="${escapeHtml(f.name)}">
<input type="hidden" name="func" value="${escapeHtml(f.name)}"><code>${escapeHtml(f.name)}</code> ${fields}
<select name="key" aria-label="key that signs">${options}</select> <button type="submit">Call</button></form>`]
  })
  return `<h2>Call</h2>\n<p class="muted">Arguments are Go literals (<code>"text"</code>, <code>5</code>, <code>[]string{"a"}</code>); the node signs with the key you pick.</p>\n${forms.join('\n')}`
}
