/**
 * The Go parser's machinery: the token cursor, error reporting in gc's words and panic-mode
 * recovery. The grammar itself is recursive descent, one file per part of the specification:
 * parse-decl.ts (source files and declarations), parse-stmt.ts (statements), parse-expr.ts
 * (expressions, with precedence climbing for binary operators) and parse-type.ts (types,
 * parameters and fields). The tree is the go/ast-shaped one of ast.ts.
 *
 * Use parseFile (index.ts); this class is what the grammar functions share.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { Scanner } from './scanner.ts'
import { Tok as TokenKinds, tokstring } from './token.ts'
import { sourceFile } from './parse-decl.ts'
import { expression } from './parse-expr.ts'

// module-local alias: under tsx each use of an imported binding costs a getter call
const Tok = TokenKinds
type Tok = TokenKinds

/** An error found while parsing: its position and message. */
export interface RawError {
  pos: Pos
  msg: string
}

/** Deepest nesting of expressions, types and statements accepted (keeps recursion within the JS stack). */
export const MAX_NESTING = 400

/** Thrown to abandon a parse that nests deeper than MAX_NESTING. */
export class NestingError extends Error {
  constructor (readonly pos: Pos) {
    super('nesting too deep')
  }
}

/** A set of token kinds, for recovery: which tokens to stop skipping at. */
export type TokenSet = Uint8Array

export function tokenSet (...toks: Tok[]): TokenSet {
  const set = new Uint8Array(64)
  for (const t of toks) set[t] = 1
  return set
}

/** Inside a function body, skipping also stops at a keyword that starts a statement. */
const STATEMENT_KEYWORDS = tokenSet(
  Tok.Break, Tok.Const, Tok.Continue, Tok.Defer, Tok.Fallthrough, Tok.For, Tok.Go, Tok.Goto,
  Tok.If, Tok.Return, Tok.Select, Tok.Switch, Tok.Type, Tok.Var
)

export class Parser {
  readonly scanner: Scanner
  readonly errors: RawError[] = []
  /** errors reported so far, scanner errors included */
  errorCount = 0
  /** position just after the last consumed token */
  lastEnd: Pos = NoPos
  /** number of function bodies being parsed */
  funcDepth = 0
  /**
   * Expression level: -1 in the header of if/for/switch, where `{` opens the body and cannot
   * start a composite literal of a bare type name; raised inside parentheses and brackets.
   */
  exprLevel = 0
  private depth = 0
  private readonly base: number

  constructor (src: string, base: number) {
    this.base = base
    this.scanner = new Scanner(src, (off, msg) => this.report(base + off, msg))
    this.scanner.next()
  }

  /** SourceFile: the whole text. */
  parseFile (filename: string, fileStart: Pos, fileEnd: Pos): ast.File {
    return sourceFile(this, filename, fileStart, fileEnd)
  }

  /** A lone expression making up the whole text, as go/parser.ParseExpr. */
  parseExprOnly (): ast.Expr {
    const x = expression(this)
    if (this.tok() === Tok.Semi && this.scanner.lit !== 'semicolon') this.next()
    if (this.tok() !== Tok.EOF) this.syntaxError('after expression')
    return x
  }

  // ---- the cursor

  /** The current token (a method, so that TypeScript does not narrow it across next()). */
  tok (): Tok {
    return this.scanner.tok
  }

  pos (): Pos {
    return this.base + this.scanner.offset
  }

  /** The current operator's spelling, if the token is an operator. */
  op (): string {
    const t = this.scanner.tok
    return t === Tok.Operator || t === Tok.Star ? this.scanner.op : ''
  }

  next (): void {
    this.lastEnd = this.base + this.scanner.end
    this.scanner.next()
  }

  /** Consumes the token if it is `tok`. */
  got (tok: Tok): boolean {
    if (this.scanner.tok !== tok) return false
    this.next()
    return true
  }

  /** Consumes `tok`, or complains and skips one token. */
  want (tok: Tok): void {
    if (this.got(tok)) return
    this.syntaxError('expecting ' + tokstring(tok))
    this.skip(null)
  }

  /** Consumes `=` (or `:=`, with a complaint); false if neither is here. */
  gotAssign (): boolean {
    const t = this.tok()
    if (t === Tok.Define) this.syntaxError('expecting =')
    else if (t !== Tok.Assign) return false
    this.next()
    return true
  }

  /**
   * Recovery: without a set, skips one token; with one, skips to a token of the set (or a
   * statement keyword inside a function, or EOF).
   */
  skip (stop: TokenSet | null): void {
    if (stop === null) {
      if (this.tok() !== Tok.EOF) this.next()
      return
    }
    const inFunction = this.funcDepth > 0
    for (let t = this.tok(); t !== Tok.EOF && stop[t] !== 1 && !(inFunction && STATEMENT_KEYWORDS[t] === 1); t = this.tok()) {
      this.next()
    }
  }

  /** Runs a nested production, refusing inputs that nest deeper than MAX_NESTING. */
  nested<T>(production: (p: Parser) => T): T {
    if (++this.depth > MAX_NESTING) {
      this.report(this.pos(), `syntax error: nesting deeper than ${MAX_NESTING} levels`)
      throw new NestingError(this.pos())
    }
    try {
      return production(this)
    } finally {
      this.depth--
    }
  }

  // ---- errors

  report (pos: Pos, msg: string): void {
    this.errorCount++
    this.errors.push({ pos, msg })
  }

  /** A non-syntax error at the current token. */
  error (msg: string): void {
    this.report(this.pos(), msg)
  }

  syntaxError (msg: string): void {
    this.syntaxErrorAt(this.pos(), msg)
  }

  /**
   * Reports `syntax error: …` as gc words it: a message starting with `in `, `at `, `after ` or
   * `expecting ` (or an empty one) follows `unexpected <current token>`; others stand alone.
   * At EOF after other errors nothing is said, as it would only repeat them.
   */
  syntaxErrorAt (pos: Pos, msg: string): void {
    const t = this.tok()
    if (t === Tok.EOF && this.errorCount > 0) return
    let tail: string
    if (msg === '') tail = ''
    else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) tail = ' ' + msg
    else if (msg.startsWith('expecting ')) tail = ', ' + msg
    else {
      this.report(pos, 'syntax error: ' + msg)
      return
    }
    this.report(pos, 'syntax error: unexpected ' + this.describeToken() + tail)
  }

  private describeToken (): string {
    const s = this.scanner
    switch (s.tok) {
      case Tok.Name:
      case Tok.Semi:
        return s.lit
      case Tok.Literal:
        return 'literal ' + s.lit
      case Tok.Operator:
        return s.op
      case Tok.AssignOp:
        return s.op + '='
      case Tok.IncOp:
        return s.op + s.op
    }
    return tokstring(s.tok)
  }

  // ---- productions every part needs

  /** An identifier; a `_` placeholder (with a complaint) when there is none. */
  name (): ast.Ident {
    const pos = this.pos()
    if (this.tok() === Tok.Name) {
      const name = this.scanner.lit
      this.next()
      return { kind: 'Ident', pos, end: pos + name.length, name }
    }
    this.syntaxError('expecting name')
    this.skip(null)
    return { kind: 'Ident', pos, end: pos, name: '_' }
  }

  /** IdentifierList = identifier { "," identifier } . */
  nameList (first: ast.Ident): ast.Ident[] {
    const names = [first]
    while (this.got(Tok.Comma)) names.push(this.name())
    return names
  }

  /** A literal, or null if the token is not one. */
  literal (): ast.BasicLit | null {
    if (this.tok() !== Tok.Literal) return null
    const pos = this.pos()
    const s = this.scanner
    const lit: ast.BasicLit = { kind: 'BasicLit', pos, end: pos + s.lit.length, litKind: s.kind, value: s.lit }
    this.next()
    return lit
  }

  badExpr (pos: Pos = this.pos()): ast.BadExpr {
    return { kind: 'BadExpr', pos, end: pos }
  }

  /**
   * A list of elements up to `close`, separated by `sep` (a trailing one allowed): calls
   * `element` until it returns true (no more elements). Returns the position of `close`.
   */
  list (context: string, sep: Tok, close: Tok, element: () => boolean): Pos {
    let last = false
    while (!last && this.tok() !== Tok.EOF && this.tok() !== close) {
      last = element()
      if (this.got(sep) || this.tok() === close) continue
      this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`)
      this.skip(CLOSERS)
      if (this.tok() !== close) return this.pos()
    }
    const closing = this.pos()
    this.want(close)
    return closing
  }
}

/** Closing brackets: where recovery inside a bracketed list stops. */
export const CLOSERS = tokenSet(Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
