/**
 * What the consensus needs of execution (implemented by src/vm's `createLandExecutor`, wired by
 * src/node): net never imports vm. One height at a time: `execute` runs a block on top of the last
 * committed one and keeps the result pending; `commit` makes it durable once final (one synced
 * batch, with the consensus' own records); `abort` forgets it (view change, another block).
 */
import type { CID } from 'multiformats/cid'
import type { ExecutedBlock, LandTx } from '../../store/lands/types.ts'

export interface LandExecutor {
  /** the last committed (final) block: height 0 is the genesis state */
  head: () => { height: number, stateRoot: CID }
  /** the caller's last nonce in the committed state (undefined: none yet) */
  lastNonce: (address: string) => Promise<number | undefined>
  /** runs the block's txs in order on the committed state; pending until commit or abort */
  execute: (block: { height: number, timeMs: number, txs: LandTx[] }) => Promise<ExecutedBlock>
  /** makes the pending block of `height` durable, writing `extra` records in the same batch */
  commit: (height: number, extra?: Array<{ key: string, value: Uint8Array }>) => Promise<void>
  /** drops the pending block, if any */
  abort: () => void
  /** state sync: adopt the land state root certified final at `height` (its blocks are fetched lazily) */
  adopt: (height: number, stateRoot: CID) => Promise<void>
}
