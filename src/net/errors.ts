// Typed errors of the network layer; each has a stable `code` for the HTTP API.
import { AmigoError } from '../store/errors/index.ts'

/** The codes of the network layer's own errors. */
export type NetErrorCode = 'ERR_RECORD_INVALID' | 'ERR_RECORD_EXPIRED' | 'ERR_RECORD_STALE' | 'ERR_RECORD_TOO_LARGE' | 'ERR_RECORD_BAD_SIGNATURE' |
  'ERR_RECORD_WRONG_KEY' | 'ERR_RECORD_WRONG_LAND' | 'ERR_RECORD_UNKNOWN_GENESIS' | 'ERR_BAD_NAME' | 'ERR_OFFLINE' | 'ERR_TIMEOUT' | 'ERR_BITSWAP_MALFORMED'

export { AmigoError, BadCidError, UnknownCodecError, BlockTooLargeError, HashMismatchError, NotFoundError } from '../store/errors/index.ts'

/** A name record that is malformed (bad dag-cbor, missing or mistyped fields, unknown version). */
export class RecordInvalidError extends AmigoError<NetErrorCode> {
  constructor (message: string, code: NetErrorCode = 'ERR_RECORD_INVALID') { super(code, message) }
}
/** A record whose validity time has passed. */
export class RecordExpiredError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_EXPIRED') }
}
/** A record with a lower sequence number (or otherwise worse) than the one already held. */
export class RecordStaleError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_STALE') }
}
/** A record larger than NAME_RECORD_MAX_SIZE bytes. */
export class RecordTooLargeError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_TOO_LARGE') }
}
/** A record whose signature does not verify with its public key. */
export class RecordBadSignatureError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_BAD_SIGNATURE') }
}
/** A record stored under a DHT key that is not the one its public key and name give. */
export class RecordWrongKeyError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_WRONG_KEY') }
}
/** A land or head record whose genesis is another land's (protocols/heads.md). */
export class RecordWrongLandError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_WRONG_LAND') }
}
/** A land or head record whose genesis this node could not get (by CID) to check it against. */
export class RecordUnknownGenesisError extends RecordInvalidError {
  constructor (message: string) { super(message, 'ERR_RECORD_UNKNOWN_GENESIS') }
}
/** A name that breaks the name rules (see protocols/names.md). */
export class BadNameError extends AmigoError<NetErrorCode> {
  constructor (message: string) { super('ERR_BAD_NAME', message) }
}
/** A network operation on a node started with `offline: true`, or before start. */
export class OfflineError extends AmigoError<NetErrorCode> {
  constructor (message: string) { super('ERR_OFFLINE', message) }
}
/** A network operation that did not get far enough before its deadline (e.g. a publish no peer took yet). */
export class TimeoutError extends AmigoError<NetErrorCode> {
  constructor (message: string) { super('ERR_TIMEOUT', message) }
}
/** Bytes from a peer that are not a Bitswap 1.2.0 message (protocols/content.md): the stream is reset. */
export class BitswapMalformedError extends AmigoError<NetErrorCode> {
  constructor (message: string) { super('ERR_BITSWAP_MALFORMED', message) }
}
