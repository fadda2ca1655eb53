import { AmigoError } from '../errors/index.ts'

/** Why a call was refused. `code` is stable (protocols/calls.md); the message names the field at fault. */
export type CallErrorCode =
  | 'ERR_CALL_TOO_LARGE'
  | 'ERR_CALL_MALFORMED'
  | 'ERR_CALL_NOT_CANONICAL'
  | 'ERR_CALL_BAD_ARGUMENT'
  | 'ERR_CALL_WRONG_LAND'
  | 'ERR_CALL_BAD_SIGNATURE'
  | 'ERR_CALL_NONCE'

export class CallError extends AmigoError<CallErrorCode> {}
