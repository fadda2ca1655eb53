/**
 * Package os: standard output/error, Args and Exit for sandboxed programs (os.go).
 *
 * @example
 * ```go
 * fmt.Fprintln(os.Stderr, "oops"); os.Exit(3)
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => ({
  write: (fd: number, s: string) => { if (fd === 2) env.writeStderr(s); else env.writeStdout(s) },
  Exit: (code: number | bigint) => { throw new env.rt.ExitError(Number(code)) }
})

export default ({ path: 'os', source: sources, names, natives })
