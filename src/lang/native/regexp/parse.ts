/**
 * The parser of RE2 syntax (as Go's regexp accepts it, Perl flags on): a byte string in, a Node
 * tree out, or a SyntaxError with Go's code and fragment.
 */
import { runeAt, at } from '../text/runes.ts'
import { simpleFold, table, is } from '../unicode/index.ts'
import { type Node, type Assertion, SyntaxError, normalize, negate, MaxRune } from './syntax.ts'

export interface Parsed { node: Node, names: string[] }

interface Flags { fold: boolean, multiLine: boolean, dotNL: boolean, ungreedy: boolean }

const maxRepeat = 1000
const maxDepth = 1000

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isWordByte = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
const hexDigit = (c: number): number => isDigit(c) ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

const perlClasses: Record<string, number[]> = {
  d: [0x30, 0x39],
  s: [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20],
  w: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]
}

const posixClasses: Record<string, number[]> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a],
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66]
}

/** Runes examined while parsing (folding classes, reading tables), to charge as gas. */
export const work = { runes: 0 }

// the ranges of each Unicode table, computed once per process (only ever looked up by name)
const tableRanges = new Map<string, number[]>()

/** The ranges of a Unicode table (\p{Greek}), from its compact form. */
function unicodeRanges (name: string): number[] | undefined {
  if (name === 'Any') return [0, MaxRune]
  const t = table(name)
  if (t === undefined) return undefined
  // charged the same whether cached or not: gas must not depend on what this process did before
  work.runes += MaxRune
  const cached = tableRanges.get(name)
  if (cached !== undefined) return cached
  const out: number[] = []
  // walk the runes in runs: tables are small enough in practice for classes written by hand
  let start = -1
  for (let r = 0; r <= MaxRune + 1; r++) {
    const inside = r <= MaxRune && is(t, r)
    if (inside && start < 0) start = r
    if (!inside && start >= 0) { out.push(start, r - 1); start = -1 }
  }
  tableRanges.set(name, out)
  return out
}

/** Adds the case-folding orbits of the runes in ranges. */
function foldRanges (ranges: number[]): number[] {
  const out = ranges.slice()
  for (let i = 0; i < ranges.length; i += 2) {
    const lo = ranges[i]
    const hi = Math.min(ranges[i + 1], 0x1ffff) // no case above the first planes
    work.runes += hi - lo + 1
    for (let r = lo; r <= hi; r++) {
      for (let f = simpleFold(r); f !== r; f = simpleFold(f)) out.push(f, f)
    }
  }
  return normalize(out)
}

export function parse (expr: string): Parsed {
  return new Parser(expr).run()
}

class Parser {
  pos = 0
  flags: Flags = { fold: false, multiLine: false, dotNL: false, ungreedy: false }
  names: string[] = ['']
  depth = 0

  constructor (readonly s: string) {}

  run (): Parsed {
    const node = this.alternation()
    if (this.pos < this.s.length) throw new SyntaxError('unexpected )', this.s)
    return { node, names: this.names }
  }

  more (): boolean { return this.pos < this.s.length }
  peek (): number { return this.s.charCodeAt(this.pos) }

  alternation (): Node {
    const subs: Node[] = [this.concatenation()]
    while (this.more() && this.peek() === 0x7c) { // |
      this.pos++
      subs.push(this.concatenation())
    }
    return subs.length === 1 ? subs[0] : { k: 'alt', subs }
  }

  concatenation (): Node {
    const items: Node[] = []
    let lastOp = -1 // where the repetition operator that made the last item starts
    while (this.more()) {
      const c = this.peek()
      if (c === 0x7c || c === 0x29) break // | )
      const opStart = this.pos
      const rep = this.repetition()
      if (rep !== undefined) {
        const text = this.s.slice(opStart, this.pos)
        if (items.length === 0) throw new SyntaxError('missing argument to repetition operator', text)
        if (lastOp >= 0) throw new SyntaxError('invalid nested repetition operator', this.s.slice(lastOp, this.pos))
        if (rep.max > maxRepeat || rep.min > maxRepeat || (rep.max >= 0 && rep.max < rep.min)) {
          throw new SyntaxError('invalid repeat count', text)
        }
        const greedy = rep.greedy !== this.flags.ungreedy
        items.push({ k: 'rep', min: rep.min, max: rep.max, greedy, sub: items.pop() as Node })
        lastOp = opStart
        continue
      }
      lastOp = -1
      const atom = this.atom()
      if (atom !== null && atom.k === 'cat' && atom.spread === true) items.push(...atom.subs)
      else if (atom !== null) items.push(atom)
    }
    if (items.length === 0) return { k: 'empty' }
    return items.length === 1 ? items[0] : { k: 'cat', subs: items }
  }

  /** A repetition operator at pos (consumed), or undefined. */
  repetition (): { min: number, max: number, greedy: boolean } | undefined {
    const c = this.peek()
    let min: number
    let max: number
    if (c === 0x2a) { min = 0; max = -1; this.pos++ } else if (c === 0x2b) { min = 1; max = -1; this.pos++ } else if (c === 0x3f) { min = 0; max = 1; this.pos++ } else if (c === 0x7b) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.pos))
      if (m === null) return undefined
      min = Math.min(Number(m[1]), maxRepeat + 1)
      max = m[2] === undefined ? min : m[3] === '' ? -1 : Math.min(Number(m[3]), maxRepeat + 1)
      this.pos += m[0].length
    } else {
      return undefined
    }
    let greedy = true
    if (this.more() && this.peek() === 0x3f) { greedy = false; this.pos++ }
    return { min, max, greedy }
  }

  lit (r: number): Node {
    const ranges = [r, r]
    return { k: 'class', ranges: this.flags.fold ? foldRanges(ranges) : ranges }
  }

  /** One atom; null for a flags-only group such as (?i). */
  atom (): Node | null {
    const c = this.peek()
    switch (c) {
      case 0x28: return this.group()
      case 0x5b: return this.charClass()
      case 0x2e: // .
        this.pos++
        return { k: 'class', ranges: this.flags.dotNL ? [0, MaxRune] : [0, 9, 11, MaxRune] }
      case 0x5e: this.pos++; return { k: 'assert', what: this.flags.multiLine ? 'bol' : 'bot' }
      case 0x24: this.pos++; return { k: 'assert', what: this.flags.multiLine ? 'eol' : 'eot' }
      case 0x5c: return this.escape()
    }
    const r = runeAt(this.s, this.pos)
    this.pos += at.width
    return this.lit(r)
  }

  group (): Node | null {
    const start = this.pos
    this.pos++ // (
    let name: string | undefined
    if (this.more() && this.peek() === 0x3f) { // (?
      const rest = this.s.slice(this.pos + 1)
      if (rest.startsWith('P<')) {
        const end = rest.indexOf('>')
        if (end < 0) throw new SyntaxError('invalid named capture', this.s.slice(start))
        name = rest.slice(2, end)
        const text = this.s.slice(start, this.pos + 1 + end + 1)
        if (name === '' || ![...name].every(ch => isWordByte(ch.charCodeAt(0)))) throw new SyntaxError('invalid named capture', text)
        this.pos += 1 + end + 1
      } else {
        return this.flagGroup(start)
      }
    }
    const index = this.names.length
    this.names.push(name ?? '')
    const sub = this.nested(start)
    return { k: 'cap', index, sub }
  }

  /** The body of a group up to its ')', with the flags restored after it. */
  nested (start: number): Node {
    if (++this.depth > maxDepth) throw new SyntaxError('expression nests too deeply', this.s)
    const saved = { ...this.flags }
    const sub = this.alternation()
    if (!this.more()) throw new SyntaxError('missing closing )', this.s.slice(0))
    this.pos++ // )
    this.flags = saved
    this.depth--
    void start
    return sub
  }

  /** (?flags) or (?flags:re); pos is at the '?'. */
  flagGroup (start: number): Node | null {
    this.pos++ // ?
    let negated = false
    let sawFlag = false
    const next = { ...this.flags }
    for (;;) {
      if (!this.more()) throw new SyntaxError('invalid or unsupported Perl syntax', this.s.slice(start))
      const c = this.peek()
      this.pos++
      switch (c) {
        case 0x69: next.fold = !negated; sawFlag = true; continue // i
        case 0x6d: next.multiLine = !negated; sawFlag = true; continue // m
        case 0x73: next.dotNL = !negated; sawFlag = true; continue // s
        case 0x55: next.ungreedy = !negated; sawFlag = true; continue // U
        case 0x2d: // -
          if (negated) break
          negated = true
          sawFlag = false
          continue
        case 0x29: // )
        case 0x3a: { // :
          if (negated && !sawFlag) break
          if (c === 0x29) {
            if (negated || sawFlag) { this.flags = next; return null }
            break
          }
          const saved = this.flags
          this.flags = next
          const sub = this.nested(start)
          this.flags = saved
          return sub
        }
      }
      throw new SyntaxError('invalid or unsupported Perl syntax', this.s.slice(start, this.pos))
    }
  }

  escape (): Node {
    const start = this.pos
    this.pos++ // backslash
    if (!this.more()) throw new SyntaxError('trailing backslash at end of expression', '')
    const c = this.peek()
    const assertions: Record<number, Assertion> = { 0x41: 'bot', 0x7a: 'eot', 0x62: 'wb', 0x42: 'nwb' }
    if (assertions[c] !== undefined) { this.pos++; return { k: 'assert', what: assertions[c] } }
    if (c === 0x51) { // \Q...\E
      this.pos++
      let end = this.s.indexOf('\\E', this.pos)
      if (end < 0) end = this.s.length
      const items: Node[] = []
      for (let i = this.pos; i < end;) {
        const r = runeAt(this.s, i)
        i += at.width
        items.push(this.lit(r))
      }
      this.pos = Math.min(end + 2, this.s.length)
      if (items.length === 0) return { k: 'empty' }
      return items.length === 1 ? items[0] : { k: 'cat', subs: items, spread: true }
    }
    const cls = this.classEscape(start)
    if (cls !== undefined) return { k: 'class', ranges: this.flags.fold ? foldRanges(cls) : cls }
    return this.lit(this.escapedRune(start))
  }

  /** \d \D \s \S \w \W \pX \p{X} \PX \P{X} at start (a backslash), consumed; or undefined. */
  classEscape (start: number): number[] | undefined {
    const c = this.s.charCodeAt(start + 1)
    const lower = String.fromCharCode(c | 0x20)
    if (perlClasses[lower] !== undefined && (c === 0x64 || c === 0x44 || c === 0x73 || c === 0x53 || c === 0x77 || c === 0x57)) {
      this.pos = start + 2
      const ranges = perlClasses[lower]
      return c >= 0x61 ? ranges : negate(ranges)
    }
    if (c !== 0x70 && c !== 0x50) return undefined // p P
    let name: string
    let end: number
    if (this.s.charCodeAt(start + 2) === 0x7b) {
      end = this.s.indexOf('}', start + 3)
      if (end < 0) throw new SyntaxError('invalid character class range', this.s.slice(start))
      name = this.s.slice(start + 3, end)
      end++
    } else {
      if (start + 2 >= this.s.length) throw new SyntaxError('invalid character class range', this.s.slice(start))
      runeAt(this.s, start + 2)
      end = start + 2 + at.width
      name = this.s.slice(start + 2, end)
    }
    let negated = c === 0x50
    if (name.startsWith('^')) { negated = !negated; name = name.slice(1) }
    const ranges = unicodeRanges(name)
    if (ranges === undefined) throw new SyntaxError('invalid character class range', this.s.slice(start, end))
    this.pos = end
    return negated ? negate(ranges) : ranges
  }

  /** The rune of an escape at start (a backslash) that stands for one rune, consumed. */
  escapedRune (start: number): number {
    const bad = (): never => {
      runeAt(this.s, start + 1)
      throw new SyntaxError('invalid escape sequence', this.s.slice(start, start + 1 + at.width))
    }
    this.pos = start + 1
    const c = runeAt(this.s, this.pos)
    this.pos += at.width
    if (c >= 0x31 && c <= 0x37) { // \1-\7: octal only when followed by another octal digit
      const n = this.s.charCodeAt(this.pos)
      if (!(n >= 0x30 && n <= 0x37)) bad()
    }
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30
      for (let i = 0; i < 2 && this.more() && this.peek() >= 0x30 && this.peek() <= 0x37; i++) v = v * 8 + this.s.charCodeAt(this.pos++) - 0x30
      return v
    }
    if (c === 0x78) { // x
      if (!this.more()) bad()
      if (this.peek() === 0x7b) { // \x{hex}: each digit checked as it comes
        this.pos++
        let v = 0
        let digits = 0
        for (;;) {
          if (!this.more()) throw new SyntaxError('invalid escape sequence', this.s.slice(start))
          const d = this.peek()
          this.pos++
          if (d === 0x7d && digits > 0) return v
          const h = hexDigit(d)
          if (h < 0) throw new SyntaxError('invalid escape sequence', this.s.slice(start, this.pos))
          v = v * 16 + h
          digits++
          if (v > MaxRune) throw new SyntaxError('invalid escape sequence', this.s.slice(start, this.pos))
        }
      }
      const two = this.s.slice(this.pos, this.pos + 2)
      if (!/^[0-9a-fA-F]{2}$/.test(two)) { this.pos = Math.min(this.pos + 2, this.s.length); throw new SyntaxError('invalid escape sequence', this.s.slice(start, this.pos)) }
      this.pos += 2
      return parseInt(two, 16)
    }
    const simple: Record<number, number> = { 0x61: 7, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 }
    if (simple[c] !== undefined) return simple[c]
    if (c < 0x80 && !isAlnum(c)) return c
    return bad()
  }

  charClass (): Node {
    const start = this.pos
    this.pos++ // [
    let negated = false
    if (this.more() && this.peek() === 0x5e) { negated = true; this.pos++ }
    const ranges: number[] = []
    let first = true
    const missing = (): never => { throw new SyntaxError('missing closing ]', this.s.slice(start)) }
    for (;;) {
      if (!this.more()) missing()
      const c = this.peek()
      if (c === 0x5d && !first) { this.pos++; break } // ]
      first = false
      if (c === 0x5b && this.s.charCodeAt(this.pos + 1) === 0x3a) { // [:name:]
        const end = this.s.indexOf(':]', this.pos + 2)
        if (end >= 0) {
          let name = this.s.slice(this.pos + 2, end)
          const text = this.s.slice(this.pos, end + 2)
          let neg = false
          if (name.startsWith('^')) { neg = true; name = name.slice(1) }
          const cls = posixClasses[name]
          if (cls === undefined) throw new SyntaxError('invalid character class range', text)
          ranges.push(...(neg ? negate(cls) : cls))
          this.pos = end + 2
          continue
        }
      }
      if (c === 0x5c) {
        const at0 = this.pos
        if (this.pos + 1 >= this.s.length) throw new SyntaxError('trailing backslash at end of expression', '')
        const cls = this.classEscape(at0)
        if (cls !== undefined) { ranges.push(...cls); continue }
      }
      const loStart = this.pos
      const lo = this.classRune()
      let hi = lo
      if (this.more() && this.peek() === 0x2d && this.pos + 1 < this.s.length && this.s.charCodeAt(this.pos + 1) !== 0x5d) {
        this.pos++ // -
        hi = this.classRune()
        if (hi < lo) throw new SyntaxError('invalid character class range', this.s.slice(loStart, this.pos))
      }
      ranges.push(lo, hi)
    }
    let out = normalize(ranges)
    if (this.flags.fold) out = foldRanges(out)
    if (negated) out = negate(out)
    return { k: 'class', ranges: out }
  }

  classRune (): number {
    if (!this.more()) throw new SyntaxError('missing closing ]', this.s)
    if (this.peek() === 0x5c) return this.escapedRune(this.pos)
    const r = runeAt(this.s, this.pos)
    this.pos += at.width
    return r
  }
}
