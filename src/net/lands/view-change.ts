/**
 * View changes (protocols/finality.md, "View change"): the back-off timer, the view-change
 * messages of one height, the f+1 and q rules, and the check of a new-view proof.
 */
import type { CID } from 'multiformats/cid'
import { LandError, type PrepareQC, type Signed, type ValidatorSet, type ViewChangeMsg } from '../../store/lands/index.ts'

/** Most doublings of the view timeout. */
export const MAX_BACKOFF = 6

export function viewTimeout (baseMs: number, changes: number): number {
  return baseMs * 2 ** Math.min(changes, MAX_BACKOFF)
}

/** Most view changes one exchange carries: 4 per validator (sync.md, `viewChanges`). */
export function maxExchanged (validators: number): number {
  return 4 * validators
}

/** One timer, re-armed by the land. */
export class ViewTimer {
  private timer?: ReturnType<typeof setTimeout>
  get armed (): boolean { return this.timer !== undefined }
  arm (ms: number, fire: () => void): void {
    this.disarm()
    this.timer = setTimeout(() => { this.timer = undefined; fire() }, ms)
  }

  disarm (): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }
}

/** The view changes received at one height, by view and signer. */
export class ViewChanges {
  private readonly byView = new Map<number, Map<number, Signed<ViewChangeMsg>>>()

  add (vc: Signed<ViewChangeMsg>): boolean {
    let m = this.byView.get(vc.msg.view)
    if (m === undefined) { m = new Map(); this.byView.set(vc.msg.view, m) }
    if (m.has(vc.by)) return false
    m.set(vc.by, vc)
    return true
  }

  count (view: number): number { return this.byView.get(view)?.size ?? 0 }

  /** q view changes for `view`: a new-view proof */
  proof (view: number, q: number): Array<Signed<ViewChangeMsg>> | undefined {
    const m = this.byView.get(view)
    if (m === undefined || m.size < q) return undefined
    return [...m.values()].sort((a, b) => a.by - b.by).slice(0, q)
  }

  /** Up to `max` view changes held, highest views first (what an exchange sends, sync.md). */
  held (max: number): Array<Signed<ViewChangeMsg>> {
    const views = [...this.byView.keys()].sort((a, b) => b - a)
    const out: Array<Signed<ViewChangeMsg>> = []
    for (const v of views) {
      for (const vc of this.byView.get(v)!.values()) {
        if (out.length >= max) return out
        out.push(vc)
      }
    }
    return out
  }

  /** the views above `above` with at least `n` view changes, lowest first */
  viewsWith (n: number, above: number): number[] {
    return [...this.byView.entries()].filter(([v, m]) => v > above && m.size >= n).map(([v]) => v).sort((a, b) => a - b)
  }
}

/** The lock of highest view among a proof's view changes, if any. */
export function highestLock (proof: Array<Signed<ViewChangeMsg>>): PrepareQC | undefined {
  let best: PrepareQC | undefined
  for (const vc of proof) {
    const l = vc.msg.lock
    if (l !== undefined && (best === undefined || l.msg.view > best.msg.view)) best = l
  }
  return best
}

/**
 * Checks a new-view proof for (height, view): q distinct validators, each view change for exactly
 * that height and view and this land, validly signed, every lock a valid prepare QC of the height
 * from an earlier view. Returns the highest lock. Throws ERR_LAND_WRONG_VIEW / _NO_QUORUM / signature codes.
 */
export async function verifyNewView (proof: Array<Signed<ViewChangeMsg>>, height: number, view: number, genesis: CID, set: ValidatorSet): Promise<PrepareQC | undefined> {
  const signers = new Set<number>()
  for (const vc of proof) {
    if (!vc.msg.genesis.equals(genesis)) throw new LandError('ERR_LAND_WRONG_LAND', 'a view change of the justification is for another land')
    if (vc.msg.height !== height || vc.msg.view !== view) throw new LandError('ERR_LAND_WRONG_VIEW', `a view change of the justification is for (${vc.msg.height}, ${vc.msg.view}), not (${height}, ${view})`)
    signers.add(vc.by)
  }
  if (signers.size < set.q) throw new LandError('ERR_LAND_NO_QUORUM', `a new-view proof needs ${set.q} validators, it has ${signers.size}`)
  await Promise.all(proof.map(async vc => {
    await set.verifySigned(vc)
    const l = vc.msg.lock
    if (l !== undefined) {
      if (l.msg.height !== height || l.msg.view >= view || !l.msg.genesis.equals(genesis)) throw new LandError('ERR_LAND_WRONG_VIEW', 'a lock of the justification is not a prepare QC of this height from an earlier view')
      await set.verifyQC(l)
    }
  }))
  return highestLock(proof)
}
