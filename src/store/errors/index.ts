/**
 * The one error base of the node: every typed error outside src/lang (which imports nothing of the
 * project) extends `AmigoError`, with a stable `code` from its own union of codes, so callers (the
 * HTTP API, the CLI) map errors to statuses and exit codes without parsing messages, and a
 * `name` that is its class's name.
 */
export class AmigoError<C extends string = string> extends Error {
  readonly code: C
  constructor (code: C, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** The codes of the store's own errors. */
export type StoreErrorCode = 'ERR_BAD_CID' | 'ERR_UNKNOWN_CODEC' | 'ERR_BLOCK_TOO_LARGE' | 'ERR_HASH_MISMATCH' | 'ERR_NOT_FOUND' | 'ERR_BAD_CAR'

/** A string or bytes that are not a valid CID, or a CID this node does not accept (not CIDv1 sha2-256). */
export class BadCidError extends AmigoError<StoreErrorCode> {
  constructor (message: string) { super('ERR_BAD_CID', message) }
}

/** A codec other than dag-cbor and raw, or bytes that do not decode with the named codec. */
export class UnknownCodecError extends AmigoError<StoreErrorCode> {
  constructor (message: string) { super('ERR_UNKNOWN_CODEC', message) }
}

/** A block larger than the block size limit. */
export class BlockTooLargeError extends AmigoError<StoreErrorCode> {
  constructor (size: number, limit: number) {
    super('ERR_BLOCK_TOO_LARGE', `block of ${size} bytes exceeds the limit of ${limit} bytes`)
  }
}

/** Bytes that do not hash to the CID they were offered under. */
export class HashMismatchError extends AmigoError<StoreErrorCode> {
  constructor (message: string) { super('ERR_HASH_MISMATCH', message) }
}

/** Content that is not in the store (or, in the network layer, not found before the deadline). */
export class NotFoundError extends AmigoError<StoreErrorCode> {
  constructor (message: string) { super('ERR_NOT_FOUND', message) }
}

/** A CAR file that is malformed, has no root, or holds blocks that are not reachable/valid. */
export class BadCarError extends AmigoError<StoreErrorCode> {
  constructor (message: string) { super('ERR_BAD_CAR', message) }
}
