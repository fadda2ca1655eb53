/**
 * The validator set of a genesis and the signatures of consensus messages (protocols/blocks.md,
 * "Signed messages"; finality.md, "Quorum certificates"): each message kind signs
 * `format || " signature\n" || dag-cbor(msg)` with its own domain; a QC holds q distinct signers.
 */
import * as dagCbor from '@ipld/dag-cbor'
import { verify as verifyEd25519, type KeyObject } from 'node:crypto'
import type { PrivateKey } from '@libp2p/interface'
import type { CID } from 'multiformats/cid'
import { publicKeyOfAddress, ed25519KeyObject } from '../calls/index.ts'
import { LandError } from './errors.ts'
import { prefixed } from './cbor.ts'
import { EQUIVOCATION_FORMAT, withoutUndefined, type EquivocationProof, type LandMsg, type QC, type Signed, type VoteSig, type AttestMsg, type PrepareMsg } from './messages.ts'

/** Signers needed for a certificate among n validators: n - f with f = floor((n-1)/3) (2f+1 for n = 3f+1). */
export function quorum (n: number): number {
  return n - Math.floor((n - 1) / 3)
}

/** The bytes a validator signs for a message. */
export function messageSigningBytes (msg: LandMsg): Uint8Array {
  return prefixed(`${msg.format} signature\n`, dagCbor.encode(withoutUndefined(msg)))
}

export async function signMessage<T extends LandMsg> (msg: T, by: number, key: PrivateKey): Promise<Signed<T>> {
  return { msg, by, sig: await key.sign(messageSigningBytes(msg)) }
}

export class ValidatorSet {
  readonly n: number
  readonly f: number
  readonly q: number
  /** node:crypto key objects, made once: a certificate or a vote is checked without re-importing keys */
  private readonly keys: KeyObject[]
  private readonly index = new Map<string, number>()

  constructor (readonly addresses: string[]) {
    this.n = addresses.length
    this.q = quorum(this.n)
    this.f = this.n - this.q
    this.keys = addresses.map(a => ed25519KeyObject(publicKeyOfAddress(a)))
    addresses.forEach((a, i) => this.index.set(a, i))
  }

  /** the validator index of an address, or -1 */
  indexOf (address: string): number { return this.index.get(address) ?? -1 }

  /** the index of the sequencer of a view */
  sequencer (view: number): number { return view % this.n }

  /** Throws ERR_LAND_NOT_VALIDATOR or ERR_LAND_BAD_SIGNATURE unless `by` signed `msg`. */
  async verify (msg: LandMsg, by: number, sig: Uint8Array): Promise<void> {
    if (!Number.isSafeInteger(by) || by < 0 || by >= this.n) throw new LandError('ERR_LAND_NOT_VALIDATOR', `signer ${by} is not a validator (there are ${this.n})`)
    let ok = false
    try { ok = verifyEd25519(null, messageSigningBytes(msg), this.keys[by], sig) } catch { ok = false }
    if (!ok) throw new LandError('ERR_LAND_BAD_SIGNATURE', `the signature of validator ${by} (${this.addresses[by]}) on ${msg.format} does not verify`)
  }

  async verifySigned (s: Signed<LandMsg>): Promise<void> {
    await this.verify(s.msg, s.by, s.sig)
  }

  /** Checks a QC: q distinct validators in ascending order, each signature valid. */
  async verifyQC (qc: QC<PrepareMsg | AttestMsg>): Promise<void> {
    for (let i = 1; i < qc.sigs.length; i++) {
      if (qc.sigs[i].by <= qc.sigs[i - 1].by) throw new LandError('ERR_LAND_MALFORMED', 'a certificate lists its signers once each, in ascending order')
    }
    if (qc.sigs.length < this.q) throw new LandError('ERR_LAND_NO_QUORUM', `a certificate needs ${this.q} of ${this.n} validators, it has ${qc.sigs.length}`)
    const bytes = messageSigningBytes(qc.msg)
    await Promise.all(qc.sigs.map(async s => {
      if (s.by >= this.n) throw new LandError('ERR_LAND_NOT_VALIDATOR', `signer ${s.by} is not a validator (there are ${this.n})`)
      let ok = false
      try { ok = verifyEd25519(null, bytes, this.keys[s.by], s.sig) } catch { ok = false }
      if (!ok) throw new LandError('ERR_LAND_BAD_SIGNATURE', `the signature of validator ${s.by} in the certificate does not verify`)
    }))
  }

  /** Checks an equivocation proof for `genesis`: two validly signed, different proposals of one sequencer for one (height, view). */
  async verifyEquivocation (p: EquivocationProof, genesis: CID): Promise<void> {
    const { a, b } = p
    if (p.format !== EQUIVOCATION_FORMAT) throw new LandError('ERR_LAND_MALFORMED', 'not an equivocation proof')
    if (!a.msg.genesis.equals(genesis) || !b.msg.genesis.equals(genesis)) throw new LandError('ERR_LAND_WRONG_LAND', 'the proof is for another land')
    if (a.msg.height !== b.msg.height || a.msg.view !== b.msg.view || a.by !== b.by || a.msg.block.equals(b.msg.block)) {
      throw new LandError('ERR_LAND_MALFORMED', 'an equivocation proof holds two different proposals of one signer for one height and view')
    }
    if (a.by !== this.sequencer(a.msg.view)) throw new LandError('ERR_LAND_NOT_SEQUENCER', `validator ${a.by} is not the sequencer of view ${a.msg.view}`)
    await this.verifySigned(a)
    await this.verifySigned(b)
  }
}

/** A QC from collected signatures (sorted by signer). */
export function buildQC<T extends PrepareMsg | AttestMsg> (msg: T, sigs: Map<number, Uint8Array>): QC<T> {
  const list: VoteSig[] = [...sigs.entries()].sort((x, y) => x[0] - y[0]).map(([by, sig]) => ({ by, sig }))
  return { msg, sigs: list }
}
