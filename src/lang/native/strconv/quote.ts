/**
 * Go's strconv quoting: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote, Unquote,
 * UnquoteChar, QuotedPrefix. Go strings are byte arrays here (Uint8Array).
 */
import { decodeRune, encodeRune, validRune, RuneError, RuneSelf } from '../utf8/index.ts'
import { isPrint as uniIsPrint, isGraphic as uniIsGraphic } from '../unicode/index.ts'

const lowerhex = '0123456789abcdef'

/** Grows a byte array as bytes are appended. */
class ByteSink {
  buf: Uint8Array
  n = 0
  constructor (cap: number) { this.buf = new Uint8Array(Math.max(cap, 8)) }
  private grow (k: number): void {
    if (this.n + k <= this.buf.length) return
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.n + k))
    nb.set(this.buf.subarray(0, this.n)); this.buf = nb
  }

  byte (b: number): void { this.grow(1); this.buf[this.n++] = b }
  ascii (s: string): void { this.grow(s.length); for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i) }
  rune (r: number): void { this.grow(4); this.n += encodeRune(this.buf, r, this.n) }
  bytes (): Uint8Array { return this.buf.slice(0, this.n) }
}

/** strconv.IsPrint (same set as unicode.IsPrint). */
export function isPrint (r: number): boolean { return uniIsPrint(r) }
/** strconv.IsGraphic. */
export function isGraphic (r: number): boolean { return uniIsGraphic(r) }

function appendEscapedRune (b: ByteSink, r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): void {
  if (r === quote || r === 92) { b.byte(92); b.byte(r); return }
  if (asciiOnly) {
    if (r < RuneSelf && isPrint(r)) { b.byte(r); return }
  } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
    b.rune(r); return
  }
  switch (r) {
    case 7: b.ascii('\\a'); return
    case 8: b.ascii('\\b'); return
    case 12: b.ascii('\\f'); return
    case 10: b.ascii('\\n'); return
    case 13: b.ascii('\\r'); return
    case 9: b.ascii('\\t'); return
    case 11: b.ascii('\\v'); return
  }
  if (r < 32 || r === 0x7f) {
    b.ascii('\\x'); b.byte(lowerhex.charCodeAt((r >> 4) & 0xf)); b.byte(lowerhex.charCodeAt(r & 0xf))
    return
  }
  if (!validRune(r)) r = 0xfffd
  if (r < 0x10000) {
    b.ascii('\\u')
    for (let s = 12; s >= 0; s -= 4) b.byte(lowerhex.charCodeAt((r >> s) & 0xf))
  } else {
    b.ascii('\\U')
    for (let s = 28; s >= 0; s -= 4) b.byte(lowerhex.charCodeAt((r >>> s) & 0xf))
  }
}

function quoteWith (s: Uint8Array, quote: number, asciiOnly: boolean, graphicOnly: boolean): Uint8Array {
  const b = new ByteSink(s.length + 2)
  b.byte(quote)
  for (let i = 0; i < s.length;) {
    let r = s[i]
    let width = 1
    if (r >= RuneSelf) [r, width] = decodeRune(s, i)
    if (width === 1 && r === RuneError) {
      b.ascii('\\x'); b.byte(lowerhex.charCodeAt(s[i] >> 4)); b.byte(lowerhex.charCodeAt(s[i] & 0xf))
      i++
      continue
    }
    appendEscapedRune(b, r, quote, asciiOnly, graphicOnly)
    i += width
  }
  b.byte(quote)
  return b.bytes()
}

function quoteRuneWith (r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): Uint8Array {
  const b = new ByteSink(8)
  b.byte(quote)
  if (!validRune(r)) r = RuneError
  appendEscapedRune(b, r, quote, asciiOnly, graphicOnly)
  b.byte(quote)
  return b.bytes()
}

/** strconv.Quote */
export function quoteString (s: Uint8Array): Uint8Array { return quoteWith(s, 34, false, false) }
/** strconv.QuoteToASCII */
export function quoteToASCII (s: Uint8Array): Uint8Array { return quoteWith(s, 34, true, false) }
/** strconv.QuoteToGraphic */
export function quoteToGraphic (s: Uint8Array): Uint8Array { return quoteWith(s, 34, false, true) }
/** strconv.QuoteRune (r is an int32 rune value) */
export function quoteRune (r: number): Uint8Array { return quoteRuneWith(r, 39, false, false) }
/** strconv.QuoteRuneToASCII */
export function quoteRuneToASCII (r: number): Uint8Array { return quoteRuneWith(r, 39, true, false) }
/** strconv.QuoteRuneToGraphic */
export function quoteRuneToGraphic (r: number): Uint8Array { return quoteRuneWith(r, 39, false, true) }

/** strconv.CanBackquote */
export function canBackquote (s: Uint8Array): boolean {
  for (let i = 0; i < s.length;) {
    const [r, wid] = decodeRune(s, i)
    i += wid
    if (wid > 1) {
      if (r === 0xfeff) return false
      continue
    }
    if (r === RuneError) return false
    if ((r < 32 && r !== 9) || r === 96 || r === 0x7f) return false
  }
  return true
}

function unhex (c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 97 + 10
  if (c >= 65 && c <= 70) return c - 65 + 10
  return -1
}

export interface UnquoteCharResult { value: number, multibyte: boolean, tail: number, ok: boolean }

/** strconv.UnquoteChar(s[from:], quote): the decoded rune and the index of the tail in s. */
export function unquoteChar (s: Uint8Array, from: number, quote: number): UnquoteCharResult {
  const bad: UnquoteCharResult = { value: 0, multibyte: false, tail: from, ok: false }
  if (from >= s.length) return bad
  const c0 = s[from]
  if (c0 === quote && (quote === 39 || quote === 34)) return bad
  if (c0 >= RuneSelf) {
    const [r, size] = decodeRune(s, from)
    return { value: r, multibyte: true, tail: from + size, ok: true }
  }
  if (c0 !== 92) return { value: c0, multibyte: false, tail: from + 1, ok: true }
  if (s.length - from <= 1) return bad
  const c = s[from + 1]
  let i = from + 2
  let value = 0
  let multibyte = false
  switch (c) {
    case 97: value = 7; break
    case 98: value = 8; break
    case 102: value = 12; break
    case 110: value = 10; break
    case 114: value = 13; break
    case 116: value = 9; break
    case 118: value = 11; break
    case 120: case 117: case 85: {
      const n = c === 120 ? 2 : c === 117 ? 4 : 8
      if (s.length - i < n) return bad
      let v = 0
      for (let j = 0; j < n; j++) {
        const x = unhex(s[i + j])
        if (x < 0) return bad
        v = v * 16 + x
      }
      i += n
      if (c === 120) { value = v; break }
      if (!validRune(v)) return bad
      value = v; multibyte = true
      break
    }
    case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
      let v = c - 48
      if (s.length - i < 2) return bad
      for (let j = 0; j < 2; j++) {
        const x = s[i + j] - 48
        if (x < 0 || x > 7) return bad
        v = (v << 3) | x
      }
      i += 2
      if (v > 255) return bad
      value = v
      break
    }
    case 92: value = 92; break
    case 39: case 34:
      if (c !== quote) return bad
      value = c
      break
    default:
      return bad
  }
  return { value, multibyte, tail: i, ok: true }
}

function indexByte (s: Uint8Array, from: number, b: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === b) return i
  return -1
}

/** Go's internal unquote: [out, remainderIndex] or undefined on ErrSyntax. */
function unquote (inp: Uint8Array, unescape: boolean): { out: Uint8Array, rem: number } | undefined {
  if (inp.length < 2) return undefined
  const quote = inp[0]
  const e = indexByte(inp, 1, quote)
  if (e < 0) return undefined
  const end = e + 1
  if (quote === 96) {
    if (!unescape) return { out: inp.slice(0, end), rem: end }
    const body = inp.subarray(1, end - 1)
    return { out: body.filter(c => c !== 13), rem: end }
  }
  if (quote !== 34 && quote !== 39) return undefined
  const head = inp.subarray(0, end)
  if (!head.includes(92) && !head.includes(10)) {
    let ok: boolean
    if (quote === 34) {
      ok = validBytes(inp, 1, end - 1)
    } else {
      const [r, n] = decodeRune(inp, 1, end - 1)
      ok = 1 + n + 1 === end && (r !== RuneError || n !== 1)
    }
    if (ok) return { out: unescape ? inp.slice(1, end - 1) : inp.slice(0, end), rem: end }
  }
  const b = new ByteSink(end)
  let i = 1
  while (i < inp.length && inp[i] !== quote) {
    const u = unquoteChar(inp, i, quote)
    if (inp[i] === 10 || !u.ok) return undefined
    i = u.tail
    if (unescape) {
      if (u.value < RuneSelf || !u.multibyte) b.byte(u.value & 0xff)
      else b.rune(u.value)
    }
    if (quote === 39) break
  }
  if (!(i < inp.length && inp[i] === quote)) return undefined
  i++
  return { out: unescape ? b.bytes() : inp.slice(0, i), rem: i }
}

function validBytes (s: Uint8Array, from: number, end: number): boolean {
  for (let i = from; i < end;) {
    if (s[i] < RuneSelf) { i++; continue }
    const [r, size] = decodeRune(s, i, end)
    if (r === RuneError && size === 1) return false
    i += size
  }
  return true
}

/** strconv.Unquote: the unquoted bytes, or undefined for ErrSyntax. */
export function unquoteString (s: Uint8Array): Uint8Array | undefined {
  const r = unquote(s, true)
  if (r === undefined || r.rem !== s.length) return undefined
  return r.out
}

/** strconv.QuotedPrefix: the quoted prefix, or undefined for ErrSyntax. */
export function quotedPrefix (s: Uint8Array): Uint8Array | undefined {
  return unquote(s, false)?.out
}
