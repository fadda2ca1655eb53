// The Bitswap 1.2.0 message (protocols/content.md, "Wire"): a protobuf codec for exactly the fields
// the protocol defines, and the CID prefix of a payload block. Written for this message only: five
// small message types do not justify a protobuf compiler and its runtime.
import { BitswapMalformedError } from '../errors.ts'

/** protobuf wire types we meet: varint, 64-bit, length-delimited, 32-bit */
const VARINT = 0
const I64 = 1
const LEN = 2
const I32 = 5

export const WANT_BLOCK = 0
export const WANT_HAVE = 1
export const HAVE = 0
export const DONT_HAVE = 1

export interface WantEntry {
  /** CID bytes */
  cid: Uint8Array
  priority: number
  cancel: boolean
  wantType: typeof WANT_BLOCK | typeof WANT_HAVE
  sendDontHave: boolean
}

export interface PayloadBlock { prefix: Uint8Array, data: Uint8Array }
export interface Presence { cid: Uint8Array, type: typeof HAVE | typeof DONT_HAVE }

export interface Message {
  wantlist: { entries: WantEntry[], full: boolean }
  payload: PayloadBlock[]
  presences: Presence[]
}

export function emptyMessage (): Message {
  return { wantlist: { entries: [], full: false }, payload: [], presences: [] }
}

// --- encoding ---

/** Bytes appended in order; lengths of nested messages are known because they are encoded first. */
class Writer {
  private readonly parts: Uint8Array[] = []
  length = 0

  varint (n: number): void {
    const out: number[] = []
    while (n >= 0x80) { out.push((n % 0x80) | 0x80); n = Math.floor(n / 0x80) }
    out.push(n)
    this.push(Uint8Array.from(out))
  }

  push (bytes: Uint8Array): void { this.parts.push(bytes); this.length += bytes.byteLength }

  key (field: number, wireType: number): void { this.varint(field * 8 + wireType) }

  bytes (field: number, bytes: Uint8Array): void { this.key(field, LEN); this.varint(bytes.byteLength); this.push(bytes) }

  uint (field: number, n: number): void { if (n !== 0) { this.key(field, VARINT); this.varint(n) } }

  bool (field: number, b: boolean): void { if (b) { this.key(field, VARINT); this.varint(1) } }

  message (field: number, inner: Writer): void { this.key(field, LEN); this.varint(inner.length); for (const p of inner.parts) this.push(p) }

  finish (): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const p of this.parts) { out.set(p, at); at += p.byteLength }
    return out
  }
}

export function encodeMessage (m: Message): Uint8Array {
  const w = new Writer()
  if (m.wantlist.entries.length > 0 || m.wantlist.full) {
    const wl = new Writer()
    for (const e of m.wantlist.entries) {
      const ew = new Writer()
      ew.bytes(1, e.cid)
      // priorities are positive here: a negative int32 would need the 10-byte form
      ew.uint(2, Math.max(0, e.priority))
      ew.bool(3, e.cancel)
      ew.uint(4, e.wantType)
      ew.bool(5, e.sendDontHave)
      wl.message(1, ew)
    }
    wl.bool(2, m.wantlist.full)
    w.message(1, wl)
  }
  for (const b of m.payload) {
    const bw = new Writer()
    bw.bytes(1, b.prefix)
    bw.bytes(2, b.data)
    w.message(3, bw)
  }
  for (const p of m.presences) {
    const pw = new Writer()
    pw.bytes(1, p.cid)
    pw.uint(2, p.type)
    w.message(4, pw)
  }
  return w.finish()
}

/** The unsigned-varint length prefix of a framed message. */
export function encodeLength (n: number): Uint8Array {
  const w = new Writer()
  w.varint(n)
  return w.finish()
}

// --- decoding ---

class Reader {
  at = 0
  constructor (private readonly buf: Uint8Array) {}

  get done (): boolean { return this.at >= this.buf.byteLength }

  varint (): number {
    let n = 0
    let scale = 1
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.buf.byteLength) throw new BitswapMalformedError('truncated varint')
      const b = this.buf[this.at++]
      n += (b & 0x7f) * scale
      if (b < 0x80) return n
      scale *= 0x80
    }
    throw new BitswapMalformedError('varint too long')
  }

  bytes (): Uint8Array {
    const n = this.varint()
    if (n > this.buf.byteLength - this.at) throw new BitswapMalformedError('field longer than its message')
    const out = this.buf.subarray(this.at, this.at + n)
    this.at += n
    return out
  }

  skip (wireType: number): void {
    if (wireType === VARINT) this.varint()
    else if (wireType === LEN) this.bytes()
    else if (wireType === I64 || wireType === I32) {
      this.at += wireType === I64 ? 8 : 4
      if (this.at > this.buf.byteLength) throw new BitswapMalformedError('truncated fixed field')
    } else throw new BitswapMalformedError(`unknown wire type ${wireType}`)
  }

  /** Calls `field` for each (number, wire type); the callback reads the value or returns false to skip it. */
  fields (field: (n: number, wireType: number) => boolean): void {
    while (!this.done) {
      const key = this.varint()
      const n = Math.floor(key / 8)
      const wireType = key % 8
      if (!field(n, wireType)) this.skip(wireType)
    }
  }
}

function decodeEntry (bytes: Uint8Array): WantEntry {
  const e: WantEntry = { cid: new Uint8Array(0), priority: 1, cancel: false, wantType: WANT_BLOCK, sendDontHave: false }
  const r = new Reader(bytes)
  r.fields((n, t) => {
    if (n === 1 && t === LEN) e.cid = r.bytes()
    else if (n === 2 && t === VARINT) e.priority = r.varint()
    else if (n === 3 && t === VARINT) e.cancel = r.varint() !== 0
    else if (n === 4 && t === VARINT) e.wantType = r.varint() === WANT_HAVE ? WANT_HAVE : WANT_BLOCK
    else if (n === 5 && t === VARINT) e.sendDontHave = r.varint() !== 0
    else return false
    return true
  })
  return e
}

export function decodeMessage (bytes: Uint8Array): Message {
  const m = emptyMessage()
  const r = new Reader(bytes)
  r.fields((n, t) => {
    if (t !== LEN) return false
    if (n === 1) {
      const wr = new Reader(r.bytes())
      wr.fields((wn, wt) => {
        if (wn === 1 && wt === LEN) m.wantlist.entries.push(decodeEntry(wr.bytes()))
        else if (wn === 2 && wt === VARINT) m.wantlist.full = wr.varint() !== 0
        else return false
        return true
      })
    } else if (n === 3) {
      const br = new Reader(r.bytes())
      const b: PayloadBlock = { prefix: new Uint8Array(0), data: new Uint8Array(0) }
      br.fields((bn, bt) => {
        if (bt !== LEN || (bn !== 1 && bn !== 2)) return false
        if (bn === 1) b.prefix = br.bytes()
        else b.data = br.bytes()
        return true
      })
      m.payload.push(b)
    } else if (n === 4) {
      const pr = new Reader(r.bytes())
      const p: Presence = { cid: new Uint8Array(0), type: HAVE }
      pr.fields((pn, pt) => {
        if (pn === 1 && pt === LEN) p.cid = pr.bytes()
        else if (pn === 2 && pt === VARINT) p.type = pr.varint() === DONT_HAVE ? DONT_HAVE : HAVE
        else return false
        return true
      })
      m.presences.push(p)
    } else return false
    return true
  })
  return m
}

/** A CID's prefix: uvarints version, codec, multihash code, digest length. */
export function cidPrefix (cid: { version: number, code: number, multihash: { code: number, size: number } }): Uint8Array {
  const w = new Writer()
  w.varint(cid.version)
  w.varint(cid.code)
  w.varint(cid.multihash.code)
  w.varint(cid.multihash.size)
  return w.finish()
}

export function decodePrefix (prefix: Uint8Array): { version: number, code: number, hashCode: number, hashSize: number } {
  const r = new Reader(prefix)
  return { version: r.varint(), code: r.varint(), hashCode: r.varint(), hashSize: r.varint() }
}
