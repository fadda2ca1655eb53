/**
 * The Go scanner: a port of the gc compiler's syntax scanner (same tokens, same automatic
 * semicolons, same error messages), reading a JS string with plain char-code loops.
 *
 * Offsets are UTF-16 indexes into the text. Comments are not tokens: they are collected in
 * `comments` (with the count of tokens scanned before each, so the parser can group them).
 * Lone surrogates stand for invalid UTF-8 bytes (see parseFile) and are reported as such.
 *
 * @example
 * ```ts
 * const s = new Scanner('x := 1\n', (off, msg) => console.log(off, msg))
 * for (s.next(); s.tok !== Tok.EOF; s.next()) console.log(Tok[s.tok], s.lit)
 * // Name x, Define, Literal 1, Semi newline
 * ```
 */

import type { LitKind } from './ast.ts'
import { quoteRune, isPrint } from '../constant/format.ts'
import { KEYWORDS, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR, Tok } from './token.ts'

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

const BOM = 0xfeff

const KEYWORD_MAP = new Map<string, Tok>(Object.entries(KEYWORDS))

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
}
function isDecimal(c: number): boolean {
  return c >= 48 && c <= 57
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102)
}
function lower(c: number): number {
  return c | 0x20
}

// Unicode letters and digits beyond ASCII (the engine's Unicode tables; identifiers with such
// characters are rare and the categories are stable across the versions that matter here).
const UNICODE_LETTER = /^\p{L}$/u
const UNICODE_DIGIT = /^\p{Nd}$/u
function isUnicodeLetter(c: number): boolean {
  return UNICODE_LETTER.test(String.fromCodePoint(c))
}
function isUnicodeDigit(c: number): boolean {
  return UNICODE_DIGIT.test(String.fromCodePoint(c))
}

/** Go's %#U: `U+0040 '@'`. */
export function formatU(c: number): string {
  let s = 'U+' + c.toString(16).toUpperCase().padStart(4, '0')
  if (isPrint(c)) s += " '" + String.fromCodePoint(c) + "'"
  return s
}

/** Go's %q of a rune: `'a'`, `'\n'`. */
export function quoteChar(c: number): string {
  return "'" + quoteRune(c, "'") + "'"
}

function baseName(base: number): string {
  switch (base) {
    case 2:
      return 'binary'
    case 8:
      return 'octal'
    case 10:
      return 'decimal'
  }
  return 'hexadecimal'
}

export class Scanner {
  readonly src: string
  private readonly errh: ScanErrorHandler
  /** offset of the current character `ch` */
  private r = 0
  /** current character (code point), -1 at EOF */
  private ch = -1
  /** width of ch in UTF-16 units */
  private chw = 0
  private nlsemi = false

  // current token, valid after next()
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
  /** Operator, AssignOp, IncOp, Star: the operator spelling (`+`, `&^`, `<-`…) */
  op = ''
  prec = 0

  readonly comments: ScannedComment[] = []
  private tokens = 0
  private lastTokEnd = -1

  constructor(src: string, errh: ScanErrorHandler) {
    this.src = src
    this.errh = errh
    this.r = 0
    this.chw = 0
    this.nextch()
    if (this.ch === BOM) this.nextch()
  }

  private errorf(msg: string): void {
    this.errh(this.r, msg)
  }

  private errorAt(offset: number, msg: string): void {
    this.errh(offset, msg)
  }

  /** Advances to the next character, reporting NULs, invalid encodings and misplaced BOMs. */
  private nextch(): void {
    for (;;) {
      this.r += this.chw
      const src = this.src
      if (this.r >= src.length) {
        this.ch = -1
        this.chw = 0
        return
      }
      const c = src.charCodeAt(this.r)
      if (c < 0x80) {
        this.ch = c
        this.chw = 1
        if (c === 0) {
          this.errorf('invalid NUL character')
          continue
        }
        return
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = this.r + 1 < src.length ? src.charCodeAt(this.r + 1) : 0
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          this.ch = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00)
          this.chw = 2
          return
        }
        this.ch = 0xfffd
        this.chw = 1
        this.errorf('invalid UTF-8 encoding')
        continue
      }
      this.ch = c
      this.chw = 1
      if (c === BOM) {
        if (this.r > 0) this.errorf('invalid BOM in the middle of the file')
        continue
      }
      return
    }
  }

  /** Scans the next token. */
  next(): void {
    this.scan()
    // automatic semicolons are not tokens for comment grouping (as in go/scanner)
    if (this.tok !== Tok.Semi || this.lit === 'semicolon') {
      this.tokens++
      this.lastTokEnd = this.end
    }
  }

  private scan(): void {
    const nlsemi = this.nlsemi
    this.nlsemi = false
    for (;;) {
      // skip white space
      while (this.ch === 32 || this.ch === 9 || (this.ch === 10 && !nlsemi) || this.ch === 13) this.nextch()

      this.offset = this.r
      const ch = this.ch
      if (isLetter(ch) || (ch >= 0x80 && this.atIdentChar(true))) {
        this.nextch()
        this.ident()
        this.end = this.r
        return
      }

      switch (ch) {
        case -1:
          if (nlsemi) {
            this.lit = 'EOF'
            this.tok = Tok.Semi
            break
          }
          this.tok = Tok.EOF
          break
        case 10:
          this.nextch()
          this.lit = 'newline'
          this.tok = Tok.Semi
          break
        case 48:
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
        case 55:
        case 56:
        case 57:
          this.number(false)
          break
        case 34:
          this.stdString()
          break
        case 96:
          this.rawString()
          break
        case 39:
          this.rune()
          break
        case 40:
          this.nextch()
          this.tok = Tok.Lparen
          break
        case 91:
          this.nextch()
          this.tok = Tok.Lbrack
          break
        case 123:
          this.nextch()
          this.tok = Tok.Lbrace
          break
        case 44:
          this.nextch()
          this.tok = Tok.Comma
          break
        case 59:
          this.nextch()
          this.lit = 'semicolon'
          this.tok = Tok.Semi
          break
        case 41:
          this.nextch()
          this.nlsemi = true
          this.tok = Tok.Rparen
          break
        case 93:
          this.nextch()
          this.nlsemi = true
          this.tok = Tok.Rbrack
          break
        case 125:
          this.nextch()
          this.nlsemi = true
          this.tok = Tok.Rbrace
          break
        case 58:
          this.nextch()
          if (this.ch === 61) {
            this.nextch()
            this.tok = Tok.Define
            break
          }
          this.tok = Tok.Colon
          break
        case 46:
          this.nextch()
          if (isDecimal(this.ch)) {
            this.number(true)
            break
          }
          if (this.ch === 46 && this.src.charCodeAt(this.r + 1) === 46) {
            this.nextch()
            this.nextch()
            this.tok = Tok.DotDotDot
            break
          }
          this.tok = Tok.Dot
          break
        case 43:
          this.nextch()
          this.op = '+'
          this.prec = PREC_ADD
          if (this.ch !== 43) return this.assignop()
          this.nextch()
          this.nlsemi = true
          this.tok = Tok.IncOp
          break
        case 45:
          this.nextch()
          this.op = '-'
          this.prec = PREC_ADD
          if (this.ch !== 45) return this.assignop()
          this.nextch()
          this.nlsemi = true
          this.tok = Tok.IncOp
          break
        case 42:
          this.nextch()
          this.op = '*'
          this.prec = PREC_MUL
          if (this.ch === 61) {
            this.nextch()
            this.tok = Tok.AssignOp
            break
          }
          this.tok = Tok.Star
          break
        case 47:
          this.nextch()
          if (this.ch === 47) {
            this.nextch()
            this.lineComment()
            continue
          }
          if (this.ch === 42) {
            this.nextch()
            const multiline = this.fullComment()
            if (multiline && nlsemi) {
              // a multi-line comment acts like a newline
              this.lit = 'newline'
              this.tok = Tok.Semi
              break
            }
            continue
          }
          this.op = '/'
          this.prec = PREC_MUL
          return this.assignop()
        case 37:
          this.nextch()
          this.op = '%'
          this.prec = PREC_MUL
          return this.assignop()
        case 38:
          this.nextch()
          if (this.ch === 38) {
            this.nextch()
            this.op = '&&'
            this.prec = PREC_ANDAND
            this.tok = Tok.Operator
            break
          }
          this.op = '&'
          this.prec = PREC_MUL
          if (this.ch === 94) {
            this.nextch()
            this.op = '&^'
          }
          return this.assignop()
        case 124:
          this.nextch()
          if (this.ch === 124) {
            this.nextch()
            this.op = '||'
            this.prec = PREC_OROR
            this.tok = Tok.Operator
            break
          }
          this.op = '|'
          this.prec = PREC_ADD
          return this.assignop()
        case 94:
          this.nextch()
          this.op = '^'
          this.prec = PREC_ADD
          return this.assignop()
        case 60:
          this.nextch()
          if (this.ch === 61) {
            this.nextch()
            this.op = '<='
            this.prec = PREC_CMP
            this.tok = Tok.Operator
            break
          }
          if (this.ch === 60) {
            this.nextch()
            this.op = '<<'
            this.prec = PREC_MUL
            return this.assignop()
          }
          if (this.ch === 45) {
            this.nextch()
            this.op = '<-'
            this.tok = Tok.Arrow
            break
          }
          this.op = '<'
          this.prec = PREC_CMP
          this.tok = Tok.Operator
          break
        case 62:
          this.nextch()
          if (this.ch === 61) {
            this.nextch()
            this.op = '>='
            this.prec = PREC_CMP
            this.tok = Tok.Operator
            break
          }
          if (this.ch === 62) {
            this.nextch()
            this.op = '>>'
            this.prec = PREC_MUL
            return this.assignop()
          }
          this.op = '>'
          this.prec = PREC_CMP
          this.tok = Tok.Operator
          break
        case 61:
          this.nextch()
          if (this.ch === 61) {
            this.nextch()
            this.op = '=='
            this.prec = PREC_CMP
            this.tok = Tok.Operator
            break
          }
          this.tok = Tok.Assign
          break
        case 33:
          this.nextch()
          if (this.ch === 61) {
            this.nextch()
            this.op = '!='
            this.prec = PREC_CMP
            this.tok = Tok.Operator
            break
          }
          this.op = '!'
          this.prec = 0
          this.tok = Tok.Operator
          break
        case 126:
          this.nextch()
          this.op = '~'
          this.prec = 0
          this.tok = Tok.Operator
          break
        default:
          this.errorf('invalid character ' + formatU(ch))
          this.nextch()
          continue
      }
      this.end = this.r
      return
    }
  }

  private assignop(): void {
    if (this.ch === 61) {
      this.nextch()
      this.tok = Tok.AssignOp
    } else {
      this.tok = Tok.Operator
    }
    this.end = this.r
  }

  private ident(): void {
    while (isLetter(this.ch) || isDecimal(this.ch)) this.nextch()
    if (this.ch >= 0x80) {
      while (this.atIdentChar(false)) this.nextch()
    }
    const lit = this.src.slice(this.offset, this.r)
    const c0 = lit.charCodeAt(0)
    if (lit.length >= 2 && lit.length <= 11 && c0 >= 98 && c0 <= 118) {
      const kw = KEYWORD_MAP.get(lit)
      if (kw !== undefined) {
        this.nlsemi = kw === Tok.Break || kw === Tok.Continue || kw === Tok.Fallthrough || kw === Tok.Return
        this.tok = kw
        return
      }
    }
    this.nlsemi = true
    this.lit = lit
    this.tok = Tok.Name
  }

  private atIdentChar(first: boolean): boolean {
    const c = this.ch
    if (c < 0) return false
    if (isLetter(c) || (c >= 0x80 && isUnicodeLetter(c))) return true
    if (isDecimal(c) || (c >= 0x80 && isUnicodeDigit(c))) {
      if (first) this.errorf('identifier cannot begin with digit ' + formatU(c))
      return true
    }
    if (c >= 0x80) {
      this.errorf('invalid character ' + formatU(c) + ' in identifier')
      return true
    }
    return false
  }

  private setLit(kind: LitKind, ok: boolean): void {
    this.nlsemi = true
    this.tok = Tok.Literal
    this.lit = this.src.slice(this.offset, this.r)
    this.bad = !ok
    this.kind = kind
  }

  /** digits accepts { digit | '_' }; returns bit 0: digits present, bit 1: separators present. */
  private digits(base: number, invalid: { at: number } | null): number {
    let digsep = 0
    if (base <= 10) {
      const max = 48 + base
      while (isDecimal(this.ch) || this.ch === 95) {
        let ds = 1
        if (this.ch === 95) ds = 2
        else if (this.ch >= max && invalid !== null && invalid.at < 0) invalid.at = this.r - this.offset
        digsep |= ds
        this.nextch()
      }
    } else {
      while (isHex(this.ch) || this.ch === 95) {
        digsep |= this.ch === 95 ? 2 : 1
        this.nextch()
      }
    }
    return digsep
  }

  private number(seenPoint: boolean): void {
    let ok = true
    let kind: LitKind = 'INT'
    let base = 10
    let prefix = 0 // 0 decimal, '0' legacy octal, 'x', 'o', 'b'
    let digsep = 0
    const invalid = { at: -1 }

    if (!seenPoint) {
      if (this.ch === 48) {
        this.nextch()
        switch (lower(this.ch)) {
          case 120:
            this.nextch()
            base = 16
            prefix = 120
            break
          case 111:
            this.nextch()
            base = 8
            prefix = 111
            break
          case 98:
            this.nextch()
            base = 2
            prefix = 98
            break
          default:
            base = 8
            prefix = 48
            digsep = 1 // leading 0
        }
      }
      digsep |= this.digits(base, invalid)
      if (this.ch === 46) {
        if (prefix === 111 || prefix === 98) {
          this.errorf(`invalid radix point in ${baseName(base)} literal`)
          ok = false
        }
        this.nextch()
        seenPoint = true
      }
    }

    if (seenPoint) {
      kind = 'FLOAT'
      digsep |= this.digits(base, invalid)
    }

    if ((digsep & 1) === 0 && ok) {
      this.errorf(`${baseName(base)} literal has no digits`)
      ok = false
    }

    const e = lower(this.ch)
    if (e === 101 || e === 112) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.errorf(`${quoteChar(this.ch)} exponent requires decimal mantissa`)
          ok = false
        } else if (e === 112 && prefix !== 120) {
          this.errorf(`${quoteChar(this.ch)} exponent requires hexadecimal mantissa`)
          ok = false
        }
      }
      this.nextch()
      kind = 'FLOAT'
      if (this.ch === 43 || this.ch === 45) this.nextch()
      digsep = this.digits(10, null) | (digsep & 2)
      if ((digsep & 1) === 0 && ok) {
        this.errorf('exponent has no digits')
        ok = false
      }
    } else if (prefix === 120 && kind === 'FLOAT' && ok) {
      this.errorf("hexadecimal mantissa requires a 'p' exponent")
      ok = false
    }

    if (this.ch === 105) {
      kind = 'IMAG'
      this.nextch()
    }

    this.setLit(kind, ok)

    if (kind === 'INT' && invalid.at >= 0 && ok) {
      this.errorAt(this.offset + invalid.at, `invalid digit ${quoteChar(this.lit.charCodeAt(invalid.at))} in ${baseName(base)} literal`)
      ok = false
    }

    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(this.lit)
      if (i >= 0) {
        this.errorAt(this.offset + i, "'_' must separate successive digits")
        ok = false
      }
    }

    this.bad = !ok
  }

  private rune(): void {
    let ok = true
    this.nextch()
    for (let n = 0; ; n++) {
      if (this.ch === 39) {
        if (ok) {
          if (n === 0) {
            this.errorf("empty rune literal or unescaped '")
            ok = false
          } else if (n !== 1) {
            this.errorAt(this.offset, 'more than one character in rune literal')
            ok = false
          }
        }
        this.nextch()
        break
      }
      if (this.ch === 92) {
        this.nextch()
        if (!this.escape(39)) ok = false
        continue
      }
      if (this.ch === 10) {
        if (ok) {
          this.errorf('newline in rune literal')
          ok = false
        }
        break
      }
      if (this.ch < 0) {
        if (ok) {
          this.errorAt(this.offset, 'rune literal not terminated')
          ok = false
        }
        break
      }
      this.nextch()
    }
    this.setLit('CHAR', ok)
  }

  private stdString(): void {
    let ok = true
    this.nextch()
    for (;;) {
      const c = this.ch
      if (c === 34) {
        this.nextch()
        break
      }
      if (c === 92) {
        this.nextch()
        if (!this.escape(34)) ok = false
        continue
      }
      if (c === 10) {
        this.errorf('newline in string')
        ok = false
        break
      }
      if (c < 0) {
        this.errorAt(this.offset, 'string not terminated')
        ok = false
        break
      }
      this.nextch()
    }
    this.setLit('STRING', ok)
  }

  private rawString(): void {
    let ok = true
    this.nextch()
    for (;;) {
      if (this.ch === 96) {
        this.nextch()
        break
      }
      if (this.ch < 0) {
        this.errorAt(this.offset, 'string not terminated')
        ok = false
        break
      }
      this.nextch()
    }
    this.setLit('STRING', ok)
  }

  private lineComment(): void {
    const start = this.r - 2
    // don't consume '\n' - needed for nlsemi logic
    while (this.ch >= 0 && this.ch !== 10) this.nextch()
    this.comments.push({ offset: start, end: this.r, text: this.src.slice(start, this.r), tokenIndex: this.tokens, prevEnd: this.lastTokEnd })
  }

  /** Scans a general comment; returns whether it spans lines. */
  private fullComment(): boolean {
    const start = this.r - 2
    let multiline = false
    let closed = false
    while (this.ch >= 0) {
      if (this.ch === 42) {
        this.nextch()
        if ((this.ch as number) === 47) {
          this.nextch()
          closed = true
          break
        }
        continue
      }
      if (this.ch === 10) multiline = true
      this.nextch()
    }
    if (!closed) this.errorAt(start, 'comment not terminated')
    this.comments.push({ offset: start, end: this.r, text: this.src.slice(start, this.r), tokenIndex: this.tokens, prevEnd: this.lastTokEnd })
    return multiline
  }

  private escape(quote: number): boolean {
    let n: number
    let base: number
    let max: number
    switch (this.ch) {
      case quote:
      case 97:
      case 98:
      case 102:
      case 110:
      case 114:
      case 116:
      case 118:
      case 92:
        this.nextch()
        return true
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        n = 3
        base = 8
        max = 255
        break
      case 120:
        this.nextch()
        n = 2
        base = 16
        max = 255
        break
      case 117:
        this.nextch()
        n = 4
        base = 16
        max = 0x10ffff
        break
      case 85:
        this.nextch()
        n = 8
        base = 16
        max = 0x10ffff
        break
      default:
        if (this.ch < 0) return true // complain in caller about EOF
        this.errorf('unknown escape')
        return false
    }
    let x = 0
    for (let i = n; i > 0; i--) {
      if (this.ch < 0) return true // complain in caller about EOF
      let d = base
      if (isDecimal(this.ch)) d = this.ch - 48
      else if (lower(this.ch) >= 97 && lower(this.ch) <= 102) d = lower(this.ch) - 87
      if (d >= base) {
        this.errorf(`invalid character ${quoteChar(this.ch)} in ${baseName(base)} escape`)
        return false
      }
      x = x * base + d
      this.nextch()
    }
    if (x > max && base === 8) {
      this.errorf(`octal escape value ${x} > 255`)
      return false
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.errorf(`escape is invalid Unicode code point ${formatU(x)}`)
      return false
    }
    return true
  }
}

/** Index of the first invalid '_' separator in a number literal, or -1 (gc's invalidSep). */
function invalidSep(x: string): number {
  let x1 = 32
  let d = 46 // '.'
  let i = 0
  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = lower(x.charCodeAt(1))
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48
      i = 2
    }
  }
  for (; i < x.length; i++) {
    const p = d
    d = x.charCodeAt(i)
    if (d === 95) {
      if (p !== 48) return i
    } else if (isDecimal(d) || (x1 === 120 && isHex(d))) {
      d = 48
    } else {
      if (p === 95) return i - 1
      d = 46
    }
  }
  if (d === 95) return x.length - 1
  return -1
}
