/**
 * `amigo`: the client command. Each subcommand lives in its own module under ./commands and is
 * loaded only when asked for, so `amigo run` never loads network code and starts fast.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['run', 'prog.go'])
 * ```
 */
export type Command = (argv: string[]) => Promise<number>

const commands: Record<string, () => Promise<{ command: Command }>> = {
  run: async () => await import('./commands/run.ts'),
  test: async () => await import('./commands/test.ts'),
  init: async () => await import('./commands/init.ts'),
  dag: async () => await import('./commands/dag.ts'),
  name: async () => await import('./commands/name.ts'),
  key: async () => await import('./commands/key.ts'),
  push: async () => await import('./commands/push.ts'),
  call: async () => await import('./commands/call.ts'),
  fork: async () => await import('./commands/fork.ts'),
  pull: async () => await import('./commands/pull.ts'),
  receipt: async () => await import('./commands/receipt.ts'),
  land: async () => await import('./commands/land.ts'),
  open: async () => await import('./commands/open.ts'),
  eval: query('eval'),
  render: query('render'),
  state: query('state'),
  history: query('history'),
  deps: query('deps'),
  info: query('info'),
  services: query('services'),
  search: async () => await import('./commands/search.ts'),
  why: async () => await import('./commands/why.ts'),
  map: async () => await import('./commands/map.ts')
}

/** The read-only service commands share one module (./commands/query.ts). */
function query (name: string): () => Promise<{ command: Command }> {
  return async () => {
    const { runQuery } = await import('./commands/query.ts')
    return { command: async argv => await runQuery(name, argv) }
  }
}

export const usage = `usage: amigo <command> [arguments]

commands:
  run [flags] FILE.go|DIR      run a Go program (like go run); flags: --gas N --max-memory BYTES
                               --max-depth N --gas-report --no-cache
  test [-run RE] [-v] DIR      run a package's tests (like go test)
  init DIR                     scaffold a service in a new folder (passes amigo test and go vet)
  key new NAME | key list      Ed25519 keys that sign calls
  dag export CID | dag import FILE.car
  name publish NAME CID | name resolve KEY/NAME

services (on the node running on the repo; each takes --api, --repo, --json):
  push DIR PATH [--version v1.2.0]   deploy the Go package in DIR at PATH (signed by --key, default "default")
  call PATH.Func ARGS… [--gas N]     call a function; ARGS are Go literals (signed by --key);
                                     --trace prints the live-call tree
  eval PATH EXPR                     evaluate a read-only Go expression against a service
  render PATH[:SUBPATH]              the service's Render(SUBPATH) Markdown
  state PATH [SELECTOR]              the service's state, or the value a selector names
  history PATH                       state roots, one per committed call
  fork SRC DST [--at N]              a new service with SRC's code and state
  deps PATH                          what a package imports, by CID
  info PATH                          a package's kind, CID, state root and exported functions
  pull CID                           fetch a package by CID from peers, verify, store
  services [--land LAND]             the deployed packages
  search WORDS…                      find deployed packages by path, doc comment, exported functions
  why PATH                           who imports PATH (through which CID) and what it imports
  map [--dot]                        the import graph of the deployed packages (text or Graphviz dot)
  open [PATH] [--browser]            a one-time login link to the explorer: the owner's session
                                     (call forms) in your browser, then PATH

network lands (any path but local.land/…: the same commands, plus):
  call … [--no-wait]                 waits until the call is final (height, block, state root,
                                     latency on stderr); --no-wait prints the call's CID
  receipt CID                        the receipt of a transaction, once final
  land status [--land LAND]          height, final height, state root, view, sequencer, validators
  land blocks [--from N]             the final blocks: height, CID, transactions, state root, attestations
`

export async function main (argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '-h' || name === '--help') {
    process.stdout.write(usage)
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (load === undefined) {
    process.stderr.write(`amigo: unknown command "${name}"\n${usage}`)
    return 2
  }
  const { command } = await load()
  return await command(rest)
}
