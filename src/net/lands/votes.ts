/**
 * The votes of one height (protocols/finality.md, "Two phases"): prepares and attestations counted
 * per (view, block[, roots]), one vote per validator and key; q of them make a QC.
 */
import { buildQC, type AttestMsg, type PrepareMsg, type QC } from '../../store/lands/index.ts'

export function prepareKey (m: PrepareMsg): string {
  return `${m.view}|${m.block.toString()}`
}

export function attestKey (m: AttestMsg): string {
  return `${m.view}|${m.block.toString()}|${m.stateRoot.toString()}|${m.receiptsRoot.toString()}`
}

/** Signatures of identical messages, by signer. */
export class VoteBook<T extends PrepareMsg | AttestMsg> {
  private readonly votes = new Map<string, { msg: T, sigs: Map<number, Uint8Array> }>()

  constructor (private readonly keyOf: (m: T) => string) {}

  /** Records a vote; false if this signer already voted for this key. */
  add (msg: T, by: number, sig: Uint8Array): boolean {
    const key = this.keyOf(msg)
    let entry = this.votes.get(key)
    if (entry === undefined) {
      entry = { msg, sigs: new Map() }
      this.votes.set(key, entry)
    }
    if (entry.sigs.has(by)) return false
    entry.sigs.set(by, sig)
    return true
  }

  has (msg: T, by: number): boolean {
    return this.votes.get(this.keyOf(msg))?.sigs.has(by) ?? false
  }

  /** The QC of `msg`'s key once it has `q` signers. */
  qc (msg: T, q: number): QC<T> | undefined {
    const entry = this.votes.get(this.keyOf(msg))
    if (entry === undefined || entry.sigs.size < q) return undefined
    return buildQC(entry.msg, entry.sigs)
  }

  /** Every key that reached `q` signers. */
  complete (q: number): Array<QC<T>> {
    const out: Array<QC<T>> = []
    for (const e of this.votes.values()) if (e.sigs.size >= q) out.push(buildQC(e.msg, e.sigs))
    return out
  }
}
