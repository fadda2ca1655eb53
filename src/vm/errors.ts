import { AmigoError } from '../store/errors/index.ts'
import type { PackageErrorCode } from '../store/index.ts'

/**
 * The VM's codes: refusals of bad requests (a path, an expression, arguments, Go that does not
 * compile), what a call ended with (a panic, a limit), and the store it could not read back.
 */
export type VMErrorCode = PackageErrorCode
  | 'ERR_BAD_ARGUMENT' | 'ERR_BAD_CID' | 'ERR_BAD_EXPR' | 'ERR_BAD_GAS' | 'ERR_BAD_PATH' | 'ERR_BAD_SELECTOR' | 'ERR_BAD_VERSION'
  | 'ERR_COMPILE' | 'ERR_UNKNOWN_FUNCTION' | 'ERR_NO_RENDER' | 'ERR_NOT_A_SERVICE' | 'ERR_NOT_FOUND' | 'ERR_PATH_TAKEN'
  | 'ERR_IMPORT_CONFLICT' | 'ERR_IMPORT_NOT_DEPLOYED' | 'ERR_PACKAGE_NOT_FOUND' | 'ERR_LIBRARY_STATE' | 'ERR_FUNC_ACROSS_SERVICES'
  | 'ERR_PANIC' | 'ERR_EXIT' | 'ERR_GAS' | 'ERR_MEMORY' | 'ERR_DEPTH' | 'ERR_INIT_FAILED'
  | 'ERR_STATE_TYPE' | 'ERR_STATE_POINTER' | 'ERR_STATE_FUNC' | 'ERR_STATE_CYCLE' | 'ERR_STATE_CORRUPT' | 'ERR_STATE_QUOTA'
  | 'ERR_HASH_MISMATCH' | 'ERR_INTERNAL'
  // the land executor (src/vm/land-executor.ts)
  | 'ERR_LAND_BAD_GENESIS' | 'ERR_LAND_GENESIS_MISMATCH' | 'ERR_LAND_HEIGHT' | 'ERR_LAND_BAD_BLOCK' | 'ERR_LAND_BAD_TX'
  | 'ERR_LAND_NONCE' | 'ERR_LAND_NO_PENDING' | 'ERR_LAND_BAD_RECORD' | 'ERR_LAND_BAD_STATE'

/** Errors of the VM: a stable code, a message for people and, for Go errors, a position. */
export class VMError extends AmigoError<VMErrorCode> {
  constructor (code: VMErrorCode, message: string, readonly pos?: string) {
    super(code, message)
  }
}
