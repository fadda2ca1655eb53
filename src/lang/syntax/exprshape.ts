/**
 * Questions about the shape of an expression that the parser (and error messages) ask: what it
 * looks like without parentheses, where gc places it, whether it can only be a value or only a
 * type element, and whether it reads as the start of a type parameter list.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'

/** The expression inside any parentheses. */
export function unparen (x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x
  return x
}

/**
 * Where gc's own syntax tree puts a node, which is where its messages point: an operator, the
 * dot of a selector, the bracket of an index, the parenthesis of a call, the brace of a literal.
 */
export function gcPos (x: ast.Expr): Pos {
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
      // after the `func` keyword
      return x.typeParams !== null ? x.typeParams.opening : x.params.opening
  }
  return x.pos
}

/** Whether x can only be a value, never a type (so `x {` cannot start a composite literal). */
export function mustBeValue (x: ast.Expr): boolean {
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
      return mustBeValue(x.x)
    case 'IndexExpr':
      return mustBeValue(x.x) || mustBeValue(x.index)
    case 'IndexListExpr':
      return mustBeValue(x.x)
  }
  return false
}

/** Whether x is written like a type literal or a constraint term (`~T`, `A | B` with one of those). */
export function looksLikeTypeElement (x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return true
    case 'BinaryExpr':
      return looksLikeTypeElement(x.x) || looksLikeTypeElement(x.y)
    case 'UnaryExpr':
      return x.op === '~' || looksLikeTypeElement(x.x)
    case 'StarExpr':
    case 'ParenExpr':
      return looksLikeTypeElement(x.x)
  }
  return false
}

/**
 * In `type T[…`, the expression parsed after `[` may be the first type parameter, `P C`, that
 * an expression parse read as `P * C`, `P | C` chains or `P(C)`. Splits it into the parameter
 * name and its constraint when it can be read so (`sure`: a comma follows, so it must be);
 * otherwise the name is null and the expression is an array length.
 */
export function splitTypeParam (x: ast.Expr, sure: boolean): { name: ast.Ident | null, constraint: ast.Expr | null } {
  if (x.kind === 'Ident') return { name: x, constraint: null }
  if (x.kind === 'BinaryExpr' && x.op === '*') {
    if (x.x.kind === 'Ident' && (sure || looksLikeTypeElement(x.y))) {
      return { name: x.x, constraint: { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y } }
    }
  } else if (x.kind === 'BinaryExpr' && x.op === '|') {
    const left = splitTypeParam(x.x, sure || looksLikeTypeElement(x.y))
    if (left.name !== null && left.constraint !== null) {
      const c = left.constraint
      return { name: left.name, constraint: { kind: 'BinaryExpr', pos: c.pos, end: x.end, x: c, opPos: x.opPos, op: '|', y: x.y } }
    }
  } else if (x.kind === 'CallExpr' && x.fun.kind === 'Ident') {
    if (x.args.length === 1 && x.ellipsis === NoPos && (sure || looksLikeTypeElement(x.args[0]))) {
      return { name: x.fun, constraint: x.args[0] }
    }
  }
  return { name: null, constraint: x }
}
