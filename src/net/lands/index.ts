/**
 * Lands over the network (protocols/lands.md): `createLand` runs one land's consensus on a node —
 * mempool, gossip topics with validators, sequencer, two-phase votes, finality certificates, view
 * changes, equivocation proofs, divergence, catch-up and state sync over `/amigo/land/sync/1.0.0`.
 */
export { createLand } from './land.ts'
export { landTopics } from './topics.ts'
export { SYNC_PROTOCOL } from './sync-wire.ts'
export { fetchStateBlock } from './sync.ts'
export type { LandExecutor } from './executor.ts'
export type { Land, LandInit, LandStatus, LandBlockSummary, LandRecords, FinalReceipt, MempoolOptions, ValidatorStatus } from './types.ts'
