/**
 * The VM: deploys packages at paths, runs calls and queries against services' state roots, and
 * returns receipts. It uses src/lang (compile and run Go) and src/store (blocks, HAMT).
 *
 * @example
 * ```ts
 * const vm = createVM({ storage, land: 'local.land', blockTime: () => BigInt(Date.now()) * 1_000_000n })
 * await vm.push({ path: 'local.land/alice/counter', files, deployer: addr })
 * const r = await vm.call({ path: 'local.land/alice/counter', func: 'Add', args: ['2'], caller: addr })
 * // r.ok, r.results ['2'], r.stateRoot
 *
 * // a network land: blocks ordered by its consensus, executed with the same code
 * const land = await createLandExecutor({ storage, genesis })
 * const done = await land.execute({ height: 1, timeMs, txs })   // done.stateRoot, done.receipts
 * await land.commit(1)                                          // once final
 * await land.reads.render('testnet.land/alice/counter', '')    // at the final height
 * ```
 */
export type * from './types.ts'
export { VMError, type VMErrorCode } from './errors.ts'
export { createVM } from './vm.ts'
export { createLandExecutor } from './land-executor.ts'
export { packageDoc } from './package-doc.ts'
