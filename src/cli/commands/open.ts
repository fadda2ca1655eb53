/**
 * `amigo open [PATH] [--browser]`: the owner's way into the explorer's call forms. With the API
 * token (AMIGO_API_TOKEN, else the repo's api.token) it asks the node for a one-time login code
 * (`POST /api/v1/session/code`) and prints `http://HOST:PORT/login?code=CODE&next=/PATH`; that
 * link, opened once within 60 s, sets the owner's session cookie in the browser and goes to PATH.
 * The token itself never reaches the browser.
 */
import { spawn } from 'node:child_process'
import { UsageError } from '../flags.ts'
import { apiClient, parseServiceArgs, printJson, runServiceCommand, SERVICE_FLAGS_USAGE } from '../service-client.ts'

const usage = `usage: amigo open [PATH] [--browser]

Prints a one-time login link to the explorer of the node: opened in a browser within 60 seconds,
it gives that browser the owner's session (call forms on service pages) and shows PATH (default
the home page), e.g. amigo open local.land/me/blog. The link works once; run again for another.

${SERVICE_FLAGS_USAGE}  --browser         also open the link with xdg-open, when there is one
`

/** What the browser is sent to after the login: a path of the node (`/` added if missing). */
function localPath (path: string | undefined): string {
  if (path === undefined || path === '') return '/'
  const next = path.startsWith('/') ? path : '/' + path
  if (!/^\/(?![/\\])[^\s\\]*$/.test(next)) throw new UsageError(`PATH must be a path of the explorer, like local.land/me/blog, not ${JSON.stringify(path)}`)
  return next
}

/** `next=` readable in a terminal: only what a query value must escape is escaped. */
function queryValue (text: string): string {
  return encodeURIComponent(text).replace(/%(2F|3A|24|40)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** Starts xdg-open on the URL, without waiting for the browser; false when there is none. */
async function openInBrowser (url: string): Promise<boolean> {
  return await new Promise(resolve => {
    const child = spawn('xdg-open', [url], { detached: true, stdio: 'ignore' })
    child.once('error', () => { resolve(false) })
    child.once('spawn', () => { child.unref(); resolve(true) })
  })
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('open', usage, async () => {
    const args = parseServiceArgs(argv, { browser: 'boolean' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length > 1) throw new UsageError('open takes at most one PATH')
    const next = localPath(args.positional[0])
    const api = await apiClient(args)
    const { code, expiresInMs } = await api.sessionCode()
    const url = `${api.url}/login?code=${encodeURIComponent(code)}&next=${queryValue(next)}`
    if (args.flags.json === true) printJson({ url, expiresInMs })
    else {
      process.stdout.write(url + '\n')
      process.stderr.write(`a one-time login link to the explorer, for your browser: it works once, within ${Math.round(expiresInMs / 1000)} s\n`)
    }
    if (args.flags.browser === true && !await openInBrowser(url)) {
      process.stderr.write('no xdg-open here: open the link in your browser yourself\n')
    }
    return 0
  })
}
