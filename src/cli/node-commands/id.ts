// `amigo-node id`: the node's peer id and addresses (from the running node; else from the repo's identity).
import { runCommand } from '../errors.ts'
import { UsageError } from '../flags.ts'
import { nodeOptions, NODE_FLAGS_USAGE } from '../node-options.ts'
import { findApiUrl } from '../api-address.ts'
import { ApiClient, ApiClientError } from '../../api/client.ts'
import { loadIdentity } from '../../node/identity.ts'
import { repoPaths } from '../../node/paths.ts'

const usage = `usage: amigo-node id [--repo DIR] [--api HOST:PORT] [--json]\n\n${NODE_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node id', usage, async () => {
    const { args, repo } = await nodeOptions(argv)
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const api = new ApiClient(await findApiUrl({ api: args.flags.api as string | undefined, repo }))
    let info: { peerId: string, multiaddrs: string[], running: boolean }
    try {
      info = { ...(await api.id()), running: true }
    } catch (err) {
      if (!(err instanceof ApiClientError && err.code === 'ERR_NO_NODE')) throw err
      // no node running: the identity alone still answers "who is this node"
      try {
        info = { peerId: (await loadIdentity(repoPaths(repo).identity)).peerId.toString(), multiaddrs: [], running: false }
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_NO_IDENTITY') throw new UsageError(`no node running and no repo at ${repo}: run \`amigo-node init\` first`)
        throw e
      }
    }
    if (args.flags.json === true) process.stdout.write(JSON.stringify(info) + '\n')
    else process.stdout.write([info.peerId, ...info.multiaddrs].join('\n') + '\n')
    return 0
  })
}
