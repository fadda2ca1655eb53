/** Index, slice and indexed composite-literal elements (types2 index.go). */
import type * as ast from '../syntax/ast.ts'
import * as constant from '../constant/index.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { ByteType, Slice, Typ, underOf, type ArrayType, type Type } from './types.ts'
import { allInteger, coreString, isString, isTypeParam, isUntyped } from './predicates.ts'
import { identical } from './identity.ts'
import { convertUntyped, expr, exprOrType, exprWithHint, use } from './expr.ts'
import { assignment } from './assign.ts'
import { varType } from './typexpr.ts'
import { representableConst } from './const.ts'
import { typeSet } from './typeset.ts'

const invalidOp = 'invalid operation: '
const invalidArg = 'invalid argument: '

/** x[i] or a generic instantiation f[T]; returns true if x is a generic function to instantiate */
export function indexExpr (check: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): boolean {
  exprOrType(check, x, e.x, true)
  const indices = e.kind === 'IndexExpr' ? [e.index] : e.indices
  if (x.invalid) { use(check, ...indices); return false }
  if (x.mode === 'typexpr') {
    x.mode = 'invalid'
    x.type = varType(check, e)
    if (x.type !== Typ.Invalid) x.mode = 'typexpr'
    return false
  }
  if (x.mode === 'value') {
    const u = underOf(x.type)
    if (u.kind === 'signature' && u.typeParams.length) return true
  }
  let valid = false
  let length = -1
  const typ = underOf(x.type)
  switch (typ.kind) {
    case 'basic':
      if (isString(typ)) {
        valid = true
        if (x.mode === 'constant') length = constant.stringVal(x.val!).length
        x.mode = 'value'
        x.val = null
        x.type = ByteType
      }
      break
    case 'array':
      valid = true
      length = typ.len
      if (x.mode !== 'variable') x.mode = 'value'
      x.type = typ.elem
      break
    case 'pointer': {
      const a = underOf(typ.elem)
      if (a.kind === 'array') { valid = true; length = a.len; x.mode = 'variable'; x.type = a.elem }
      break
    }
    case 'slice':
      valid = true
      x.mode = 'variable'
      x.type = typ.elem
      break
    case 'map': {
      const index = singleIndex(check, e)
      if (!index) { x.mode = 'invalid'; return false }
      const key = new Operand()
      expr(check, key, index)
      assignment(check, key, typ.key, 'map index')
      x.mode = 'mapindex'
      x.type = typ.elem
      x.expr = e
      return false
    }
    case 'interface': {
      if (!isTypeParam(x.type)) break
      const terms = typeSet(typ).terms
      if (!terms || !terms.length) break
      let key: Type | null = null
      let elem: Type | null = null
      let mode: Operand['mode'] = 'variable'
      let ok = true
      for (const t of terms) {
        const u = underOf(t.type)
        let l = -1
        let k: Type | null = null
        let el: Type | null = null
        if (u.kind === 'basic' && isString(u)) { el = ByteType; mode = 'value' } else if (u.kind === 'array') { l = u.len; el = u.elem; if (x.mode !== 'variable') mode = 'value' } else if (u.kind === 'pointer' && underOf(u.elem).kind === 'array') { const a = underOf(u.elem) as ArrayType; l = a.len; el = a.elem } else if (u.kind === 'slice') el = u.elem
        else if (u.kind === 'map') { k = u.key; el = u.elem }
        if (!el) { ok = false; break }
        if (!elem) { length = l; key = k; elem = el; continue }
        if ((key === null) !== (k === null) || (key && k && !identical(key, k)) || !identical(elem, el)) { ok = false; break }
        if (l >= 0 && l < length) length = l
      }
      if (ok && elem) {
        if (key) {
          const index = singleIndex(check, e)
          if (!index) { x.mode = 'invalid'; return false }
          const k = new Operand()
          expr(check, k, index)
          assignment(check, k, key, 'map index')
          x.mode = 'mapindex'
          x.type = elem
          x.expr = e
          return false
        }
        valid = true
        x.mode = mode
        x.type = elem
      }
      break
    }
  }
  if (!valid) {
    check.errorf(e.lbrack, 'NonIndexableOperand', invalidOp + 'cannot index %s', x)
    x.mode = 'invalid'
    return false
  }
  const index = singleIndex(check, e)
  if (!index) { x.mode = 'invalid'; return false }
  checkIndex(check, index, length)
  return false
}

function singleIndex (check: Checker, e: ast.IndexExpr | ast.IndexListExpr): ast.Expr | null {
  if (e.kind === 'IndexExpr') return e.index
  if (e.indices.length === 0) { check.errorf(e, 'InvalidSyntaxTree', 'invalid AST: missing index for %s', e.x); return null }
  if (e.indices.length > 1) check.errorf(e.indices[1], 'InvalidIndex', invalidOp + 'more than one index')
  return e.indices[0]
}

export function sliceExpr (check: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(check, x, e.x)
  if (x.invalid) { use(check, e.low, e.high, e.max); return }
  let valid = false
  let length = -1
  const u = coreString(x.type)
  if (!u) {
    check.errorf(x, 'NonSliceableOperand', invalidOp + 'cannot slice %s: %s has no core type', x, x.type)
    x.mode = 'invalid'
    return
  }
  switch (u.kind) {
    case 'basic':
      if (isString(u)) {
        if (e.slice3) {
          check.errorf(e.max ?? e, 'InvalidSliceExpr', invalidOp + '3-index slice of string')
          x.mode = 'invalid'
          return
        }
        valid = true
        if (x.mode === 'constant') length = constant.stringVal(x.val!).length
        if (isUntyped(x.type)) x.type = Typ.String
      }
      break
    case 'array':
      valid = true
      length = u.len
      if (x.mode !== 'variable') {
        check.errorf(x, 'NonSliceableOperand', invalidOp + '%s (slice of unaddressable value)', x)
        x.mode = 'invalid'
        return
      }
      x.type = new Slice(u.elem)
      break
    case 'pointer': {
      const a = underOf(u.elem)
      if (a.kind === 'array') { valid = true; length = a.len; x.type = new Slice(a.elem) }
      break
    }
    case 'slice':
      valid = true
      break
  }
  if (!valid) {
    check.errorf(x, 'NonSliceableOperand', invalidOp + 'cannot slice %s', x)
    x.mode = 'invalid'
    return
  }
  x.mode = 'value'
  x.val = null
  if (e.slice3 && (!e.high || !e.max)) {
    check.errorf(e, 'InvalidSyntaxTree', 'invalid AST: 2nd and 3rd index required in 3-index slice')
    x.mode = 'invalid'
    return
  }
  const idx = [e.low, e.high, e.max]
  const ind = [-1, -1, -1]
  idx.forEach((ex, i) => {
    let v = -1
    if (ex) {
      const max = length >= 0 ? length + 1 : -1
      const r = checkIndex(check, ex, max)
      if (r.val >= 0) v = r.val
    } else if (i === 0) v = 0
    else if (length >= 0) v = length
    ind[i] = v
  })
  outer: for (let i = 0; i < 2; i++) {
    const a = ind[i]
    if (a > 0) {
      for (let j = i + 1; j < 3; j++) {
        const b = ind[j]
        if (b >= 0 && b < a) {
          check.errorf(idx[j]!, 'SwappedSliceIndices', 'invalid slice indices: %d < %d', b, a)
          break outer
        }
      }
    }
  }
}

export function checkIndex (check: Checker, index: ast.Expr, max: number): { type: Type; val: number } {
  const x = new Operand()
  expr(check, x, index)
  if (!isValidIndex(check, x, 'index', false)) return { type: Typ.Invalid, val: -1 }
  if (x.mode !== 'constant') return { type: x.type, val: -1 }
  if (x.val!.kind === 'Unknown') return { type: Typ.Invalid, val: -1 }
  const v = x.val!.kind === 'Int' ? Number(x.val!.value) : -1
  if (max >= 0 && v >= max) {
    check.errorf(x, 'InvalidIndex', invalidArg + 'index %s out of bounds [0:%d]', constant.toString(x.val!), max)
    return { type: Typ.Invalid, val: -1 }
  }
  return { type: x.type, val: v }
}

export function isValidIndex (check: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.invalid) return false
  convertUntyped(check, x, Typ.Int)
  if (x.invalid) return false
  if (!allInteger(x.type)) {
    check.errorf(x, 'InvalidIndex', invalidArg + '%s %s must be integer', what, x)
    return false
  }
  if (x.mode === 'constant') {
    if (!allowNegative && constant.sign(x.val!) < 0) {
      check.errorf(x, 'InvalidIndex', invalidArg + '%s %s must not be negative', what, x)
      return false
    }
    const out = { v: x.val! }
    if (!representableConst(x.val!, Typ.Int, out)) {
      check.errorf(x, 'InvalidIndex', invalidArg + '%s %s overflows int', what, x)
      return false
    }
    x.val = out.v
  }
  return true
}

export function indexedElts (check: Checker, elts: ast.Expr[], typ: Type, length: number): number {
  const visited = new Set<number>()
  let index = 0
  let max = 0
  for (const e of elts) {
    let validIndex = false
    let ev = e
    if (e.kind === 'KeyValueExpr') {
      const r = checkIndex(check, e.key, length)
      if (r.type !== Typ.Invalid) {
        if (r.val >= 0) { index = r.val; validIndex = true } else check.errorf(e, 'InvalidLitIndex', 'index %s must be integer constant', e.key)
      }
      ev = e.value
    } else if (length >= 0 && index >= length) {
      check.errorf(e, 'OversizeArrayLit', 'index %d is out of bounds (>= %d)', index, length)
    } else validIndex = true
    if (validIndex) {
      if (visited.has(index)) check.errorf(e, 'DuplicateLitKey', 'duplicate index %d in array or slice literal', index)
      visited.add(index)
    }
    index++
    if (index > max) max = index
    const x = new Operand()
    exprWithHint(check, x, ev, typ)
    assignment(check, x, typ, 'array or slice literal')
  }
  return max
}
