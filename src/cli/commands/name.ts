/**
 * `amigo name publish NAME CID` and `amigo name resolve KEY/NAME`: signed name records in the
 * DHT, through the running node's API. KEY is the publisher's peer id (`amigo-node id`).
 */
import { runCommand } from '../errors.ts'
import { UsageError } from '../flags.ts'
import { clientFor, wantsHelp, CLIENT_FLAGS_USAGE, CLIENT_FLAGS } from '../client-context.ts'
import { parseDurationFlag } from '../durations.ts'

const usage = `usage:
  amigo name publish NAME CID     sign NAME → CID with the node's key and put it in the DHT; prints KEY/NAME
  amigo name resolve KEY/NAME     the CID that KEY's record for NAME points to

${CLIENT_FLAGS_USAGE}  --nocache         resolve through the network, not from the cache
`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo name', usage, async () => {
    const { args, api } = await clientFor(argv, { ...CLIENT_FLAGS, nocache: 'boolean' })
    if (wantsHelp(args)) { process.stdout.write(usage); return 0 }
    const [sub, ...rest] = args.positional
    const timeoutMs = parseDurationFlag(args.flags.timeout)
    if (sub === 'publish') {
      if (rest.length !== 2) throw new UsageError('name publish takes NAME CID')
      const [name, cid] = rest
      const record = await api.namePublish(name, cid, { timeoutMs })
      if (args.flags.json === true) process.stdout.write(JSON.stringify(record) + '\n')
      else process.stdout.write(`${record.key}/${name}\n`)
      process.stderr.write(`published ${name} → ${cid} (seq ${String(record.seq)})\n`)
      return 0
    }
    if (sub === 'resolve') {
      if (rest.length !== 1) throw new UsageError('name resolve takes KEY/NAME')
      const slash = rest[0].indexOf('/')
      if (slash <= 0 || slash === rest[0].length - 1) throw new UsageError(`"${rest[0]}" is not KEY/NAME (e.g. 12D3KooW…/hub.land/alice/blog)`)
      const key = rest[0].slice(0, slash)
      const name = rest[0].slice(slash + 1)
      const record = await api.nameResolve(key, name, { timeoutMs, nocache: args.flags.nocache === true })
      if (args.flags.json === true) process.stdout.write(JSON.stringify(record) + '\n')
      else process.stdout.write(`${record.value}\n`)
      return 0
    }
    throw new UsageError(sub === undefined ? 'name needs a subcommand: publish or resolve' : `unknown name subcommand "${sub}"`)
  })
}
