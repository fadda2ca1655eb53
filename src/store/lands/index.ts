/**
 * Lands (protocols/lands.md): the shapes shared by consensus and execution, the genesis, the
 * signed transactions (calls through store/calls, pushes, forks) and the consensus messages
 * (blocks, proposals, votes, certificates, view changes, equivocation proofs).
 *
 * @example
 * ```ts
 * import { parseGenesis, genesisCid, signPushTx, encodeLandTx, decodeLandTx } from './store/lands/index.ts'
 * const genesis = parseGenesis(await readFile('bootstrap/lands/testnet.json', 'utf8'))
 * const land = (await genesisCid(genesis)).toString()
 * const bytes = encodeLandTx(await signPushTx({ land: genesis.land, nonce: 1, path: 'testnet.land/alice/counter', files, gas: 1e6 }, key))
 * const { tx, signer } = await decodeLandTx(bytes, { land: genesis.land })
 * ```
 */
export * from './types.ts'
export { LAND_ERROR_CODES, LandError, isLandErrorCode, type LandErrorCode } from './errors.ts'
export { parseGenesis, encodeGenesis, genesisCid, GENESIS_FORMAT, MAX_VALIDATORS } from './genesis.ts'
export {
  signPushTx, signForkTx, encodeLandTx, decodeLandTx, txSender, PUSH_TX_FORMAT, FORK_TX_FORMAT,
  MAX_PUSH_TX_BYTES, MAX_FORK_TX_BYTES, MAX_TX_BYTES, NONCE_WINDOW,
  type PushTx, type ForkTx, type SignedPushTx, type SignedForkTx, type SignedLandTx, type DecodedLandTx
} from './txs.ts'
export * from './messages.ts'
export { quorum, messageSigningBytes, signMessage, buildQC, ValidatorSet } from './validators.ts'
export { sameBytes } from './cbor.ts'
