/** Errors of the VM: a stable code, a message for people and, for Go errors, a position. */
export class VMError extends Error {
  override name = 'VMError'
  constructor (readonly code: string, message: string, readonly pos?: string) {
    super(message)
  }
}
