/**
 * Regular expressions with RE2 syntax and Go's regexp semantics (leftmost-first submatches),
 * matched by a Pike VM in time linear in the input: a hostile pattern cannot stall a replica,
 * and each step is charged as gas. Written for Amigo from the RE2 syntax documentation and the
 * published Thompson/Pike construction.
 */
import { parse, work } from './parse.ts'
import { compile, TooLarge, type Program } from './program.ts'
import { SyntaxError } from './syntax.ts'

export { execute } from './pike.ts'
export type { Program } from './program.ts'

/** work: the runes the parser examined (class folding, Unicode tables), for gas. */
export interface Compiled { prog: Program, groups: number, names: string[], work: number }

/** Compiles expr (a Go byte string), or gives Go's error text. */
export function compileRegexp (expr: string): Compiled | { error: string } {
  work.runes = 0
  try {
    const { node, names } = parse(expr)
    return { prog: compile(node, names.length), groups: names.length - 1, names, work: work.runes }
  } catch (e) {
    if (e instanceof SyntaxError) return { error: e.message }
    if (e instanceof TooLarge) return { error: 'error parsing regexp: expression too large: `' + expr + '`' }
    throw e
  }
}
