/** What a node knows and did at the height being decided (protocols/finality.md); a new one per height. */
import type { CID } from 'multiformats/cid'
import type {
  AttestMsg, Certificate, LandTx, PrepareMsg, PrepareQC, ProposalEnvelope, Signed, ViewChangeMsg
} from '../../store/lands/index.ts'
import { VoteBook, attestKey, prepareKey } from './votes.ts'
import { ViewChanges } from './view-change.ts'

export interface AcceptedProposal { env: ProposalEnvelope, cid: CID, txs: LandTx[] }

export class Round {
  /** accepted proposals by view */
  readonly proposals = new Map<number, AcceptedProposal>()
  /** the same, by block CID */
  readonly byBlock = new Map<string, AcceptedProposal>()
  readonly prepares = new VoteBook<PrepareMsg>(prepareKey)
  readonly attests = new VoteBook<AttestMsg>(attestKey)
  readonly viewChanges = new ViewChanges()
  /** views this node prepared / attested in */
  readonly prepared = new Set<number>()
  readonly attested = new Set<number>()
  /** views this node proposed in (as their sequencer) */
  readonly proposed = new Set<number>()
  /** views whose sequencer signed two blocks at this height */
  readonly equivocated = new Set<number>()
  /** new-view proofs by view */
  readonly justification = new Map<number, Array<Signed<ViewChangeMsg>>>()
  lock?: PrepareQC
  /** the highest view this node sent a view change for (-1: none) */
  viewChangeSent = -1
  /** view changes sent at this height (the back-off while waiting for a new-view proof) */
  changes = 0
  /** views entered at this height (the back-off in a view) */
  entered = 0
  /** the view change being signed, if any */
  sending?: Promise<void>
  cert?: Certificate
  /** when each step of this height happened (performance.now(), for the timing debug log) */
  readonly steps: Record<string, number> = { start: performance.now() }

  constructor (readonly height: number) {}

  /** Notes the first time a step happened. */
  mark (step: string): void {
    this.steps[step] ??= performance.now()
  }
}
