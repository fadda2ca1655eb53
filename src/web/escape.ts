// HTML escaping for text and attribute values: everything the explorer prints that it did not write
// itself (paths, doc comments, Go source, values of the state, arguments) goes through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe in an element's content and in a double- or single-quoted attribute. */
export function escapeHtml (text: string): string {
  return text.replace(/[&<>"']/g, c => ENTITIES[c])
}

/** A URL path of the explorer with each segment percent-encoded, `/` and `:` kept (render paths). */
export function pathHref (path: string): string {
  return path.split('/').map(s => encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%24/g, '$')).join('/')
}

/** `?a=1&b=2` from the given parameters (undefined ones left out), or '' when there are none. */
export function query (params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s === '' ? '' : '?' + s
}
