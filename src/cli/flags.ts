/**
 * A small command-line flag parser: `--name value`, `--name=value`, boolean `--name` /
 * `--name=false`, repeatable list flags. Unknown flags and missing values are usage errors (exit 2).
 */
import { AmigoError } from '../store/errors/index.ts'

export class UsageError extends AmigoError<'ERR_USAGE'> {
  constructor (message: string) { super('ERR_USAGE', message) }
}

export type FlagKind = 'string' | 'boolean' | 'list'

export interface ParsedArgs {
  flags: Record<string, string | boolean | string[] | undefined>
  positional: string[]
}

export function parseFlags (argv: string[], spec: Record<string, FlagKind>): ParsedArgs {
  const flags: ParsedArgs['flags'] = {}
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') { positional.push(...argv.slice(i + 1)); break }
    if (!arg.startsWith('-') || arg === '-') { positional.push(arg); continue }
    const m = /^--?([a-zA-Z][\w-]*)(?:=(.*))?$/s.exec(arg)
    if (m === null) throw new UsageError(`bad flag "${arg}"`)
    const [, name, inline] = m
    const kind = spec[name]
    if (kind === undefined) throw new UsageError(`unknown flag --${name}`)
    if (kind === 'boolean') {
      if (inline === undefined) flags[name] = true
      else if (['true', '1', 'yes'].includes(inline)) flags[name] = true
      else if (['false', '0', 'no'].includes(inline)) flags[name] = false
      else throw new UsageError(`--${name} takes true or false, not "${inline}"`)
      continue
    }
    let value = inline
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`)
      value = argv[++i]
    }
    if (kind === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value]
    else flags[name] = value
  }
  return { flags, positional }
}
