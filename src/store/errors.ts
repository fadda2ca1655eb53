/**
 * Typed errors of the store layer. Every error has a stable `code` so callers (the HTTP API) can
 * map it to a clear JSON error without parsing messages.
 */
export class AmigoError extends Error {
  readonly code: string
  constructor (message: string, code: string) {
    super(message)
    this.name = new.target.name
    this.code = code
  }
}

/** A string or bytes that are not a valid CID, or a CID this node does not accept (not CIDv1 sha2-256). */
export class BadCidError extends AmigoError {
  constructor (message: string) { super(message, 'ERR_BAD_CID') }
}

/** A codec other than dag-cbor and raw, or bytes that do not decode with the named codec. */
export class UnknownCodecError extends AmigoError {
  constructor (message: string) { super(message, 'ERR_UNKNOWN_CODEC') }
}

/** A block larger than the block size limit. */
export class BlockTooLargeError extends AmigoError {
  constructor (size: number, limit: number) {
    super(`block of ${size} bytes exceeds the limit of ${limit} bytes`, 'ERR_BLOCK_TOO_LARGE')
  }
}

/** Bytes that do not hash to the CID they were offered under. */
export class HashMismatchError extends AmigoError {
  constructor (message: string) { super(message, 'ERR_HASH_MISMATCH') }
}

/** Content that is not in the store (or, in the network layer, not found before the deadline). */
export class NotFoundError extends AmigoError {
  constructor (message: string) { super(message, 'ERR_NOT_FOUND') }
}

/** A CAR file that is malformed, has no root, or holds blocks that are not reachable/valid. */
export class BadCarError extends AmigoError {
  constructor (message: string) { super(message, 'ERR_BAD_CAR') }
}
