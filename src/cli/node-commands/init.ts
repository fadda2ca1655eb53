// `amigo-node init`: create the repo (config, identity, stores); an existing identity is kept.
import { runCommand } from '../errors.ts'
import { nodeOptions, NODE_FLAGS_USAGE } from '../node-options.ts'
import { initRepo } from '../../node/repo.ts'
import { repoPaths } from '../../node/paths.ts'

const usage = `usage: amigo-node init [--repo DIR]\n\n${NODE_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo-node init', usage, async () => {
    const { args, repo } = await nodeOptions(argv)
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    const result = await initRepo(repo)
    // create the LevelDB stores now, so the repo is complete (and a locked repo is noticed early)
    const { openStores } = await import('../../store/index.ts')
    const stores = await openStores(repoPaths(repo).stores)
    await stores.close()
    if (args.flags.json === true) {
      process.stdout.write(JSON.stringify({ repo, peerId: result.peerId.toString(), createdIdentity: result.createdIdentity, createdConfig: result.createdConfig, createdApiToken: result.createdApiToken }) + '\n')
    } else {
      process.stdout.write(result.createdIdentity
        ? `initialised repo ${repo}\npeer id ${result.peerId.toString()}\n`
        : `repo ${repo} already has an identity; kept it\npeer id ${result.peerId.toString()}\n`)
    }
    return 0
  })
}
