/**
 * Admission of a tx into the mempool (protocols/lands.md, "Mempool", "Nonces"; gossip.md): decoded
 * and verified for this land, skipped when already pending or recently final, refused outside the
 * nonce window of its sender's last final nonce, then added (ERR_BUSY when the pool is full).
 */
import { LandError, NONCE_WINDOW, decodeLandTx, txSender, type LandTx } from '../../store/lands/index.ts'
import type { FinalNonces } from './final-nonces.ts'
import type { Mempool } from './mempool.ts'
import type { FinalReceipts } from './receipts.ts'

export interface Admission { land: string, mempool: Mempool, receipts: FinalReceipts, nonces: FinalNonces }

/** The decoded tx, and whether it is new here (added to the mempool). */
export async function admitTx (a: Admission, bytes: Uint8Array): Promise<{ tx: LandTx, fresh: boolean }> {
  const { tx } = await decodeLandTx(bytes, { land: a.land })
  const cid = tx.cid.toString()
  if (a.mempool.has(cid) || a.receipts.isRecent(cid)) return { tx, fresh: false }
  const { address, nonce } = txSender(tx)
  const last = await a.nonces.get(address)
  if (nonce <= last) throw new LandError('ERR_LAND_NONCE', `nonce ${nonce} is ${nonce === last ? 'replayed' : 'out of order'}: ${address} has already used nonce ${last}`)
  if (nonce > last + NONCE_WINDOW) throw new LandError('ERR_LAND_NONCE', `nonce ${nonce} is too far ahead: ${address}'s next nonces are ${last + 1}..${last + NONCE_WINDOW}`)
  // another copy may have come in while the nonce was read
  if (a.mempool.has(cid)) return { tx, fresh: false }
  a.mempool.add(tx, bytes)
  return { tx, fresh: true }
}
