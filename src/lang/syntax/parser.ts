/**
 * The Go parser: a port of the gc compiler's recursive-descent parser (cmd/compile/internal/syntax,
 * Go 1.19) — same grammar decisions, same error messages and error recovery — that builds the
 * go/ast-shaped tree of ast.ts.
 *
 * Use parseFile (index.ts); this class is the machinery.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { Scanner } from './scanner.ts'
import { Tok, tokstring } from './token.ts'
import { exprString, stmtString } from './printer.ts'

/** A raw error from the parser: base-relative position and message. */
export interface RawError {
  pos: Pos
  msg: string
}

/** A parameter as gc's paramList sees it before types are distributed. */
interface PField {
  pos: Pos
  name: ast.Ident | null
  type: ast.Expr | null
}

/** A range clause as the for-header sees it. */
interface RangeClause {
  kind: 'RangeClause'
  pos: Pos
  lhs: ast.Expr[] | null
  def: boolean
  tokPos: Pos
  x: ast.Expr
}

type SimpleStmt = ast.Stmt | RangeClause

const STOPSET =
  (1n << BigInt(Tok.Break)) |
  (1n << BigInt(Tok.Const)) |
  (1n << BigInt(Tok.Continue)) |
  (1n << BigInt(Tok.Defer)) |
  (1n << BigInt(Tok.Fallthrough)) |
  (1n << BigInt(Tok.For)) |
  (1n << BigInt(Tok.Go)) |
  (1n << BigInt(Tok.Goto)) |
  (1n << BigInt(Tok.If)) |
  (1n << BigInt(Tok.Return)) |
  (1n << BigInt(Tok.Select)) |
  (1n << BigInt(Tok.Switch)) |
  (1n << BigInt(Tok.Type)) |
  (1n << BigInt(Tok.Var))

/** Deepest nesting of expressions, types and statements accepted (keeps recursion within the JS stack). */
export const MAX_NESTING = 400

/** Thrown to abandon a parse that nests deeper than MAX_NESTING. */
export class NestingError extends Error {
  constructor(readonly pos: Pos) {
    super('nesting too deep')
  }
}

export class Parser {
  private readonly s: Scanner
  private readonly base: number
  readonly errors: RawError[] = []
  private errcnt = 0

  /** the current token (a method, so TypeScript does not narrow it across next()) */
  private tok(): Tok {
    return this.s.tok
  }
  private fnest = 0
  private xnest = 0
  /** current recursion depth (expressions, types, statements) */
  private depth = 0

  private enter(): void {
    if (++this.depth > MAX_NESTING) {
      this.errorAt(this.pos(), `syntax error: nesting deeper than ${MAX_NESTING} levels`)
      throw new NestingError(this.pos())
    }
  }
  /** position just after the last consumed token */
  private lastEnd: Pos = NoPos
  /** AssignStmts `x := y.(type)` that gc treats as type switch guards */
  private readonly guards = new WeakSet<ast.Stmt>()

  /** formats a position as `file.go:3:5` (for messages citing another position) */
  private readonly fmtPos: (p: Pos) => string

  private readonly branches: boolean

  constructor(src: string, base: number, fmtPos: (p: Pos) => string, branches = true) {
    this.base = base
    this.branches = branches
    this.fmtPos = fmtPos
    this.s = new Scanner(src, (off, msg) => this.errorAt(base + off, msg))
    this.s.next()
  }

  get scanner(): Scanner {
    return this.s
  }

  // ------------------------------------------------------------------------------------------
  // Token handling

  private next(): void {
    this.lastEnd = this.base + this.s.end
    this.s.next()
  }

  private pos(): Pos {
    return this.base + this.s.offset
  }

  private got(tok: Tok): boolean {
    if (this.tok() === tok) {
      this.next()
      return true
    }
    return false
  }

  private want(tok: Tok): void {
    if (!this.got(tok)) {
      this.syntaxError('expecting ' + tokstring(tok))
      this.advance()
    }
  }

  private gotAssign(): boolean {
    switch (this.tok()) {
      case Tok.Define:
        this.syntaxError('expecting =')
        this.next()
        return true
      case Tok.Assign:
        this.next()
        return true
    }
    return false
  }

  // ------------------------------------------------------------------------------------------
  // Errors

  errorAt(pos: Pos, msg: string): void {
    this.errcnt++
    this.errors.push({ pos, msg })
  }

  private error(msg: string): void {
    this.errorAt(this.pos(), msg)
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg)
  }

  private syntaxErrorAt(pos: Pos, msg: string): void {
    if (this.tok() === Tok.EOF && this.errcnt > 0) return // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to do
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg
    } else if (msg.startsWith('expecting ')) {
      msg = ', ' + msg
    } else {
      this.errorAt(pos, 'syntax error: ' + msg)
      return
    }
    let tok: string
    const s = this.s
    switch (this.tok()) {
      case Tok.Name:
      case Tok.Semi:
        tok = s.lit
        break
      case Tok.Literal:
        tok = 'literal ' + s.lit
        break
      case Tok.Operator:
        tok = s.op
        break
      case Tok.AssignOp:
        tok = s.op + '='
        break
      case Tok.IncOp:
        tok = s.op + s.op
        break
      default:
        tok = tokstring(this.tok())
    }
    this.errorAt(pos, 'syntax error: unexpected ' + tok + msg)
  }

  /** Skips tokens until one of followlist (or the statement stopset inside functions) or EOF. */
  private advance(...followlist: Tok[]): void {
    let followset = 1n << BigInt(Tok.EOF)
    if (followlist.length > 0) {
      if (this.fnest > 0) followset |= STOPSET
      for (const t of followlist) followset |= 1n << BigInt(t)
    }
    while ((followset & (1n << BigInt(this.tok()))) === 0n) {
      this.next()
      if (followlist.length === 0) break
    }
  }

  // ------------------------------------------------------------------------------------------
  // Node helpers

  private ident(pos: Pos, name: string): ast.Ident {
    return { kind: 'Ident', pos, end: pos + name.length, name }
  }

  private badExpr(pos: Pos = this.pos()): ast.BadExpr {
    return { kind: 'BadExpr', pos, end: pos }
  }

  // ------------------------------------------------------------------------------------------
  // Files

  /** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
  parseFile(filename: string, fileStart: Pos, fileEnd: Pos): ast.File {
    const f: ast.File = {
      kind: 'File',
      pos: this.pos(),
      end: fileEnd,
      filename,
      fileStart,
      fileEnd,
      doc: null,
      name: this.ident(this.pos(), '_'),
      decls: [],
      imports: [],
      comments: [],
    }
    if (!this.got(Tok.Package)) {
      this.syntaxError('package statement must be first')
      return f
    }
    f.name = this.name()
    this.want(Tok.Semi)
    if (this.errcnt > 0) return f

    while (this.tok() === Tok.Import) {
      const pos = this.pos()
      this.next()
      const d = this.appendGroup(pos, 'import', () => this.importSpec())
      for (const s of d.specs) f.imports.push(s as ast.ImportSpec)
      f.decls.push(d)
      this.want(Tok.Semi)
    }

    while (this.tok() !== Tok.EOF) {
      const pos = this.pos()
      switch (this.tok()) {
        case Tok.Const:
          this.next()
          f.decls.push(this.appendGroup(pos, 'const', (i) => this.constSpec(i)))
          break
        case Tok.Type:
          this.next()
          f.decls.push(this.appendGroup(pos, 'type', () => this.typeSpec()))
          break
        case Tok.Var:
          this.next()
          f.decls.push(this.appendGroup(pos, 'var', (i) => this.varSpec(i)))
          break
        case Tok.Func: {
          this.next()
          const d = this.funcDeclOrNull(pos)
          if (d !== null) f.decls.push(d)
          break
        }
        default: {
          const last = f.decls[f.decls.length - 1]
          if (this.tok() === Tok.Lbrace && last !== undefined && last.kind === 'FuncDecl' && last.body === null) {
            this.syntaxError('unexpected semicolon or newline before {')
          } else {
            this.syntaxError('non-declaration statement outside function body')
          }
          this.advance(Tok.Const, Tok.Type, Tok.Var, Tok.Func)
          continue
        }
      }
      if (this.tok() !== Tok.EOF && !this.got(Tok.Semi)) {
        this.syntaxError('after top level declaration')
        this.advance(Tok.Const, Tok.Type, Tok.Var, Tok.Func)
      }
    }
    return f
  }

  /** Parses a lone expression (the whole source), as go/parser.ParseExpr. */
  parseExprOnly(): ast.Expr {
    const x = this.expr()
    if (this.tok() === Tok.Semi && this.s.lit !== 'semicolon') this.next()
    if (this.tok() !== Tok.EOF) this.syntaxError('after expression')
    return x
  }

  // ------------------------------------------------------------------------------------------
  // Declarations

  /**
   * list = [ f { sep f } [sep] ] close . Calls f for each element until it returns true;
   * returns the position of the closing token.
   */
  private list(context: string, sep: Tok, close: Tok, f: () => boolean): Pos {
    let done = false
    while (this.tok() !== Tok.EOF && this.tok() !== close && !done) {
      done = f()
      if (!this.got(sep) && this.tok() !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`)
        this.advance(Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
        if (this.tok() !== close) return this.pos()
      }
    }
    const pos = this.pos()
    this.want(close)
    return pos
  }

  /** appendGroup(f) = f | "(" { f ";" } ")" . */
  private appendGroup(pos: Pos, tok: ast.DeclTok, f: (index: number) => ast.Spec | null): ast.GenDecl {
    const d: ast.GenDecl = { kind: 'GenDecl', pos, end: NoPos, doc: null, tok, lparen: NoPos, specs: [], rparen: NoPos }
    if (this.tok() === Tok.Lparen) {
      d.lparen = this.pos()
      this.next()
      let i = 0
      d.rparen = this.list('grouped declaration', Tok.Semi, Tok.Rparen, () => {
        const x = f(i++)
        if (x !== null) d.specs.push(x)
        return false
      })
      d.end = this.lastEnd
    } else {
      const x = f(0)
      if (x !== null) d.specs.push(x)
      d.end = this.lastEnd
    }
    return d
  }

  /** ImportSpec = [ "." | PackageName ] ImportPath . */
  private importSpec(): ast.ImportSpec {
    const pos = this.pos()
    let name: ast.Ident | null = null
    switch (this.tok()) {
      case Tok.Name:
        name = this.name()
        break
      case Tok.Dot:
        name = this.ident(this.pos(), '.')
        this.next()
        break
    }
    let path = this.oliteral()
    if (path === null) {
      this.syntaxError('missing import path')
      this.advance(Tok.Semi, Tok.Rparen)
      path = { kind: 'BasicLit', pos: this.pos(), end: this.pos(), litKind: 'STRING', value: '""' }
    } else if (!this.s.bad && path.litKind !== 'STRING') {
      this.syntaxError('import path must be a string')
    }
    return { kind: 'ImportSpec', pos, end: path.end, doc: null, name, path, comment: null }
  }

  /** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
  private constSpec(iota: number): ast.ValueSpec {
    const pos = this.pos()
    const names = this.nameList(this.name())
    let type: ast.Expr | null = null
    let values: ast.Expr[] = []
    if (this.tok() !== Tok.EOF && this.tok() !== Tok.Semi && this.tok() !== Tok.Rparen) {
      type = this.typeOrNull()
      if (this.gotAssign()) values = this.exprList()
    }
    return { kind: 'ValueSpec', pos, end: this.lastEnd, doc: null, names, type, values, comment: null, iota }
  }

  /** TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
  private typeSpec(): ast.TypeSpec {
    const pos = this.pos()
    const name = this.name()
    let typeParams: ast.FieldList | null = null
    let assign: Pos = NoPos
    let type: ast.Expr | null = null
    if (this.tok() === Tok.Lbrack) {
      // array/slice type or type parameter list
      const lbrack = this.pos()
      this.next()
      switch (this.tok()) {
        case Tok.Name: {
          let x: ast.Expr = this.name()
          if (this.tok() !== Tok.Lbrack) {
            this.xnest++
            x = this.binaryExpr(this.pexpr(x, false), 0)
            this.xnest--
          }
          const [pname, ptype] = extractName(x, this.tok() === Tok.Comma)
          if (pname !== null && (ptype !== null || this.tok() !== Tok.Rbrack)) {
            typeParams = this.paramList(lbrack, pname, ptype, Tok.Rbrack, true)
            if (this.tok() === Tok.Assign || this.tok() === Tok.Define) assign = this.pos()
            if (!this.gotAssign()) assign = NoPos
            type = this.typeOrNull()
          } else {
            type = this.arrayType(lbrack, x)
          }
          break
        }
        case Tok.Rbrack:
          this.next()
          type = this.sliceType(lbrack)
          break
        default:
          type = this.arrayType(lbrack, null)
      }
    } else {
      if (this.tok() === Tok.Assign || this.tok() === Tok.Define) assign = this.pos()
      if (!this.gotAssign()) assign = NoPos
      type = this.typeOrNull()
    }
    if (type === null) {
      type = this.badExpr()
      this.syntaxError('in type declaration')
      this.advance(Tok.Semi, Tok.Rparen)
    }
    return { kind: 'TypeSpec', pos, end: this.lastEnd, doc: null, name, typeParams, assign, type, comment: null }
  }

  /** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
  private varSpec(iota: number): ast.ValueSpec {
    const pos = this.pos()
    const names = this.nameList(this.name())
    let type: ast.Expr | null = null
    let values: ast.Expr[] = []
    if (this.gotAssign()) {
      values = this.exprList()
    } else {
      type = this.type_()
      if (this.gotAssign()) values = this.exprList()
    }
    return { kind: 'ValueSpec', pos, end: this.lastEnd, doc: null, names, type, values, comment: null, iota }
  }

  /** FunctionDecl / MethodDecl; `func` has been consumed at funcPos. */
  private funcDeclOrNull(funcPos: Pos): ast.FuncDecl | null {
    let recv: ast.FieldList | null = null
    if (this.tok() === Tok.Lparen) {
      const lparen = this.pos()
      this.next()
      recv = this.paramList(lparen, null, null, Tok.Rparen, false)
      let n = 0
      for (const f of recv.list) n += Math.max(1, f.names.length)
      if (n === 0) this.error('method has no receiver')
      else if (n > 1) this.error('method has multiple receivers')
    }
    if (this.tok() !== Tok.Name) {
      this.syntaxError('expecting name or (')
      this.advance(Tok.Lbrace, Tok.Semi)
      return null
    }
    const name = this.name()
    const type = this.funcType(funcPos, recv !== null ? 'method' : '')
    let body: ast.BlockStmt | null = null
    if (this.tok() === Tok.Lbrace) body = this.funcBody()
    return { kind: 'FuncDecl', pos: funcPos, end: body !== null ? body.end : type.end, doc: null, recv, name, type, body }
  }

  private funcBody(): ast.BlockStmt {
    this.fnest++
    const errcnt = this.errcnt
    const body = this.blockStmt('')
    this.fnest--
    // don't check branches if there were syntax errors in the function (spurious errors)
    return body
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  expr(): ast.Expr {
    return this.binaryExpr(null, 0)
  }

  /** Expression = UnaryExpr | Expression binary_op Expression . */
  private binaryExpr(x: ast.Expr | null, prec: number): ast.Expr {
    if (x === null) x = this.unaryExpr()
    while ((this.tok() === Tok.Operator || this.tok() === Tok.Star) && this.s.prec > prec) {
      const opPos = this.pos()
      const op = this.s.op as ast.BinaryOp
      const tprec = this.s.prec
      this.next()
      const y = this.binaryExpr(null, tprec)
      x = { kind: 'BinaryExpr', pos: x.pos, end: y.end, x, opPos, op, y }
    }
    return x
  }

  /** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
  private unaryExpr(): ast.Expr {
    this.enter()
    try {
      return this.unaryExprInner()
    } finally {
      this.depth--
    }
  }

  private unaryExprInner(): ast.Expr {
    switch (this.tok()) {
      case Tok.Operator:
      case Tok.Star:
        switch (this.s.op) {
          case '*': {
            const pos = this.pos()
            this.next()
            const x = this.unaryExpr()
            return { kind: 'StarExpr', pos, end: x.end, x }
          }
          case '+':
          case '-':
          case '!':
          case '^':
          case '~':
          case '&': {
            const pos = this.pos()
            const op = this.s.op as ast.UnaryOp
            this.next()
            const x = this.unaryExpr()
            return { kind: 'UnaryExpr', pos, end: x.end, op, x }
          }
        }
        break
      case Tok.Arrow: {
        // receive op (<-x) or receive-only channel (<-chan E)
        const pos = this.pos()
        this.next()
        const x = this.unaryExpr()
        if (x.kind === 'ChanType') {
          // re-associate <- with the channel type: <-(chan E) => (<-chan E)
          let dir: ast.ChanDir = 'send'
          let t: ast.Expr = x
          let first = true
          while (dir === 'send') {
            if (t.kind !== 'ChanType') break
            const c: ast.ChanType = t
            dir = c.dir
            if (dir === 'recv') {
              this.syntaxError('unexpected <-, expecting chan')
            }
            c.dir = 'recv'
            if (first) {
              c.pos = pos
              c.arrow = pos
              first = false
            }
            t = c.value
          }
          if (dir === 'send') {
            this.syntaxError(`unexpected ${exprString(t)}, expecting chan`)
          }
          return x
        }
        return { kind: 'UnaryExpr', pos, end: x.end, op: '<-', x }
      }
    }
    return this.pexpr(null, true)
  }

  /** callStmt parses `go` and `defer` statements. */
  private callStmt(): ast.GoStmt | ast.DeferStmt {
    const pos = this.pos()
    const isGo = this.tok() === Tok.Go
    const kw = isGo ? 'go' : 'defer'
    this.next()
    let x = this.pexpr(null, this.tok() === Tok.Lparen)
    const t = unparen(x)
    if (t !== x) {
      this.errorAt(gcPos(x), `expression in ${kw} must not be parenthesized`)
      x = t
    }
    let call: ast.CallExpr
    if (x.kind === 'CallExpr') {
      call = x
    } else {
      this.errorAt(gcPos(x), `expression in ${kw} must be function call`)
      call = { kind: 'CallExpr', pos: x.pos, end: x.end, fun: x, lparen: NoPos, args: [], ellipsis: NoPos, rparen: NoPos }
    }
    return isGo ? { kind: 'GoStmt', pos, end: call.end, call } : { kind: 'DeferStmt', pos, end: call.end, call }
  }

  /** Operand = Literal | OperandName | MethodExpr | "(" Expression ")" . */
  private operand(): ast.Expr {
    switch (this.tok()) {
      case Tok.Name:
        return this.name()
      case Tok.Literal:
        return this.oliteral()!
      case Tok.Lparen: {
        const lparen = this.pos()
        this.next()
        this.xnest++
        const x = this.expr()
        this.xnest--
        const rparen = this.pos()
        this.want(Tok.Rparen)
        return { kind: 'ParenExpr', pos: lparen, end: this.lastEnd, lparen, x, rparen }
      }
      case Tok.Func: {
        const pos = this.pos()
        this.next()
        const ftyp = this.funcType(pos, 'function type')
        if (this.tok() === Tok.Lbrace) {
          this.xnest++
          const body = this.funcBody()
          this.xnest--
          return { kind: 'FuncLit', pos, end: body.end, type: ftyp, body }
        }
        return ftyp
      }
      case Tok.Lbrack:
      case Tok.Chan:
      case Tok.Map:
      case Tok.Struct:
      case Tok.Interface:
        return this.type_()
      default: {
        const x = this.badExpr()
        this.syntaxError('expecting expression')
        this.advance(Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
        return x
      }
    }
  }

  /** PrimaryExpr: operand followed by selectors, indexes, slices, assertions, calls, literals. */
  private pexpr(x: ast.Expr | null, _keepParens: boolean): ast.Expr {
    if (x === null) x = this.operand()
    for (;;) {
      const pos = this.pos()
      switch (this.tok()) {
        case Tok.Dot: {
          this.next()
          switch (this.tok()) {
            case Tok.Name: {
              const sel = this.name()
              x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, dot: pos, sel }
              break
            }
            case Tok.Lparen: {
              const lparen = this.pos()
              this.next()
              let type: ast.Expr | null = null
              if (!this.got(Tok.Type)) type = this.type_()
              const rparen = this.pos()
              this.want(Tok.Rparen)
              x = { kind: 'TypeAssertExpr', pos: x.pos, end: this.lastEnd, x, dot: pos, lparen, type, rparen }
              break
            }
            default:
              this.syntaxError('expecting name or (')
              this.advance(Tok.Semi, Tok.Rparen)
          }
          continue
        }
        case Tok.Lbrack: {
          this.next()
          if (this.tok() === Tok.Rbrack) {
            // invalid empty instance, slice or index expression; accept but complain
            this.syntaxError('expecting operand')
            this.next()
            continue
          }
          let i: ast.Expr | null = null
          if (this.tok() !== Tok.Colon) {
            const [list, comma] = this.typeList()
            if (comma || this.tok() === Tok.Rbrack) {
              const rbrack = this.pos()
              this.want(Tok.Rbrack)
              if (list.length === 1) {
                x = { kind: 'IndexExpr', pos: x.pos, end: this.lastEnd, x, lbrack: pos, index: list[0], rbrack }
              } else {
                x = { kind: 'IndexListExpr', pos: x.pos, end: this.lastEnd, x, lbrack: pos, indices: list, rbrack }
              }
              continue
            }
            i = list[0]
          }
          // x[i:...
          if (!this.got(Tok.Colon)) {
            this.syntaxError('expecting comma, : or ]')
            this.advance(Tok.Comma, Tok.Colon, Tok.Rbrack)
          }
          this.xnest++
          let high: ast.Expr | null = null
          let max: ast.Expr | null = null
          let slice3 = false
          if (this.tok() !== Tok.Colon && this.tok() !== Tok.Rbrack) high = this.expr()
          if (this.tok() === Tok.Colon) {
            slice3 = true
            if (high === null) {
              this.error('middle index required in 3-index slice')
              high = this.badExpr()
            }
            this.next()
            if (this.tok() !== Tok.Rbrack) {
              max = this.expr()
            } else {
              this.error('final index required in 3-index slice')
              max = this.badExpr()
            }
          }
          this.xnest--
          const rbrack = this.pos()
          this.want(Tok.Rbrack)
          x = { kind: 'SliceExpr', pos: x.pos, end: this.lastEnd, x, lbrack: pos, low: i, high, max, slice3, rbrack }
          continue
        }
        case Tok.Lparen: {
          this.next()
          const [args, ellipsis] = this.argList()
          const rparen = this.lastEnd - 1
          x = { kind: 'CallExpr', pos: x.pos, end: this.lastEnd, fun: x, lparen: pos, args, ellipsis, rparen }
          continue
        }
        case Tok.Lbrace: {
          // determine if '{' belongs to a composite literal or a block statement
          const t = unparen(x)
          let complitOk = false
          switch (t.kind) {
            case 'Ident':
            case 'SelectorExpr':
              complitOk = this.xnest >= 0
              break
            case 'IndexExpr':
            case 'IndexListExpr':
              complitOk = this.xnest >= 0 && !isValue(t)
              break
            case 'ArrayType':
            case 'StructType':
            case 'MapType':
              complitOk = true
              break
          }
          if (!complitOk) return x
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal')
          const n = this.complitexpr()
          n.type = x
          n.pos = x.pos
          x = n
          continue
        }
        default:
          return x
      }
    }
  }

  /** Element = Expression | LiteralValue . */
  private bareComplitexpr(): ast.Expr {
    if (this.tok() === Tok.Lbrace) return this.complitexpr()
    return this.expr()
  }

  /** LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
  private complitexpr(): ast.CompositeLit {
    this.enter()
    try {
      return this.complitexprInner()
    } finally {
      this.depth--
    }
  }

  private complitexprInner(): ast.CompositeLit {
    const lbrace = this.pos()
    const x: ast.CompositeLit = { kind: 'CompositeLit', pos: lbrace, end: NoPos, type: null, lbrace, elts: [], rbrace: NoPos, incomplete: false }
    this.xnest++
    this.want(Tok.Lbrace)
    x.rbrace = this.list('composite literal', Tok.Comma, Tok.Rbrace, () => {
      let e = this.bareComplitexpr()
      if (this.tok() === Tok.Colon) {
        const colon = this.pos()
        this.next()
        const value = this.bareComplitexpr()
        e = { kind: 'KeyValueExpr', pos: e.pos, end: value.end, key: e, colon, value }
      }
      x.elts.push(e)
      return false
    })
    this.xnest--
    x.end = this.lastEnd
    return x
  }

  // ------------------------------------------------------------------------------------------
  // Types

  private type_(): ast.Expr {
    let typ = this.typeOrNull()
    if (typ === null) {
      typ = this.badExpr()
      this.syntaxError('expecting type')
      this.advance(Tok.Comma, Tok.Colon, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
    }
    return typ
  }

  /** Type = TypeName | TypeLit | "(" Type ")" ; null if there is none. */
  private typeOrNull(): ast.Expr | null {
    this.enter()
    try {
      return this.typeOrNullInner()
    } finally {
      this.depth--
    }
  }

  private typeOrNullInner(): ast.Expr | null {
    const pos = this.pos()
    switch (this.tok()) {
      case Tok.Star: {
        this.next()
        const x = this.type_()
        return { kind: 'StarExpr', pos, end: x.end, x }
      }
      case Tok.Arrow: {
        this.next()
        this.want(Tok.Chan)
        const value = this.chanElem()
        return { kind: 'ChanType', pos, end: value.end, arrow: pos, dir: 'recv', value }
      }
      case Tok.Func: {
        this.next()
        return this.funcType(pos, 'function type')
      }
      case Tok.Lbrack:
        this.next()
        if (this.got(Tok.Rbrack)) return this.sliceType(pos)
        return this.arrayType(pos, null)
      case Tok.Chan: {
        this.next()
        let dir: ast.ChanDir = 'both'
        let arrow: Pos = NoPos
        if (this.tok() === Tok.Arrow) {
          arrow = this.pos()
          this.next()
          dir = 'send'
        }
        const value = this.chanElem()
        return { kind: 'ChanType', pos, end: value.end, arrow, dir, value }
      }
      case Tok.Map: {
        this.next()
        this.want(Tok.Lbrack)
        const key = this.type_()
        this.want(Tok.Rbrack)
        const value = this.type_()
        return { kind: 'MapType', pos, end: value.end, key, value }
      }
      case Tok.Struct:
        return this.structType()
      case Tok.Interface:
        return this.interfaceType()
      case Tok.Name:
        return this.qualifiedName(null)
      case Tok.Lparen: {
        this.next()
        const x = this.type_()
        const rparen = this.pos()
        this.want(Tok.Rparen)
        return { kind: 'ParenExpr', pos, end: this.lastEnd, lparen: pos, x, rparen }
      }
    }
    return null
  }

  private typeInstance(typ: ast.Expr): ast.Expr {
    const lbrack = this.pos()
    this.want(Tok.Lbrack)
    let list: ast.Expr[]
    if (this.tok() === Tok.Rbrack) {
      this.syntaxError('expecting type')
      list = [this.badExpr()]
    } else {
      list = this.typeList()[0]
    }
    const rbrack = this.pos()
    this.want(Tok.Rbrack)
    if (list.length === 1) return { kind: 'IndexExpr', pos: typ.pos, end: this.lastEnd, x: typ, lbrack, index: list[0], rbrack }
    return { kind: 'IndexListExpr', pos: typ.pos, end: this.lastEnd, x: typ, lbrack, indices: list, rbrack }
  }

  /** A signature, after `func` (at funcPos, or NoPos for interface methods). context != '' forbids type parameters. */
  private funcType(funcPos: Pos, context: string): ast.FuncType {
    const pos = this.pos()
    let typeParams: ast.FieldList | null = null
    if (this.tok() === Tok.Lbrack) {
      const lbrack = this.pos()
      this.next()
      if (context !== '') this.syntaxErrorAt(pos, context + ' must have no type parameters')
      if (this.tok() === Tok.Rbrack) {
        this.syntaxError('empty type parameter list')
        this.next()
      } else {
        typeParams = this.paramList(lbrack, null, null, Tok.Rbrack, true)
      }
    }
    const lparen = this.pos()
    this.want(Tok.Lparen)
    const params = this.paramList(lparen, null, null, Tok.Rparen, false)
    const results = this.funcResult()
    const start = funcPos !== NoPos ? funcPos : pos
    return { kind: 'FuncType', pos: start, end: this.lastEnd, func: funcPos, typeParams, params, results }
  }

  /** "[" has been consumed at lbrack; len is the already parsed length, if any. */
  private arrayType(lbrack: Pos, len: ast.Expr | null): ast.Expr {
    if (len === null) {
      if (this.tok() === Tok.DotDotDot) {
        const p = this.pos()
        this.next()
        len = { kind: 'Ellipsis', pos: p, end: p + 3, elt: null }
      } else {
        this.xnest++
        len = this.expr()
        this.xnest--
      }
    }
    if (this.tok() === Tok.Comma) {
      this.syntaxError('unexpected comma; expecting ]')
      this.next()
    }
    this.want(Tok.Rbrack)
    const elt = this.type_()
    return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len, elt }
  }

  private sliceType(lbrack: Pos): ast.Expr {
    const elt = this.type_()
    return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len: null, elt }
  }

  private chanElem(): ast.Expr {
    let typ = this.typeOrNull()
    if (typ === null) {
      typ = this.badExpr()
      this.syntaxError('missing channel element type')
    }
    return typ
  }

  /** StructType = "struct" "{" { FieldDecl ";" } "}" . */
  private structType(): ast.StructType {
    const pos = this.pos()
    this.want(Tok.Struct)
    const opening = this.pos()
    this.want(Tok.Lbrace)
    const fields: ast.Field[] = []
    const closing = this.list('struct type', Tok.Semi, Tok.Rbrace, () => {
      this.fieldDecl(fields)
      return false
    })
    const end = this.lastEnd
    return { kind: 'StructType', pos, end, fields: { kind: 'FieldList', pos: opening, end, opening, list: fields, closing }, incomplete: false }
  }

  /** InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" . */
  private interfaceType(): ast.InterfaceType {
    const pos = this.pos()
    this.want(Tok.Interface)
    const opening = this.pos()
    this.want(Tok.Lbrace)
    const methods: ast.Field[] = []
    const closing = this.list('interface type', Tok.Semi, Tok.Rbrace, () => {
      let f: ast.Field | null = null
      if (this.tok() === Tok.Name) f = this.methodDecl()
      if (f === null || f.names.length === 0) f = this.embeddedElem(f)
      methods.push(f)
      return false
    })
    const end = this.lastEnd
    return { kind: 'InterfaceType', pos, end, methods: { kind: 'FieldList', pos: opening, end, opening, list: methods, closing }, incomplete: false }
  }

  /** Result = Parameters | Type . */
  private funcResult(): ast.FieldList | null {
    if (this.tok() === Tok.Lparen) {
      const lparen = this.pos()
      this.next()
      return this.paramList(lparen, null, null, Tok.Rparen, false)
    }
    const pos = this.pos()
    const typ = this.typeOrNull()
    if (typ !== null) {
      const f: ast.Field = { kind: 'Field', pos, end: typ.end, doc: null, names: [], type: typ, tag: null, comment: null }
      return { kind: 'FieldList', pos, end: typ.end, opening: NoPos, list: [f], closing: NoPos }
    }
    return null
  }

  private field(pos: Pos, names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | null): ast.Field {
    return { kind: 'Field', pos, end: tag !== null ? tag.end : type.end, doc: null, names, type, tag, comment: null }
  }

  /** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
  private fieldDecl(fields: ast.Field[]): void {
    const pos = this.pos()
    switch (this.tok()) {
      case Tok.Name: {
        const name = this.name()
        if (this.tok() === Tok.Dot || this.tok() === Tok.Literal || this.tok() === Tok.Semi || this.tok() === Tok.Rbrace) {
          // embedded type
          const typ = this.qualifiedName(name)
          const tag = this.oliteral()
          fields.push(this.field(pos, [], typ, tag))
          break
        }
        const names = this.nameList(name)
        let typ: ast.Expr
        if (names.length === 1 && this.tok() === Tok.Lbrack) {
          typ = this.arrayOrTArgs()
          if (typ.kind === 'IndexExpr' || typ.kind === 'IndexListExpr') {
            // embedded type T[P1, P2, ...]
            typ.x = name
            typ.pos = name.pos
            const tag = this.oliteral()
            fields.push(this.field(pos, [], typ, tag))
            break
          }
        } else {
          typ = this.type_()
        }
        const tag = this.oliteral()
        fields.push(this.field(pos, names, typ, tag))
        break
      }
      case Tok.Star: {
        this.next()
        let typ: ast.Expr
        if (this.tok() === Tok.Lparen) {
          this.syntaxError('cannot parenthesize embedded type')
          this.next()
          typ = this.qualifiedName(null)
          this.got(Tok.Rparen)
        } else {
          typ = this.qualifiedName(null)
        }
        const tag = this.oliteral()
        fields.push(this.field(pos, [], { kind: 'StarExpr', pos, end: typ.end, x: typ }, tag))
        break
      }
      case Tok.Lparen: {
        this.syntaxError('cannot parenthesize embedded type')
        this.next()
        let typ: ast.Expr
        if (this.tok() === Tok.Star) {
          const spos = this.pos()
          this.next()
          const x = this.qualifiedName(null)
          typ = { kind: 'StarExpr', pos: spos, end: x.end, x }
        } else {
          typ = this.qualifiedName(null)
        }
        this.got(Tok.Rparen)
        const tag = this.oliteral()
        fields.push(this.field(pos, [], typ, tag))
        break
      }
      default:
        this.syntaxError('expecting field name or embedded type')
        this.advance(Tok.Semi, Tok.Rbrace)
    }
  }

  /** After a name: `[n]E` (array), `[]E` (slice) or `[T1, T2]` (type arguments; x filled in by the caller). */
  private arrayOrTArgs(): ast.Expr {
    const lbrack = this.pos()
    this.want(Tok.Lbrack)
    if (this.got(Tok.Rbrack)) return this.sliceType(lbrack)
    const [list, comma] = this.typeList()
    const rbrack = this.pos()
    this.want(Tok.Rbrack)
    if (!comma) {
      const elt = this.typeOrNull()
      if (elt !== null) return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len: list[0], elt }
    }
    const ph = this.badExpr(lbrack)
    if (list.length === 1) return { kind: 'IndexExpr', pos: lbrack, end: this.lastEnd, x: ph, lbrack, index: list[0], rbrack }
    return { kind: 'IndexListExpr', pos: lbrack, end: this.lastEnd, x: ph, lbrack, indices: list, rbrack }
  }

  private oliteral(): ast.BasicLit | null {
    if (this.tok() === Tok.Literal) {
      const pos = this.pos()
      const b: ast.BasicLit = { kind: 'BasicLit', pos, end: pos + this.s.lit.length, litKind: this.s.kind, value: this.s.lit }
      this.next()
      return b
    }
    return null
  }

  /** MethodSpec = MethodName Signature | InterfaceTypeName . */
  private methodDecl(): ast.Field {
    const pos = this.pos()
    const name = this.name()
    const context = 'interface method'
    const method = (type: ast.FuncType): ast.Field => ({ kind: 'Field', pos, end: type.end, doc: null, names: [name], type, tag: null, comment: null })
    const embedded = (type: ast.Expr): ast.Field => ({ kind: 'Field', pos, end: type.end, doc: null, names: [], type, tag: null, comment: null })
    switch (this.tok()) {
      case Tok.Lparen:
        return method(this.funcType(NoPos, context))
      case Tok.Lbrack: {
        // a generic method m[T C](x T) (an error) or an embedded instantiated type T[P1, P2]
        const lbrack = this.pos()
        this.next()
        if (this.tok() === Tok.Rbrack) {
          const rpos = this.pos()
          this.next()
          if (this.tok() === Tok.Lparen) {
            this.errorAt(rpos, 'empty type parameter list')
            return method(this.funcType(NoPos, context))
          }
          this.errorAt(rpos, 'empty type argument list')
          return embedded(name)
        }
        const list = this.pfieldList(null, null, Tok.Rbrack, false).fields
        if (list.length === 0) {
          if (this.tok() === Tok.Lparen) return method(this.funcType(NoPos, context))
          return embedded(name)
        }
        if (list[0].name !== null && list[0].type !== null) {
          // generic method
          const f = method(this.funcType(NoPos, context))
          this.errorAt(lbrack, 'interface method must have no type parameters')
          return f
        }
        const types = list.map((f) => (f.type ?? f.name) as ast.Expr)
        const rbrack = this.lastEnd - 1
        if (types.length === 1) return embedded({ kind: 'IndexExpr', pos: name.pos, end: this.lastEnd, x: name, lbrack, index: types[0], rbrack })
        return embedded({ kind: 'IndexListExpr', pos: name.pos, end: this.lastEnd, x: name, lbrack, indices: types, rbrack })
      }
      default:
        return embedded(this.qualifiedName(name))
    }
  }

  /** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
  private embeddedElem(f: ast.Field | null): ast.Field {
    if (f === null) {
      const pos = this.pos()
      const type = this.embeddedTerm()
      f = { kind: 'Field', pos, end: type.end, doc: null, names: [], type, tag: null, comment: null }
    }
    while (this.tok() === Tok.Operator && this.s.op === '|') {
      const opPos = this.pos()
      this.next()
      const y = this.embeddedTerm()
      f.type = { kind: 'BinaryExpr', pos: f.type.pos, end: y.end, x: f.type, opPos, op: '|', y }
      f.end = y.end
    }
    return f
  }

  /** EmbeddedTerm = [ "~" ] Type . */
  private embeddedTerm(): ast.Expr {
    if (this.tok() === Tok.Operator && this.s.op === '~') {
      const pos = this.pos()
      this.next()
      const x = this.type_()
      return { kind: 'UnaryExpr', pos, end: x.end, op: '~', x }
    }
    let t = this.typeOrNull()
    if (t === null) {
      t = this.badExpr()
      this.syntaxError('expecting ~ term or type')
      this.advance(Tok.Operator, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
    }
    return t
  }

  /** ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
  private paramDeclOrNull(name: ast.Ident | null, follow: Tok): PField | null {
    const typeSetsOk = follow === Tok.Rbrack
    let pos = this.pos()
    if (name !== null) {
      pos = name.pos
    } else if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '~') {
      const e = this.embeddedElem(null)
      return { pos: e.pos, name: null, type: e.type }
    }
    const f: PField = { pos, name: null, type: null }
    const orElem = (): PField => {
      const e = this.embeddedElem({ kind: 'Field', pos: f.pos, end: f.type!.end, doc: null, names: [], type: f.type!, tag: null, comment: null })
      f.type = e.type
      return f
    }
    if (this.tok() === Tok.Name || name !== null) {
      if (name === null) name = this.name()
      if (this.tok() === Tok.Lbrack) {
        // name "[" ...
        const t = this.arrayOrTArgs()
        if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
          t.x = name
          t.pos = name.pos
          f.type = t
        } else {
          f.name = name
          f.type = t
        }
        if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '|') return orElem()
        return f
      }
      if (this.tok() === Tok.Dot) {
        // name "." ...
        f.type = this.qualifiedName(name)
        if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '|') return orElem()
        return f
      }
      if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '|') {
        f.type = name
        return orElem()
      }
      f.name = name
    }
    if (this.tok() === Tok.DotDotDot) {
      const dpos = this.pos()
      this.next()
      let elt = this.typeOrNull()
      if (elt === null) {
        elt = this.badExpr()
        this.syntaxError('... is missing type')
      }
      f.type = { kind: 'Ellipsis', pos: dpos, end: elt.end, elt }
      return f
    }
    if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '~') {
      f.type = this.embeddedElem(null).type
      return f
    }
    f.type = this.typeOrNull()
    if (typeSetsOk && this.tok() === Tok.Operator && this.s.op === '|' && f.type !== null) return orElem()
    if (f.name !== null || f.type !== null) return f
    this.syntaxError('expecting ' + tokstring(follow))
    this.advance(Tok.Comma, follow)
    return null
  }

  /**
   * Parameters/type parameters after "(" or "[" (at `opening`). name/typ: an already parsed first
   * parameter (type declarations). Returns the go/ast FieldList, names grouped by shared type.
   */
  private paramList(opening: Pos, name: ast.Ident | null, typ: ast.Expr | null, close: Tok, requireNames: boolean): ast.FieldList {
    const { fields, closing } = this.pfieldList(name, typ, close, requireNames)
    const list: ast.Field[] = []
    for (const p of fields) {
      const type = p.type as ast.Expr
      const last = list[list.length - 1]
      if (p.name !== null && last !== undefined && last.type === type && last.names.length > 0) {
        last.names.push(p.name)
        continue
      }
      list.push({ kind: 'Field', pos: p.name !== null ? p.name.pos : type.pos, end: type.end, doc: null, names: p.name !== null ? [p.name] : [], type, tag: null, comment: null })
    }
    return { kind: 'FieldList', pos: opening, end: this.lastEnd, opening, list, closing }
  }

  /** gc's paramList: parses the list and distributes types; all fields have types afterwards. */
  private pfieldList(name: ast.Ident | null, typ: ast.Expr | null, close: Tok, requireNames: boolean): { fields: PField[]; closing: Pos } {
    if (name !== null && typ !== null && this.tok() === close) {
      const closing = this.pos()
      this.next()
      return { fields: [{ pos: name.pos, name, type: typ }], closing }
    }
    const list: PField[] = []
    let named = 0
    let typed = 0
    const end = this.list('parameter list', Tok.Comma, close, () => {
      let par: PField | null
      if (typ !== null) {
        par = { pos: name!.pos, name, type: typ }
      } else {
        par = this.paramDeclOrNull(name, close)
      }
      name = null
      typ = null
      if (par !== null) {
        if (par.name !== null && par.type !== null) named++
        if (par.type !== null) typed++
        list.push(par)
      }
      return false
    })
    if (list.length === 0) return { fields: list, closing: end }

    if (named === 0 && !requireNames) {
      // all unnamed => found names are named types
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name
          par.name = null
        }
      }
    } else if (named !== list.length) {
      // some named => all must have names and types
      let errPos: Pos = NoPos
      let t: ast.Expr | null = null
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i]
        if (par.type !== null) {
          t = par.type
          if (par.name === null) {
            errPos = t.pos
            par.name = this.ident(errPos, '_')
          }
        } else if (t !== null) {
          par.type = t
        } else {
          // par.type === null && t === null => we only have a par.name
          errPos = par.name!.pos
          par.type = this.badExpr(errPos)
        }
      }
      if (errPos !== NoPos) {
        let msg: string
        if (requireNames) {
          if (named === typed) {
            errPos = end // position error at closing ]
            msg = 'missing type constraint'
          } else {
            msg = 'type parameters must be named'
          }
        } else {
          msg = 'mixed named and unnamed parameters'
        }
        this.syntaxErrorAt(errPos, msg)
      }
    }
    return { fields: list, closing: end }
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  /** SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl . */
  private simpleStmt(lhs: ast.Expr[] | null, keyword: Tok | 0): SimpleStmt {
    if (keyword === Tok.For && this.tok() === Tok.Range) {
      return this.newRangeClause(null, false, NoPos)
    }
    if (lhs === null) lhs = this.exprList()

    if (lhs.length === 1 && this.tok() !== Tok.Assign && this.tok() !== Tok.Define) {
      const x = lhs[0]
      const pos = this.pos()
      switch (this.tok()) {
        case Tok.AssignOp: {
          const op = (this.s.op + '=') as ast.AssignOp
          this.next()
          const y = this.expr()
          return { kind: 'AssignStmt', pos: x.pos, end: y.end, lhs, tokPos: pos, tok: op, rhs: [y] }
        }
        case Tok.IncOp: {
          const op = (this.s.op + this.s.op) as ast.IncDecOp
          this.next()
          return { kind: 'IncDecStmt', pos: x.pos, end: this.lastEnd, x, tokPos: pos, tok: op }
        }
        case Tok.Arrow: {
          this.next()
          const value = this.expr()
          return { kind: 'SendStmt', pos: x.pos, end: value.end, chan: x, arrow: pos, value }
        }
        default:
          return { kind: 'ExprStmt', pos: x.pos, end: x.end, x }
      }
    }

    switch (this.tok()) {
      case Tok.Assign:
      case Tok.Define: {
        const pos = this.pos()
        const def = this.tok() === Tok.Define
        this.next()
        if (keyword === Tok.For && this.tok() === Tok.Range) {
          return this.newRangeClause(lhs, def, pos)
        }
        const rhs = this.exprList()
        const s: ast.AssignStmt = { kind: 'AssignStmt', pos: lhs[0].pos, end: rhs[rhs.length - 1].end, lhs, tokPos: pos, tok: def ? ':=' : '=', rhs }
        const r = rhs[0]
        if (rhs.length === 1 && r.kind === 'TypeAssertExpr' && r.type === null && keyword === Tok.Switch && def && lhs.length === 1 && lhs[0].kind === 'Ident') {
          this.guards.add(s)
        }
        return s
      }
      default: {
        this.syntaxError('expecting := or = or comma')
        this.advance(Tok.Semi, Tok.Rbrace)
        const x = lhs[0]
        return { kind: 'ExprStmt', pos: x.pos, end: x.end, x }
      }
    }
  }

  private newRangeClause(lhs: ast.Expr[] | null, def: boolean, tokPos: Pos): RangeClause {
    const pos = this.pos()
    this.next() // consume range
    const x = this.expr()
    return { kind: 'RangeClause', pos, lhs, def, tokPos, x }
  }

  private labeledStmtOrNull(label: ast.Ident): ast.Stmt | null {
    const colon = this.pos()
    this.want(Tok.Colon)
    if (this.tok() === Tok.Rbrace) {
      // a label before "}" labels an empty statement
      const p = this.pos()
      const e: ast.EmptyStmt = { kind: 'EmptyStmt', pos: p, end: p, semicolon: p, implicit: true }
      return { kind: 'LabeledStmt', pos: label.pos, end: e.end, label, colon, stmt: e }
    }
    const stmt = this.stmtOrNull()
    if (stmt !== null) return { kind: 'LabeledStmt', pos: label.pos, end: stmt.end, label, colon, stmt }
    this.syntaxErrorAt(colon, 'missing statement after label')
    return null
  }

  private blockStmt(context: string): ast.BlockStmt {
    const lbrace = this.pos()
    const s: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: NoPos, lbrace, list: [], rbrace: NoPos }
    // people coming from C may forget that braces are mandatory in Go
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('expecting { after ' + context)
      this.advance(Tok.Name, Tok.Rbrace)
      s.rbrace = this.pos()
      if (this.got(Tok.Rbrace)) {
        s.end = this.lastEnd
        return s
      }
    }
    s.list = this.stmtList()
    s.rbrace = this.pos()
    this.want(Tok.Rbrace)
    s.end = this.lastEnd
    return s
  }

  private declStmt(tok: ast.DeclTok): ast.DeclStmt {
    const pos = this.pos()
    this.next()
    let d: ast.GenDecl
    if (tok === 'var') d = this.appendGroup(pos, tok, (i) => this.varSpec(i))
    else if (tok === 'const') d = this.appendGroup(pos, tok, (i) => this.constSpec(i))
    else d = this.appendGroup(pos, tok, () => this.typeSpec())
    return { kind: 'DeclStmt', pos, end: d.end, decl: d }
  }

  private forStmt(): ast.Stmt {
    const pos = this.pos()
    const h = this.header(Tok.For)
    const body = this.blockStmt('for clause')
    if (h.init !== null && h.init.kind === 'RangeClause') {
      const r = h.init
      const lhs = r.lhs ?? []
      if (lhs.length > 2) this.errorAt(lhs[2].pos, 'range clause permits at most two iteration variables')
      return {
        kind: 'RangeStmt',
        pos,
        end: body.end,
        key: lhs[0] ?? null,
        value: lhs[1] ?? null,
        tokPos: r.tokPos,
        tok: r.lhs === null ? null : r.def ? ':=' : '=',
        range: r.pos,
        x: r.x,
        body,
      }
    }
    return { kind: 'ForStmt', pos, end: body.end, init: h.init as ast.Stmt | null, cond: h.cond, post: h.post, body }
  }

  /** The header of if/for/switch: init; cond; post (guard: a `x := y.(type)` of a type switch). */
  private header(keyword: Tok): { init: SimpleStmt | null; cond: ast.Expr | null; post: ast.Stmt | null; guard: ast.Stmt | null } {
    const kw = keyword === Tok.If ? 'if' : keyword === Tok.For ? 'for' : 'switch'
    let init: SimpleStmt | null = null
    let cond: ast.Expr | null = null
    let post: ast.Stmt | null = null
    let guard: ast.Stmt | null = null
    this.want(keyword)
    if (this.tok() === Tok.Lbrace) {
      if (keyword === Tok.If) {
        this.syntaxError('missing condition in if statement')
        cond = this.badExpr()
      }
      return { init, cond, post, guard }
    }

    const outer = this.xnest
    this.xnest = -1

    if (this.tok() !== Tok.Semi) {
      // accept potential varDecl but complain
      if (this.got(Tok.Var)) this.syntaxError(`var declaration not allowed in ${kw} initializer`)
      init = this.simpleStmt(null, keyword)
      if (init.kind === 'RangeClause') {
        this.xnest = outer
        return { init, cond, post, guard }
      }
    }

    let condStmt: SimpleStmt | null = null
    let semiPos: Pos = NoPos
    let semiLit = ''
    done: {
      if (this.tok() !== Tok.Lbrace) {
        if (this.tok() === Tok.Semi) {
          semiPos = this.pos()
          semiLit = this.s.lit
          this.next()
        } else {
          // asking for a '{' rather than a ';' here leads to a better error message
          this.want(Tok.Lbrace)
          if (this.tok() !== Tok.Lbrace) this.advance(Tok.Lbrace, Tok.Rbrace)
        }
        if (keyword === Tok.For) {
          if (this.tok() !== Tok.Semi) {
            if (this.tok() === Tok.Lbrace) {
              this.syntaxError('expecting for loop condition')
              break done
            }
            condStmt = this.simpleStmt(null, 0)
          }
          this.want(Tok.Semi)
          if (this.tok() !== Tok.Lbrace) {
            const p = this.simpleStmt(null, 0)
            if (p.kind === 'AssignStmt' && p.tok === ':=') {
              this.syntaxErrorAt(p.tokPos, 'cannot declare in post statement of for loop')
            }
            post = p as ast.Stmt
          }
        } else if (this.tok() !== Tok.Lbrace) {
          condStmt = this.simpleStmt(null, keyword)
        }
      } else {
        condStmt = init
        init = null
      }
    }

    // unpack condStmt
    if (condStmt === null) {
      if (keyword === Tok.If && semiPos !== NoPos) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expecting { after if clause`)
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement')
        }
        cond = this.badExpr(semiPos)
      }
    } else if (condStmt.kind === 'ExprStmt') {
      cond = condStmt.x
    } else if (this.guards.has(condStmt as ast.Stmt)) {
      guard = condStmt as ast.Stmt
    } else {
      let str: string
      let at: Pos
      if (condStmt.kind === 'AssignStmt' && condStmt.tok === '=') {
        str = `assignment (${condStmt.lhs.map(exprString).join(', ')}) = (${condStmt.rhs.map(exprString).join(', ')})`
      } else {
        str = stmtString(condStmt as ast.Stmt)
      }
      switch (condStmt.kind) {
        case 'AssignStmt':
        case 'IncDecStmt':
          at = condStmt.tokPos
          break
        case 'SendStmt':
          at = condStmt.arrow
          break
        default:
          at = condStmt.pos
      }
      this.syntaxErrorAt(at, `cannot use ${str} as value`)
    }
    this.xnest = outer
    return { init, cond, post, guard }
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.pos()
    const h = this.header(Tok.If)
    const body = this.blockStmt('if clause')
    let els: ast.Stmt | null = null
    if (this.got(Tok.Else)) {
      switch (this.tok()) {
        case Tok.If:
          els = this.ifStmt()
          break
        case Tok.Lbrace:
          els = this.blockStmt('')
          break
        default:
          this.syntaxError('else must be followed by if or statement block')
          this.advance(Tok.Name, Tok.Rbrace)
      }
    }
    const cond = h.cond ?? this.badExpr(pos)
    return { kind: 'IfStmt', pos, end: els !== null ? els.end : body.end, init: h.init as ast.Stmt | null, cond, body, els }
  }

  private switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
    const pos = this.pos()
    const h = this.header(Tok.Switch)
    const lbrace = this.pos()
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('missing { after switch clause')
      this.advance(Tok.Case, Tok.Default, Tok.Rbrace)
    }
    const clauses: ast.Stmt[] = []
    while (this.tok() !== Tok.EOF && this.tok() !== Tok.Rbrace) clauses.push(this.caseClause())
    const rbrace = this.pos()
    this.want(Tok.Rbrace)
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: this.lastEnd, lbrace, list: clauses, rbrace }
    const init = h.init as ast.Stmt | null
    if (h.guard !== null) return { kind: 'TypeSwitchStmt', pos, end: body.end, init, assign: h.guard, body }
    const tag = h.cond
    if (tag !== null && tag.kind === 'TypeAssertExpr' && tag.type === null) {
      return { kind: 'TypeSwitchStmt', pos, end: body.end, init, assign: { kind: 'ExprStmt', pos: tag.pos, end: tag.end, x: tag }, body }
    }
    return { kind: 'SwitchStmt', pos, end: body.end, init, tag, body }
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos()
    this.want(Tok.Select)
    const lbrace = this.pos()
    if (!this.got(Tok.Lbrace)) {
      this.syntaxError('missing { after select clause')
      this.advance(Tok.Case, Tok.Default, Tok.Rbrace)
    }
    const clauses: ast.Stmt[] = []
    while (this.tok() !== Tok.EOF && this.tok() !== Tok.Rbrace) clauses.push(this.commClause())
    const rbrace = this.pos()
    this.want(Tok.Rbrace)
    const body: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: this.lastEnd, lbrace, list: clauses, rbrace }
    return { kind: 'SelectStmt', pos, end: body.end, body }
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos()
    let list: ast.Expr[] | null = null
    switch (this.tok()) {
      case Tok.Case:
        this.next()
        list = this.exprList()
        break
      case Tok.Default:
        this.next()
        break
      default:
        this.syntaxError('expecting case or default or }')
        this.advance(Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace)
    }
    const colon = this.pos()
    this.want(Tok.Colon)
    const body = this.stmtList()
    const end = body.length > 0 ? body[body.length - 1].end : colon + 1
    return { kind: 'CaseClause', pos, end, list, colon, body }
  }

  private commClause(): ast.CommClause {
    const pos = this.pos()
    let comm: ast.Stmt | null = null
    switch (this.tok()) {
      case Tok.Case:
        this.next()
        comm = this.simpleStmt(null, 0) as ast.Stmt
        break
      case Tok.Default:
        this.next()
        break
      default:
        this.syntaxError('expecting case or default or }')
        this.advance(Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace)
    }
    const colon = this.pos()
    this.want(Tok.Colon)
    const body = this.stmtList()
    const end = body.length > 0 ? body[body.length - 1].end : colon + 1
    return { kind: 'CommClause', pos, end, comm, colon, body }
  }

  /** Statement, or null if none is present. */
  private stmtOrNull(): ast.Stmt | null {
    this.enter()
    try {
      return this.stmtOrNullInner()
    } finally {
      this.depth--
    }
  }

  private stmtOrNullInner(): ast.Stmt | null {
    // most statements (assignments) start with an identifier
    if (this.tok() === Tok.Name) {
      const lhs = this.exprList()
      if (lhs.length === 1 && lhs[0].kind === 'Ident' && this.tok() === Tok.Colon) return this.labeledStmtOrNull(lhs[0])
      return this.simpleStmt(lhs, 0) as ast.Stmt
    }
    switch (this.tok()) {
      case Tok.Var:
        return this.declStmt('var')
      case Tok.Const:
        return this.declStmt('const')
      case Tok.Type:
        return this.declStmt('type')
      case Tok.Lbrace:
        return this.blockStmt('')
      case Tok.Operator:
      case Tok.Star:
        switch (this.s.op) {
          case '+':
          case '-':
          case '*':
          case '&':
          case '^':
          case '!':
            return this.simpleStmt(null, 0) as ast.Stmt
        }
        return null
      case Tok.Literal:
      case Tok.Func:
      case Tok.Lparen:
      case Tok.Lbrack:
      case Tok.Struct:
      case Tok.Map:
      case Tok.Chan:
      case Tok.Interface:
      case Tok.Arrow:
        return this.simpleStmt(null, 0) as ast.Stmt
      case Tok.For:
        return this.forStmt()
      case Tok.Switch:
        return this.switchStmt()
      case Tok.Select:
        return this.selectStmt()
      case Tok.If:
        return this.ifStmt()
      case Tok.Fallthrough: {
        const pos = this.pos()
        this.next()
        return { kind: 'BranchStmt', pos, end: this.lastEnd, tok: 'fallthrough', label: null }
      }
      case Tok.Break:
      case Tok.Continue: {
        const pos = this.pos()
        const tok = this.tok() === Tok.Break ? 'break' : 'continue'
        this.next()
        let label: ast.Ident | null = null
        if (this.tok() === Tok.Name) label = this.name()
        return { kind: 'BranchStmt', pos, end: this.lastEnd, tok, label }
      }
      case Tok.Go:
      case Tok.Defer:
        return this.callStmt()
      case Tok.Goto: {
        const pos = this.pos()
        this.next()
        const label = this.name()
        return { kind: 'BranchStmt', pos, end: this.lastEnd, tok: 'goto', label }
      }
      case Tok.Return: {
        const pos = this.pos()
        this.next()
        let results: ast.Expr[] = []
        if (this.tok() !== Tok.Semi && this.tok() !== Tok.Rbrace) results = this.exprList()
        return { kind: 'ReturnStmt', pos, end: this.lastEnd, results }
      }
      case Tok.Semi: {
        const pos = this.pos()
        const implicit = this.s.lit !== 'semicolon'
        return { kind: 'EmptyStmt', pos, end: implicit ? pos : pos + 1, semicolon: pos, implicit }
      }
    }
    return null
  }

  /** StatementList = { Statement ";" } . */
  private stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = []
    while (this.tok() !== Tok.EOF && this.tok() !== Tok.Rbrace && this.tok() !== Tok.Case && this.tok() !== Tok.Default) {
      const s = this.stmtOrNull()
      if (s === null) break
      l.push(s)
      // ";" is optional before "}"
      if (!this.got(Tok.Semi) && this.tok() !== Tok.Rbrace) {
        this.syntaxError('at end of statement')
        this.advance(Tok.Semi, Tok.Rbrace, Tok.Case, Tok.Default)
        this.got(Tok.Semi) // avoid spurious empty statement
      }
    }
    return l
  }

  /** argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" ; returns the arguments and the `...` position. */
  private argList(): [ast.Expr[], Pos] {
    const list: ast.Expr[] = []
    let ellipsis: Pos = NoPos
    this.xnest++
    this.list('argument list', Tok.Comma, Tok.Rparen, () => {
      list.push(this.expr())
      if (this.tok() === Tok.DotDotDot) {
        ellipsis = this.pos()
        this.next()
        return true
      }
      return false
    })
    this.xnest--
    return [list, ellipsis]
  }

  // ------------------------------------------------------------------------------------------
  // Common productions

  private name(): ast.Ident {
    if (this.tok() === Tok.Name) {
      const n = this.ident(this.pos(), this.s.lit)
      this.next()
      return n
    }
    const n = this.ident(this.pos(), '_')
    n.end = n.pos
    this.syntaxError('expecting name')
    this.advance()
    return n
  }

  /** IdentifierList = identifier { "," identifier } . */
  private nameList(first: ast.Ident): ast.Ident[] {
    const l = [first]
    while (this.got(Tok.Comma)) l.push(this.name())
    return l
  }

  private qualifiedName(name: ast.Ident | null): ast.Expr {
    let x: ast.Expr
    if (name !== null) {
      x = name
    } else if (this.tok() === Tok.Name) {
      x = this.name()
    } else {
      x = this.ident(this.pos(), '_')
      x.end = x.pos
      this.syntaxError('expecting name')
      this.advance(Tok.Dot, Tok.Semi, Tok.Rbrace)
    }
    if (this.tok() === Tok.Dot) {
      const dot = this.pos()
      this.next()
      const sel = this.name()
      x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, dot, sel }
    }
    if (this.tok() === Tok.Lbrack) x = this.typeInstance(x)
    return x
  }

  /** ExpressionList = Expression { "," Expression } . */
  private exprList(): ast.Expr[] {
    const l = [this.expr()]
    while (this.got(Tok.Comma)) l.push(this.expr())
    return l
  }

  /** typeList = arg { "," arg } [ "," ] ; the first may be any expression, the others types. */
  private typeList(): [ast.Expr[], boolean] {
    let comma = false
    this.xnest++
    const list = [this.expr()]
    if (this.got(Tok.Comma)) {
      comma = true
      let t = this.typeOrNull()
      if (t !== null) {
        list.push(t)
        while (this.got(Tok.Comma)) {
          t = this.typeOrNull()
          if (t === null) break
          list.push(t)
        }
      }
    }
    this.xnest--
    return [list, comma]
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** unparen removes all parentheses around an expression. */
export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x
  return x
}

/** The position gc's syntax tree gives a node (operators, dots, brackets), for error messages. */
export function gcPos(x: ast.Expr): Pos {
  switch (x.kind) {
    case 'BinaryExpr':
      return x.opPos
    case 'SelectorExpr':
    case 'TypeAssertExpr':
      return x.dot
    case 'IndexExpr':
    case 'IndexListExpr':
    case 'SliceExpr':
      return x.lbrack
    case 'CallExpr':
      return x.lparen
    case 'KeyValueExpr':
      return x.colon
    case 'CompositeLit':
      return x.lbrace
    case 'FuncType':
      // gc positions a function type after the `func` keyword
      return x.typeParams !== null ? x.typeParams.opening : x.params.opening
  }
  return x.pos
}

/** isValue reports whether x syntactically must be a value (and not a type) expression. */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit':
    case 'CompositeLit':
    case 'FuncLit':
    case 'SliceExpr':
    case 'TypeAssertExpr':
    case 'CallExpr':
    case 'BinaryExpr':
    case 'UnaryExpr':
      return true
    case 'ParenExpr':
      return isValue(x.x)
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index)
    case 'IndexListExpr':
      return isValue(x.x)
  }
  return false
}

/** isTypeElem reports whether x is a (possibly parenthesized) type element expression. */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return true
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y)
    case 'UnaryExpr':
      return isTypeElem(x.x) || x.op === '~'
    case 'StarExpr':
      return isTypeElem(x.x)
    case 'ParenExpr':
      return isTypeElem(x.x)
  }
  return false
}

/**
 * extractName splits x into (name, expr) if syntactically x can be written as `name expr`
 * (the start of a type parameter list), as gc's extractName.
 */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null]
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          // x = name *x.y
          return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y }]
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y))
        if (name !== null && lhs !== null) {
          return [name, { kind: 'BinaryExpr', pos: lhs.pos, end: x.end, x: lhs, opPos: x.opPos, op: '|', y: x.y }]
        }
      }
      break
    case 'CallExpr':
      if (x.fun.kind === 'Ident') {
        if (x.args.length === 1 && x.ellipsis === NoPos && (force || isTypeElem(x.args[0]))) {
          return [x.fun, x.args[0]]
        }
      }
      break
  }
  return [null, x]
}

