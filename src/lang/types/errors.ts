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
    /** order in which the checker reported the error (gc stops after the 10th reported one) */
    readonly seq = 0,
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

/**
 * The lines gc prints for errs: gc stops at the 10th error in report order, prints those sorted
 * (one per line and message), then `pos: too many errors` with the 10th error's position.
 */
export function formatErrors(errs: TypeCheckError[]): string[] {
  const inOrder = errs.slice().sort((a, b) => a.seq - b.seq)
  if (inOrder.length < 10) return sortErrors(errs).map(e => e.message)
  const first = inOrder.slice(0, 10)
  const lines = sortErrors(first).map(e => e.message)
  const tenth = first[9]
  lines.push(`${tenth.position ? tenth.position + ': ' : ''}too many errors`)
  return lines
}
