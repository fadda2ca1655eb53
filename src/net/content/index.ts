// Content by CID over our Bitswap 1.2.0 (protocols/content.md).
export { Content } from './blocks.ts'
export type { ContentInit } from './blocks.ts'
export { Exchange } from './exchange.ts'
export type { Answer, ExchangeInit } from './exchange.ts'
