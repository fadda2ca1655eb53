/**
 * The value model of compiled Go programs.
 *
 * - bool → boolean; integers → see int.ts; floats → number (float32 rounded with Math.fround);
 *   complex64/complex128 → an immutable Complex {re, im} (complex.ts).
 * - string → a JS string whose char codes are the string's BYTES (0–255): `len`, indexing, slicing,
 *   comparison and concatenation are the host's, exact and fast; `range` decodes UTF-8 (decodeRune).
 * - struct → an instance of a class generated per struct type; array → a JS array. Both are the
 *   heap objects that pointers to them reference directly (`&T{}` is the object itself), and stores
 *   into existing locations copy in place so that pointers keep aliasing.
 * - pointer to anything else → a Ptr (Box for variables, ElemPtr, FieldPtr); nil → null.
 * - slice → Slice {a, off, len, cap} over a backing JS array (Uint8Array for []byte); nil → NIL_SLICE.
 * - map → GoMap (insertion-ordered, documented); nil → null.
 * - interface → Iface {t, v} with its dynamic type's descriptor; nil → null.
 * - func → JS function; nil → null.
 *
 * Every heap object is a distinct JS object (identity), so a later persistence layer can enumerate,
 * serialize and reload them; the compiler can add write barriers in a separate mode.
 */
import { panicRuntime } from './errors.ts'
import type { RType } from './rtype.ts'
import { decoded, decodeRune, runeToStr } from '../native/utf8/bytestring.ts'
// UTF-8 over Go byte strings lives with the other UTF-8 code; the runtime's values use it everywhere
export { decoded, decodeRune, runeToStr }

export class Iface {
  constructor (readonly t: RType, readonly v: any) {}
}

export class Slice {
  constructor (public a: any, public off: number, public len: number, public cap: number) {}
}
/** The nil slice: zero length and capacity, no backing array. */
export const NIL_SLICE = new Slice(null, 0, 0, 0)

// ---- pointers to non-aggregate locations

export abstract class Ptr {
  abstract get (): any
  abstract set (v: any): void
}
/** A variable whose address is taken (or that a closure captures and mutates). */
export class Box extends Ptr {
  constructor (public v: any) { super() }
  get (): any { return this.v }
  set (v: any): void { this.v = v }
}
export class ElemPtr extends Ptr {
  constructor (readonly a: any, readonly i: number) { super() }
  get (): any { return this.a[this.i] }
  set (v: any): void { this.a[this.i] = v }
}
export class FieldPtr extends Ptr {
  constructor (readonly o: any, readonly k: string) { super() }
  get (): any { return this.o[this.k] }
  set (v: any): void { this.o[this.k] = v }
}

// ---- strings as byte strings

const utf8enc = new TextEncoder()
const utf8dec = new TextDecoder()

/** A JS (UTF-16) string to a Go byte string (UTF-8 bytes as char codes). */
export function goString (s: string): string {
  // fast path: ASCII
  let ascii = true
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break }
  if (ascii) return s
  return bytesToStr(utf8enc.encode(s))
}
/** A Go byte string to a JS string (invalid UTF-8 becomes U+FFFD). */
export function jsString (s: string): string {
  let ascii = true
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break }
  if (ascii) return s
  return utf8dec.decode(strToBytes(s))
}
export function bytesToStr (b: ArrayLike<number>, from = 0, to = b.length): string {
  let out = ''
  const CH = 8192
  for (let i = from; i < to; i += CH) {
    const end = Math.min(to, i + CH)
    out += String.fromCharCode.apply(null, Array.prototype.slice.call(b, i, end) as number[])
  }
  return out
}
export function strToBytes (s: string): Uint8Array {
  const b = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i)
  return b
}

export function runeCount (s: string): number {
  let n = 0
  for (let i = 0; i < s.length;) {
    if (s.charCodeAt(i) < 0x80) i++
    else { decodeRune(s, i); i += decoded.width }
    n++
  }
  return n
}
/** []rune(s) as a JS array of code points */
export function strToRunes (s: string): number[] {
  const out: number[] = []
  for (let i = 0; i < s.length;) {
    const r = decodeRune(s, i)
    i += decoded.width
    out.push(r)
  }
  return out
}
export function runesToStr (a: ArrayLike<number>, from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) out += runeToStr(a[i])
  return out
}

// ---- maps

/**
 * A Go map. Keys of basic types are used directly as JS Map keys; keys of other comparable types
 * (structs, arrays, interfaces, floats with NaN) go through `keyOf`, which maps equal Go values to
 * equal strings; the original key is kept for iteration. Iteration follows insertion order.
 */
export class GoMap {
  readonly m = new Map<any, any>()
  /** for complex keys: hashed key → original key */
  readonly keys: Map<any, any> | null
  constructor (readonly keyType: RType | null, complex: boolean) {
    this.keys = complex ? new Map() : null
  }

  get size (): number { return this.m.size }
}

/** A string uniquely identifying a comparable Go value of type t (for map keys). */
export function keyOf (t: RType, v: any): any {
  switch (t.kind) {
    case 'string': return 's' + (v as string)
    case 'bool': return v === true ? 't' : 'f'
    case 'float32': case 'float64': return v !== v ? {} : 'f' + (Object.is(v, -0) ? '0' : String(v))
    case 'complex64': case 'complex128': return v.re !== v.re || v.im !== v.im ? {} : 'c' + String(v.re + 0) + ',' + String(v.im + 0)
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
    case 'uint16': case 'uint32': case 'uint64': case 'uintptr': return 'i' + String(v)
    case 'ptr': case 'chan': case 'func': case 'map': case 'slice': case 'unsafe.Pointer':
      return 'p' + String(identity(v))
    case 'interface': {
      if (v === null) return 'n'
      const i = v as Iface
      if (!isComparable(i.t)) panicRuntime('hash of unhashable type ' + i.t.str)
      return 'I' + String(i.t.id) + ':' + String(keyOf(i.t, i.v))
    }
    case 'array': {
      let s = '['
      for (let j = 0; j < t.len; j++) s += String(keyOf(t.elem!, v[j])) + ','
      return s + ']'
    }
    case 'struct': {
      let s = '{'
      for (const f of t.fields) s += String(keyOf(f.type, v[f.js])) + ','
      return s + '}'
    }
    default: return String(v)
  }
}

let nextIdentity = 1
const identities = new WeakMap<object, number>()
/** A stable number for a heap object (pointer identity in map keys and %p). */
export function identity (o: any): number {
  if (o === null || o === undefined) return 0
  let n = identities.get(o)
  if (n === undefined) { n = nextIdentity++; identities.set(o, n) }
  return n
}

export function isComparable (t: RType): boolean {
  switch (t.kind) {
    case 'slice': case 'map': case 'func': return false
    case 'array': return isComparable(t.elem!)
    case 'struct': return t.fields.every(f => isComparable(f.type))
    default: return true
  }
}

/** Go's == on two values of type t. */
export function equal (t: RType, a: any, b: any): boolean {
  switch (t.kind) {
    case 'interface': return ifaceEq(a, b)
    case 'array': {
      for (let j = 0; j < t.len; j++) if (!equal(t.elem!, a[j], b[j])) return false
      return true
    }
    case 'struct': {
      for (const f of t.fields) if (!equal(f.type, a[f.js], b[f.js])) return false
      return true
    }
    case 'complex64': case 'complex128': return a.re === b.re && a.im === b.im
    case 'slice': case 'map': case 'func':
      panicRuntime('comparing uncomparable type ' + t.str)
    // eslint-disable-next-line no-fallthrough
    default: return a === b
  }
}
export function ifaceEq (a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b
  if (a.t !== b.t) return false
  if (!isComparable(a.t)) panicRuntime('comparing uncomparable type ' + a.t.str)
  return equal(a.t, a.v, b.v)
}

/** A copy of an aggregate value (struct or array) of type t; other values are returned as they are. */
export function clone (t: RType, v: any): any {
  switch (t.kind) {
    case 'struct': return v.$clone()
    case 'array': {
      const e = t.elem!
      if (e.kind === 'struct' || e.kind === 'array') return (v as any[]).map(x => clone(e, x))
      return (v as any[]).slice()
    }
    default: return v
  }
}
