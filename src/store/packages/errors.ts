import { AmigoError } from '../errors/index.ts'

/** Why a package was refused. `code` is stable; the message names the file, path or CID at fault. */
export type PackageErrorCode =
  | 'ERR_PACKAGE_BAD_PATH'
  | 'ERR_PACKAGE_BAD_FILE_NAME'
  | 'ERR_PACKAGE_DUPLICATE_FILE'
  | 'ERR_PACKAGE_NO_FILES'
  | 'ERR_PACKAGE_TOO_MANY_FILES'
  | 'ERR_PACKAGE_FILE_TOO_LARGE'
  | 'ERR_PACKAGE_TOO_LARGE'
  | 'ERR_PACKAGE_NOT_UTF8'
  | 'ERR_PACKAGE_BAD_IMPORT'
  | 'ERR_PACKAGE_BAD_CID'
  | 'ERR_PACKAGE_HASH_MISMATCH'
  | 'ERR_PACKAGE_BAD_MANIFEST'
  | 'ERR_PACKAGE_BLOCK_MISSING'

export class PackageError extends AmigoError<PackageErrorCode> {}
