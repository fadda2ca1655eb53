/**
 * Package regexp: Go source (regexp.go, replace.go) over the native compiler and Pike VM of
 * src/lang/native/regexp. Compiled programs stay on the host, in a table of this run indexed by
 * the handle a Regexp holds (looked up by number only, so nothing depends on host ordering).
 *
 * @example
 * ```go
 * re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
 * re.FindStringSubmatch("mail bob@example.com") // ["bob@example.com" "bob" "example"]
 * ```
 */
import type { NativeEnv } from '../package.ts'
import { sources, names } from './source.ts'
import { compileRegexp, execute, type Program } from '../../native/regexp/index.ts'
import { Slice, NIL_SLICE } from '../../runtime/value.ts'

export const natives = (env: NativeEnv): Record<string, (...a: any[]) => any> => {
  const programs: Program[] = []
  const charge = (steps: number): void => env.charge(steps)
  return {
    compile: (expr: string) => {
      env.charge(1 + expr.length)
      const c = compileRegexp(expr)
      if ('error' in c) return [-1, 0, '', c.error]
      env.charge(c.prog.insts.length + (c.work >> 4))
      env.allocate(64 * c.prog.insts.length)
      programs.push(c.prog)
      return [programs.length - 1, c.groups, c.names.join('\x00'), '']
    },
    exec: (handle: number | bigint, s: string, pos: number | bigint, longest: boolean) => {
      const caps = execute(programs[Number(handle)], s, Number(pos), charge, longest)
      if (caps === null) return NIL_SLICE
      return new Slice(caps.slice(), 0, caps.length, caps.length)
    }
  }
}

export default ({ path: 'regexp', source: sources, names, natives })
