import { AmigoError } from '../errors/index.ts'

/** Why a land refused something. `code` is stable (protocols/lands.md, "Errors"); the message says what was wrong. */
export const LAND_ERROR_CODES = [
  'ERR_LAND_BAD_GENESIS',
  'ERR_LAND_TX_TOO_LARGE',
  'ERR_LAND_TX_MALFORMED',
  'ERR_LAND_TX_NOT_CANONICAL',
  'ERR_LAND_WRONG_LAND',
  'ERR_LAND_BAD_SIGNATURE',
  'ERR_LAND_NONCE',
  'ERR_BUSY',
  'ERR_LAND_TX_DROPPED',
  'ERR_LAND_MALFORMED',
  'ERR_LAND_TOO_LARGE',
  'ERR_LAND_NOT_SEQUENCER',
  'ERR_LAND_WRONG_HEIGHT',
  'ERR_LAND_WRONG_PREV',
  'ERR_LAND_WRONG_VIEW',
  'ERR_LAND_BAD_TIME',
  'ERR_LAND_BAD_BLOCK',
  'ERR_LAND_NOT_VALIDATOR',
  'ERR_LAND_NO_QUORUM',
  'ERR_LAND_BAD_CERTIFICATE',
  'ERR_LAND_EQUIVOCATION',
  'ERR_LAND_DIVERGED',
  'ERR_LAND_STOPPED'
] as const

export type LandErrorCode = typeof LAND_ERROR_CODES[number]

const KNOWN = new Set<string>(LAND_ERROR_CODES)

/** Whether `code` (from a peer, say) is one of the stable land codes. */
export function isLandErrorCode (code: unknown): code is LandErrorCode {
  return typeof code === 'string' && KNOWN.has(code)
}

export class LandError extends AmigoError<LandErrorCode> {}
