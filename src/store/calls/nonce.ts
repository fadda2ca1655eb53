/**
 * Nonce rules (protocols/calls.md): per caller and land, each accepted call's nonce is strictly
 * greater than the caller's last accepted nonce (the first may be any positive number; gaps are
 * allowed). A replayed call, or one that arrives after a call with a higher nonce, is refused.
 * The last nonces are part of the land's state (the VM keeps them); NonceBook is the same rule
 * over an in-memory map, for a mempool or tests.
 */
import { CallError } from './errors.ts'

/** Throws ERR_CALL_NONCE unless nonce may follow `last` (undefined: the caller has no call yet). */
export function checkNonce (last: number | undefined, nonce: number, address = 'the caller'): void {
  if (last !== undefined && nonce <= last) {
    const why = nonce === last ? 'replayed' : 'out of order'
    throw new CallError('ERR_CALL_NONCE', `nonce ${nonce} is ${why}: ${address} has already used nonce ${last}; the next call needs a nonce above ${last}`)
  }
}

/** The last accepted nonce of each caller (by address), with the acceptance rule. */
export class NonceBook {
  private readonly last = new Map<string, number>()
  get (address: string): number | undefined { return this.last.get(address) }
  /** Checks the rule, then records the nonce. */
  accept (address: string, nonce: number): void {
    checkNonce(this.last.get(address), nonce, address)
    this.last.set(address, nonce)
  }

  /** Puts back the last nonce an admission replaced (the call it admitted was refused before it ran). */
  restore (address: string, previous: number | undefined): void {
    if (previous === undefined) this.last.delete(address)
    else this.last.set(address, previous)
  }
}
