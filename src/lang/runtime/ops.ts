/**
 * Operations the compiled code calls: indexing with Go's bounds checks and messages, slicing,
 * append/copy, maps, type assertions, conversions. Small functions that V8 inlines.
 */
import { panicRuntime, GoPanic } from './errors.ts'
import { Slice, NIL_SLICE, GoMap, Iface, keyOf, strToBytes, bytesToStr, strToRunes, runesToStr, ElemPtr, FieldPtr } from './value.ts'
import { implementsIface, type RType } from './rtype.ts'

function oob (i: any, n: number): never {
  if (i < 0) panicRuntime(`index out of range [${String(i)}]`)
  panicRuntime(`index out of range [${String(i)}] with length ${n}`)
}
export { oob as $oob }

export function sget (s: Slice, i: number): any {
  if (!(i >= 0 && i < s.len)) oob(i, s.len)
  return s.a[s.off + i]
}
export function sset (s: Slice, i: number, v: any): void {
  if (!(i >= 0 && i < s.len)) oob(i, s.len)
  s.a[s.off + i] = v
}
/** absolute backing index of s[i] (bounds-checked) */
export function six (s: Slice, i: number): number {
  if (!(i >= 0 && i < s.len)) oob(i, s.len)
  return s.off + i
}
export function aget (a: any[], i: number): any {
  if (!(i >= 0 && i < a.length)) oob(i, a.length)
  return a[i]
}
export function aset (a: any[], i: number, v: any): void {
  if (!(i >= 0 && i < a.length)) oob(i, a.length)
  a[i] = v
}
export function aix (a: any[], i: number): number {
  if (!(i >= 0 && i < a.length)) oob(i, a.length)
  return i
}
export function strAt (s: string, i: number): number {
  if (!(i >= 0 && i < s.length)) oob(i, s.length)
  return s.charCodeAt(i)
}

function sliceBounds (lo: number, hi: number, max: number, cap: number): void {
  if (!(max >= 0 && max <= cap)) panicRuntime(`slice bounds out of range [::${String(max)}] with capacity ${cap}`)
  if (!(hi >= 0 && hi <= max)) panicRuntime(max === cap ? `slice bounds out of range [:${String(hi)}] with capacity ${cap}` : `slice bounds out of range [:${String(hi)}:${String(max)}]`)
  if (!(lo >= 0 && lo <= hi)) panicRuntime(`slice bounds out of range [${String(lo)}:${String(hi)}]`)
}
/** s[lo:hi:max]; undefined bounds are omitted ones */
/**
 * s[lo:hi:max]. Reslicing past len shows spare capacity, which must hold zero values: append's
 * growth leaves those slots empty (filling them on every growth costs appends), so the first
 * slice that reaches them fills them with `z`, the element type's zero (a function making one
 * for an aggregate; not given for byte slices, whose Uint8Array starts zeroed).
 */
export function slice (s: Slice, lo: number | undefined, hi: number | undefined, max: number | undefined, z?: any): Slice {
  const l = lo ?? 0
  const m = max ?? s.cap
  const h = hi ?? s.len
  if (max === undefined && hi !== undefined && !(h >= 0 && h <= s.cap)) panicRuntime(`slice bounds out of range [:${String(h)}] with capacity ${s.cap}`)
  sliceBounds(l, h, m, s.cap)
  if (s.a === null) return NIL_SLICE
  if (h > s.len && z !== undefined) {
    const a = s.a
    for (let i = s.off + s.len; i < s.off + h; i++) if (a[i] === undefined) a[i] = typeof z === 'function' ? z() : z
  }
  return new Slice(s.a, s.off + l, h - l, m - l)
}
export function sliceArr (a: any[], lo: number | undefined, hi: number | undefined, max: number | undefined): Slice {
  const n = a.length
  const l = lo ?? 0
  const h = hi ?? n
  const m = max ?? n
  if (max === undefined && !(h >= 0 && h <= n)) panicRuntime(`slice bounds out of range [:${String(h)}] with length ${n}`)
  sliceBounds(l, h, m, n)
  return new Slice(a, l, h - l, m - l)
}
export function substr (s: string, lo: number | undefined, hi: number | undefined): string {
  const n = s.length
  const l = lo ?? 0
  const h = hi ?? n
  if (!(h >= 0 && h <= n)) panicRuntime(`slice bounds out of range [:${String(h)}] with length ${n}`)
  if (!(l >= 0 && l <= h)) panicRuntime(`slice bounds out of range [${String(l)}:${String(h)}]`)
  return s.substring(l, h)
}

/**
 * Bytes accounted per element: Go's size for byte/bool slices (typed arrays), at least 16 for the
 * host's tagged-array slots otherwise, so limits track the memory the host really uses.
 */
function hostBytes (esz: number, typed: boolean): number {
  return typed ? Math.max(esz, 1) : Math.max(esz, 16)
}

/**
 * The active program's meter (set when a program is instantiated or activated): `alloc` accounts
 * memory (and its gas), `charge` takes gas for work done on the program's behalf by code that has
 * no handle on the program (the VM's lazily loaded state)
 */
export const mem = { alloc: (_bytes: number): void => {}, charge: (_gas: number): void => {}, free: (_bytes: number): void => {} }

/** takes gas from the running program's meter (see `mem`) */
export function chargeActive (gas: number): void { mem.charge(gas) }

export function newBacking (n: number, bytes: boolean, zero: any, zf: (() => any) | null, esz = 8): any {
  mem.alloc(n * esz)
  if (bytes) return new Uint8Array(n)
  const a = new Array(n)
  if (zf !== null) for (let i = 0; i < n; i++) a[i] = zf()
  else a.fill(zero)
  return a
}
export function makeSlice (len: any, cap: any, bytes: boolean, zero: any, zf: (() => any) | null, esz = 8): Slice {
  const n = Number(len); const c = cap === undefined ? n : Number(cap)
  if (!(n >= 0)) panicRuntime('makeslice: len out of range')
  if (!(c >= n)) panicRuntime('makeslice: cap out of range')
  // account first: a giant make is an out-of-memory error within the limit, not a host crash
  mem.alloc(c * hostBytes(esz, bytes))
  if (c > 0x7fffffff) panicRuntime('makeslice: len out of range')
  const a = newBacking(c, bytes, zero, zf, 0)
  return new Slice(a, 0, n, c)
}
/** a slice literal's backing array `a`, counted at the per-slot bytes every backing array is counted at */
export function mkSlice (a: any[], esz = 8): Slice {
  mem.alloc(a.length * hostBytes(esz, a instanceof Uint8Array))
  return new Slice(a, 0, a.length, a.length)
}
/**
 * Credits the backing array of `old`, an owned slice's value just replaced by a prepend (see
 * compile/owned.ts): nothing can reach it any more. Every backing array was counted at
 * hostBytes(esz) a slot of its capacity or more (makeSlice, mkSlice, grow with the slice it grew
 * from), so the credit never exceeds what was counted; `each` is what constructing one element
 * counted (a struct's bytes; 0 for elements that are no objects of their own), credited for the
 * old elements, which the prepend replaced by copies. Gas is not refunded.
 */
export function releaseOwned (old: Slice, esz: number, each: number): void {
  if (old.a === null) return
  mem.free(old.cap * hostBytes(esz, old.a instanceof Uint8Array) + old.len * each)
}
export function bytesSlice (b: Uint8Array): Slice {
  return new Slice(b, 0, b.length, b.length)
}

// Go's malloc size classes (runtime/sizeclasses.go): append rounds capacity up to them, so
// cap() after append matches Go exactly.
const sizeClasses = [8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768]
function roundupsize (size: number): number {
  if (size <= 32768) {
    for (const c of sizeClasses) if (c >= size) return c
  }
  return Math.ceil(size / 8192) * 8192
}
/** growslice's new capacity (Go 1.19) for an append needing `need` elements of `esz` bytes */
export function growCap (oldCap: number, need: number, esz: number): number {
  let newcap = oldCap
  const dbl = newcap + newcap
  if (need > dbl) newcap = need
  else if (oldCap < 256) newcap = dbl
  else {
    while (newcap > 0 && newcap < need) newcap += Math.floor((newcap + 768) / 4)
    if (newcap <= 0) newcap = need
  }
  if (esz <= 0) return newcap
  return Math.floor(roundupsize(newcap * esz) / esz)
}
function grow (s: Slice, need: number, bytes: boolean, esz: number): Slice {
  const c = growCap(s.cap, need, esz)
  if (c > 0x7fffffff) panicRuntime('growslice: len out of range')
  mem.alloc((c - s.len) * hostBytes(esz, bytes))
  const isBytes = bytes || (s.a !== null && s.a instanceof Uint8Array)
  let a: any
  if (isBytes) {
    a = new Uint8Array(c)
    // a slice of a [N]byte array holds a plain array: copy it element by element
    if (s.len > 0 && s.a instanceof Uint8Array) a.set(s.a.subarray(s.off, s.off + s.len))
    else for (let i = 0; i < s.len; i++) a[i] = s.a[s.off + i]
  } else {
    a = new Array(c)
    for (let i = 0; i < s.len; i++) a[i] = s.a[s.off + i]
  }
  return new Slice(a, 0, s.len, c)
}
export function append1 (s: Slice, v: any, bytes: boolean, esz = 8): Slice {
  const n = s.len
  if (n < s.cap) {
    s.a[s.off + n] = v
    return new Slice(s.a, s.off, n + 1, s.cap)
  }
  const t = grow(s, n + 1, bytes, esz)
  t.a[n] = v
  t.len = n + 1
  return t
}
export function appendN (s: Slice, vs: ArrayLike<any>, from: number, count: number, bytes: boolean, esz = 8): Slice {
  if (count === 0) return s.a === null && bytes ? s : s
  const n = s.len
  let t: Slice
  if (n + count <= s.cap) t = new Slice(s.a, s.off, n + count, s.cap)
  else { t = grow(s, n + count, bytes, esz); t.len = n + count }
  // source may overlap the destination (append(s[:1], s[2:]...)): copy through a snapshot
  const tmp = Array.prototype.slice.call(vs, from, from + count)
  for (let i = 0; i < count; i++) t.a[t.off + n + i] = tmp[i]
  return t
}
export function appendSlice (s: Slice, x: Slice, bytes: boolean, esz = 8, cl?: (e: any) => any): Slice {
  if (x.len === 0) return s
  if (cl !== undefined) {
    const vs = new Array(x.len)
    for (let i = 0; i < x.len; i++) vs[i] = cl(x.a[x.off + i])
    return appendN(s, vs, 0, vs.length, bytes, esz)
  }
  return appendN(s, x.a, x.off, x.len, bytes, esz)
}
export function appendStr (s: Slice, x: string): Slice {
  if (x.length === 0) return s
  return appendN(s, strToBytes(x), 0, x.length, true, 1)
}
export function copy (dst: Slice, src: Slice, cl?: (e: any) => any): number {
  const n = Math.min(dst.len, src.len)
  if (n === 0) return 0
  if (cl !== undefined) {
    const vs = new Array(n)
    for (let i = 0; i < n; i++) vs[i] = cl(src.a[src.off + i])
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = vs[i]
    return n
  }
  if (dst.a === src.a && dst.off > src.off) {
    for (let i = n - 1; i >= 0; i--) dst.a[dst.off + i] = src.a[src.off + i]
  } else {
    for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.a[src.off + i]
  }
  return n
}
export function copyStr (dst: Slice, src: string): number {
  const n = Math.min(dst.len, src.length)
  for (let i = 0; i < n; i++) dst.a[dst.off + i] = src.charCodeAt(i)
  return n
}
/** (*[n]T)(s): an array sharing s's elements */
export function sliceToArrPtr (s: Slice, n: number): any {
  if (s.len < n) panicRuntime(`cannot convert slice with length ${s.len} to pointer to array with length ${n}`)
  if (s.a === null) return null
  if (s.off === 0 && s.a.length === n) return s.a
  const a = s.a; const off = s.off
  return new Proxy([], {
    get (_t, k) {
      if (k === 'length') return n
      if (typeof k === 'string') { const i = Number(k); if (Number.isInteger(i)) return a[off + i] }
      return (Array.prototype as any)[k]
    },
    set (_t, k, v) { const i = Number(k); if (Number.isInteger(i)) a[off + i] = v; return true }
  })
}
export function sliceToArr (s: Slice, n: number): any[] {
  if (s.len < n) panicRuntime(`cannot convert slice with length ${s.len} to pointer to array with length ${n}`)
  return Array.prototype.slice.call(s.a, s.off, s.off + n)
}

// ---- maps

export function mkmap (keyType: RType | null, complex: boolean): GoMap { return new GoMap(keyType, complex) }
export function mget (m: GoMap | null, k: any, z: any): any {
  if (m === null) return z
  const v = m.m.get(m.keys !== null ? keyOf(m.keyType!, k) : k)
  return v === undefined ? z : v
}
export function mgetf (m: GoMap | null, k: any, zf: () => any): any {
  if (m === null) return zf()
  const v = m.m.get(m.keys !== null ? keyOf(m.keyType!, k) : k)
  return v === undefined ? zf() : v
}
export function mget2 (m: GoMap | null, k: any, z: any): [any, boolean] {
  if (m === null) return [z, false]
  const v = m.m.get(m.keys !== null ? keyOf(m.keyType!, k) : k)
  return v === undefined ? [z, false] : [v, true]
}
export function mset (m: GoMap | null, k: any, v: any): void {
  if (m === null) throw new GoPanic(new Iface(plainErrorType, 'assignment to entry in nil map'), true)
  if (m.keys !== null) {
    const h = keyOf(m.keyType!, k)
    // Go updates the stored key on assignment (needkeyupdate: +0/-0 floats)
    if (!m.m.has(h)) mem.alloc(96)
    m.keys.set(h, k)
    m.m.set(h, v)
  } else {
    if (k !== k) { m.m.set({ nan: true }, v); return } // NaN keys are all distinct
    if (m.m.size % 64 === 0 && !m.m.has(k)) mem.alloc(64 * 128)
    m.m.set(k, v)
  }
}
export function mdel (m: GoMap | null, k: any): void {
  if (m === null) return
  if (m.keys !== null) { const h = keyOf(m.keyType!, k); m.m.delete(h); m.keys.delete(h) } else m.m.delete(k)
}
export function mclear (m: GoMap | null): void {
  if (m === null) return
  m.m.clear(); if (m.keys !== null) m.keys.clear()
}
export function mlen (m: GoMap | null): number { return m === null ? 0 : m.m.size }
/** entries for range: [key, value] pairs of the live map */
export function mkeyOf (m: GoMap, h: any): any { return m.keys !== null ? m.keys.get(h) : h }

/** runtime.plainError: panics whose message prints without "runtime error: " prefix */
import { newType } from './rtype.ts'
export const plainErrorType: RType = newType('string', 'runtime.plainError', { name: 'plainError', pkg: 'runtime' })
plainErrorType.methods.Error = (s: string) => s
plainErrorType.methods.RuntimeError = () => undefined

// ---- interfaces

export function iface (t: RType, v: any): Iface { return new Iface(t, v) }

function typeName (i: Iface | null): string { return i === null ? 'nil' : i.t.str }
export function assertType (x: Iface | null, t: RType, ifaceStr: string): any {
  if (x !== null && x.t === t) return x.v
  throw new GoPanic(new Iface(typeAssertErrorType, {
    msg: x === null
      ? `interface conversion: ${ifaceStr} is nil, not ${t.str}`
      : `interface conversion: ${ifaceStr} is ${typeName(x)}, not ${t.str}`
  }), true)
}
export function assertType2 (x: Iface | null, t: RType, z: any): [any, boolean] {
  if (x !== null && x.t === t) return [x.v, true]
  return [z, false]
}
export function assertIface (x: Iface | null, it: RType, ifaceStr: string): Iface {
  if (x !== null && implementsIface(x.t, it)) return x
  if (x === null) {
    throw new GoPanic(new Iface(typeAssertErrorType, { msg: `interface conversion: interface is nil, not ${it.str}` }), true)
  }
  const missing = it.imethods.find(m => x.t.methods[m] === undefined) ?? ''
  throw new GoPanic(new Iface(typeAssertErrorType, { msg: `interface conversion: ${x.t.str} is not ${it.str}: missing method ${missing}` }), true)
  void ifaceStr
}
export function assertIface2 (x: Iface | null, it: RType): [Iface | null, boolean] {
  if (x !== null && implementsIface(x.t, it)) return [x, true]
  return [null, false]
}
export function isType (x: Iface | null, it: RType): boolean {
  if (x === null) return false
  if (it.kind === 'interface') return implementsIface(x.t, it)
  return x.t === it
}
export const typeAssertErrorType: RType = newType('ptr', '*runtime.TypeAssertionError', { name: '', pkg: 'runtime' })
typeAssertErrorType.methods.Error = (e: { msg: string }) => e.msg
typeAssertErrorType.methods.RuntimeError = () => undefined

// ---- conversions

export function bytesToString (s: Slice): string {
  if (s.len === 0) return ''
  return bytesToStr(s.a, s.off, s.off + s.len)
}
export function stringToBytes (x: string): Slice {
  mem.alloc(x.length)
  return bytesSlice(strToBytes(x))
}
export function stringToRunes (x: string): Slice { return mkSlice(strToRunes(x)) }
export function runesToString (s: Slice): string { return runesToStr(s.a, s.off, s.off + s.len) }

/** string concatenation with memory accounting for big results */
export function cat (a: string, b: string): string {
  const s = a + b
  // the host shares both operands (a rope); account for the smaller part, so that appending
  // in a loop costs what it adds, while doubling a string still costs its size
  if (s.length > 4096) mem.alloc(Math.min(a.length, b.length) + 16)
  return s
}

export function elemPtr (s: Slice, i: number): ElemPtr { return new ElemPtr(s.a, six(s, i)) }

export function nilDeref (): never {
  panicRuntime('invalid memory address or nil pointer dereference')
}

/** == on pointers to non-aggregate locations */
export function ptrEq (a: any, b: any): boolean {
  if (a === b) return true
  if (a === null || b === null) return false
  if (a instanceof ElemPtr && b instanceof ElemPtr) return a.a === b.a && a.i === b.i
  if (a instanceof FieldPtr && b instanceof FieldPtr) return a.o === b.o && a.k === b.k
  return false
}
