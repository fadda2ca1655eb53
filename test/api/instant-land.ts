/**
 * Test helper: a stand-in for the consensus of a one-node land — every submitted transaction is
 * executed and committed as a block of its own, at once, by the real land executor. It lets the
 * API and CLI tests exercise the node's land host and routes without libp2p.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { decodeLandTx } from '../../src/store/lands/index.ts'
import type { LandTx } from '../../src/store/lands/types.ts'
import type { LandVM } from '../../src/vm/index.ts'
import type { Land, FinalReceipt } from '../../src/net/index.ts'
import type { LandBlockInfo } from '../../src/api/services.ts'

export function instantLand (landName: string, vm: LandVM, validator: string, opts: { hold?: boolean } = {}): Land & { release: () => Promise<void> } {
  const blocks: LandBlockInfo[] = []
  const finals = new Map<string, FinalReceipt>()
  const waiters = new Map<string, Array<(r: FinalReceipt) => void>>()
  const held: LandTx[] = []
  let tail: Promise<unknown> = Promise.resolve()

  const run = async (tx: LandTx): Promise<void> => {
    const height = vm.head().height + 1
    const done = await vm.execute({ height, timeMs: 1_767_225_600_000 + height, txs: [tx] })
    await vm.commit(height)
    const cid = CID.createV1(dagCbor.code, await sha256.digest(dagCbor.encode({ height, tx: tx.cid.toString() }))).toString()
    blocks.push({ height, cid, view: 0, timeMs: 1_767_225_600_000 + height, txs: [tx.cid.toString()], stateRoot: done.stateRoot.toString(), receiptsRoot: done.receiptsRoot.toString(), attestations: [validator] })
    const r = { ...done.receipts[0], height, block: cid, stateRoot: done.stateRoot.toString() }
    finals.set(tx.cid.toString(), r)
    for (const w of waiters.get(tx.cid.toString()) ?? []) w(r)
  }
  return {
    land: landName,
    genesisCid: CID.parse('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy'),
    async start () {},
    async stop () {},
    async submit (bytes) {
      const { tx } = await decodeLandTx(bytes, { land: landName })
      if (opts.hold === true) held.push(tx)
      else tail = tail.then(async () => await run(tx))
      return { cid: tx.cid }
    },
    async waitFinal (cid, o = {}) {
      const done = finals.get(cid.toString())
      if (done !== undefined) return done
      return await new Promise<FinalReceipt>((resolve, reject) => {
        waiters.set(cid.toString(), [...(waiters.get(cid.toString()) ?? []), resolve])
        o.signal?.addEventListener('abort', () => reject(o.signal!.reason), { once: true })
      })
    },
    status: () => ({
      land: landName,
      genesis: 'bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
      height: vm.head().height,
      finalHeight: vm.head().height,
      stateRoot: vm.head().stateRoot?.toString() ?? '',
      view: 0,
      sequencer: validator,
      validator: true,
      validators: [{ id: validator, height: vm.head().height, connected: true }],
      mempool: { txs: held.length, bytes: 0 },
      equivocations: [],
      rejections: {}
    }),
    async blocks (from, limit) { return blocks.filter(b => b.height >= from).slice(0, limit) },
    async release () {
      for (const tx of held.splice(0)) await run(tx)
    }
  }
}
