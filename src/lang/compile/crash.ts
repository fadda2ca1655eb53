/**
 * Bugs of the interpreter itself, kept apart from the program's own errors: a crash of the
 * checker or the compiler never passes for a compile error of the Go program.
 */

/**
 * A bug of the interpreter met while building (no Go program may cause one): reported as
 * `amigo: internal error: POS: MESSAGE`, never as a compile error of the program.
 */
export class InternalError extends Error {
  override name = 'InternalError'
  constructor (readonly detail: string, readonly goPos: string) {
    super(goPos !== '' ? `${goPos}: ${detail}` : detail)
  }
}

export { internalErrorText } from '../runtime/errors.ts'
