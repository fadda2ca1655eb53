/**
 * How a command ends: 0 ok, 1 a failed command, 2 a usage error (as Go's flag package does).
 * Errors print as one line `<command>: <message>` on stderr, with the stable code when there is one.
 */
import { UsageError } from './flags.ts'

export async function runCommand (name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (err) {
    const e = err as Error & { code?: string }
    if (err instanceof UsageError || (e.name === 'ConfigError' && e.message.startsWith('--'))) {
      process.stderr.write(`${name}: ${e.message}\n${usage}`)
      return 2
    }
    const code = typeof e.code === 'string' && e.code.startsWith('ERR_') ? ` (${e.code})` : ''
    process.stderr.write(`${name}: ${e.message ?? String(err)}${code}\n`)
    if (process.env.AMIGO_DEBUG_ERRORS === '1' && e.stack !== undefined) process.stderr.write(e.stack + '\n')
    return 1
  }
}
