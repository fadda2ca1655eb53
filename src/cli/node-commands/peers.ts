// `amigo-node peers`: the running node's connected peers, one multiaddr per line (`addr/p2p/id`).
import { runCommand } from '../errors.ts'
import { clientFor, wantsHelp, CLIENT_FLAGS_USAGE } from '../client-context.ts'
import { UsageError } from '../flags.ts'

const usage = `usage: amigo-node peers [--api HOST:PORT] [--json]\n\n${CLIENT_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node peers', usage, async () => {
    const { args, api } = await clientFor(argv)
    if (wantsHelp(args)) { process.stdout.write(usage); return 0 }
    if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`)
    const { peers } = await api.peers()
    if (args.flags.json === true) process.stdout.write(JSON.stringify({ peers }) + '\n')
    else for (const p of peers) process.stdout.write(`${p.multiaddrs[0] !== undefined ? `${p.multiaddrs[0]}/p2p/` : ''}${p.peerId}\n`)
    return 0
  })
}
