/**
 * What the API needs of one network land, over its consensus (`Land`) and its executor (`LandVM`):
 * reads at the last final height, signed transactions submitted to the mempool and waited for
 * until final, receipts by transaction CID, the land's status and its log.
 *
 * Nonces: a client asks for the signer's last nonce before signing. The final state alone would
 * hand out the same nonce to two calls sent before the first is final, so the host also remembers
 * the highest nonce it admitted per signer (the land allows gaps, so a dropped transaction costs
 * nothing but a skipped number).
 */
import { CID } from 'multiformats/cid'
import type { LandHost, LandTxInfo, LandTxReceipt } from '../api/services.ts'
import type { LandVM } from '../vm/index.ts'
import type { decodeLandTx } from '../store/lands/index.ts'
import type { Land, FinalReceipt } from '../net/index.ts'

export interface LandHostInit {
  land: Land
  vm: LandVM
  decodeLandTx: (bytes: Uint8Array) => ReturnType<typeof decodeLandTx>
  /** the land's gas cap for queries (genesis params.maxTxGas) */
  maxGas: number
  /** how often a wait for a transaction this node did not admit looks for its receipt (ms) */
  pollMs?: number
}

export function createLandHost (init: LandHostInit): LandHost {
  const { land, vm } = init
  const name = land.land
  const admitted = new Map<string, number>()
  const pollMs = init.pollMs ?? 100

  // a request inspects its transaction, then submits it: the signature is checked once here
  const inspected = new WeakMap<Uint8Array, Promise<LandTxInfo>>()
  const inspect = async (bytes: Uint8Array): Promise<LandTxInfo> => {
    let info = inspected.get(bytes)
    if (info === undefined) {
      info = decode(bytes)
      inspected.set(bytes, info)
    }
    return await info
  }
  const decode = async (bytes: Uint8Array): Promise<LandTxInfo> => {
    const { tx, signer } = await init.decodeLandTx(bytes)
    switch (tx.kind) {
      case 'call': return { kind: 'call', signer, nonce: tx.nonce, service: tx.service, func: tx.func }
      case 'push': return { kind: 'push', signer, nonce: tx.nonce, path: tx.path }
      default: {
        const fork = tx as { kind: 'fork', nonce: number, src: string, dst: string }
        return { kind: 'fork', signer, nonce: fork.nonce, src: fork.src, dst: fork.dst }
      }
    }
  }

  const receiptJson = (r: FinalReceipt, latencyMs?: number): LandTxReceipt => ({
    land: name,
    tx: r.tx,
    ok: r.ok,
    results: r.results,
    ...(r.error !== undefined ? { error: r.error } : {}),
    events: r.events,
    gasUsed: r.gasUsed,
    heads: r.heads,
    ...(r.cid !== undefined ? { cid: r.cid } : {}),
    height: r.height,
    block: r.block,
    stateRoot: r.stateRoot,
    ...(latencyMs !== undefined ? { latencyMs } : {})
  })

  const submit = async (bytes: Uint8Array, opts: { signal?: AbortSignal } = {}): Promise<{ tx: string }> => {
    const info = await inspect(bytes)
    const { cid } = await land.submit(bytes, opts)
    if ((admitted.get(info.signer) ?? 0) < info.nonce) admitted.set(info.signer, info.nonce)
    return { tx: cid.toString() }
  }

  const receipt = async (tx: string): Promise<LandTxReceipt | undefined> => {
    const r = await vm.receipt(tx)
    if (r === undefined) return undefined
    const [block] = await land.blocks(r.height, 1)
    return receiptJson({ ...r, block: block?.cid ?? '', stateRoot: block?.stateRoot ?? '' })
  }

  return {
    land: name,
    maxGas: init.maxGas,
    reads: vm.reads,
    finalHeight: () => vm.head().height,
    async lastNonce (address) {
      const final = await vm.lastNonce(address)
      const here = admitted.get(address)
      if (final === undefined) return here
      return here === undefined || here < final ? final : here
    },
    inspect,
    submit,
    async execute (bytes, opts = {}) {
      const started = performance.now()
      const { tx } = await submit(bytes, opts)
      const r = await land.waitFinal(CID.parse(tx), opts)
      return receiptJson(r, Math.round(performance.now() - started))
    },
    receipt,
    async waitReceipt (tx, opts = {}) {
      const cid = CID.parse(tx)
      const found = await receipt(tx)
      if (found !== undefined) return found
      // the consensus knows the transactions it saw; one gossiped elsewhere may only show up as
      // a receipt once final, so look for that too
      const stop = new AbortController()
      const signal = opts.signal === undefined ? stop.signal : AbortSignal.any([opts.signal, stop.signal])
      const poll = async (): Promise<LandTxReceipt> => {
        for (;;) {
          await new Promise(resolve => setTimeout(resolve, pollMs))
          signal.throwIfAborted()
          const r = await receipt(tx)
          if (r !== undefined) return r
        }
      }
      try {
        return await Promise.race([land.waitFinal(cid, { signal }).then(r => receiptJson(r)), poll()])
      } finally {
        stop.abort()
      }
    },
    status: () => land.status(),
    blocks: async (from, limit) => await land.blocks(from, limit)
  }
}
