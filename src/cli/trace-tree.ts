/**
 * `amigo call --trace`: a receipt's live-call tree (protocols/services.md §3.6) drawn in the
 * terminal, one line per frame (service.func, caller, gas) with its events and its panic under it:
 *
 *   local.land/amigo/blog.Comment  by 12D3KooW…  gas 91234
 *   └─ local.land/amigo/comments.Add  by local.land/amigo/blog  gas 40112
 *      event Commented owner="local.land/amigo/blog" thread="post-1" id="1"
 */
import type { TraceFrame } from '../vm/types.ts'
import { formatEvents } from './service-client.ts'

export function traceLines (root: TraceFrame): string[] {
  const out: string[] = []
  const walk = (f: TraceFrame, lead: string, branch: string, last: boolean): void => {
    out.push(`${lead}${branch}${f.service}.${f.func}  by ${f.caller}  gas ${f.gasUsed}`)
    // what belongs to this frame is indented under its name, past its children's branch lines
    const inner = lead + (branch === '' ? '' : last ? '   ' : '│  ')
    const body = inner + (f.calls.length > 0 ? '│  ' : '   ')
    for (const ev of formatEvents(f.events.map(e => ({ ...e, service: '' })))) out.push(body + ev)
    if (f.panic !== undefined) out.push(`${body}panic: ${f.panic}`)
    f.calls.forEach((c, i) => walk(c, inner, i === f.calls.length - 1 ? '└─ ' : '├─ ', i === f.calls.length - 1))
  }
  walk(root, '', '', true)
  return out
}
