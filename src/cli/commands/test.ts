/**
 * `amigo test DIR [-run REGEX] [-v] [--gas N] [--max-memory BYTES] [--max-depth N]`: runs the
 * package's TestXxx functions and ExampleXxx examples like `go test`; exit 1 when a test fails.
 */
import { resolve } from 'node:path'
import { parseFlags, readSources } from './run.ts'
import type { SourceFile } from '../../lang/index.ts'

export async function command (argv: string[]): Promise<number> {
  const flags = parseFlags(argv, true)
  if (flags.error !== undefined) {
    process.stderr.write(`${flags.error}\nusage: amigo test DIR [-run REGEX] [-v] [--gas N] [--max-memory BYTES] [--max-depth N]\n`)
    return 2
  }
  const dir = flags.positional[0] ?? '.'
  let files: SourceFile[]
  try {
    files = readSources(dir, true)
  } catch (e) {
    process.stderr.write(`amigo test: ${(e as Error).message}\n`)
    return 1
  }
  if (files.length === 0) {
    process.stderr.write(`no Go files in ${resolve(dir)}\n`)
    return 1
  }
  if (flags.run !== undefined) {
    try { new RegExp(flags.run) } catch { process.stderr.write(`invalid regexp for -run: ${flags.run}\n`); return 2 }
  }
  const { testPackage } = await import('../../lang/index.ts')
  const r = testPackage({
    files,
    stdout: b => process.stdout.write(b),
    stderr: b => process.stderr.write(b),
    limits: flags.limits,
    run: flags.run,
    verbose: flags.verbose,
    packagePath: dir === '.' || dir === './' ? 'command-line-arguments' : dir.replace(/\/+$/, '')
  })
  if (flags.gasReport) process.stderr.write(`gas used: ${r.gasUsed}\n`)
  return r.exitCode
}
