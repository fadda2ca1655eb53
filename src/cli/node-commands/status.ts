// `amigo-node status`: version, peer id, peers, blocks stored, names held of the running node.
import { runCommand } from '../errors.ts'
import { clientFor, wantsHelp, CLIENT_FLAGS_USAGE } from '../client-context.ts'
import { UsageError } from '../flags.ts'

const usage = `usage: amigo-node status [--api HOST:PORT] [--json]\n\n${CLIENT_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node status', usage, async () => {
    const { args, api } = await clientFor(argv)
    if (wantsHelp(args)) { process.stdout.write(usage); return 0 }
    if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`)
    const s = await api.status()
    if (args.flags.json === true) {
      process.stdout.write(JSON.stringify(s) + '\n')
    } else {
      process.stdout.write([
        `version        ${s.version}`,
        `peer id        ${s.peerId}`,
        `peers          ${s.peers}`,
        `blocks stored  ${s.blocksStored}`,
        `names held     ${s.namesHeld}`,
        `offline        ${s.offline}`,
        `uptime         ${(s.uptimeMs / 1000).toFixed(0)} s`,
        ...s.multiaddrs.map((a, i) => `${i === 0 ? 'listening on' : '            '}   ${a}`)
      ].join('\n') + '\n')
    }
    return 0
  })
}
