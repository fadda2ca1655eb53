/**
 * Content-addressed storage: dag-cbor and raw blocks, CIDv1 with sha2-256, LevelDB blockstore and
 * datastore under a repo directory, DAG walking over links, CARv1 export and import.
 *
 * Every block that enters the store through this module has been checked: its size is within
 * {@link MAX_BLOCK_SIZE}, its codec is dag-cbor or raw, and its bytes hash to its CID.
 *
 * @example
 * ```ts
 * import { openStores, encodeBlock, exportCar, importCar } from './store/index.ts'
 * const stores = await openStores('/tmp/repo')
 * const { cid, bytes } = await encodeBlock({ hello: 'world' }, 'dag-cbor')
 * await stores.blockstore.put(cid, bytes)
 * const car = exportCar(stores.blockstore, cid, AbortSignal.timeout(5000))   // AsyncIterable<Uint8Array>
 * await importCar(otherStores.blockstore, car)                              // { roots: [cid], blocks: 1 }
 * await stores.close()
 * ```
 */
export { AmigoError, BadCidError, UnknownCodecError, BlockTooLargeError, HashMismatchError, NotFoundError, BadCarError } from './errors/index.ts'
export type { StoreErrorCode } from './errors/index.ts'
export type { PackageErrorCode } from './packages/index.ts'
export type { CallErrorCode } from './calls/index.ts'
export type { StoreDataErrorCode } from './hamt/index.ts'
export { MAX_BLOCK_SIZE, CODECS, codecCode, codecName, encodeBlock, decodeBlock, verifyBlock, makeCid, parseCid, blockLinks } from './block.ts'
export type { CodecName } from './block.ts'
export { openStores } from './stores.ts'
export type { Stores } from './stores.ts'
export { readBlock, walkDag, missingBlocks } from './dag.ts'
export type { WalkOptions } from './dag.ts'
export { exportCar, importCar } from './car.ts'
export type { ImportResult } from './car.ts'
