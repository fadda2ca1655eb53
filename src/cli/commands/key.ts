/**
 * `amigo key new NAME` and `amigo key list [--repo DIR]`: the Ed25519 keys that sign calls, kept in
 * the repo under keys/NAME (mode 0600). Prints addresses (the peer id of each public key).
 */
import { newKey, listKeys, repoDir, KeyError } from '../../node/keys.ts'

const usage = 'usage: amigo key new NAME [--repo DIR] | amigo key list [--repo DIR]\n'

export async function command (argv: string[]): Promise<number> {
  const positional: string[] = []
  let repo: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--repo' || a === '-repo') {
      repo = argv[++i]
      if (repo === undefined) { process.stderr.write(`flag needs an argument: ${a}\n${usage}`); return 2 }
    } else if (a.startsWith('--repo=')) {
      repo = a.slice('--repo='.length)
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`flag provided but not defined: ${a}\n${usage}`)
      return 2
    } else {
      positional.push(a)
    }
  }
  const dir = repoDir(repo)
  const [sub, ...rest] = positional
  try {
    if (sub === 'new' && rest.length === 1) {
      const k = await newKey(dir, rest[0])
      process.stdout.write(`${k.name}\t${k.address}\n`)
      return 0
    }
    if (sub === 'list' && rest.length === 0) {
      for (const k of await listKeys(dir)) {
        process.stdout.write('address' in k ? `${k.name}\t${k.address}\n` : `${k.name}\t(unreadable: ${k.error})\n`)
      }
      return 0
    }
  } catch (err) {
    if (err instanceof KeyError) {
      process.stderr.write(`amigo key: ${err.message}\n`)
      return 1
    }
    throw err
  }
  process.stderr.write(usage)
  return 2
}
