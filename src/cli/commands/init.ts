/**
 * `amigo init DIR`: scaffolds a service in DIR (created if missing; refused when it holds anything)
 * that passes `amigo test DIR` and `go vet` as created. The package is named after the folder.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { AmigoError } from '../../store/errors/index.ts'
import { UsageError, parseFlags } from '../flags.ts'
import { printJson, runServiceCommand } from '../service-client.ts'
import { packageName, serviceFiles } from '../scaffold-service.ts'

export type InitErrorCode = 'ERR_INIT_NOT_EMPTY' | 'ERR_INIT_NOT_A_DIRECTORY'

/** DIR holds files already, or is a file: nothing is written. */
export class InitError extends AmigoError<InitErrorCode> {}

const usage = `usage: amigo init DIR [--json]

Creates a service in DIR (a new or empty folder): a Go file with state, an exported function and
Render, a test with an Example, and a README. The package is named after the folder.
  --json            the files written, as JSON
`

/** the entries of dir, or null when it does not exist */
async function entries (dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir)
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'ENOENT') return null
    if (code === 'ENOTDIR') throw new InitError('ERR_INIT_NOT_A_DIRECTORY', `${dir} is a file, not a folder`)
    throw e
  }
}

export async function command (argv: string[]): Promise<number> {
  return await runServiceCommand('init', usage, async () => {
    const args = parseFlags(argv, { json: 'boolean', help: 'boolean', h: 'boolean' })
    if (args.flags.help === true || args.flags.h === true) { process.stdout.write(usage); return 0 }
    if (args.positional.length !== 1) throw new UsageError('init takes one DIR')
    const dir = resolve(args.positional[0])
    const have = await entries(dir)
    if (have !== null && have.length > 0) throw new InitError('ERR_INIT_NOT_EMPTY', `${dir} is not empty (${have.length} entr${have.length === 1 ? 'y' : 'ies'}): amigo init writes only into a new or empty folder`)
    const pkg = packageName(basename(dir))
    const files = serviceFiles(pkg)
    await mkdir(dir, { recursive: true })
    for (const f of files) await writeFile(join(dir, f.name), f.text, { flag: 'wx' })
    if (args.flags.json === true) printJson({ dir, package: pkg, files: files.map(f => f.name) })
    else process.stdout.write(`created package ${pkg} in ${dir}: ${files.map(f => f.name).join(', ')}\nnext: amigo test ${args.positional[0]}\n`)
    return 0
  })
}
