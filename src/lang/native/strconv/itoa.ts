/** Go's strconv.FormatInt, FormatUint, Itoa for every base 2..36 (lower-case digits). */

export class IllegalBaseError extends Error {
  override name = 'IllegalBaseError'
  code = 'ERR_GO_PANIC'
}

/** Go's strconv.FormatInt(i, base); i is an int64 as a bigint or a safe-integer number. */
export function formatInt (i: bigint | number, base: number): string {
  if (base < 2 || base > 36) throw new IllegalBaseError('strconv: illegal AppendInt/FormatInt base')
  if (typeof i === 'number') return i.toString(base)
  return BigInt.asIntN(64, i).toString(base)
}

/** Go's strconv.FormatUint(i, base); i is a uint64 as a bigint or a safe non-negative number. */
export function formatUint (i: bigint | number, base: number): string {
  if (base < 2 || base > 36) throw new IllegalBaseError('strconv: illegal AppendInt/FormatInt base')
  if (typeof i === 'number') return i.toString(base)
  return BigInt.asUintN(64, i).toString(base)
}

/** Go's strconv.Itoa. */
export function itoa (i: bigint | number): string { return formatInt(i, 10) }
