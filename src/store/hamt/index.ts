/**
 * Chunked, copy-on-write state structures over IPLD blocks (dag-cbor, CIDv1, sha2-256):
 *
 * - `Hamt`: a canonical map with byte keys, following the IPLD HashMap spec (bitWidth 5,
 *   bucketSize 3 by default). The same entries give the same root CID whatever the history.
 * - `List`: a persistent vector by index (width 32) for large slices and arrays.
 *
 * Both are immutable values: a change returns a new version with a new root CID and writes only
 * the nodes on the changed path; everything else is shared. Nodes load lazily from a `BlockStore`,
 * with every block's hash verified.
 *
 * @example
 * ```ts
 * import { Hamt, List, MemoryBlockStore } from './store/hamt/index.ts'
 * const store = new MemoryBlockStore()
 * const key = new TextEncoder().encode('alice')
 * const m0 = await Hamt.create(store)
 * const m1 = await m0.set(key, 42)          // m0 is unchanged
 * await m1.get(key)                         // 42
 * const again = await Hamt.load(store, m1.root)
 *
 * const l = await (await List.create(store)).append('a')
 * await l.get(0)                            // 'a'
 * ```
 */
export { Hamt, HamtBatch, DEFAULT_BIT_WIDTH, DEFAULT_BUCKET_SIZE, MAX_KEY_BYTES } from './hamt.ts'
export type { Entry, HamtOptions } from './hamt.ts'
export type { StoreDataErrorCode } from './errors.ts'
export { List, ListBatch, DEFAULT_LIST_WIDTH } from './list.ts'
export type { ListOptions } from './list.ts'
export { MemoryBlockStore, CountingBlockStore, chunkedBlockStore } from './block-store.ts'
export type { BlockStore, BlockCounts, ChunkedBlockstore } from './block-store.ts'
export { encodeBlock, verifyBlock } from './codec.ts'
export { hamtGetSync, hamtEntriesSync } from './read-sync.ts'
export type { ReadBlock } from './read-sync.ts'
export {
  StoreDataError, HashMismatchError, BlockNotFoundError, InvalidNodeError, InvalidArgumentError,
  MaxDepthError, IndexOutOfRangeError
} from './errors.ts'
