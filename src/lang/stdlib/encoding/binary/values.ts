/**
 * encoding/binary's reflection part (Read, Write, Size) over the runtime's value model: the size
 * of a fixed-size value, and its encoding into / decoding from bytes, as Go 1.19's encoder and
 * decoder do (bools as 0/1, complex numbers as real then imaginary part, arrays, slices and
 * struct fields in order, blank fields written as zeros and skipped when read).
 *
 * @example
 * ```ts
 * const n = dataSize(iface, false) // -1: no fixed size (binary.Write: invalid type …)
 * encode(iface, buf.a, buf.off, true)
 * ```
 */
import { Complex } from '../../../runtime/complex.ts'
import { Slice, Ptr, type Iface } from '../../../runtime/value.ts'
import type { RType } from '../../../runtime/rtype.ts'

/** Go's sizeof: the encoded size of a value of type t, -1 when t has no fixed size */
export function sizeOf (t: RType): number {
  switch (t.kind) {
    case 'bool': case 'int8': case 'uint8': return 1
    case 'int16': case 'uint16': return 2
    case 'int32': case 'uint32': case 'float32': return 4
    case 'int64': case 'uint64': case 'float64': case 'complex64': return 8
    case 'complex128': return 16
    case 'array': { const s = sizeOf(t.elem!); return s >= 0 ? s * t.len : -1 }
    case 'struct': {
      let sum = 0
      for (const f of t.fields) {
        const s = sizeOf(f.type)
        if (s < 0) return -1
        sum += s
      }
      return sum
    }
    default: return -1
  }
}

/**
 * The encoded size of `data` (an interface value): Write and Size follow one pointer
 * (reflect.Indirect); Read needs a pointer or a slice, but a fixed-size basic value is read
 * (and dropped) as Go 1.19's fast path does.
 */
export function dataSize (data: Iface | null, forRead: boolean): number {
  if (data === null) return -1
  let t = data.t
  if (t.kind === 'ptr') t = t.elem!
  else if (forRead && t.kind !== 'slice' && !isBasicFixed(t)) return -1
  if (t.kind === 'slice') {
    const s = sizeOf(t.elem!)
    const v = data.t.kind === 'ptr' ? derefPtr(data.t, data.v) : data.v
    return s >= 0 ? s * (v as Slice).len : -1
  }
  return sizeOf(t)
}

function isBasicFixed (t: RType): boolean {
  return t.kind !== 'array' && t.kind !== 'struct' && sizeOf(t) > 0
}

/** the value a pointer points to (pointers to aggregates are the aggregates themselves) */
function derefPtr (pt: RType, v: any): any {
  if (v === null) throw new TypeError('nil pointer dereference: null')
  const k = pt.elem!.kind
  return k === 'struct' || k === 'array' ? v : (v as Ptr).get()
}

class Cursor {
  private readonly view: DataView
  constructor (readonly b: Uint8Array, public off: number, readonly little: boolean) {
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  }

  put (t: RType, v: any): void {
    const d = this.view; const o = this.off; const le = this.little
    switch (t.kind) {
      case 'bool': d.setUint8(o, v === true ? 1 : 0); break
      case 'int8': case 'uint8': d.setUint8(o, Number(v) & 255); break
      case 'int16': case 'uint16': d.setUint16(o, Number(v) & 0xffff, le); break
      case 'int32': case 'uint32': d.setUint32(o, Number(v) >>> 0, le); break
      case 'int64': case 'uint64': d.setBigUint64(o, BigInt.asUintN(64, BigInt(v)), le); break
      case 'float32': d.setFloat32(o, v, le); break
      case 'float64': d.setFloat64(o, v, le); break
      case 'complex64': d.setFloat32(o, (v as Complex).re, le); d.setFloat32(o + 4, (v as Complex).im, le); break
      case 'complex128': d.setFloat64(o, (v as Complex).re, le); d.setFloat64(o + 8, (v as Complex).im, le); break
      case 'array': for (let i = 0; i < t.len; i++) this.put(t.elem!, (v as any[])[i]); return
      case 'slice': { const s = v as Slice; for (let i = 0; i < s.len; i++) this.put(t.elem!, s.a[s.off + i]); return }
      case 'struct':
        for (const f of t.fields) {
          if (f.name === '_') this.off += sizeOf(f.type) // blank fields are written as zeros
          else this.put(f.type, v[f.js])
        }
        return
    }
    this.off += sizeOf(t)
  }

  /** the next value of type t; aggregates are filled in place (into `into`) */
  get (t: RType, into?: any): any {
    const d = this.view; const o = this.off; const le = this.little
    let v: any
    switch (t.kind) {
      case 'bool': v = d.getUint8(o) !== 0; break
      case 'int8': v = d.getInt8(o); break
      case 'uint8': v = d.getUint8(o); break
      case 'int16': v = d.getInt16(o, le); break
      case 'uint16': v = d.getUint16(o, le); break
      case 'int32': v = d.getInt32(o, le); break
      case 'uint32': v = d.getUint32(o, le); break
      case 'int64': v = d.getBigInt64(o, le); break
      case 'uint64': v = d.getBigUint64(o, le); break
      case 'float32': v = d.getFloat32(o, le); break
      case 'float64': v = d.getFloat64(o, le); break
      case 'complex64': v = new Complex(d.getFloat32(o, le), d.getFloat32(o + 4, le)); break
      case 'complex128': v = new Complex(d.getFloat64(o, le), d.getFloat64(o + 8, le)); break
      case 'array': {
        const a = into as any[]
        for (let i = 0; i < t.len; i++) a[i] = this.get(t.elem!, a[i])
        return a
      }
      case 'slice': {
        const s = into as Slice
        for (let i = 0; i < s.len; i++) s.a[s.off + i] = this.get(t.elem!, s.a[s.off + i])
        return s
      }
      case 'struct':
        for (const f of t.fields) {
          if (f.name === '_') this.off += sizeOf(f.type) // blank fields are skipped
          else into[f.js] = this.get(f.type, into[f.js])
        }
        return into
    }
    this.off += sizeOf(t)
    return v
  }
}

/** writes data (dataSize(data, false) bytes) into b from off */
export function encode (data: Iface, b: Uint8Array, off: number, little: boolean): void {
  const c = new Cursor(b, off, little)
  if (data.t.kind === 'ptr') c.put(data.t.elem!, derefPtr(data.t, data.v))
  else c.put(data.t, data.v)
}

/** fills what data points to (or the slice data) from b at off; a basic value is left alone */
export function decode (data: Iface, b: Uint8Array, off: number, little: boolean): void {
  const c = new Cursor(b, off, little)
  const t = data.t
  if (t.kind === 'slice') { c.get(t, data.v); return }
  if (t.kind !== 'ptr') return
  const et = t.elem!
  if (data.v === null) throw new TypeError('nil pointer dereference: null')
  if (et.kind === 'struct' || et.kind === 'array') { c.get(et, data.v); return }
  const p = data.v as Ptr
  if (et.kind === 'slice') { c.get(et, p.get()); return }
  p.set(c.get(et))
}
