/**
 * The Go lexer: turns source text into the tokens of token.ts, following the "Lexical elements"
 * section of the Go specification (identifiers, keywords, operators, literals, comments and the
 * automatic semicolon after a line's final token). Errors carry the messages gc prints.
 *
 * Offsets are UTF-16 indices into the text. A NUL, a misplaced byte-order mark or an invalid
 * UTF-8 byte (a lone surrogate, see source.ts) is reported and then skipped as if absent.
 *
 * @example
 * ```ts
 * const s = new Scanner('x := 1\n', (off, msg) => console.log(off, msg))
 * for (s.next(); s.tok !== Tok.EOF; s.next()) console.log(Tok[s.tok], s.lit)
 * ```
 */

import type { LitKind } from './ast.ts'
import { baseWord, codePointName, quotedChar } from './charnames.ts'
import { isDigit as isUnicodeDigit, isLetter as isUnicodeLetter } from './unicode.ts'
import { KEYWORDS, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR, Tok as TokenKinds } from './token.ts'

// A module-local alias: under tsx, each use of an imported binding is a getter call, which made
// a fifth of the scanning time.
const Tok = TokenKinds
type Tok = TokenKinds

export type ScanErrorHandler = (offset: number, msg: string) => void

export interface ScannedComment {
  offset: number
  end: number
  text: string
  /** number of tokens scanned before this comment */
  tokenIndex: number
  /** end offset of the token before this comment, or -1 */
  prevEnd: number
}

const EOF = -1
const NEWLINE = 10
const BOM = 0xfeff

const keywordTokens = new Map<string, Tok>(Object.entries(KEYWORDS))

/** Keywords after which a newline ends the statement (the spec's semicolon rule). */
const endsStatement = new Set<Tok>([Tok.Break, Tok.Continue, Tok.Fallthrough, Tok.Return])

// Character classes of ASCII, so the hot loops test one table entry.
const LETTER = 1
const DECIMAL = 2
const HEX = 4
const asciiClass = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (/[A-Za-z_]/.test(ch)) asciiClass[c] |= LETTER
  if (/[0-9]/.test(ch)) asciiClass[c] |= DECIMAL | HEX
  if (/[A-Fa-f]/.test(ch)) asciiClass[c] |= HEX
}
const isAsciiLetter = (c: number): boolean => c >= 0 && c < 128 && (asciiClass[c] & LETTER) !== 0
const isDecimal = (c: number): boolean => c >= 48 && c <= 57
const isHexDigit = (c: number): boolean => c >= 0 && c < 128 && (asciiClass[c] & HEX) !== 0
const toLower = (c: number): number => c | 0x20

/** First characters of operators and delimiters. */
const PUNCTUATION = new Uint8Array(128)
for (const ch of '()[]{},;:.+-*/%^&|<>=!~') PUNCTUATION[ch.charCodeAt(0)] = 1

/** Characters the decoder must look at; anything else is taken as it is. */
// NUL, lone surrogates and the BOM need a message of their own
// eslint-disable-next-line no-control-regex
const SPECIAL_CHARS = /[\u0000\ud800-\udfff\ufeff]/

/** Bits of a scanned digit run: whether it held digits, and whether it held `_`. */
const HAS_DIGITS = 1
const HAS_SEPARATOR = 2

export class Scanner {
  readonly src: string
  private readonly report: ScanErrorHandler
  /** comments in source order, with what comment grouping needs to know */
  readonly comments: ScannedComment[] = []

  // The token after next(): its kind, extent and details.
  tok: Tok = Tok.EOF
  /** offset of the token's first character */
  offset = 0
  /** offset just after the token */
  end = 0
  /** Name: the name; Literal: its text; Semi: "semicolon", "newline" or "EOF" */
  lit = ''
  /** Literal: true if it has a syntax error */
  bad = false
  kind: LitKind = 'INT'
  /** Operator, AssignOp, IncOp, Star, Arrow: the operator spelling (`+`, `&^`, `<-`…) */
  op = ''
  /** binary precedence of an Operator or Star (0 for the unary-only `!` and `~`) */
  prec = 0

  /** the current character (a code point, EOF at the end), at offset `at`, `width` units wide */
  private ch = EOF
  private at = 0
  private width = 0
  /** whether a newline here would end a statement */
  private semiAtNewline = false
  private tokenCount = 0
  private prevTokenEnd = -1
  /** while scanning a number: its first problem and where, and its first digit too large for its base */
  private problem = ''
  private problemAt = 0
  private firstBad = -1

  constructor (src: string, report: ScanErrorHandler) {
    this.src = src
    this.report = report
    this.moveTo(0)
    if (this.ch === BOM) this.advance() // a leading byte-order mark is not part of the text
  }

  /** Scans the next token. */
  next (): void {
    this.scanToken()
    // automatic semicolons do not count as tokens when comments are grouped
    if (this.tok !== Tok.Semi || this.lit === 'semicolon') {
      this.tokenCount++
      this.prevTokenEnd = this.end
    }
  }

  // ---- characters

  private advance (): void {
    const i = this.at + this.width
    const c = this.src.charCodeAt(i) // NaN past the end
    if (c > 0 && c < 0xd800) {
      this.at = i
      this.ch = c
      this.width = 1
    } else {
      this.moveTo(i)
    }
  }

  /** Makes the character at offset i current, reporting and skipping the ones Go rejects. */
  private moveTo (i: number): void {
    const src = this.src
    for (;;) {
      this.at = i
      if (i >= src.length) {
        this.ch = EOF
        this.width = 0
        return
      }
      const c = src.charCodeAt(i)
      if (c > 0 && c < 0xd800) {
        this.ch = c
        this.width = 1
        return
      }
      if (c === 0) {
        this.report(i, 'invalid NUL character')
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const low = src.charCodeAt(i + 1)
        if (c < 0xdc00 && low >= 0xdc00 && low <= 0xdfff) {
          this.ch = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000
          this.width = 2
          return
        }
        this.report(i, 'invalid UTF-8 encoding')
      } else if (c === BOM) {
        if (i > 0) this.report(i, 'invalid BOM in the middle of the file')
      } else {
        this.ch = c
        this.width = 1
        return
      }
      i++
    }
  }

  private error (msg: string): void {
    this.report(this.at, msg)
  }

  // ---- tokens

  private scanToken (): void {
    const semiAtNewline = this.semiAtNewline
    this.semiAtNewline = false
    for (;;) {
      let c = this.ch
      while (c === 32 || c === 9 || c === 13 || (c === NEWLINE && !semiAtNewline)) {
        this.advance()
        c = this.ch
      }
      this.offset = this.at
      if (isAsciiLetter(c) || c >= 0x80) {
        this.identifier()
      } else if (isDecimal(c)) {
        this.number(false)
      } else if (c === EOF) {
        this.tok = semiAtNewline ? Tok.Semi : Tok.EOF
        if (semiAtNewline) this.lit = 'EOF'
      } else if (c === NEWLINE) {
        this.advance()
        this.setSemi('newline')
      } else if (c === 47) {
        if (this.startsComment()) {
          if (this.ch === 47) {
            this.lineComment()
            continue
          }
          const spansLines = this.generalComment()
          if (!(spansLines && semiAtNewline)) continue
          this.setSemi('newline') // a comment running over a newline ends the line like one
        }
      } else if (c === 34) {
        this.stringLiteral()
      } else if (c === 96) {
        this.rawStringLiteral()
      } else if (c === 39) {
        this.runeLiteral()
      } else if (c < 128 && PUNCTUATION[c] === 1) {
        this.punctuation(c)
      } else {
        this.error('invalid character ' + codePointName(c))
        this.advance()
        continue
      }
      this.end = this.at
      return
    }
  }

  private peek (): number {
    return this.src.charCodeAt(this.at + 1)
  }

  private setSemi (why: string): void {
    this.tok = Tok.Semi
    this.lit = why
  }

  private identifier (): void {
    const src = this.src
    let i = this.at
    while (i < src.length) {
      const c = src.charCodeAt(i)
      if (c >= 128 || (asciiClass[c] & (LETTER | DECIMAL)) === 0) break
      i++
    }
    this.moveTo(i)
    // letters and digits beyond ASCII (or after a skipped character): any other non-ASCII
    // character is reported but kept in the name
    let first = this.at === this.offset
    while (this.ch >= 0x80 || isAsciiLetter(this.ch) || isDecimal(this.ch)) {
      if (this.ch >= 0x80 && !isUnicodeLetter(this.ch)) {
        if (!isUnicodeDigit(this.ch)) this.error('invalid character ' + codePointName(this.ch) + ' in identifier')
        else if (first) this.error('identifier cannot begin with digit ' + codePointName(this.ch))
      }
      first = false
      this.advance()
    }
    const word = src.slice(this.offset, this.at)
    // every keyword is 2 to 11 lower-case letters starting with one of b…v
    const c0 = word.charCodeAt(0)
    const keyword = word.length >= 2 && word.length <= 11 && c0 >= 98 && c0 <= 118 ? keywordTokens.get(word) : undefined
    if (keyword !== undefined) {
      this.tok = keyword
      this.semiAtNewline = endsStatement.has(keyword)
      return
    }
    this.tok = Tok.Name
    this.lit = word
    this.semiAtNewline = true
  }

  /** Scans the operator or delimiter starting with c (one of PUNCTUATION). */
  private punctuation (c: number): boolean {
    this.advance()
    const next = this.ch
    switch (c) {
      case 40: return this.simple(Tok.Lparen)
      case 91: return this.simple(Tok.Lbrack)
      case 123: return this.simple(Tok.Lbrace)
      case 44: return this.simple(Tok.Comma)
      case 41: return this.closing(Tok.Rparen)
      case 93: return this.closing(Tok.Rbrack)
      case 125: return this.closing(Tok.Rbrace)
      case 59:
        this.setSemi('semicolon')
        return true
      case 58:
        return next === 61 ? this.take(Tok.Define) : this.simple(Tok.Colon)
      case 46:
        if (isDecimal(next)) {
          this.number(true)
          return true
        }
        if (next === 46 && this.peek() === 46) {
          this.advance()
          return this.take(Tok.DotDotDot)
        }
        return this.simple(Tok.Dot)
      case 43:
      case 45: {
        const sign = c === 43 ? '+' : '-'
        if (next !== c) return this.arithmetic(sign, PREC_ADD)
        this.advance()
        this.op = sign
        this.prec = PREC_ADD
        this.semiAtNewline = true
        return this.simple(Tok.IncOp)
      }
      case 42: return this.arithmetic('*', PREC_MUL)
      case 37: return this.arithmetic('%', PREC_MUL)
      case 94: return this.arithmetic('^', PREC_ADD)
      case 38:
        if (next === 38) return this.comparison('&&', PREC_ANDAND, true)
        if (next === 94) {
          this.advance()
          return this.arithmetic('&^', PREC_MUL)
        }
        return this.arithmetic('&', PREC_MUL)
      case 124:
        return next === 124 ? this.comparison('||', PREC_OROR, true) : this.arithmetic('|', PREC_ADD)
      case 60:
        if (next === 61) return this.comparison('<=', PREC_CMP, true)
        if (next === 45) {
          this.advance()
          this.op = '<-'
          this.prec = 0
          return this.simple(Tok.Arrow)
        }
        if (next === 60) {
          this.advance()
          return this.arithmetic('<<', PREC_MUL)
        }
        return this.comparison('<', PREC_CMP, false)
      case 62:
        if (next === 61) return this.comparison('>=', PREC_CMP, true)
        if (next === 62) {
          this.advance()
          return this.arithmetic('>>', PREC_MUL)
        }
        return this.comparison('>', PREC_CMP, false)
      case 61:
        return next === 61 ? this.comparison('==', PREC_CMP, true) : this.simple(Tok.Assign)
      case 33:
        return next === 61 ? this.comparison('!=', PREC_CMP, true) : this.comparison('!', 0, false)
      case 126:
        return this.comparison('~', 0, false)
    }
    return false
  }

  private simple (tok: Tok): boolean {
    this.tok = tok
    return true
  }

  /** The token ends with the current character. */
  private take (tok: Tok): boolean {
    this.advance()
    return this.simple(tok)
  }

  /** `)`, `]` and `}` end a statement at a newline. */
  private closing (tok: Tok): boolean {
    this.semiAtNewline = true
    return this.simple(tok)
  }

  /** An operator with no assignment form; `consumeLast` when its last character is current. */
  private comparison (op: string, prec: number, consumeLast: boolean): boolean {
    if (consumeLast) this.advance()
    this.op = op
    this.prec = prec
    return this.simple(Tok.Operator)
  }

  /** A binary operator that becomes an assignment operator with a following `=`. */
  private arithmetic (op: string, prec: number): boolean {
    this.op = op
    this.prec = prec
    if (this.ch === 61) return this.take(Tok.AssignOp)
    return this.simple(op === '*' ? Tok.Star : Tok.Operator)
  }

  // ---- comments

  /**
   * At a `/`: moves to the next character and tells whether it is `/` or `*`, which makes a
   * comment (then the `/` is passed too); otherwise the `/` is a division, scanned as such.
   */
  private startsComment (): boolean {
    this.advance()
    if (this.ch === 47 || this.ch === 42) return true
    this.arithmetic('/', PREC_MUL)
    return false
  }

  /** After `//`: the comment runs to the end of the line. */
  private lineComment (): void {
    this.advance()
    const start = this.at - 2 // skipped characters inside the `//` shift the start, as in gc
    const src = this.src
    let stop = src.indexOf('\n', this.at)
    if (stop < 0) stop = src.length
    if (SPECIAL_CHARS.test(src.slice(this.at, stop))) {
      while (this.ch !== EOF && this.ch !== NEWLINE) this.advance()
    } else {
      this.moveTo(stop)
    }
    this.addComment(start)
  }

  /** After `/*`: the comment runs to the next `*\/`; returns whether it contains a newline. */
  private generalComment (): boolean {
    this.advance()
    const start = this.at - 2
    const src = this.src
    const close = src.indexOf('*/', this.at)
    const stop = close < 0 ? src.length : close + 2
    let closed = close >= 0
    if (SPECIAL_CHARS.test(src.slice(this.at, stop))) {
      closed = false
      while (this.ch !== EOF && !closed) {
        const star = this.ch === 42
        this.advance()
        if (star && this.ch === 47) {
          this.advance()
          closed = true
        }
      }
    } else {
      this.moveTo(stop)
    }
    if (!closed) this.report(start, 'comment not terminated')
    this.addComment(start)
    return src.slice(start, this.at).includes('\n')
  }

  private addComment (start: number): void {
    this.comments.push({
      offset: start,
      end: this.at,
      text: this.src.slice(start, this.at),
      tokenIndex: this.tokenCount,
      prevEnd: this.prevTokenEnd,
    })
  }

  // ---- literals

  private literal (kind: LitKind, ok: boolean): void {
    this.tok = Tok.Literal
    this.kind = kind
    this.lit = this.src.slice(this.offset, this.at)
    this.bad = !ok
    this.semiAtNewline = true
  }

  /**
   * Scans a run of digits and `_` in a base: decimal digits for bases up to 10 (noting in
   * `firstBad` the first one too large for the base, if `noteBad`), hex digits for 16. Returns HAS_* bits.
   */
  private digitRun (base: number, noteBad: boolean): number {
    let seen = 0
    for (;;) {
      const c = this.ch
      if (c === 95) seen |= HAS_SEPARATOR
      else if (base === 16 ? isHexDigit(c) : isDecimal(c)) {
        seen |= HAS_DIGITS
        if (noteBad && base < 10 && this.firstBad < 0 && c - 48 >= base) this.firstBad = this.at
      } else return seen
      this.advance()
    }
  }

  /**
   * Scans a number literal (spec: integer, floating-point and imaginary literals); `afterDot`
   * when the current character follows a leading `.`. Reports the first problem only.
   */
  private number (afterDot: boolean): void {
    this.problem = ''
    let kind: LitKind = 'INT'
    let base = 10
    let prefix = '' // 'x', 'o', 'b', '0' (an octal literal without the letter) or '' (decimal)
    let mantissa = 0
    this.firstBad = -1

    if (!afterDot) {
      if (this.ch === 48) {
        this.advance()
        const letter = toLower(this.ch)
        if (letter === 120 || letter === 111 || letter === 98) {
          prefix = String.fromCharCode(letter)
          base = letter === 120 ? 16 : letter === 111 ? 8 : 2
          this.advance()
        } else {
          prefix = '0'
          base = 8
          mantissa = HAS_DIGITS // the 0 itself
        }
      }
      mantissa |= this.digitRun(base, true)
      if (this.ch === 46) {
        if (prefix === 'o' || prefix === 'b') this.fail(`invalid radix point in ${baseWord(base)} literal`)
        this.advance()
        afterDot = true
      }
    }
    if (afterDot) {
      kind = 'FLOAT'
      mantissa |= this.digitRun(base, true)
    }
    if ((mantissa & HAS_DIGITS) === 0) this.fail(`${baseWord(base)} literal has no digits`)

    let separators = mantissa & HAS_SEPARATOR
    const e = toLower(this.ch)
    if (e === 101 || e === 112) {
      if (e === 101 && prefix !== '' && prefix !== '0') this.fail(`${quotedChar(this.ch)} exponent requires decimal mantissa`)
      if (e === 112 && prefix !== 'x') this.fail(`${quotedChar(this.ch)} exponent requires hexadecimal mantissa`)
      this.advance()
      kind = 'FLOAT'
      if (this.ch === 43 || this.ch === 45) this.advance()
      const exponent = this.digitRun(10, false)
      separators |= exponent & HAS_SEPARATOR
      if ((exponent & HAS_DIGITS) === 0) this.fail('exponent has no digits')
    } else if (prefix === 'x' && kind === 'FLOAT') {
      this.fail("hexadecimal mantissa requires a 'p' exponent")
    }
    if (this.ch === 105) {
      kind = 'IMAG'
      this.advance()
    }
    this.literal(kind, true)
    if (kind === 'INT' && this.firstBad >= 0) {
      this.fail(`invalid digit ${quotedChar(this.src.charCodeAt(this.firstBad))} in ${baseWord(base)} literal`, this.firstBad)
    }
    if (separators !== 0) {
      const i = misplacedSeparator(this.lit)
      if (i >= 0) this.fail("'_' must separate successive digits", this.offset + i)
    }
    if (this.problem !== '') {
      this.report(this.problemAt, this.problem)
      this.bad = true
    }
  }

  /** Notes a problem of the number being scanned; only the first one is reported. */
  private fail (msg: string, at = this.at): void {
    if (this.problem !== '') return
    this.problem = msg
    this.problemAt = at
  }

  private runeLiteral (): void {
    let ok = true
    const fail = (at: number, msg: string): void => {
      if (ok) this.report(at, msg)
      ok = false
    }
    this.advance()
    let count = 0
    for (;; count++) {
      const c = this.ch
      if (c === 39) {
        if (count === 0) fail(this.at, "empty rune literal or unescaped '")
        else if (count !== 1) fail(this.offset, 'more than one character in rune literal')
        this.advance()
        break
      }
      if (c === NEWLINE) {
        fail(this.at, 'newline in rune literal')
        break
      }
      if (c === EOF) {
        fail(this.offset, 'rune literal not terminated')
        break
      }
      this.advance()
      if (c === 92 && !this.escape(39)) ok = false
    }
    this.literal('CHAR', ok)
  }

  private stringLiteral (): void {
    let ok = true
    this.advance()
    for (;;) {
      const c = this.ch
      if (c === 34) {
        this.advance()
        break
      }
      if (c === NEWLINE) {
        this.error('newline in string')
        ok = false
        break
      }
      if (c === EOF) {
        this.report(this.offset, 'string not terminated')
        ok = false
        break
      }
      this.advance()
      if (c === 92 && !this.escape(34)) ok = false
    }
    this.literal('STRING', ok)
  }

  private rawStringLiteral (): void {
    const close = this.src.indexOf('`', this.at + 1)
    const stop = close < 0 ? this.src.length : close + 1
    if (SPECIAL_CHARS.test(this.src.slice(this.at, stop))) {
      this.advance()
      while (this.ch !== 96 && this.ch !== EOF) this.advance()
      if (this.ch === 96) this.advance()
    } else {
      this.moveTo(stop)
    }
    if (close < 0) this.report(this.offset, 'string not terminated')
    this.literal('STRING', close >= 0)
  }

  /**
   * Checks the escape after a backslash in a literal quoted by `quote`; false if it is invalid
   * (an escape cut short by the end of the file is left to the caller to report).
   */
  private escape (quote: number): boolean {
    const c = this.ch
    if (c === quote || SIMPLE_ESCAPES.has(c)) {
      this.advance()
      return true
    }
    let digits: number
    let base = 16
    let limit = 0x10ffff
    if (c >= 48 && c <= 55) {
      digits = 3
      base = 8
      limit = 255
    } else if (c === 120 || c === 117 || c === 85) {
      digits = c === 120 ? 2 : c === 117 ? 4 : 8
      if (c === 120) limit = 255
      this.advance()
    } else {
      if (c === EOF) return true
      this.error('unknown escape')
      return false
    }
    let value = 0
    for (let i = 0; i < digits; i++) {
      const d = this.ch
      if (d === EOF) return true
      const v = isDecimal(d) ? d - 48 : isHexDigit(d) ? toLower(d) - 87 : base
      if (v >= base) {
        this.error(`invalid character ${quotedChar(d)} in ${baseWord(base)} escape`)
        return false
      }
      value = value * base + v
      this.advance()
    }
    if (base === 8 && value > limit) {
      this.error(`octal escape value ${value} > 255`)
      return false
    }
    if (value > limit || (value >= 0xd800 && value < 0xe000)) {
      this.error('escape is invalid Unicode code point ' + codePointName(value))
      return false
    }
    return true
  }
}

/** Escapes of one letter: \a \b \f \n \r \t \v and \\. */
const SIMPLE_ESCAPES = new Set([97, 98, 102, 110, 114, 116, 118, 92])

/**
 * Where a `_` in a number literal does not stand between two digits (or between the base prefix
 * and a digit), as the spec requires; -1 if every one does.
 */
function misplacedSeparator (lit: string): number {
  let i = 0
  let hex = false
  // what came before: 'd' a digit (or the base prefix), '_' a separator, '.' anything else
  let before = '.'
  if (lit.length >= 2 && lit.charCodeAt(0) === 48) {
    const letter = toLower(lit.charCodeAt(1))
    if (letter === 120 || letter === 111 || letter === 98) {
      hex = letter === 120
      before = 'd'
      i = 2
    }
  }
  for (; i < lit.length; i++) {
    const c = lit.charCodeAt(i)
    if (c === 95) {
      if (before !== 'd') return i
      before = '_'
    } else if (isDecimal(c) || (hex && isHexDigit(c))) {
      before = 'd'
    } else {
      if (before === '_') return i - 1
      before = '.'
    }
  }
  return before === '_' ? lit.length - 1 : -1
}
