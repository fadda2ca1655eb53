// What a call form posts to (`POST /PATH$call`): after the same-origin check, the node signs the
// call with the repo key the form names and runs it; the page shows the receipt.
import type { IncomingMessage } from 'node:http'
import type { ServiceInfo } from '../vm/index.ts'
import type { ExplorerCalls } from './types.ts'
import { escapeHtml, pathHref } from './escape.ts'
import { refuseCrossOrigin } from './same-origin.ts'
import { parseSignature } from './call-form.ts'
import { PageError } from './page-error.ts'

/** The largest form body accepted (arguments are Go literals, typed by hand). */
export const MAX_FORM_BYTES = 64 * 1024

async function readForm (req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') throw new PageError(415, 'a call is a form post (application/x-www-form-urlencoded)')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > MAX_FORM_BYTES) throw new PageError(413, `the form is larger than ${MAX_FORM_BYTES} bytes`)
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

export async function callPage (req: IncomingMessage, calls: ExplorerCalls, info: ServiceInfo): Promise<string> {
  const refused = refuseCrossOrigin(req)
  if (refused !== undefined) throw new PageError(403, `refused: ${refused}`)
  const form = await readForm(req)
  const func = form.get('func') ?? ''
  const key = form.get('key') ?? ''
  const args = form.getAll('arg')
  const sig = info.functions.map(parseSignature).find(f => f?.name === func)
  if (sig === undefined) throw new PageError(400, `${info.path} has no exported function ${JSON.stringify(func)}`)
  if (args.length !== sig.params.length) throw new PageError(400, `${func} takes ${sig.params.length} arguments, not ${args.length}`)
  const r = await calls.call(key, info.path, func, args)
  const base = pathHref('/' + info.path)
  const events = r.events.map(ev => {
    const kv: string[] = []
    for (let i = 0; i + 1 < ev.kv.length; i += 2) kv.push(`${ev.kv[i]}=${JSON.stringify(ev.kv[i + 1])}`)
    return `<li class="mono">${escapeHtml(ev.name)} ${escapeHtml(kv.join(' '))} <span class="muted">(${escapeHtml(ev.service)})</span></li>`
  }).join('')
  return `<h2>Receipt of <code>${escapeHtml(func)}(${escapeHtml(args.join(', '))})</code></h2>
<table class="receipt"><tbody>
<tr><th>result</th><td class="mono" id="outcome">${r.ok ? 'ok' : `failed: ${escapeHtml(r.error?.code ?? '')} ${escapeHtml(r.error?.message ?? '')}${r.error?.pos !== undefined ? ` at ${escapeHtml(r.error.pos)}` : ''}`}</td></tr>
<tr><th>returned</th><td class="mono" id="results">${escapeHtml(r.results.join(', '))}</td></tr>
<tr><th>events</th><td><ul>${events}</ul></td></tr>
<tr><th>gas</th><td>${r.gasUsed}</td></tr>
<tr><th>caller</th><td class="mono">${escapeHtml(r.caller)} (key ${escapeHtml(key)})</td></tr>
<tr><th>state root</th><td class="mono">${escapeHtml(r.stateRoot)} at height ${r.height}</td></tr>
<tr><th>call</th><td class="mono">${escapeHtml(r.callCid)}</td></tr>
</tbody></table>
<p><a href="${base}">back to ${escapeHtml(info.path)}</a> · <a href="${base}$history">history</a></p>`
}
