import { AmigoError } from '../errors/index.ts'

/**
 * Errors of the chunked state structures. Each has a stable `code`; callers switch on the code,
 * never on the message.
 */
export type StoreDataErrorCode = 'ERR_HASH_MISMATCH' | 'ERR_BLOCK_NOT_FOUND' | 'ERR_INVALID_NODE' | 'ERR_INVALID_ARGUMENT' | 'ERR_HAMT_MAX_DEPTH' | 'ERR_INDEX_OUT_OF_RANGE'

export class StoreDataError extends AmigoError<StoreDataErrorCode> {}

/** A block's bytes do not hash to its CID: the store or a peer returned corrupt data. */
export class HashMismatchError extends StoreDataError {
  constructor (cid: string) {
    super('ERR_HASH_MISMATCH', `block ${cid}: bytes do not hash to the CID`)
  }
}

/** The store has no block for a CID that the structure links to. */
export class BlockNotFoundError extends StoreDataError {
  constructor (cid: string, cause?: unknown) {
    super('ERR_BLOCK_NOT_FOUND', `block ${cid} not found`)
    if (cause !== undefined) this.cause = cause
  }
}

/** A block decoded fine but is not a valid node of the structure it was loaded as. */
export class InvalidNodeError extends StoreDataError {
  constructor (cid: string, why: string) {
    super('ERR_INVALID_NODE', `block ${cid}: ${why}`)
  }
}

/** A caller passed something the structure cannot hold (a non-bytes key, an unencodable value…). */
export class InvalidArgumentError extends StoreDataError {
  constructor (why: string) {
    super('ERR_INVALID_ARGUMENT', why)
  }
}

/** More keys share a hash prefix than the hash has bits for (practically impossible with sha2-256). */
export class MaxDepthError extends StoreDataError {
  constructor () {
    super('ERR_HAMT_MAX_DEPTH', 'HAMT: too many keys share one hash; the map cannot grow deeper')
  }
}

/** A list index outside `0 <= i < length`. */
export class IndexOutOfRangeError extends StoreDataError {
  constructor (index: number, length: number) {
    super('ERR_INDEX_OUT_OF_RANGE', `list index ${index} out of range [0, ${length})`)
  }
}
