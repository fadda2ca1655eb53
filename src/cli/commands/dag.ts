/**
 * `amigo dag export CID > file.car` and `amigo dag import FILE.car|-`: DAGs as CARv1 files,
 * through the running node's API.
 */
import { readFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { runCommand } from '../errors.ts'
import { UsageError } from '../flags.ts'
import { clientFor, wantsHelp, CLIENT_FLAGS_USAGE } from '../client-context.ts'
import { parseDurationFlag } from '../durations.ts'

const usage = `usage:
  amigo dag export CID > FILE.car   write the DAG under CID as a CARv1 file (fetching missing blocks)
  amigo dag import FILE.car|-       store every block of a CAR file; prints its root CIDs

${CLIENT_FLAGS_USAGE}`

export async function command (argv: string[]): Promise<number> {
  return await runCommand('amigo dag', usage, async () => {
    const { args, api } = await clientFor(argv)
    if (wantsHelp(args)) { process.stdout.write(usage); return 0 }
    const [sub, target, ...extra] = args.positional
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
    const timeoutMs = parseDurationFlag(args.flags.timeout)
    if (sub === 'export') {
      if (target === undefined) throw new UsageError('dag export needs a CID')
      if (process.stdout.isTTY === true) throw new UsageError('dag export writes binary CAR data: redirect it to a file (amigo dag export CID > file.car)')
      const car = await api.dagExport(target, { timeoutMs })
      await pipeline(car, process.stdout, { end: false })
      return 0
    }
    if (sub === 'import') {
      if (target === undefined) throw new UsageError('dag import needs a CAR file (or - for stdin)')
      const bytes = target === '-' ? await readStdin() : new Uint8Array(await readFile(target))
      const result = await api.dagImport(bytes)
      if (args.flags.json === true) process.stdout.write(JSON.stringify(result) + '\n')
      else process.stdout.write(result.roots.map(r => `${r}\n`).join(''))
      process.stderr.write(`imported ${result.blocks} blocks\n`)
      return 0
    }
    throw new UsageError(sub === undefined ? 'dag needs a subcommand: export or import' : `unknown dag subcommand "${sub}"`)
  })
}

async function readStdin (): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk)
  return new Uint8Array(Buffer.concat(chunks))
}
