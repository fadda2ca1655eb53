/** Type-checking errors, with positions and messages as Go 1.19's compiler prints them. */
import type { Pos } from '../syntax/pos.ts'

export class TypeCheckError extends Error {
  override readonly name = 'TypeCheckError'
  readonly code = 'ERR_TYPE_CHECK'
  constructor(
    /** position in the FileSet of the checked files */
    readonly pos: Pos,
    /** the message without position, e.g. `undefined: x` */
    readonly msg: string,
    /** `file.go:12:5`, filled by the checker from its FileSet ('' if none was given) */
    readonly position: string,
    /** soft errors (unused variables/imports) do not prevent running in go/types; gc reports them all */
    readonly soft = false,
  ) {
    super(position ? `${position}: ${msg}` : msg)
  }
}

/**
 * Sorts errors by position and drops duplicates on the same line, as the gc compiler prints them.
 * (gc also stops after 10 errors with "too many errors"; `limitErrors` does that.)
 */
export function sortErrors(errs: TypeCheckError[]): TypeCheckError[] {
  const sorted = errs.slice().sort((a, b) => a.pos - b.pos)
  const out: TypeCheckError[] = []
  for (const e of sorted) {
    const prev = out[out.length - 1]
    if (prev && prev.message === e.message) continue
    out.push(e)
  }
  return out
}

/** The lines gc prints for errs: at most 10, then `too many errors`. */
export function formatErrors(errs: TypeCheckError[]): string[] {
  const lines = errs.slice(0, 10).map(e => e.message)
  if (errs.length > 10) lines.push('too many errors')
  return lines
}
