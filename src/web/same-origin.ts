/**
 * Whether a request that would make the node sign comes from the explorer's own page. A browser
 * sends `Origin` with every form POST; a page elsewhere cannot forge it. The `Host` must be this
 * very server (its loopback address and port, or `localhost`): a name of another site that a
 * DNS-rebinding attack pointed at 127.0.0.1 would have a matching Origin, but not this Host. When
 * the browser says where the request came from (`Sec-Fetch-Site`), that must be `same-origin`.
 */
import type { IncomingMessage } from 'node:http'

/** Why the request is refused, or undefined when it comes from this server's own page. */
export function refuseCrossOrigin (req: IncomingMessage): string | undefined {
  const port = req.socket.localPort
  const host = req.headers.host ?? ''
  const own = [`127.0.0.1:${String(port)}`, `localhost:${String(port)}`, `[::1]:${String(port)}`]
  if (!own.includes(host.toLowerCase())) return `the Host ${JSON.stringify(host)} is not this node (${own[0]})`
  const origin = req.headers.origin
  if (origin === undefined) return 'the request has no Origin: only a form of the explorer\'s own pages may call'
  if (origin.toLowerCase() !== `http://${host.toLowerCase()}`) return `the request comes from ${JSON.stringify(origin)}, not from this node's pages`
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return `the browser says the request is ${JSON.stringify(site)}, not same-origin`
  return undefined
}
