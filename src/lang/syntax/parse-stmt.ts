/**
 * Statements (spec: "Statements"): simple statements, blocks, the headers of if/for/switch with
 * their init; cond; post parts, case and comm clauses, branch, go/defer and return statements.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { tokenSet, type Parser } from './parser.ts'
import { Tok as TokenKinds } from './token.ts'
import { exprString, stmtString } from './printer.ts'
import { gcPos, unparen } from './exprshape.ts'
import { expression, expressionList, primary } from './parse-expr.ts'
import { declaration } from './parse-decl.ts'

const Tok = TokenKinds // module-local alias (see parser.ts)
type Tok = TokenKinds

const AFTER_BAD_BRACE = tokenSet(Tok.Name, Tok.Rbrace)
const AFTER_BAD_SIMPLE = tokenSet(Tok.Semi, Tok.Rbrace)
const AFTER_BAD_STMT = tokenSet(Tok.Semi, Tok.Rbrace, Tok.Case, Tok.Default)
const AFTER_BAD_CASE = tokenSet(Tok.Colon, Tok.Case, Tok.Default, Tok.Rbrace)
const CLAUSES = tokenSet(Tok.Case, Tok.Default, Tok.Rbrace)
const HEADER_BRACES = tokenSet(Tok.Lbrace, Tok.Rbrace)

/** `range x` in a for header, with what stood before it; not a node of the tree. */
interface RangeClause {
  kind: 'RangeClause'
  pos: Pos
  /** null for `for range x` */
  lhs: ast.Expr[] | null
  define: boolean
  tokPos: Pos
  x: ast.Expr
}

type SimpleStmt = ast.Stmt | RangeClause

/** Operators that may start an expression statement. */
const STATEMENT_OPERATORS = new Set(['+', '-', '*', '&', '^', '!'])

/** Tokens that start a simple statement other than with a name or an operator. */
const STARTS_SIMPLE = tokenSet(Tok.Literal, Tok.Func, Tok.Lparen, Tok.Lbrack, Tok.Struct, Tok.Map, Tok.Chan, Tok.Interface, Tok.Arrow)

/** Statement; null if none starts here. */
export function statement (p: Parser): ast.Stmt | null {
  return p.nested(statementBody)
}

function statementBody (p: Parser): ast.Stmt | null {
  const t = p.tok()
  if (t === Tok.Name) {
    // most statements are assignments or calls, which start with a name
    const lhs = expressionList(p)
    if (lhs.length === 1 && lhs[0].kind === 'Ident' && p.tok() === Tok.Colon) return labeled(p, lhs[0])
    return simpleStatement(p, lhs, 0) as ast.Stmt
  }
  if (STARTS_SIMPLE[t] === 1) return simpleStatement(p, null, 0) as ast.Stmt
  const pos = p.pos()
  switch (t) {
    case Tok.Operator:
    case Tok.Star:
      return STATEMENT_OPERATORS.has(p.scanner.op) ? (simpleStatement(p, null, 0) as ast.Stmt) : null
    case Tok.Var:
    case Tok.Const:
    case Tok.Type: {
      const decl = declaration(p, t)
      return { kind: 'DeclStmt', pos: decl.pos, end: decl.end, decl }
    }
    case Tok.Lbrace:
      return block(p, '')
    case Tok.If:
      return ifStatement(p)
    case Tok.For:
      return forStatement(p)
    case Tok.Switch:
      return switchStatement(p)
    case Tok.Select:
      return selectStatement(p)
    case Tok.Go:
    case Tok.Defer:
      return goOrDefer(p)
    case Tok.Return: {
      p.next()
      const results = p.tok() === Tok.Semi || p.tok() === Tok.Rbrace ? [] : expressionList(p)
      return { kind: 'ReturnStmt', pos, end: p.lastEnd, results }
    }
    case Tok.Break:
    case Tok.Continue: {
      p.next()
      const label = p.tok() === Tok.Name ? p.name() : null
      return { kind: 'BranchStmt', pos, end: p.lastEnd, tok: t === Tok.Break ? 'break' : 'continue', label }
    }
    case Tok.Goto: {
      p.next()
      const label = p.name()
      return { kind: 'BranchStmt', pos, end: p.lastEnd, tok: 'goto', label }
    }
    case Tok.Fallthrough:
      p.next()
      return { kind: 'BranchStmt', pos, end: p.lastEnd, tok: 'fallthrough', label: null }
    case Tok.Semi: {
      // left for the caller to consume
      const implicit = p.scanner.lit !== 'semicolon'
      return { kind: 'EmptyStmt', pos, end: implicit ? pos : pos + 1, semicolon: pos, implicit }
    }
  }
  return null
}

/** StatementList = { Statement ";" } ; up to `}`, `case` or `default`. */
export function statementList (p: Parser): ast.Stmt[] {
  const list: ast.Stmt[] = []
  for (let t = p.tok(); t !== Tok.EOF && t !== Tok.Rbrace && t !== Tok.Case && t !== Tok.Default; t = p.tok()) {
    const s = statement(p)
    if (s === null) break
    list.push(s)
    // the ";" may be left out before "}"
    if (p.got(Tok.Semi) || p.tok() === Tok.Rbrace) continue
    p.syntaxError('at end of statement')
    p.skip(AFTER_BAD_STMT)
    p.got(Tok.Semi) // so that no empty statement follows
  }
  return list
}

/** Block = "{" StatementList "}" ; `context` names what the block belongs to, for messages. */
export function block (p: Parser, context: string): ast.BlockStmt {
  const lbrace = p.pos()
  const b: ast.BlockStmt = { kind: 'BlockStmt', pos: lbrace, end: NoPos, lbrace, list: [], rbrace: NoPos }
  if (!p.got(Tok.Lbrace)) {
    // braces are mandatory in Go, unlike in C
    p.syntaxError('expecting { after ' + context)
    p.skip(AFTER_BAD_BRACE)
    b.rbrace = p.pos()
    if (p.got(Tok.Rbrace)) {
      b.end = p.lastEnd
      return b
    }
  }
  b.list = statementList(p)
  b.rbrace = p.pos()
  p.want(Tok.Rbrace)
  b.end = p.lastEnd
  return b
}

function labeled (p: Parser, label: ast.Ident): ast.Stmt | null {
  const colon = p.pos()
  p.want(Tok.Colon)
  if (p.tok() === Tok.Rbrace) {
    // a label right before "}" labels an empty statement
    const at = p.pos()
    const empty: ast.EmptyStmt = { kind: 'EmptyStmt', pos: at, end: at, semicolon: at, implicit: true }
    return { kind: 'LabeledStmt', pos: label.pos, end: at, label, colon, stmt: empty }
  }
  const s = statement(p)
  if (s !== null) return { kind: 'LabeledStmt', pos: label.pos, end: s.end, label, colon, stmt: s }
  p.syntaxErrorAt(colon, 'missing statement after label')
  return null
}

/**
 * SimpleStmt: an expression, send, inc/dec, assignment or short variable declaration; in a for
 * header (`keyword` For) also a range clause. `lhs` when the first expressions are parsed.
 */
function simpleStatement (p: Parser, lhs: ast.Expr[] | null, keyword: Tok | 0): SimpleStmt {
  if (keyword === Tok.For && p.tok() === Tok.Range) return rangeClause(p, null, false, NoPos)
  const left = lhs ?? expressionList(p)
  const pos = p.pos()
  const t = p.tok()
  if (t === Tok.Assign || t === Tok.Define) {
    const define = t === Tok.Define
    p.next()
    if (keyword === Tok.For && p.tok() === Tok.Range) return rangeClause(p, left, define, pos)
    const rhs = expressionList(p)
    return { kind: 'AssignStmt', pos: left[0].pos, end: rhs[rhs.length - 1].end, lhs: left, tokPos: pos, tok: define ? ':=' : '=', rhs }
  }
  const x = left[0]
  if (left.length > 1) {
    p.syntaxError('expecting := or = or comma')
    p.skip(AFTER_BAD_SIMPLE)
    return { kind: 'ExprStmt', pos: x.pos, end: x.end, x }
  }
  switch (t) {
    case Tok.AssignOp: {
      const tok = (p.scanner.op + '=') as ast.AssignOp
      p.next()
      const y = expression(p)
      return { kind: 'AssignStmt', pos: x.pos, end: y.end, lhs: left, tokPos: pos, tok, rhs: [y] }
    }
    case Tok.IncOp: {
      const tok = (p.scanner.op + p.scanner.op) as ast.IncDecOp
      p.next()
      return { kind: 'IncDecStmt', pos: x.pos, end: p.lastEnd, x, tokPos: pos, tok }
    }
    case Tok.Arrow: {
      p.next()
      const value = expression(p)
      return { kind: 'SendStmt', pos: x.pos, end: value.end, chan: x, arrow: pos, value }
    }
  }
  return { kind: 'ExprStmt', pos: x.pos, end: x.end, x }
}

function rangeClause (p: Parser, lhs: ast.Expr[] | null, define: boolean, tokPos: Pos): RangeClause {
  const pos = p.pos()
  p.next()
  return { kind: 'RangeClause', pos, lhs, define, tokPos, x: expression(p) }
}

/** `go f(x)` and `defer f(x)`: the expression must be a call, not parenthesized. */
function goOrDefer (p: Parser): ast.GoStmt | ast.DeferStmt {
  const pos = p.pos()
  const isGo = p.tok() === Tok.Go
  const keyword = isGo ? 'go' : 'defer'
  p.next()
  let x = primary(p, null)
  const inner = unparen(x)
  if (inner !== x) {
    p.report(gcPos(x), `expression in ${keyword} must not be parenthesized`)
    x = inner
  }
  let call: ast.CallExpr
  if (x.kind === 'CallExpr') {
    call = x
  } else {
    p.report(gcPos(x), `expression in ${keyword} must be function call`)
    call = { kind: 'CallExpr', pos: x.pos, end: x.end, fun: x, lparen: NoPos, args: [], ellipsis: NoPos, rparen: NoPos }
  }
  return { kind: isGo ? 'GoStmt' : 'DeferStmt', pos, end: call.end, call }
}

// ---- if, for, switch, select

interface Header {
  init: SimpleStmt | null
  cond: ast.Expr | null
  post: ast.Stmt | null
  /** `x := y.(type)` of a type switch */
  guard: ast.Stmt | null
}

const keywordWord = (k: Tok): string => (k === Tok.If ? 'if' : k === Tok.For ? 'for' : 'switch')

/** The header of an if, for or switch statement: [ init ";" ] cond, or for's three parts. */
function header (p: Parser, keyword: Tok): Header {
  const h: Header = { init: null, cond: null, post: null, guard: null }
  p.want(keyword)
  if (p.tok() === Tok.Lbrace) {
    if (keyword === Tok.If) {
      p.syntaxError('missing condition in if statement')
      h.cond = p.badExpr()
    }
    return h
  }
  const outerLevel = p.exprLevel
  p.exprLevel = -1 // `{` now opens the body
  if (p.tok() !== Tok.Semi) {
    if (p.got(Tok.Var)) p.syntaxError(`var declaration not allowed in ${keywordWord(keyword)} initializer`)
    h.init = simpleStatement(p, null, keyword)
    if (h.init.kind === 'RangeClause') {
      p.exprLevel = outerLevel
      return h
    }
  }
  let cond: SimpleStmt | null = null
  let semi: { pos: Pos, lit: string } | null = null
  if (p.tok() === Tok.Lbrace) {
    // only one part: it is the condition
    cond = h.init
    h.init = null
  } else {
    if (p.tok() === Tok.Semi) {
      semi = { pos: p.pos(), lit: p.scanner.lit }
      p.next()
    } else {
      // asking for `{` rather than `;` gives the better message
      p.want(Tok.Lbrace)
      if (p.tok() !== Tok.Lbrace) p.skip(HEADER_BRACES)
    }
    if (keyword === Tok.For) {
      cond = forCondAndPost(p, h)
    } else if (p.tok() !== Tok.Lbrace) {
      cond = simpleStatement(p, null, keyword)
    }
  }
  h.cond = conditionOf(p, h, cond, keyword, semi)
  p.exprLevel = outerLevel
  return h
}

/** For's `cond ; post` after the first `;`; returns the condition statement. */
function forCondAndPost (p: Parser, h: Header): SimpleStmt | null {
  let cond: SimpleStmt | null = null
  if (p.tok() !== Tok.Semi) {
    if (p.tok() === Tok.Lbrace) {
      p.syntaxError('expecting for loop condition')
      return null
    }
    cond = simpleStatement(p, null, 0)
  }
  p.want(Tok.Semi)
  if (p.tok() !== Tok.Lbrace) {
    const post = simpleStatement(p, null, 0) as ast.Stmt
    if (post.kind === 'AssignStmt' && post.tok === ':=') p.syntaxErrorAt(post.tokPos, 'cannot declare in post statement of for loop')
    h.post = post
  }
  return cond
}

/** The condition an if/for/switch header's statement stands for (or the type switch guard). */
function conditionOf (p: Parser, h: Header, s: SimpleStmt | null, keyword: Tok, semi: { pos: Pos, lit: string } | null): ast.Expr | null {
  if (s === null) {
    if (keyword !== Tok.If || semi === null) return null
    if (semi.lit !== 'semicolon') p.syntaxErrorAt(semi.pos, `unexpected ${semi.lit}, expecting { after if clause`)
    else p.syntaxErrorAt(semi.pos, 'missing condition in if statement')
    return p.badExpr(semi.pos)
  }
  if (s.kind === 'ExprStmt') return s.x
  if (keyword === Tok.Switch && isTypeSwitchGuard(s)) {
    h.guard = s
    return null
  }
  let text: string
  if (s.kind === 'AssignStmt' && s.tok === '=') {
    text = `assignment (${s.lhs.map(exprString).join(', ')}) = (${s.rhs.map(exprString).join(', ')})`
  } else {
    text = stmtString(s as ast.Stmt)
  }
  const at = s.kind === 'AssignStmt' || s.kind === 'IncDecStmt' ? s.tokPos : s.kind === 'SendStmt' ? s.arrow : s.pos
  p.syntaxErrorAt(at, `cannot use ${text} as value`)
  return null
}

/** `x := y.(type)` */
function isTypeSwitchGuard (s: SimpleStmt): s is ast.AssignStmt {
  if (s.kind !== 'AssignStmt' || s.tok !== ':=' || s.lhs.length !== 1 || s.lhs[0].kind !== 'Ident' || s.rhs.length !== 1) return false
  const r = s.rhs[0]
  return r.kind === 'TypeAssertExpr' && r.type === null
}

function ifStatement (p: Parser): ast.IfStmt {
  const pos = p.pos()
  const h = header(p, Tok.If)
  const body = block(p, 'if clause')
  let els: ast.Stmt | null = null
  if (p.got(Tok.Else)) {
    if (p.tok() === Tok.If) els = ifStatement(p)
    else if (p.tok() === Tok.Lbrace) els = block(p, '')
    else {
      p.syntaxError('else must be followed by if or statement block')
      p.skip(AFTER_BAD_BRACE)
    }
  }
  return { kind: 'IfStmt', pos, end: els !== null ? els.end : body.end, init: h.init as ast.Stmt | null, cond: h.cond ?? p.badExpr(pos), body, els }
}

function forStatement (p: Parser): ast.ForStmt | ast.RangeStmt {
  const pos = p.pos()
  const h = header(p, Tok.For)
  const body = block(p, 'for clause')
  const r = h.init
  if (r === null || r.kind !== 'RangeClause') {
    return { kind: 'ForStmt', pos, end: body.end, init: r, cond: h.cond, post: h.post, body }
  }
  const vars = r.lhs ?? []
  if (vars.length > 2) p.report(vars[2].pos, 'range clause permits at most two iteration variables')
  return {
    kind: 'RangeStmt',
    pos,
    end: body.end,
    key: vars[0] ?? null,
    value: vars[1] ?? null,
    tokPos: r.tokPos,
    tok: r.lhs === null ? null : r.define ? ':=' : '=',
    range: r.pos,
    x: r.x,
    body,
  }
}

/** The `{ clauses }` of a switch or select. */
function clauseBlock (p: Parser, what: string, clause: (p: Parser) => ast.Stmt): ast.BlockStmt {
  const lbrace = p.pos()
  if (!p.got(Tok.Lbrace)) {
    p.syntaxError(`missing { after ${what} clause`)
    p.skip(CLAUSES)
  }
  const list: ast.Stmt[] = []
  while (p.tok() !== Tok.EOF && p.tok() !== Tok.Rbrace) list.push(clause(p))
  const rbrace = p.pos()
  p.want(Tok.Rbrace)
  return { kind: 'BlockStmt', pos: lbrace, end: p.lastEnd, lbrace, list, rbrace }
}

function switchStatement (p: Parser): ast.SwitchStmt | ast.TypeSwitchStmt {
  const pos = p.pos()
  const h = header(p, Tok.Switch)
  const body = clauseBlock(p, 'switch', caseClause)
  const init = h.init as ast.Stmt | null
  if (h.guard !== null) return { kind: 'TypeSwitchStmt', pos, end: body.end, init, assign: h.guard, body }
  const tag = h.cond
  if (tag !== null && tag.kind === 'TypeAssertExpr' && tag.type === null) {
    return { kind: 'TypeSwitchStmt', pos, end: body.end, init, assign: { kind: 'ExprStmt', pos: tag.pos, end: tag.end, x: tag }, body }
  }
  return { kind: 'SwitchStmt', pos, end: body.end, init, tag, body }
}

function selectStatement (p: Parser): ast.SelectStmt {
  const pos = p.pos()
  p.want(Tok.Select)
  const body = clauseBlock(p, 'select', commClause)
  return { kind: 'SelectStmt', pos, end: body.end, body }
}

/** `case` or `default` of a switch or select: reads the head with `head`, then `:` and the body. */
function clause<T> (p: Parser, head: () => T, none: T): { pos: Pos, head: T, colon: Pos, body: ast.Stmt[], end: Pos } {
  const pos = p.pos()
  let h = none
  if (p.got(Tok.Case)) {
    h = head()
  } else if (!p.got(Tok.Default)) {
    p.syntaxError('expecting case or default or }')
    p.skip(AFTER_BAD_CASE)
  }
  const colon = p.pos()
  p.want(Tok.Colon)
  const body = statementList(p)
  return { pos, head: h, colon, body, end: body.length > 0 ? body[body.length - 1].end : colon + 1 }
}

function caseClause (p: Parser): ast.CaseClause {
  const c = clause<ast.Expr[] | null>(p, () => expressionList(p), null)
  return { kind: 'CaseClause', pos: c.pos, end: c.end, list: c.head, colon: c.colon, body: c.body }
}

function commClause (p: Parser): ast.CommClause {
  const c = clause<ast.Stmt | null>(p, () => simpleStatement(p, null, 0) as ast.Stmt, null)
  return { kind: 'CommClause', pos: c.pos, end: c.end, comm: c.head, colon: c.colon, body: c.body }
}
