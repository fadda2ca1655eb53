// Content by CID over our Bitswap 1.2.0 (protocols/content.md).
export { Content } from './blocks.ts'
export type { ContentInit } from './blocks.ts'
export { Exchange } from './exchange.ts'
export type { Answer, ExchangeInit } from './exchange.ts'
export { DONT_HAVE, HAVE, WANT_BLOCK, WANT_HAVE, cidPrefix, decodeMessage, decodePrefix, emptyMessage, encodeMessage } from './wire.ts'
export type { Message, PayloadBlock, Presence, WantEntry } from './wire.ts'
