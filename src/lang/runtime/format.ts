/**
 * Go's fmt formatting (Sprint, Sprintln, Sprintf) over the runtime's value model, here in the runtime because
 * uncaught panics print values with it too (package fmt is a thin binding over it). Strings in and out
 * are Go byte strings (see runtime/value.ts). Maps print sorted by key, as Go does.
 *
 * @example
 * ```ts
 * sprintf('%5.2f|%-4d|%q', [iface(float64, 3.14159), iface(int, 7), iface(string, 'hi')])
 * // " 3.14|7   |\"hi\""
 * ```
 */
import { Iface, Slice, GoMap, identity, runeToStr, decodeRune, decoded, runeCount, Ptr } from './value.ts'
import { basic, type RType } from './rtype.ts'
const uintptrType = basic('uintptr')
import { formatFloat } from '../native/strconv/ftoa.ts'
import { quoteString, quoteToASCII, quoteRune as qRune, quoteRuneToASCII, canBackquote as canBq, isPrint as uniPrint } from '../native/strconv/quote.ts'
import { strToBytes, bytesToStr } from './value.ts'
import { GoPanic } from './errors.ts'

interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean
  plusV: boolean;
  sharpV: boolean
  wid: number;
  prec: number
}
const noFlags = (): Flags => ({ plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false, wid: -1, prec: -1 })

function pad (s: string, f: Flags): string {
  if (f.wid < 0) return s
  const n = runeCount(s)
  if (n >= f.wid) return s
  if (f.minus) return s + ' '.repeat(f.wid - n)
  return (f.zero ? '0' : ' ').repeat(f.wid - n) + s
}
function padSpaces (s: string, f: Flags): string {
  const z = f.zero; f.zero = false
  const r = pad(s, f); f.zero = z
  return r
}
function callMethod (t: RType, v: any, name: string): string {
  try {
    return t.methods[name](v)
  } catch (e) {
    if (e instanceof GoPanic && t.kind === 'ptr' && v === null) return '<nil>'
    throw e
  }
}

/** handles error / Stringer; returns null when the value has no such method or the verb ignores them */
function handleMethods (t: RType, v: any, verb: string, f: Flags): string | null {
  if (f.sharpV) {
    if (t.methods.GoString !== undefined) return callMethod(t, v, 'GoString')
    return null
  }
  if (verb !== 'v' && verb !== 's' && verb !== 'x' && verb !== 'X' && verb !== 'q') return null
  if (t.methods.Error !== undefined) return fmtString(callMethod(t, v, 'Error'), verb, f)
  if (t.methods.String !== undefined) return fmtString(callMethod(t, v, 'String'), verb, f)
  return null
}

function quote (s: string, ascii = false): string {
  const b = strToBytes(s)
  return bytesToStr(ascii ? quoteToASCII(b) : quoteString(b))
}
function quoteRune (r: number, _q: string, ascii = false): string {
  return bytesToStr(ascii ? quoteRuneToASCII(r) : qRune(r))
}
function isPrint (r: number): boolean { return uniPrint(r) }

function fmtString (s: string, verb: string, f: Flags): string {
  switch (verb) {
    case 'v': case 's':
      if (f.prec >= 0) s = truncRunes(s, f.prec)
      return pad(s, f)
    case 'q':
      if (f.prec >= 0) s = truncRunes(s, f.prec)
      return pad(f.sharp && canBq(strToBytes(s)) ? '`' + s + '`' : quote(s, f.plus), f)
    case 'x': case 'X': return pad(hexStr(s, verb === 'X', f), f)
  }
  return badVerb(verb, 'string', s)
}
function truncRunes (s: string, n: number): string {
  let i = 0
  while (n > 0 && i < s.length) { decodeRune(s, i); i += decoded.width; n-- }
  return s.slice(0, i)
}
function hexStr (s: string, upper: boolean, f: Flags): string {
  let out = ''
  const n = f.prec >= 0 && f.prec < s.length ? f.prec : s.length
  for (let i = 0; i < n; i++) {
    if (i > 0 && f.space) out += ' '
    if (f.sharp && (i === 0 || f.space)) out += upper ? '0X' : '0x'
    const h = s.charCodeAt(i).toString(16).padStart(2, '0')
    out += upper ? h.toUpperCase() : h
  }
  return out
}

function badVerb (verb: string, typ: string, val: string): string {
  return '%!' + verb + '(' + typ + '=' + val + ')'
}

function fmtInt (v: number | bigint, t: RType, verb: string, f: Flags): string {
  if (typeof v === 'number' && (verb === 'd' || verb === 'v') && f.wid < 0 && f.prec < 0 && !f.plus && !f.space) return String(v)
  const unsigned = t.kind.startsWith('u')
  let u = BigInt(v)
  if (unsigned) u = BigInt.asUintN(64, u)
  switch (verb) {
    case 'c': return pad(runeToStr(Number(BigInt.asIntN(64, u) > 0x10ffffn || u < 0n ? 0xfffdn : u)), f)
    case 'q': {
      const r = u < 0n || u > 0x10ffffn ? 0xfffd : Number(u)
      return pad(quoteRune(r, "'", f.plus), f)
    }
    case 'U': {
      const uu = BigInt.asUintN(64, u)
      let h = uu.toString(16).toUpperCase()
      if (f.prec >= 0 && h.length < f.prec) h = h.padStart(f.prec, '0')
      if (h.length < 4) h = h.padStart(4, '0')
      let out = 'U+' + h
      if (f.sharp && uu <= 0x10ffffn && isPrint(Number(uu))) out += " '" + runeToStr(Number(uu)) + "'"
      return padSpaces(out, f)
    }
  }
  let base: number
  switch (verb) {
    case 'v': case 'd': base = 10; break
    case 'b': base = 2; break
    case 'o': case 'O': base = 8; break
    case 'x': case 'X': base = 16; break
    default: return badVerb(verb, t.str, String(v))
  }
  const negative = u < 0n
  if (negative) u = -u
  let prec = 0
  if (f.prec >= 0) {
    prec = f.prec
    if (prec === 0 && u === 0n) return padSpaces('', f)
  } else if (f.zero && f.wid >= 0 && !f.minus) {
    prec = f.wid
    if (negative || f.plus || f.space) prec--
  }
  let digits = u.toString(base)
  if (verb === 'X') digits = digits.toUpperCase()
  if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits
  if (f.sharp) {
    if (base === 2) digits = '0b' + digits
    else if (base === 8) { if (digits[0] !== '0') digits = '0' + digits } else if (base === 16) digits = (verb === 'X' ? '0X' : '0x') + digits
  }
  if (verb === 'O') digits = '0o' + digits
  if (negative) digits = '-' + digits
  else if (f.plus) digits = '+' + digits
  else if (f.space) digits = ' ' + digits
  return padSpaces(digits, f)
}

function fmtFloat (v: number, bits: number, verb: string, f: Flags): string {
  let prec = f.prec
  let fmtc: string
  switch (verb) {
    case 'v': fmtc = 'g'; break
    case 'g': case 'G': fmtc = verb; break
    case 'e': case 'E': fmtc = verb; if (prec < 0) prec = 6; break
    case 'f': case 'F': fmtc = 'f'; if (prec < 0) prec = 6; break
    case 'x': case 'X': fmtc = verb; break
    case 'b': fmtc = 'b'; prec = -1; break
    default: return badVerb(verb, bits === 32 ? 'float32' : 'float64', formatFloat(v, 'g', -1, bits))
  }
  let num = formatFloat(v, fmtc, prec, bits)
  if (num[0] !== '-' && num[0] !== '+') num = '+' + num
  if (f.space && num[0] === '+' && !f.plus) num = ' ' + num.slice(1)
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !f.space && !f.plus) num = num.slice(1)
    return padSpaces(num, f)
  }
  if (f.sharp && verb !== 'b') {
    let digits = 0
    switch (verb) {
      case 'v': case 'g': case 'G': case 'x':
        digits = prec
        if (digits === -1) digits = 6
    }
    let tail = ''
    let hasDot = false
    let sawNonzero = false
    for (let i = 1; i < num.length; i++) {
      const c = num[i]
      if (c === '.') { hasDot = true; continue }
      if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) { tail = num.slice(i); num = num.slice(0, i); break }
      if (c !== '0') sawNonzero = true
      if (sawNonzero) digits--
    }
    if (!hasDot) { if (num.length === 2 && num[1] === '0') digits--; num += '.' }
    while (digits > 0) { num += '0'; digits-- }
    num += tail
  }
  if (f.plus || num[0] !== '+') {
    if (f.zero && !f.minus && f.wid > num.length) {
      return num[0] + '0'.repeat(f.wid - num.length) + num.slice(1)
    }
    return padSpaces(num, f)
  }
  const body = num.slice(1)
  if (f.zero && !f.minus && f.wid > body.length) return '0'.repeat(f.wid - body.length) + body
  return padSpaces(body, f)
}

/** fmt's fmtComplex: each part formatted as a float with the flags, the imaginary one always signed */
function fmtComplex (v: { re: number, im: number }, bits: number, verb: string, f: Flags): string {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E':
      return '(' + fmtFloat(v.re, bits / 2, verb, f) + fmtFloat(v.im, bits / 2, verb, { ...f, plus: true }) + 'i)'
    default:
      return badVerb(verb, bits === 64 ? 'complex64' : 'complex128', fmtComplex(v, bits, 'g', noFlags()))
  }
}

function fmtPtr (v: any, f: Flags, verb: string): string {
  if (v === null) return f.sharpV ? '(nil)' : padSpaces(verb === 'p' ? (f.sharp ? '0' : '0x0') : '<nil>', f)
  const addr = (0xc000010000 + identity(v) * 16).toString(16)
  if (verb === 'x') return padSpaces(f.sharp ? '0x' + addr : addr, f)
  if (verb === 'X') return padSpaces(f.sharp ? '0X' + addr.toUpperCase() : addr.toUpperCase(), f)
  return padSpaces(f.sharp && verb === 'p' ? addr : '0x' + addr, f)
}

/** formats value v of static/dynamic type t with verb */
export function formatValue (t: RType | null, v: any, verb: string, f: Flags, depth: number, noMethods = false): string {
  if (t === null) {
    // nil interface
    switch (verb) {
      case 'T': case 'v': return pad('<nil>', f)
      default: return badVerb(verb, '<nil>', '').replace('=)', ')').replace('(<nil>)', '(<nil>)')
    }
  }
  if (verb === 'T') return pad(t.str, f)
  if (verb === 'p') {
    switch (t.kind) {
      case 'slice': return fmtPtr((v as Slice).a, f, verb)
      case 'ptr': case 'map': case 'func': case 'chan': case 'unsafe.Pointer': return fmtPtr(v, f, verb)
    }
    return badVerb(verb, t.str, formatValue(t, v, 'v', noFlags(), depth))
  }
  if (t.kind === 'interface') {
    const i = v as Iface | null
    if (i === null) {
      if (f.sharpV) return t.str + '(nil)'
      return verb === 'v' || verb === 's' ? pad('<nil>', f) : badVerb(verb, '<nil>', '').replace('=)', ')')
    }
    return formatValue(i.t, i.v, verb, f, depth, noMethods)
  }
  if (!noMethods && (t.kind !== 'struct' || Object.keys(t.methods).length > 0)) {
    const m = handleMethods(t, v, verb, f)
    if (m !== null) return m
  }
  switch (t.kind) {
    case 'bool':
      if (verb === 'v' || verb === 't') return pad(v ? 'true' : 'false', f)
      return badVerb(verb, t.str, v ? 'true' : 'false')
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      if (f.sharpV) {
        if (t.kind.startsWith('u')) return '0x' + BigInt.asUintN(64, BigInt(v)).toString(16)
        return fmtInt(v, t, 'd', noFlags())
      }
      return fmtInt(v, t, verb, f)
    case 'float32': case 'float64':
      return fmtFloat(v, t.kind === 'float32' ? 32 : 64, verb, f)
    case 'complex64': case 'complex128':
      return fmtComplex(v, t.kind === 'complex64' ? 64 : 128, verb, f)
    case 'string':
      if (f.sharpV) return quote(v)
      return fmtString(v, verb, f)
    case 'ptr': {
      if (depth === 0 && v !== null && (t.elem!.kind === 'struct' || t.elem!.kind === 'array' || t.elem!.kind === 'slice' || t.elem!.kind === 'map') && (verb === 'v')) {
        if (f.sharpV) return '&' + formatValue(t.elem, derefAgg(t, v), verb, f, depth + 1, noMethods)
        return '&' + formatValue(t.elem, derefAgg(t, v), verb, f, depth + 1, noMethods)
      }
      if (f.sharpV) return '(' + t.str + ')(' + (v === null ? 'nil' : fmtPtr(v, noFlags(), 'p')) + ')'
      if (verb === 'v' || verb === 'p') return fmtPtr(v, f, verb)
      if (verb === 'b' || verb === 'o' || verb === 'd' || verb === 'x' || verb === 'X') return fmtInt(v === null ? 0 : 0xc000010000 + identity(v) * 16, uintptrType, verb, f)
      return badVerb(verb, t.str, fmtPtr(v, noFlags(), 'p'))
    }
    case 'func': case 'chan': case 'unsafe.Pointer':
      if (v === null) return f.sharpV ? '(' + t.str + ')(nil)' : pad('<nil>', f)
      return fmtPtr(v, f, verb)
    case 'slice': case 'array': {
      const s = t.kind === 'slice' ? v as Slice : null
      const n = s !== null ? s.len : t.len
      const get = s !== null ? (i: number) => s.a[s.off + i] : (i: number) => (v as any[])[i]
      const et = t.elem!
      if (et.kind === 'uint8' && (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X')) {
        let str = ''
        for (let i = 0; i < n; i++) str += String.fromCharCode(get(i))
        return fmtString(str, verb, f)
      }
      if (f.sharpV) {
        if (s !== null && s.a === null) return t.str + '(nil)'
        const parts: string[] = []
        for (let i = 0; i < n; i++) parts.push(formatValue(et, get(i), verb, f, depth + 1, noMethods))
        return t.str + '{' + parts.join(', ') + '}'
      }
      const parts: string[] = []
      for (let i = 0; i < n; i++) parts.push(formatValue(et, get(i), verb, f, depth + 1, noMethods))
      return '[' + parts.join(' ') + ']'
    }
    case 'map': {
      const m = v as GoMap | null
      const entries = m === null ? [] : mapEntries(m)
      sortKeys(t.key!, entries)
      if (f.sharpV) {
        if (m === null) return t.str + '(nil)'
        return t.str + '{' + entries.map(([k, x]) => formatValue(t.key, k, verb, f, depth + 1, noMethods) + ':' + formatValue(t.elem, x, verb, f, depth + 1, noMethods)).join(', ') + '}'
      }
      return 'map[' + entries.map(([k, x]) => formatValue(t.key, k, verb, f, depth + 1, noMethods) + ':' + formatValue(t.elem, x, verb, f, depth + 1, noMethods)).join(' ') + ']'
    }
    case 'struct': {
      if (v instanceof Object && !(t.ctor !== null && v instanceof t.ctor) && t.fields.length === 0 && t.pkg === 'runtime') {
        return fmtString(t.methods.Error(v), verb, f)
      }
      const parts: string[] = []
      for (const fl of t.fields) {
        const x = formatValue(fl.type, v[fl.js], verb, f, depth + 1, noMethods || !fl.exported)
        if (f.sharpV) parts.push(fl.name + ':' + x)
        else if (f.plusV) parts.push(fl.name + ':' + x)
        else parts.push(x)
      }
      if (f.sharpV) return t.str + '{' + parts.join(', ') + '}'
      return '{' + parts.join(' ') + '}'
    }
  }
  return '?'
}

function derefAgg (t: RType, v: any): any {
  if (t.elem!.kind === 'struct' || t.elem!.kind === 'array') return v
  return (v as Ptr).get()
}

export function mapEntries (m: GoMap): Array<[any, any]> {
  const out: Array<[any, any]> = []
  if (m.keys !== null) { for (const [h, x] of m.m) out.push([m.keys.get(h), x]) } else { for (const e of m.m) out.push(e) }
  return out
}

function floatCompare (a: number, b: number): number {
  if (a < b) return -1
  if (a > b) return 1
  if (a !== a) return b !== b ? 0 : -1
  if (b !== b) return 1
  return 0
}

function compareKeys (t: RType, a: any, b: any): number {
  switch (t.kind) {
    case 'string': case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
    case 'uint16': case 'uint32': case 'uint64': case 'uintptr': case 'float32': case 'float64':
      return a < b ? -1 : a > b ? 1 : 0
    case 'bool': return a === b ? 0 : a ? 1 : -1
    case 'complex64': case 'complex128': {
      // internal/fmtsort: by real part, then imaginary part (NaN first)
      const c = floatCompare(a.re, b.re)
      return c !== 0 ? c : floatCompare(a.im, b.im)
    }
    case 'interface': {
      if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1
      const ia = a as Iface; const ib = b as Iface
      if (ia.t !== ib.t) return ia.t.id - ib.t.id
      return compareKeys(ia.t, ia.v, ib.v)
    }
    case 'struct': {
      for (const fl of t.fields) { const c = compareKeys(fl.type, a[fl.js], b[fl.js]); if (c !== 0) return c }
      return 0
    }
    case 'array': {
      for (let i = 0; i < t.len; i++) { const c = compareKeys(t.elem!, a[i], b[i]); if (c !== 0) return c }
      return 0
    }
    default: return identity(a) - identity(b)
  }
}
function sortKeys (t: RType, entries: Array<[any, any]>): void {
  entries.sort((x, y) => compareKeys(t, x[0], y[0]))
}

/** the formatted text of one argument for Print/Println (verb %v) */
function printArg (a: Iface | null): string {
  if (a === null) return '<nil>'
  return formatValue(a.t, a.v, 'v', noFlags(), 0)
}

export function sprint (args: Array<Iface | null>): string {
  let out = ''
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const isStr = a !== null && a.t.kind === 'string'
    if (i > 0 && !isStr && !(args[i - 1] !== null && args[i - 1]!.t.kind === 'string')) out += ' '
    out += printArg(a)
  }
  return out
}
export function sprintln (args: Array<Iface | null>): string {
  let out = ''
  for (let i = 0; i < args.length; i++) {
    if (i > 0) out += ' '
    out += printArg(args[i])
  }
  return out + '\n'
}

/** Sprintf; `wrapped` receives the operands of %w verbs (for Errorf). */
export function sprintf (format: string, args: Array<Iface | null>, wrapped?: Array<Iface | null>): string {
  let out = ''
  let argi = 0
  const n = format.length
  let reordered = false
  for (let i = 0; i < n;) {
    const c = format.charCodeAt(i)
    if (c !== 37) {
      let j = i + 1
      while (j < n && format.charCodeAt(j) !== 37) j++
      out += format.slice(i, j)
      i = j
      continue
    }
    i++
    // fast path: a plain %v %s %d with an argument of a basic type and no flags
    if (i < n && argi < args.length) {
      const vc = format.charCodeAt(i)
      if (vc === 118 || vc === 115 || vc === 100) {
        const a = args[argi]
        if (a !== null) {
          const k = a.t.kind
          if (k === 'string' && vc !== 100 && a.t.methods.String === undefined && a.t.methods.Error === undefined) { out += a.v; argi++; i++; continue }
          if ((k === 'int' || k === 'int64' || k === 'int32' || k === 'uint8' || k === 'uint' || k === 'uint64' || k === 'int8' || k === 'int16' || k === 'uint16' || k === 'uint32') && vc !== 115 && a.t.methods.String === undefined && a.t.methods.Error === undefined) { out += String(a.v); argi++; i++; continue }
        }
      }
    }
    const f = noFlags()
    // flags
    for (; i < n; i++) {
      const ch = format[i]
      if (ch === '+') f.plus = true
      else if (ch === '-') { f.minus = true; f.zero = false } else if (ch === '#') f.sharp = true
      else if (ch === ' ') f.space = true
      else if (ch === '0') f.zero = !f.minus
      else break
    }
    // argument index [n]
    let badIndex = false
    const argIndex = (): void => {
      if (i < n && format[i] === '[') {
        reordered = true
        const close = format.indexOf(']', i)
        const k = close > 0 ? Number(format.slice(i + 1, close)) : NaN
        if (close < 0 || !Number.isInteger(k) || k < 1 || k > args.length) { badIndex = true; if (close > 0) i = close + 1; else i = n; return }
        argi = k - 1
        i = close + 1
      }
    }
    argIndex()
    // width
    if (i < n && format[i] === '*') {
      i++
      const a = args[argi++]
      if (a !== undefined && a !== null && isIntKind(a.t)) {
        f.wid = Number(a.v)
        if (f.wid < 0) { f.minus = true; f.wid = -f.wid; f.zero = false }
      } else out += '%!(BADWIDTH)'
    } else {
      let w = ''
      while (i < n && format.charCodeAt(i) >= 48 && format.charCodeAt(i) <= 57) w += format[i++]
      if (w !== '') f.wid = parseInt(w, 10)
    }
    // precision
    if (i < n && format[i] === '.') {
      i++
      argIndex()
      if (i < n && format[i] === '*') {
        i++
        const a = args[argi++]
        if (a !== undefined && a !== null && isIntKind(a.t)) {
          f.prec = Number(a.v)
          if (f.prec < 0) { f.prec = -1 }
        } else out += '%!(BADPREC)'
      } else {
        let p = ''
        while (i < n && format.charCodeAt(i) >= 48 && format.charCodeAt(i) <= 57) p += format[i++]
        f.prec = p === '' ? 0 : parseInt(p, 10)
      }
    }
    argIndex()
    if (i >= n) { out += '%!(NOVERB)'; break }
    // the verb (a rune)
    const r = decodeRune(format, i)
    const verb = runeToStr(r)
    i += decoded.width
    if (verb === '%') { out += '%'; continue }
    if (badIndex) { out += '%!' + verb + '(BADINDEX)'; continue }
    if (argi >= args.length) { out += '%!' + verb + '(MISSING)'; continue }
    const a = args[argi++]
    if (verb === 'v') {
      if (f.sharp) { f.sharpV = true; f.sharp = false }
      if (f.plus) { f.plusV = true; f.plus = false }
    }
    if (verb === 'w') {
      const isErr = a !== null && a.t.methods.Error !== undefined
      if (wrapped !== undefined && isErr) {
        wrapped.push(a)
        out += formatValue(a.t, a.v, 'v', f, 0)
      } else {
        if (wrapped !== undefined && a !== null) wrapped.push(a)
        out += a === null ? '%!w(<nil>)' : badVerb('w', a.t.str, formatValue(a.t, a.v, 'v', noFlags(), 0))
      }
      continue
    }
    out += formatValue(a === null ? null : a.t, a === null ? null : a.v, verb, f, 0)
  }
  if (!reordered && argi < args.length) {
    out += '%!(EXTRA '
    const parts: string[] = []
    for (let k = argi; k < args.length; k++) {
      const a = args[k]
      parts.push(a === null ? '<nil>' : a.t.str + '=' + formatValue(a.t, a.v, 'v', noFlags(), 0))
    }
    out += parts.join(', ') + ')'
  }
  return out
}

function isIntKind (t: RType): boolean {
  switch (t.kind) {
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64': case 'uint': case 'uint8':
    case 'uint16': case 'uint32': case 'uint64': case 'uintptr': return true
  }
  return false
}

export { quote as quoteString }
