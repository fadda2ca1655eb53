/**
 * The timing debug log (`DEBUG=amigo:land:<land>:timing`): one line per final height with when each
 * of its steps happened after the height began (proposing, accepted, execStart, executed,
 * prepareQC, attested, cert, committed), and the age of its oldest tx. It is how the time from a
 * call to its finality is taken apart (scripts/bench-land.ts measures only the whole).
 */
import type { Logger } from '@libp2p/interface'
import type { Round, AcceptedProposal } from './round.ts'
import type { Mempool } from './mempool.ts'

/** ms since the oldest tx of `p` entered the mempool (0 when unknown). */
export function oldestTxAge (p: AcceptedProposal, mempool: Mempool, now: number): number {
  return Math.max(0, ...p.txs.map(tx => now - (mempool.get(tx.cid.toString())?.addedMs ?? now)))
}

export function logTiming (log: Logger, r: Round, p: AcceptedProposal, oldest: number): void {
  const t0 = r.steps.start
  const steps = Object.entries(r.steps).filter(([k]) => k !== 'start').sort((a, b) => a[1] - b[1])
  log('height %d txs %d oldest tx %d ms: %s', r.height, p.txs.length, oldest, steps.map(([k, t]) => `${k} +${(t - t0).toFixed(0)}`).join(' '))
}
