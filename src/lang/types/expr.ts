/** Expressions (types2 expr.go): operands, untyped constants, unary/binary operators, composite literals. */
import type * as ast from '../syntax/ast.ts'
import * as constant from '../constant/index.ts'
import type { Value } from '../constant/index.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import {
  ArrayType, BasicInfo, BasicKind, Pointer, Typ, underOf, type Basic, type Type,
} from './types.ts'
import {
  allBoolean, allInteger, allNumeric, allNumericOrString, allOrdered, allString, allUnsigned, comparable, coreType,
  defaultType, hasNil, isBoolean, isComplex, isGeneric, isInteger, isNonTypeParamInterface, isNumeric, isString,
  isTypeParam, isTyped, isUntyped,
} from './predicates.ts'
import { identical } from './identity.ts'
import { representableConst, type ReprError } from './const.ts'
import { ident, typ as typExpr, varType, validVarType } from './typexpr.ts'
import { assignment, assignableTo } from './assign.ts'
import { callExpr, selector, funcInst } from './call.ts'
import { indexExpr, sliceExpr, indexedElts } from './indexing.ts'
import { funcBody } from './stmt.ts'
import { deref, sameId } from './lookup.ts'
import { typeSet } from './typeset.ts'
import { missingMethod } from './lookup.ts'
import { missingMethodReason } from './instantiate.ts'
import { exprString } from '../syntax/index.ts'
import type { Mode } from './info.ts'
import type { TypeErrorCode } from './errors.ts'

const invalidOp = 'invalid operation: '

type Pred = (t: Type) => boolean
const unaryPreds: Record<string, Pred> = { '+': allNumeric, '-': allNumeric, '^': allInteger, '!': allBoolean }
const binaryPreds: Record<string, Pred> = {
  '+': allNumericOrString,
  '-': allNumeric,
  '*': allNumeric,
  '/': allNumeric,
  '%': allInteger,
  '&': allInteger,
  '|': allInteger,
  '^': allInteger,
  '&^': allInteger,
  '&&': allBoolean,
  '||': allBoolean,
}

function opCheck (check: Checker, m: Record<string, Pred>, x: Operand, op: string): boolean {
  const pred = m[op]
  if (!pred) { check.errorf(x, 'InvalidSyntaxTree', 'invalid AST: unknown operator %s', op); return false }
  if (!pred(x.type)) {
    check.errorf(x, 'UndefinedOp', invalidOp + 'operator %s not defined on %s', op, x)
    return false
  }
  return true
}

/** position of the operator of a binary / unary expression (syntax.Operation's Pos) */
export function opPos (e: ast.Expr | null): number {
  if (!e) return 0
  if (e.kind === 'BinaryExpr') return e.opPos
  return e.pos
}

function opName (e: ast.Expr | null): string {
  if (!e) return ''
  if (e.kind === 'UnaryExpr') return e.op === '^' ? 'bitwise complement' : ''
  if (e.kind === 'BinaryExpr') {
    switch (e.op) {
      case '+': return 'addition'
      case '-': return 'subtraction'
      case '^': return 'bitwise XOR'
      case '*': return 'multiplication'
      case '<<': return 'shift'
    }
  }
  return ''
}

export function overflow (check: Checker, x: Operand): void {
  if (!x.val) return
  if (x.val.kind === 'Unknown') {
    check.errorf(opPos(x.expr), 'NumericOverflow', 'constant result is not representable')
    return
  }
  if (isTyped(x.type)) {
    representable(check, x, underOf(x.type) as Basic)
    return
  }
  if (x.val.kind === 'Int' && constant.bitLen(x.val) > 512) {
    check.errorf(opPos(x.expr), 'NumericOverflow', 'constant %s overflow', opName(x.expr))
    x.val = constant.makeUnknown()
  }
}

export function representation (x: Operand, t: Basic): { v: Value | null; code: ReprError | null } {
  const out = { v: x.val! }
  if (!representableConst(x.val!, t, out)) {
    if (isNumeric(x.type) && isNumeric(t)) {
      if (!isInteger(x.type) && isInteger(t)) return { v: null, code: 'truncated' }
      return { v: null, code: 'overflow' }
    }
    return { v: null, code: 'invalid' }
  }
  return { v: out.v, code: null }
}

export function invalidConversion (check: Checker, code: ReprError | 'untyped', x: Operand, target: Type): void {
  let msg = 'cannot convert %s to %s'
  if (code === 'truncated') msg = '%s truncated to %s'
  else if (code === 'overflow') msg = '%s overflows %s'
  check.errorf(x, code === 'truncated' ? 'TruncatedFloat' : code === 'overflow' ? 'NumericOverflow' : 'InvalidUntypedConversion', msg, x, target)
}

export function representable (check: Checker, x: Operand, t: Basic): void {
  const r = representation(x, t)
  if (r.code) {
    invalidConversion(check, r.code, x, t)
    x.mode = 'invalid'
    return
  }
  x.val = r.v
}

// ---- untyped expressions

export function updateExprType (check: Checker, x: ast.Expr | null, t: Type, final: boolean): void {
  updateExprType0(check, null, x, t, final)
}

function updateExprType0 (check: Checker, parent: ast.Expr | null, x: ast.Expr | null, t: Type, final: boolean): void {
  if (!x) return
  const old = check.untyped.get(x)
  if (!old) return
  switch (x.kind) {
    case 'ParenExpr':
      updateExprType0(check, x, x.x, t, final)
      break
    case 'UnaryExpr':
      if (old.val) break
      updateExprType0(check, x, x.x, t, final)
      break
    case 'BinaryExpr':
      if (old.val) break
      if (isComparisonOp(x.op)) { /* result is untyped bool; operands keep their types */ } else if (x.op === '<<' || x.op === '>>') updateExprType0(check, x, x.x, t, final)
      else {
        updateExprType0(check, x, x.x, t, final)
        updateExprType0(check, x, x.y, t, final)
      }
      break
    default:
      break
  }
  if (!final && isUntyped(t)) {
    old.type = underOf(t) as Basic
    return
  }
  check.untyped.delete(x)
  if (old.isLhs) {
    if (!allInteger(t)) {
      check.errorf(x, 'InvalidShiftOperand', invalidOp + '%s (shift of type %s)', parent ?? x, t)
      return
    }
  }
  if (old.val) {
    const c = new Operand()
    c.mode = old.mode
    c.expr = x
    c.type = old.type
    c.val = old.val
    convertUntyped(check, c, t)
    if (c.invalid) return
  }
  check.recordTypeAndValue(x, old.mode, t, old.val)
}

function updateExprVal (check: Checker, x: ast.Expr | null, val: Value): void {
  if (!x) return
  const info = check.untyped.get(x)
  if (info) info.val = val
}

export function convertUntyped (check: Checker, x: Operand, target: Type): void {
  const r = implicitTypeAndValue(check, x, target)
  if (r.code) {
    let t = target
    if (!isTypeParam(target)) t = underOf(target)
    invalidConversion(check, r.code === 'untyped' ? 'invalid' : r.code, x, t)
    x.mode = 'invalid'
    return
  }
  if (r.val) {
    x.val = r.val
    updateExprVal(check, x.expr, r.val)
  }
  if (r.type !== x.type) {
    x.type = r.type!
    updateExprType(check, x.expr, r.type!, false)
  }
}

export function implicitTypeAndValue (check: Checker, x: Operand, target: Type): { type: Type | null; val: Value | null; code: ReprError | 'untyped' | null } {
  if (x.invalid || isTyped(x.type) || target === Typ.Invalid) return { type: x.type, val: null, code: null }
  if (isUntyped(target)) {
    const xk = (x.type as Basic).basicKind
    const tk = (target as Basic).basicKind
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return { type: target, val: null, code: null }
    } else if (xk !== tk) return { type: null, val: null, code: 'untyped' }
    return { type: x.type, val: null, code: null }
  }
  if (x.isNil()) {
    if (hasNil(target)) return { type: target, val: null, code: null }
    return { type: null, val: null, code: 'untyped' }
  }
  const u = underOf(target)
  switch (u.kind) {
    case 'basic':
      if (x.mode === 'constant') {
        const r = representation(x, u)
        if (r.code) return { type: null, val: null, code: r.code }
        return { type: target, val: r.v, code: null }
      }
      switch ((x.type as Basic).basicKind) {
        case BasicKind.UntypedBool: if (!isBoolean(target)) return { type: null, val: null, code: 'untyped' }; break
        case BasicKind.UntypedInt: case BasicKind.UntypedRune: case BasicKind.UntypedFloat: case BasicKind.UntypedComplex:
          if (!isNumeric(target)) return { type: null, val: null, code: 'untyped' }
          break
        case BasicKind.UntypedString: if (!isString(target)) return { type: null, val: null, code: 'untyped' }; break
        default: return { type: null, val: null, code: 'untyped' }
      }
      break
    case 'interface':
      if (isTypeParam(target)) {
        const terms = typeSet(u).terms
        if (!terms || !terms.length) return { type: null, val: null, code: 'untyped' }
        for (const term of terms) {
          const r = implicitTypeAndValue(check, x, underOf(term.type))
          if (!r.type) return { type: null, val: null, code: 'untyped' }
        }
        break
      }
      {
        const ts = typeSet(u)
        if (ts.methods.length || ts.terms !== null) return { type: null, val: null, code: 'untyped' }
      }
      return { type: defaultType(x.type), val: null, code: null }
    default:
      return { type: null, val: null, code: 'untyped' }
  }
  return { type: target, val: null, code: null }
}

// ---- operators

function isComparisonOp (op: string): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>='
}

export function kindString (check: Checker, t: Type): string {
  const u = underOf(t)
  switch (u.kind) {
    case 'array': return 'array'
    case 'slice': return 'slice'
    case 'struct': return 'struct'
    case 'pointer': return 'pointer'
    case 'signature': return 'func'
    case 'interface': return isTypeParam(t) ? check.sprintf('type parameter %s', t) : 'interface'
    case 'map': return 'map'
    case 'chan': return 'chan'
  }
  return check.sprintf('%s', t)
}

function incomparableCause (check: Checker, t: Type): string {
  const u = underOf(t)
  if (u.kind === 'slice' || u.kind === 'signature' || u.kind === 'map') return kindString(check, t) + ' can only be compared to nil'
  let cause = ''
  comparable(t, true, new Set(), (f, a) => { cause = check.sprintf(f, a) })
  return cause
}

export function comparison (check: Checker, x: Operand, y: Operand, op: string, switchCase: boolean): void {
  if (switchCase) op = '=='
  let errOp = x
  let cause = ''
  let ok = assignableTo(check, x, y.type, null)
  if (!ok) ok = assignableTo(check, y, x.type, null)
  let code: TypeErrorCode = 'UndefinedOp'
  error: {
    if (!ok) {
      errOp = y
      code = 'MismatchedTypes'
      cause = check.sprintf('mismatched types %s and %s', x.type, y.type)
      break error
    }
    if (op === '==' || op === '!=') {
      if (x.isNil() || y.isNil()) {
        const t = x.isNil() ? y.type : x.type
        if (!hasNil(t)) { errOp = y; break error }
      } else if (!comparable(x.type, true)) {
        errOp = x
        cause = incomparableCause(check, x.type)
        break error
      } else if (!comparable(y.type, true)) {
        errOp = y
        cause = incomparableCause(check, y.type)
        break error
      }
    } else {
      if (!allOrdered(x.type)) { errOp = x; break error }
      if (!allOrdered(y.type)) { errOp = y; break error }
    }
    if (x.mode === 'constant' && y.mode === 'constant') {
      x.val = constant.makeBool(constant.compare(x.val!, op as constant.CompareOp, y.val!))
    } else {
      x.mode = 'value'
      x.val = null
      updateExprType(check, x.expr, defaultType(x.type), true)
      updateExprType(check, y.expr, defaultType(y.type), true)
    }
    x.type = Typ.UntypedBool
    return
  }
  if (!cause) {
    if (isTypeParam(x.type) || isTypeParam(y.type)) {
      if (!isTypeParam(x.type)) errOp = y
      cause = check.sprintf('type parameter %s is not comparable with %s', errOp.type, op)
    } else cause = check.sprintf('operator %s not defined on %s', op, kindString(check, errOp.type))
  }
  if (switchCase) check.errorf(x, code, 'invalid case %s in switch on %s (%s)', x.expr, y.expr, cause)
  else check.errorf(errOp, code, invalidOp + '%s %s %s (%s)', x.expr, op, y.expr, cause)
  x.mode = 'invalid'
}

function shift (check: Checker, x: Operand, y: Operand, e: ast.Expr | null, op: '<<' | '>>'): void {
  let xval: Value | null = null
  if (x.mode === 'constant') xval = constant.toInt(x.val!)
  if (!(allInteger(x.type) || (isUntyped(x.type) && xval && xval.kind === 'Int'))) {
    check.errorf(x, 'InvalidShiftOperand', invalidOp + 'shifted operand %s must be integer', x)
    x.mode = 'invalid'
    return
  }
  if (y.mode === 'constant') {
    const yval = constant.toInt(y.val!)
    if (yval.kind === 'Int' && constant.sign(yval) < 0) {
      check.errorf(y, 'InvalidShiftCount', invalidOp + 'negative shift count %s', y)
      x.mode = 'invalid'
      return
    }
    if (isUntyped(y.type)) {
      representable(check, y, Typ.Uint)
      if (y.invalid) { x.mode = 'invalid'; return }
    }
  } else {
    if (allInteger(y.type)) { /* ok */ } else if (isUntyped(y.type)) {
      convertUntyped(check, y, Typ.Uint)
      if (y.invalid) { x.mode = 'invalid'; return }
    } else {
      check.errorf(y, 'InvalidShiftCount', invalidOp + 'shift count %s must be integer', y)
      x.mode = 'invalid'
      return
    }
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      if (x.val!.kind === 'Unknown' || y.val!.kind === 'Unknown') {
        x.val = constant.makeUnknown()
        if (!isInteger(x.type)) x.type = Typ.UntypedInt
        return
      }
      const yv = constant.toInt(y.val!)
      const s = yv.kind === 'Int' ? yv.value : -1n
      if (s < 0n || s > 1023n - 1n + 52n) {
        check.errorf(y, 'InvalidShiftCount', invalidOp + 'invalid shift count %s', y)
        x.mode = 'invalid'
        return
      }
      if (!isInteger(x.type)) x.type = Typ.UntypedInt
      x.val = constant.shift(xval!, op, Number(s))
      x.expr = e
      overflow(check, x)
      return
    }
    if (isUntyped(x.type)) {
      const info = x.expr ? check.untyped.get(x.expr) : undefined
      if (info) info.isLhs = true
      x.mode = 'value'
      x.val = null
      return
    }
  }
  if (!allInteger(x.type)) {
    check.errorf(x, 'InvalidShiftOperand', invalidOp + 'shifted operand %s must be integer', x)
    x.mode = 'invalid'
    return
  }
  x.mode = 'value'
  x.val = null
}

/** binary operation; e is the whole expression (null for `x op= y` statements) */
export function binary (check: Checker, x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: string): void {
  const y = new Operand()
  expr(check, x, lhs)
  expr(check, y, rhs)
  binaryOperands(check, x, y, e, lhs, rhs, op)
}

/**
 * A long left-nested chain `a + b + c + ...` checked iteratively (same results as the recursive
 * walk), so generated code with thousands of terms does not exhaust the stack.
 */
function binaryChain (check: Checker, x: Operand, e: ast.BinaryExpr): void {
  const spine: ast.BinaryExpr[] = []
  let cur: ast.Expr = e
  while (cur.kind === 'BinaryExpr') { spine.push(cur); cur = cur.x }
  expr(check, x, cur)
  for (let i = spine.length - 1; i >= 0; i--) {
    const b = spine[i]
    const y = new Operand()
    expr(check, y, b.y)
    if (x.invalid) {
      x.expr = b
      continue
    }
    binaryOperands(check, x, y, b, b.x, b.y, b.op)
    if (i > 0) {
      // what rawExpr does for the inner node when it is checked recursively
      if (x.invalid) { x.expr = b; continue }
      x.expr = b
      nonGeneric(check, x)
      check.record(x)
    }
  }
}

function binaryOperands (check: Checker, x: Operand, y: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: string): void {
  if (x.invalid) return
  if (y.invalid) { x.mode = 'invalid'; x.expr = y.expr; return }
  if (op === '<<' || op === '>>') { shift(check, x, y, e, op); return }
  const canMix = (a: Operand, b: Operand): boolean => {
    if (isNonTypeParamInterface(a.type) || isNonTypeParamInterface(b.type)) return true
    if (allBoolean(a.type) !== allBoolean(b.type)) return false
    if (allString(a.type) !== allString(b.type)) return false
    if (a.isNil() && !hasNil(b.type)) return false
    if (b.isNil() && !hasNil(a.type)) return false
    return true
  }
  if (canMix(x, y)) {
    convertUntyped(check, x, y.type)
    if (x.invalid) return
    convertUntyped(check, y, x.type)
    if (y.invalid) { x.mode = 'invalid'; return }
  }
  if (isComparisonOp(op)) { comparison(check, x, y, op, false); return }
  if (!identical(x.type, y.type)) {
    if (x.type !== Typ.Invalid && y.type !== Typ.Invalid) {
      if (e) check.errorf(x, 'MismatchedTypes', invalidOp + '%s (mismatched types %s and %s)', e, x.type, y.type)
      else check.errorf(x, 'MismatchedTypes', invalidOp + '%s %s= %s (mismatched types %s and %s)', lhs, op, rhs, x.type, y.type)
    }
    x.mode = 'invalid'
    return
  }
  if (!opCheck(check, binaryPreds, x, op)) { x.mode = 'invalid'; return }
  if (op === '/' || op === '%') {
    if ((x.mode === 'constant' || allInteger(x.type)) && y.mode === 'constant' && constant.sign(y.val!) === 0) {
      check.errorf(y, 'DivByZero', invalidOp + 'division by zero')
      x.mode = 'invalid'
      return
    }
    if (x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type)) {
      const re = constant.real(y.val!)
      const im = constant.imag(y.val!)
      if (constant.sign(re) === 0 && constant.sign(im) === 0) {
        check.errorf(y, 'DivByZero', invalidOp + 'division by zero')
        x.mode = 'invalid'
        return
      }
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    if (x.val!.kind === 'Unknown' || y.val!.kind === 'Unknown') { x.val = constant.makeUnknown(); return }
    let cop = op as constant.ConstBinaryOp
    if (op === '/' && isInteger(x.type)) cop = 'div'
    x.val = constant.binaryOp(x.val!, cop, y.val!)
    x.expr = e
    overflow(check, x)
    return
  }
  x.mode = 'value'
  x.val = null
}

function unary (check: Checker, x: Operand, e: ast.UnaryExpr): void {
  expr(check, x, e.x)
  if (x.invalid) return
  switch (e.op) {
    case '&': {
      let inner: ast.Expr = e.x
      while (inner.kind === 'ParenExpr') inner = inner.x
      if (inner.kind !== 'CompositeLit' && x.mode !== 'variable') {
        check.errorf(x, 'UnaddressableOperand', invalidOp + 'cannot take address of %s', x)
        x.mode = 'invalid'
        return
      }
      x.mode = 'value'
      x.val = null
      x.type = new Pointer(x.type)
      return
    }
    case '<-':
      check.unsupported(e, 'channels are')
      x.mode = 'invalid'
      return
    case '~':
      check.errorf(e, 'MisplacedTypeParam', 'cannot use ~ outside of interface or type constraint')
      x.mode = 'invalid'
      return
  }
  if (!opCheck(check, unaryPreds, x, e.op)) { x.mode = 'invalid'; return }
  if (x.mode === 'constant') {
    if (x.val!.kind === 'Unknown') return
    let prec = 0
    if (allUnsigned(x.type) && isTyped(x.type)) prec = sizeofBits(underOf(x.type) as Basic)
    x.val = constant.unaryOp(e.op as constant.ConstUnaryOp, x.val!, prec)
    x.expr = e
    overflow(check, x)
    return
  }
  x.mode = 'value'
}

function sizeofBits (t: Basic): number {
  switch (t.basicKind) {
    case BasicKind.Int8: case BasicKind.Uint8: return 8
    case BasicKind.Int16: case BasicKind.Uint16: return 16
    case BasicKind.Int32: case BasicKind.Uint32: case BasicKind.Float32: return 32
  }
  return 64
}

// ---- expression dispatch

export type ExprKind = 'conversion' | 'expression' | 'statement'

export function rawExpr (check: Checker, x: Operand, e: ast.Expr, hint: Type | null, allowGeneric: boolean): ExprKind {
  const kind = exprInternal(check, x, e, hint)
  if (!allowGeneric) nonGeneric(check, x)
  check.record(x)
  return kind
}

function nonGeneric (check: Checker, x: Operand): void {
  if (x.invalid || x.mode === 'novalue') return
  let what = ''
  if (x.type.kind === 'named' && isGeneric(x.type)) what = 'type'
  else if (x.type.kind === 'signature' && x.type.typeParams.length) what = 'function'
  if (what) {
    check.errorf(x.expr ?? 0, 'WrongTypeArgCount', 'cannot use generic %s %s without instantiation', what, x.expr)
    x.mode = 'invalid'
    x.type = Typ.Invalid
  }
}

function setConst (x: Operand, lit: ast.BasicLit): void {
  let kind: Basic
  switch (lit.litKind) {
    case 'INT': kind = Typ.UntypedInt; break
    case 'FLOAT': kind = Typ.UntypedFloat; break
    case 'IMAG': kind = Typ.UntypedComplex; break
    case 'CHAR': kind = Typ.UntypedRune; break
    default: kind = Typ.UntypedString
  }
  const v = constant.makeFromLiteral(lit.value, lit.litKind)
  if (v.kind === 'Unknown') { x.mode = 'invalid'; x.type = Typ.Invalid; return }
  x.mode = 'constant'
  x.type = kind
  x.val = v
}

function exprInternal (check: Checker, x: Operand, e: ast.Expr, hint: Type | null): ExprKind {
  x.mode = 'invalid'
  x.type = Typ.Invalid
  x.val = null
  x.id = null
  fail: {
    switch (e.kind) {
      case 'BadExpr': break fail
      case 'Ident': ident(check, x, e, null, false); break
      case 'Ellipsis': check.errorf(e, 'BadDotDotDotSyntax', "invalid use of '...'"); break fail
      case 'BasicLit':
        if (e.litKind !== 'STRING' && e.litKind !== 'CHAR' && e.value.length > 10000) {
          check.errorf(e, 'InvalidConstVal', 'excessively long constant: %s... (%d chars)', e.value.slice(0, 10), e.value.length)
          break fail
        }
        setConst(x, e)
        if (x.invalid) { check.errorf(e, 'InvalidConstVal', 'malformed constant: %s', e.value); break fail }
        break
      case 'FuncLit': {
        const sig = typExpr(check, e.type)
        if (sig.kind !== 'signature') break fail
        const decl = check.env.decl
        const iota = check.env.iota
        const outer = check.env
        check.later(() => {
          const saved = check.env
          check.env = { ...outer, decl, iota, isPanic: new Set(), hasLabel: false, hasCallOrRecv: false }
          try { funcBody(check, decl, '<function literal>', sig, e.body, iota, e) } finally { check.env = saved }
        })
        x.mode = 'value'
        x.type = sig
        break
      }
      case 'CompositeLit':
        if (!compositeLit(check, x, e, hint)) break fail
        break
      case 'ParenExpr': {
        const kind = rawExpr(check, x, e.x, null, false)
        x.expr = e
        return kind
      }
      case 'SelectorExpr': selector(check, x, e, null); break
      case 'IndexExpr': case 'IndexListExpr':
        if (indexExpr(check, x, e)) funcInst(check, x, e)
        if (x.invalid) break fail
        break
      case 'SliceExpr':
        sliceExpr(check, x, e)
        if (x.invalid) break fail
        break
      case 'TypeAssertExpr': {
        expr(check, x, e.x)
        if (x.invalid) break fail
        if (isTypeParam(x.type)) { check.errorf(x, 'InvalidAssert', invalidOp + 'cannot use type assertion on type parameter value %s', x); break fail }
        if (underOf(x.type).kind !== 'interface') { check.errorf(x, 'InvalidAssert', invalidOp + '%s is not an interface', x); break fail }
        if (!e.type) { check.errorf(e, 'BadTypeKeyword', 'use of .(type) outside type switch'); break fail }
        const T = varType(check, e.type)
        if (T === Typ.Invalid) break fail
        typeAssertion(check, e, x, T, false)
        x.mode = 'commaok'
        x.type = T
        break
      }
      case 'CallExpr': return callExpr(check, x, e)
      case 'StarExpr': {
        exprOrType(check, x, e.x, false)
        if (x.invalid) break fail
        if ((x.mode as string) === 'typexpr') {
          validVarType(check, e.x, x.type)
          x.type = new Pointer(x.type)
          break
        }
        const u = coreType(x.type)
        if (!u || u.kind !== 'pointer') {
          check.errorf(x, 'InvalidIndirection', invalidOp + 'cannot indirect %s', x)
          break fail
        }
        x.mode = 'variable'
        x.type = u.elem
        x.val = null
        break
      }
      case 'UnaryExpr':
        unary(check, x, e)
        if (x.invalid) break fail
        break
      case 'BinaryExpr':
        if (e.x.kind === 'BinaryExpr' && e.x.x.kind === 'BinaryExpr' && e.x.x.x.kind === 'BinaryExpr') binaryChain(check, x, e)
        else binary(check, x, e, e.x, e.y, e.op)
        if (x.invalid) break fail
        break
      case 'KeyValueExpr':
        check.errorf(e, 'InvalidSyntaxTree', 'invalid AST: no key:value expected')
        break fail
      case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
        x.mode = 'typexpr'
        x.type = typExpr(check, e)
        break
    }
    x.expr = e
    return 'expression'
  }
  x.mode = 'invalid'
  x.expr = e
  return 'statement'
}

function fieldIndex (fields: import('./objects.ts').Var[], pkg: import('./package.ts').Package, name: string): number {
  if (name === '_') return -1
  for (let i = 0; i < fields.length; i++) if (sameId(fields[i], pkg, name)) return i
  return -1
}

function compositeLit (check: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): boolean {
  let typ: Type
  let base: Type
  if (e.type) {
    if (e.type.kind === 'ArrayType' && e.type.len && e.type.len.kind === 'Ellipsis') {
      typ = new ArrayType(varType(check, e.type.elt), -1)
      base = typ
    } else {
      typ = typExpr(check, e.type)
      base = typ
      // T{} inside T's own declaration (an array length: `type T [len(T{})]int`)
      const u = typ.kind === 'named' ? typ.rawUnderlying : undefined
      if (typ.kind === 'named' && typ.obj !== null && check.objPath.includes(typ.obj) && (u === null || (u?.kind === 'array' && u.len < 0))) {
        check.errorf(e.type, 'InvalidDeclCycle', 'illegal cycle in type declaration')
        return false
      }
    }
  } else if (hint) {
    typ = hint
    const ct = coreType(typ)
    if (!ct) { check.errorf(e, 'InvalidLit', 'invalid composite literal element type %s: no core type', typ); return false }
    base = deref(ct)[0]
  } else {
    check.errorf(e, 'UntypedLit', 'missing type in composite literal')
    return false
  }
  const utyp = coreType(base)
  switch (utyp?.kind) {
    case 'struct': {
      if (!e.elts.length) break
      const fields = utyp.fields
      if (e.elts[0].kind === 'KeyValueExpr') {
        const visited = new Array<boolean>(fields.length).fill(false)
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') { check.errorf(el, 'MixedStructLit', 'mixture of field:value and value elements in struct literal'); continue }
          const key = el.key.kind === 'Ident' ? el.key : null
          expr(check, x, el.value)
          if (!key) { check.errorf(el, 'InvalidLitField', 'invalid field name %s in struct literal', el.key); continue }
          const i = fieldIndex(fields, check.pkg, key.name)
          if (i < 0) { check.errorf(el.key, 'MissingLitField', "unknown field '%s' in struct literal of type %s", key.name, base); continue }
          const fld = fields[i]
          check.recordUse(key, fld)
          assignment(check, x, fld.type, 'struct literal')
          if (visited[i]) { check.errorf(el, 'DuplicateLitField', 'duplicate field name %s in struct literal', key.name); continue }
          visited[i] = true
        }
      } else {
        let i = 0
        for (; i < e.elts.length; i++) {
          const el = e.elts[i]
          if (el.kind === 'KeyValueExpr') { check.errorf(el, 'MixedStructLit', 'mixture of field:value and value elements in struct literal'); continue }
          expr(check, x, el)
          if (i >= fields.length) { check.errorf(x, 'InvalidStructLit', 'too many values in %s{…}', base); break }
          const fld = fields[i]
          if (!fld.exported() && fld.pkg !== check.pkg) {
            check.errorf(x, 'UnexportedLitField', 'implicit assignment to unexported field %s in %s literal', fld.name, typ)
            continue
          }
          assignment(check, x, fld.type, 'struct literal')
        }
        if (e.elts.length < fields.length) check.errorf(e.rbrace, 'InvalidStructLit', 'too few values in %s{…}', base)
      }
      break
    }
    case 'array': {
      const n = indexedElts(check, e.elts, utyp.elem, utyp.len)
      if (utyp.len < 0) {
        utyp.len = n
        if (e.type) check.recordTypeAndValue(e.type, 'typexpr', utyp, null)
      }
      break
    }
    case 'slice':
      indexedElts(check, e.elts, utyp.elem, -1)
      break
    case 'map': {
      const keyIsInterface = isNonTypeParamInterface(utyp.key)
      const visited = new Map<string, Type[]>()
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') { check.errorf(el, 'MissingLitKey', 'missing key in map literal'); continue }
        exprWithHint(check, x, el.key, utyp.key)
        assignment(check, x, utyp.key, 'map literal')
        if (x.invalid) continue
        if (x.mode === 'constant') {
          const k = keyVal(x.val!)
          let dup = false
          const prev = visited.get(k)
          if (keyIsInterface) {
            if (prev && prev.some(t => identical(t, x.type))) dup = true
            visited.set(k, [...(prev ?? []), x.type])
          } else {
            dup = prev !== undefined
            visited.set(k, [])
          }
          if (dup) { check.errorf(x, 'DuplicateLitKey', 'duplicate key %s in map literal', exprString(el.key)); continue }
        }
        exprWithHint(check, x, el.value, utyp.elem)
        assignment(check, x, utyp.elem, 'map literal')
      }
      break
    }
    default:
      for (const el of e.elts) use(check, el.kind === 'KeyValueExpr' ? el.value : el)
      if (utyp !== Typ.Invalid) { check.errorf(e, 'InvalidLit', 'invalid composite literal type %s', typ); return false }
      return false
  }
  x.mode = 'value'
  x.type = typ
  x.val = null
  return true
}

/** a canonical key for duplicate detection of constant map keys / switch cases */
export function keyVal (v: Value): string {
  switch (v.kind) {
    case 'Complex': {
      const f = constant.toFloat(v)
      if (f.kind !== 'Float') return 'c' + constant.exactString(v)
      return keyVal(f)
    }
    case 'Float': {
      const i = constant.toInt(v)
      if (i.kind !== 'Int') return 'f' + constant.exactString(v)
      return keyVal(i)
    }
    case 'Int': return 'i' + v.value.toString()
    case 'String': return 's' + v.bytes
    case 'Bool': return 'b' + v.value
  }
  return 'u'
}

export function typeAssertion (check: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  const V = underOf(x.type)
  if (V.kind !== 'interface') return
  if (underOf(T).kind === 'interface') return
  const r = missingMethod(T, V, false, check.resolveFunc)
  if (!r.method) return
  const cause = missingMethodReason(check, T, x.type, r.method, r.alt)
  if (typeSwitch) {
    check.errorf(e, 'ImpossibleAssert', 'impossible type switch case: %s\n\t%s cannot have dynamic type %s %s', e, x, T, cause)
    return
  }
  check.errorf(e, 'ImpossibleAssert', 'impossible type assertion: %s\n\t%s does not implement %s %s', e, T, x.type, cause)
}

// ---- entry points

export function expr (check: Checker, x: Operand, e: ast.Expr, allowGeneric = false): void {
  rawExpr(check, x, e, null, allowGeneric)
  exclude(check, x, ['novalue', 'builtin', 'typexpr'])
  singleValue(check, x)
}

export function multiExpr (check: Checker, x: Operand, e: ast.Expr, allowGeneric = false): void {
  rawExpr(check, x, e, null, allowGeneric)
  exclude(check, x, ['novalue', 'builtin', 'typexpr'])
}

export function exprWithHint (check: Checker, x: Operand, e: ast.Expr, hint: Type): void {
  rawExpr(check, x, e, hint, false)
  exclude(check, x, ['novalue', 'builtin', 'typexpr'])
  singleValue(check, x)
}

export function exprOrType (check: Checker, x: Operand, e: ast.Expr, allowGeneric: boolean): void {
  rawExpr(check, x, e, null, allowGeneric)
  exclude(check, x, ['novalue'])
  singleValue(check, x)
}

function exclude (check: Checker, x: Operand, modes: string[]): void {
  if (!modes.includes(x.mode)) return
  let msg: string
  switch (x.mode) {
    case 'novalue': msg = modes.includes('typexpr') ? '%s used as value' : '%s used as value or type'; break
    case 'builtin': msg = '%s must be called'; break
    default: msg = '%s is not an expression'
  }
  check.errorf(x, x.mode === 'novalue' ? 'TooManyValues' : x.mode === 'builtin' ? 'UncalledBuiltin' : 'NotAnExpr', msg, x)
  x.mode = 'invalid'
}

export function singleValue (check: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type.kind === 'tuple') {
    check.errorf(x, 'TooManyValues', 'multiple-value %s in single-value context', x)
    x.mode = 'invalid'
  }
}

/** evaluates expressions for their side effects only (after errors), marking variables used */
export function use (check: Checker, ...es: (ast.Expr | null)[]): boolean {
  let ok = true
  for (const e of es) {
    if (!e) continue
    if (e.kind === 'Ident' && e.name === '_') continue
    const x = new Operand()
    rawExpr(check, x, e, null, false)
    if (x.invalid) ok = false
  }
  return ok
}

export function useLHS (check: Checker, ...es: ast.Expr[]): void {
  for (const e of es) {
    let v: import('./objects.ts').Var | null = null
    let used = false
    let id: ast.Expr = e
    while (id.kind === 'ParenExpr') id = id.x
    if (id.kind === 'Ident') {
      if (id.name === '_') continue
      const r = check.env.scope.lookupParent(id.name, 0)
      if (r && r[1].kind === 'var' && r[1].pkg === check.pkg) { v = r[1]; used = v.used }
    }
    use(check, e)
    if (v) v.used = used
  }
}

export type { Mode }
export { BasicInfo }
