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
    /**
     * the file name gc sorts errors by: a line directive's, or the file's as gc names files of the
     * current directory (`./prog.go`); null when unknown
     */
    readonly sortFile: string | null = null,
  ) {
    super(position ? `${position}: ${msg}` : msg)
  }
}

/**
 * Sorts errors by position and drops duplicates on the same line, as the gc compiler prints them.
 * (gc also stops after 10 errors with "too many errors"; `limitErrors` does that.)
 */
export function sortErrors(errs: TypeCheckError[]): TypeCheckError[] {
  // gc sorts by file name (a line directive's, as printed), then by the actual position
  const file = (e: TypeCheckError): string | null => e.sortFile
  const sorted = errs.slice().sort((a, b) => {
    const fa = file(a); const fb = file(b)
    if (fa === null || fb === null || fa === fb) return a.pos - b.pos
    return fa < fb ? -1 : 1
  })
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
