// `--timeout 5s` for client commands: a number of ms, or with a unit ms, s or m.
import { UsageError } from './flags.ts'

export function parseDurationFlag (value: unknown): number | undefined {
  if (value === undefined) return undefined
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(String(value).trim())
  if (m === null) throw new UsageError(`--timeout takes a duration like 500ms, 5s or 1m, not "${String(value)}"`)
  return Math.round(Number(m[1]) * (m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 1))
}
