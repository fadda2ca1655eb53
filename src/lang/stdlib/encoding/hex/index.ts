/** Package encoding/hex: Go 1.19's hex.go (error message formatting native, since fmt is not imported). */
import { register } from '../../registry.ts'
import { sources, names } from './source.ts'

/** fmt's %#U of a byte: U+0067 'g'; the quoted form only for printable runes (as a Go byte string). */
export function quoteByteU (b: number): string {
  const u = 'U+' + b.toString(16).toUpperCase().padStart(4, '0')
  const printable = (b >= 0x20 && b <= 0x7e) || (b >= 0xa1 && b !== 0xad)
  if (!printable) return u
  const ch = b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xc0 | (b >> 6), 0x80 | (b & 0x3f))
  return u + " '" + ch + "'"
}

export const natives = (): Record<string, (...a: any[]) => any> => ({ quoteByteU })

register({ path: 'encoding/hex', source: sources, names, natives })
