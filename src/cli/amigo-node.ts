/**
 * `amigo-node`: the daemon command (init, start, id, peers, status, land). Each subcommand lives in its
 * own module under ./node-commands and is loaded only when asked for.
 */
import type { Command } from './amigo.ts'

const commands: Record<string, () => Promise<{ command: Command }>> = {
  init: async () => await import('./node-commands/init.ts'),
  start: async () => await import('./node-commands/start.ts'),
  id: async () => await import('./node-commands/id.ts'),
  peers: async () => await import('./node-commands/peers.ts'),
  status: async () => await import('./node-commands/status.ts'),
  land: async () => await import('./node-commands/land.ts')
}

export const usage = `usage: amigo-node <command> [flags]

commands:
  init      create a repo (identity, config, stores) if there is none
  start     run the node (initialises on first use)
  id        print this node's peer id and addresses
  peers     list connected peers
  status    version, peer id, peers, blocks stored, names held
  land new NAME --validators FILE|PEER_ID…   write the genesis file of a network land
`

export async function main (argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '-h' || name === '--help') {
    process.stdout.write(usage)
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (load === undefined) {
    process.stderr.write(`amigo-node: unknown command "${name}"\n${usage}`)
    return 2
  }
  const { command } = await load()
  return await command(rest)
}
