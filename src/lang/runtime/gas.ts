/**
 * The gas schedule (protocols/gas.md): what one unit of gas buys beyond one statement. Every
 * price is an integer function of a byte or element count, so the same call uses the same gas on
 * every machine; the figures were calibrated with `npm run bench:gas` so that no kind of work
 * runs much longer per unit than ordinary statements do.
 *
 * The runtime meter (runtime/exec.ts) is the one place gas is taken from; the VM charges the
 * costs of a call that run outside Go code (results, renders, state written) through the
 * program's `charge`, with these prices.
 */

/** bytes of memory allocated per unit of gas (make, append growth, literals, conversions, natives) */
export const ALLOC_BYTES_PER_GAS = 2

/** the gas of allocating `bytes` bytes: one unit per ALLOC_BYTES_PER_GAS, at least one */
export function allocGas (bytes: number): number {
  return 1 + Math.floor(bytes / ALLOC_BYTES_PER_GAS)
}

/** gas per byte of a call's results or an eval's value as the VM encodes them (Go syntax) */
export const RESULT_GAS_PER_BYTE = 1

/** gas per byte of Markdown a Render returns */
export const RENDER_GAS_PER_BYTE = 1

/** gas per byte of state blocks a transaction writes (never refunded: old roots stay readable) */
export const STATE_GAS_PER_BYTE = 16

/** gas per block of state written, on top of its bytes (hashing, one store write) */
export const STATE_GAS_PER_BLOCK = 200

/** gas per object the commit walks to find what changed (it visits every loaded object) */
export const STATE_GAS_PER_OBJECT = 400

/** gas per entry of a large map the commit writes into the map's HAMT */
export const STATE_GAS_PER_ENTRY = 2000

/** gas per entry of a large map read from the store while a call runs (a HAMT path: blocks decoded and hashed) */
export const STATE_GAS_PER_READ = 2000

/** gas per entry when a call loads a whole large map from the store (a range over it) */
export const STATE_GAS_PER_SCAN = 250
