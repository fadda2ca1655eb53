/**
 * Expressions (spec: "Expressions"): operands, primary expressions with their selectors, index,
 * slice, assertion, call and composite-literal suffixes, unary operators, and binary operators
 * by precedence climbing over an explicit stack (long chains do not recurse).
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { CLOSERS, tokenSet, type Parser } from './parser.ts'
import { Tok as TokenKinds } from './token.ts'
import { exprString } from './printer.ts'
import { mustBeValue, unparen } from './exprshape.ts'
import { funcType, type, typeOrNull } from './parse-type.ts'
import { funcBody } from './parse-decl.ts'

const Tok = TokenKinds // module-local alias (see parser.ts)

const AFTER_SELECTOR = tokenSet(Tok.Semi, Tok.Rparen)
const SLICE_COLON = tokenSet(Tok.Comma, Tok.Colon, Tok.Rbrack)

/** Expression = UnaryExpr | Expression binary_op Expression . */
export function expression (p: Parser): ast.Expr {
  return binary(p, null, 0)
}

/** ExpressionList = Expression { "," Expression } . */
export function expressionList (p: Parser): ast.Expr[] {
  const list = [expression(p)]
  while (p.got(Tok.Comma)) list.push(expression(p))
  return list
}

interface PendingOp {
  op: ast.BinaryOp
  pos: Pos
  prec: number
}

/** Whether the current token is a binary operator binding tighter than `minPrec`. */
function binaryOpAbove (p: Parser, minPrec: number): boolean {
  const t = p.tok()
  return (t === Tok.Operator || t === Tok.Star) && p.scanner.prec > minPrec
}

/**
 * Operands joined by binary operators of precedence above `minPrec`, starting with `first` if
 * it is already parsed. Operators of equal precedence associate to the left.
 */
export function binary (p: Parser, first: ast.Expr | null, minPrec: number): ast.Expr {
  const x = first ?? unary(p)
  if (!binaryOpAbove(p, minPrec)) return x
  const operands: ast.Expr[] = [x]
  const ops: PendingOp[] = []
  const combine = (): void => {
    const { op, pos } = ops.pop()!
    const y = operands.pop()!
    const l = operands.pop()!
    operands.push({ kind: 'BinaryExpr', pos: l.pos, end: y.end, x: l, opPos: pos, op, y })
  }
  while (binaryOpAbove(p, minPrec)) {
    const prec = p.scanner.prec
    const next: PendingOp = { op: p.scanner.op as ast.BinaryOp, pos: p.pos(), prec }
    p.next()
    while (ops.length > 0 && ops[ops.length - 1].prec >= prec) combine()
    ops.push(next)
    operands.push(unary(p))
  }
  while (ops.length > 0) combine()
  return operands[0]
}

/** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
export function unary (p: Parser): ast.Expr {
  return p.nested(unaryBody)
}

function unaryBody (p: Parser): ast.Expr {
  const t = p.tok()
  const pos = p.pos()
  if (t === Tok.Operator || t === Tok.Star) {
    const op = p.scanner.op
    if (op === '*') {
      p.next()
      const x = unary(p)
      return { kind: 'StarExpr', pos, end: x.end, x }
    }
    if (op === '+' || op === '-' || op === '!' || op === '^' || op === '~' || op === '&') {
      p.next()
      const x = unary(p)
      return { kind: 'UnaryExpr', pos, end: x.end, op, x }
    }
  } else if (t === Tok.Arrow) {
    p.next()
    const x = unary(p)
    if (x.kind === 'ChanType') return receiveChannel(p, pos, x)
    return { kind: 'UnaryExpr', pos, end: x.end, op: '<-', x }
  }
  return primary(p, null)
}

/**
 * `<-` before a channel type makes it receive-only: `<-chan T`, and in `<-chan chan<- T` (read
 * as `<-(chan (chan<- T))`) the arrow moves along the send-only chain, as the spec's
 * "the <- operator associates with the leftmost chan possible" has it.
 */
function receiveChannel (p: Parser, arrow: Pos, c: ast.ChanType): ast.Expr {
  c.pos = arrow
  c.arrow = arrow
  let t: ast.Expr = c
  for (;;) {
    if (t.kind !== 'ChanType') {
      p.syntaxError(`unexpected ${exprString(t)}, expecting chan`)
      break
    }
    const was = t.dir
    if (was === 'recv') p.syntaxError('unexpected <-, expecting chan')
    t.dir = 'recv'
    if (was !== 'send') break
    t = t.value
  }
  return c
}

/** Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | a type literal. */
function operand (p: Parser): ast.Expr {
  const pos = p.pos()
  switch (p.tok()) {
    case Tok.Name:
      return p.name()
    case Tok.Literal:
      return p.literal()!
    case Tok.Lparen: {
      p.next()
      p.exprLevel++
      const x = expression(p)
      p.exprLevel--
      const rparen = p.pos()
      p.want(Tok.Rparen)
      return { kind: 'ParenExpr', pos, end: p.lastEnd, lparen: pos, x, rparen }
    }
    case Tok.Func: {
      p.next()
      const sig = funcType(p, pos, 'function type')
      if (p.tok() !== Tok.Lbrace) return sig
      p.exprLevel++
      const body = funcBody(p)
      p.exprLevel--
      return { kind: 'FuncLit', pos, end: body.end, type: sig, body }
    }
    case Tok.Lbrack:
    case Tok.Chan:
    case Tok.Map:
    case Tok.Struct:
    case Tok.Interface:
      return type(p)
  }
  p.syntaxError('expecting expression')
  p.skip(CLOSERS)
  return p.badExpr(pos)
}

/** PrimaryExpr: an operand (or `x`) followed by any number of suffixes. */
export function primary (p: Parser, x: ast.Expr | null): ast.Expr {
  let e = x ?? operand(p)
  for (;;) {
    const pos = p.pos()
    switch (p.tok()) {
      case Tok.Dot:
        p.next()
        e = selectorOrAssertion(p, e, pos)
        break
      case Tok.Lbrack:
        p.next()
        e = indexOrSlice(p, e, pos)
        break
      case Tok.Lparen: {
        p.next()
        const { args, ellipsis } = argumentList(p)
        e = { kind: 'CallExpr', pos: e.pos, end: p.lastEnd, fun: e, lparen: pos, args, ellipsis, rparen: p.lastEnd - 1 }
        break
      }
      case Tok.Lbrace: {
        if (!mayHaveLiteralValue(p, e)) return e
        if (unparen(e) !== e) p.syntaxError('cannot parenthesize type in composite literal')
        const lit = literalValue(p)
        lit.type = e
        lit.pos = e.pos
        e = lit
        break
      }
      default:
        return e
    }
  }
}

/**
 * Whether `{` after x opens a composite literal: after a type literal always; after a (possibly
 * qualified or instantiated) type name unless in a statement header, where it opens the body.
 */
function mayHaveLiteralValue (p: Parser, x: ast.Expr): boolean {
  const t = unparen(x)
  switch (t.kind) {
    case 'Ident':
    case 'SelectorExpr':
      return p.exprLevel >= 0
    case 'IndexExpr':
    case 'IndexListExpr':
      return p.exprLevel >= 0 && !mustBeValue(t)
    case 'ArrayType':
    case 'StructType':
    case 'MapType':
      return true
  }
  return false
}

/** After `x.`: a selector `x.name` or a type assertion `x.(T)` / `x.(type)`. */
function selectorOrAssertion (p: Parser, x: ast.Expr, dot: Pos): ast.Expr {
  if (p.tok() === Tok.Name) {
    const sel = p.name()
    return { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, dot, sel }
  }
  if (p.tok() === Tok.Lparen) {
    const lparen = p.pos()
    p.next()
    const t = p.got(Tok.Type) ? null : type(p)
    const rparen = p.pos()
    p.want(Tok.Rparen)
    return { kind: 'TypeAssertExpr', pos: x.pos, end: p.lastEnd, x, dot, lparen, type: t, rparen }
  }
  p.syntaxError('expecting name or (')
  p.skip(AFTER_SELECTOR)
  return x
}

/** After `x[`: an index or instantiation `x[a]`, `x[A, B]`, or a slice `x[lo:hi]`, `x[lo:hi:max]`. */
function indexOrSlice (p: Parser, x: ast.Expr, lbrack: Pos): ast.Expr {
  if (p.tok() === Tok.Rbrack) {
    // nothing between the brackets: complain, keep x
    p.syntaxError('expecting operand')
    p.next()
    return x
  }
  let low: ast.Expr | null = null
  if (p.tok() !== Tok.Colon) {
    const { list, comma } = typeArgumentList(p)
    if (comma || p.tok() === Tok.Rbrack) {
      const rbrack = p.pos()
      p.want(Tok.Rbrack)
      if (list.length === 1) return { kind: 'IndexExpr', pos: x.pos, end: p.lastEnd, x, lbrack, index: list[0], rbrack }
      return { kind: 'IndexListExpr', pos: x.pos, end: p.lastEnd, x, lbrack, indices: list, rbrack }
    }
    low = list[0]
  }
  if (!p.got(Tok.Colon)) {
    p.syntaxError('expecting comma, : or ]')
    p.skip(SLICE_COLON)
  }
  p.exprLevel++
  let high: ast.Expr | null = null
  let max: ast.Expr | null = null
  if (p.tok() !== Tok.Colon && p.tok() !== Tok.Rbrack) high = expression(p)
  const slice3 = p.tok() === Tok.Colon
  if (slice3) {
    if (high === null) {
      p.error('middle index required in 3-index slice')
      high = p.badExpr()
    }
    p.next()
    if (p.tok() === Tok.Rbrack) {
      p.error('final index required in 3-index slice')
      max = p.badExpr()
    } else {
      max = expression(p)
    }
  }
  p.exprLevel--
  const rbrack = p.pos()
  p.want(Tok.Rbrack)
  return { kind: 'SliceExpr', pos: x.pos, end: p.lastEnd, x, lbrack, low, high, max, slice3, rbrack }
}

/**
 * What stands between index brackets: an expression, then (after a comma, for instantiation)
 * types; `comma` tells whether a comma was seen.
 */
export function typeArgumentList (p: Parser): { list: ast.Expr[], comma: boolean } {
  p.exprLevel++
  const list = [expression(p)]
  let comma = false
  while (p.got(Tok.Comma)) {
    comma = true
    const t = typeOrNull(p)
    if (t === null) break
    list.push(t)
  }
  p.exprLevel--
  return { list, comma }
}

/** Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")", after the "(". */
function argumentList (p: Parser): { args: ast.Expr[], ellipsis: Pos } {
  const args: ast.Expr[] = []
  let ellipsis: Pos = NoPos
  p.exprLevel++
  p.list('argument list', Tok.Comma, Tok.Rparen, () => {
    args.push(expression(p))
    if (p.tok() !== Tok.DotDotDot) return false
    ellipsis = p.pos()
    p.next()
    return true // `...` ends the arguments
  })
  p.exprLevel--
  return { args, ellipsis }
}

/** LiteralValue = "{" [ ElementList [ "," ] ] "}" ; the caller fills in the type. */
export function literalValue (p: Parser): ast.CompositeLit {
  return p.nested(literalValueBody)
}

function literalValueBody (p: Parser): ast.CompositeLit {
  const lbrace = p.pos()
  const lit: ast.CompositeLit = { kind: 'CompositeLit', pos: lbrace, end: NoPos, type: null, lbrace, elts: [], rbrace: NoPos, incomplete: false }
  p.exprLevel++
  p.want(Tok.Lbrace)
  lit.rbrace = p.list('composite literal', Tok.Comma, Tok.Rbrace, () => {
    const key = element(p)
    if (p.tok() !== Tok.Colon) {
      lit.elts.push(key)
      return false
    }
    const colon = p.pos()
    p.next()
    const value = element(p)
    lit.elts.push({ kind: 'KeyValueExpr', pos: key.pos, end: value.end, key, colon, value })
    return false
  })
  p.exprLevel--
  lit.end = p.lastEnd
  return lit
}

/** Element = Expression | LiteralValue . */
function element (p: Parser): ast.Expr {
  return p.tok() === Tok.Lbrace ? literalValue(p) : expression(p)
}
