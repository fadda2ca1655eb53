/**
 * The node's services: the VM on the repo's stores, and the admission of what changes them.
 * A signed call is checked by `verifyCall` (size, shape, land, signature) against the caller's
 * last nonce. The new nonce is persisted in the datastore in the same synced LevelDB batch as the
 * call's new heads (or, when the call commits nothing, by a batch of its own before the receipt
 * is returned): a committed call's nonce is never lost, so a replayed call is refused even after
 * a restart; a call cut short by a kill -9 committed neither its effects nor (at most) its nonce.
 * A call the VM refuses before it runs (unknown function, bad arguments) uses no nonce. A push is checked against the deployer's
 * signature. Calls, pushes, forks and pulls run one at a time, in arrival order.
 *
 * @example
 * ```ts
 * const services = createServices({ vm, land: 'local.land', datastore: stores.datastore, blockstore: stores.blockstore })
 * const receipt = await services.call(signedCallBytes)   // CallError on a bad signature or nonce
 * ```
 */
import type { Blockstore } from 'interface-blockstore'
import type { Datastore } from 'interface-datastore'
import type { CID } from 'multiformats/cid'
import { decodeSignedCall, addressOf, verifyCall, NonceBook } from '../store/calls/index.ts'
import type { VM } from '../vm/types.ts'
import type { ServiceHost, SignedPush, CallReceipt } from '../api/services.ts'
import { verifyPush } from './push-signature.ts'
import { levelDbOf } from './vm-storage.ts'
import type { RecordStorage } from './vm-storage.ts'
import { receiptRecord } from './receipt-log.ts'

export interface ServicesInit {
  vm: VM
  land: string
  datastore: Datastore
  blockstore: Blockstore
  /** the VM's records: a call's nonce rides in the batch that commits the call's heads */
  records: RecordStorage
  /** the land's gas cap (protocols/calls.md, Limits): a call asking for more runs with this much */
  maxGas?: number
}

/** The gas cap when none is configured (config `limits.maxCallGas`). */
export const DEFAULT_MAX_GAS = 20_000_000

/** Where the last nonce of each caller is kept: `/amigo/nonce/<land>/<address>` → decimal text. */
export const NONCE_PREFIX = '/amigo/nonce/'

export function createServices (init: ServicesInit): ServiceHost {
  const { vm, land } = init
  const db = levelDbOf(init.datastore)
  // the persisted nonces, read once per caller (one read even when requests race) and then kept
  // in step with the datastore
  const book = new NonceBook()
  const loads = new Map<string, Promise<void>>()
  const nonceKey = (address: string): string => `${NONCE_PREFIX}${land}/${address}`

  const loadNonce = async (address: string): Promise<number | undefined> => {
    let load = loads.get(address)
    if (load === undefined) {
      load = (async () => {
        const bytes = await db.get(nonceKey(address))
        if (bytes !== undefined) book.accept(address, Number(new TextDecoder().decode(bytes)))
      })()
      loads.set(address, load)
      load.catch(() => loads.delete(address)) // a failed read is tried again next time
    }
    await load
    return book.get(address)
  }

  // one writer at a time: admission (nonce check, then nonce write) and the call it admits
  let tail: Promise<unknown> = Promise.resolve()
  const serial = async <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job)
    tail = run.catch(() => {})
    return await run
  }

  const maxGas = init.maxGas ?? DEFAULT_MAX_GAS
  const capped = (gas: number | undefined): number | undefined => gas === undefined ? undefined : Math.min(gas, maxGas)

  return {
    land,
    vm,
    maxGas,
    async push (p: SignedPush) {
      await verifyPush(p)
      return await serial(async () => await vm.push({ path: p.path, files: p.files, deployer: p.deployer, gas: capped(p.gas), version: p.version }))
    },
    async call (bytes: Uint8Array): Promise<CallReceipt> {
      // the shape and the caller are checked before the queue, so garbage never waits in line
      const address = addressOf(decodeSignedCall(bytes).call.caller)
      return await serial(async () => {
        await loadNonce(address)
        const verified = await verifyCall(bytes, { land, lastNonce: a => book.get(a) })
        const { call } = verified.signed
        // the call block is kept (history names it by CID), then its nonce is used for good
        await init.blockstore.put(verified.cid, bytes)
        const previous = book.get(address)
        init.records.ride([{ key: nonceKey(address), value: new TextEncoder().encode(String(call.nonce)) }])
        book.accept(address, call.nonce)
        let receipt
        try {
          receipt = await vm.call({ path: call.service, func: call.func, args: call.args, caller: address, gas: capped(call.gas), callCid: verified.cid.toString() })
        } catch (err) {
          // refused before it ran (no such service or function, arguments of the wrong types, a
          // bad gas): the VM threw instead of answering a receipt, so nothing changed, the nonce
          // included (protocols/http-api.md: every refused request changes nothing)
          init.records.dropRiders()
          book.restore(address, previous)
          throw err
        }
        // gas and events of a committed call, for the history pages (written with the riders below)
        if (receipt.ok) init.records.ride([receiptRecord(land, verified.cid.toString(), receipt)])
        // a call that ran and failed committed no batch: its nonce is used all the same
        await init.records.flushRiders()
        return { ...receipt, callCid: verified.cid.toString(), caller: address, nonce: call.nonce, path: call.service, func: call.func }
      })
    },
    async lastNonce (address: string) {
      return await loadNonce(address)
    },
    async fork (src: string, dst: string, at?: number) {
      return await serial(async () => await vm.fork(src, dst, at === undefined ? undefined : { at }))
    },
    async addFetched (cid: CID) {
      return await serial(async () => await vm.verifyPackage(cid.toString()))
    }
  }
}
