/** Assignability and assignments (types2 assignments.go, operand.go assignableTo). */
import type * as ast from '../syntax/ast.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { Var, type Const } from './objects.ts'
import { Typ, noType, underOf, type Type, type Basic } from './types.ts'
import { identical } from './identity.ts'
import { defaultType, hasName, isNonTypeParamInterface, isNumeric, isTypeParam, isUntyped } from './predicates.ts'
import { implicitTypeAndValue, updateExprType, expr, multiExpr, use } from './expr.ts'
import { implementsMsg, instantiateSignature, recordInstance } from './instantiate.ts'
import { inferFromTarget } from './infer.ts'
import { typeSet } from './typeset.ts'
import { declare } from './resolver.ts'
import { exprString } from '../syntax/index.ts'

/** whether x is assignable to T; `reason` receives an explanation when available */
export function assignableTo (check: Checker, x: Operand, T: Type, reason: { msg: string } | null): boolean {
  if (x.invalid || T === Typ.Invalid) return true
  const V = x.type
  if (identical(V, T)) return true
  const Vu = underOf(V)
  const Tu = underOf(T)
  const Vp = V.kind === 'typeparam' ? V : null
  const Tp = T.kind === 'typeparam' ? T : null
  if (isUntyped(Vu)) {
    if (Tp) {
      const terms = typeSet(Tp.iface).terms
      if (!terms || !terms.length) return false
      return terms.every(t => implicitTypeAndValue(check, x, t.type).type !== null)
    }
    return implicitTypeAndValue(check, x, T).type !== null
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp) return true
  if ((Tu.kind === 'interface' && !Tp) || (Tu.kind === 'pointer' && underOf(Tu.elem).kind === 'interface' && !isTypeParam(Tu.elem))) {
    const msg = implementsMsg(check, V, T, false)
    if (msg) { if (reason) reason.msg = msg; return false }
    return true
  }
  if (Vu.kind === 'interface' && !Vp) {
    if (!implementsMsg(check, T, V, false)) {
      if (reason) reason.msg = 'need type assertion'
      return false
    }
  }
  if (Vu.kind === 'chan' && Vu.dir === 0 && Tu.kind === 'chan' && identical(Vu.elem, Tu.elem)) return !hasName(V) || !hasName(T)
  if (!Vp && !Tp) return false
  if (!hasName(V) && Tp) {
    const terms = typeSet(Tp.iface).terms
    if (!terms || !terms.length) return false
    for (const t of terms) {
      const y = x.copy()
      if (!assignableTo(check, y, t.type, reason)) {
        if (reason) reason.msg = check.sprintf('cannot assign %s to %s (in %s)', x.type, t.type, Tp)
        return false
      }
    }
    return true
  }
  if (Vp && !hasName(T)) {
    const terms = typeSet(Vp.iface).terms
    if (!terms || !terms.length) return false
    for (const t of terms) {
      const y = x.copy()
      y.type = t.type
      if (!assignableTo(check, y, T, reason)) {
        if (reason) reason.msg = check.sprintf('cannot assign %s (in %s) to %s', t.type, Vp, T)
        return false
      }
    }
    return true
  }
  return false
}

/** checks that x can be assigned to a variable of type T (null: no target type, e.g. `_ =`) */
export function assignment (check: Checker, x: Operand, T: Type | null, ctx: string | (() => string)): void {
  let contextStr: string | null = typeof ctx === 'string' ? ctx : null
  // the context is only needed for messages: compute it lazily
  const ctxOf = () => contextStr ?? (contextStr = (ctx as () => string)())
  if (x.mode === 'value' && x.type.kind === 'tuple') {
    check.errorf(x, 'TooManyValues', 'multiple-value %s in single-value context', x)
    x.mode = 'invalid'
  }
  switch (x.mode) {
    case 'invalid': return
    case 'constant': case 'variable': case 'mapindex': case 'value': case 'nilvalue': case 'commaok': break
    default:
      check.errorf(x, 'IncompatibleAssign', 'cannot assign %s to %s in %s', x, T, ctxOf())
      return
  }
  if (isUntyped(x.type)) {
    let target = T
    if (x.isNil()) {
      if (!T) {
        check.errorf(x, 'UntypedNilUse', 'use of untyped nil in %s', ctxOf())
        x.mode = 'invalid'
        return
      }
    } else if (!T || isNonTypeParamInterface(T)) target = defaultType(x.type)
    const r = implicitTypeAndValue(check, x, target!)
    if (r.code) {
      let msg = check.sprintf('cannot use %s as %s value in %s', x, target, ctxOf())
      if (r.code === 'truncated') msg += ' (truncated)'
      else if (r.code === 'overflow') msg += ' (overflows)'
      check.errorf(x, r.code === 'truncated' ? 'TruncatedFloat' : r.code === 'overflow' ? 'NumericOverflow' : 'IncompatibleAssign', '%s', msg)
      x.mode = 'invalid'
      return
    }
    if (r.val) {
      x.val = r.val
      const info = x.expr ? check.untyped.get(x.expr) : undefined
      if (info) info.val = r.val
    }
    if (r.type !== x.type) {
      x.type = r.type!
      updateExprType(check, x.expr, r.type!, false)
    }
  }
  const u = underOf(x.type)
  if (u.kind === 'signature' && u.typeParams.length) {
    const targs = T ? inferFromTarget(u, T) : null
    if (targs) {
      const inst = instantiateSignature(u, targs)
      let id: ast.Expr | null = x.expr
      while (id && id.kind === 'ParenExpr') id = id.x
      if (id && id.kind === 'SelectorExpr') id = id.sel
      if (id && id.kind === 'Ident') recordInstance(check, id, targs, inst)
      if (x.expr) check.recordTypeAndValue(x.expr, 'value', inst, null)
      x.type = inst
    } else {
      check.errorf(x, 'WrongTypeArgCount', 'cannot use generic function %s without instantiation', x.expr)
      x.mode = 'invalid'
      return
    }
  }
  if (!T) return
  const reason = { msg: '' }
  if (!assignableTo(check, x, T, reason)) {
    if (reason.msg) check.errorf(x, 'IncompatibleAssign', 'cannot use %s as type %s in %s:\n\t%s', x, T, ctxOf(), reason.msg)
    else check.errorf(x, 'IncompatibleAssign', 'cannot use %s as type %s in %s', x, T, ctxOf())
    x.mode = 'invalid'
  }
}

export function initConst (check: Checker, lhs: Const, x: Operand): void {
  if (x.invalid || x.type === Typ.Invalid || lhs.type === Typ.Invalid) {
    if (lhs.type === noType) lhs.type = Typ.Invalid
    return
  }
  if (x.mode !== 'constant') {
    check.errorf(x, 'InvalidConstInit', '%s is not constant', x)
    if (lhs.type === noType) lhs.type = Typ.Invalid
    return
  }
  if (lhs.type === noType) lhs.type = x.type
  assignment(check, x, lhs.type, 'constant declaration')
  if (x.invalid) return
  lhs.val = x.val!
}

/** initializes lhs from x; returns x's type or null on error */
export function initVar (check: Checker, lhs: Var, x: Operand, context: string): Type | null {
  if (x.invalid || x.type === Typ.Invalid || lhs.type === Typ.Invalid) {
    if (lhs.type === noType) lhs.type = Typ.Invalid
    lhs.used = true
    return null
  }
  if (lhs.type === noType) {
    let t = x.type
    if (t.kind === 'signature' && t.typeParams.length) {
      check.errorf(x, 'WrongTypeArgCount', 'cannot use generic function %s without instantiation', x.expr)
      lhs.type = Typ.Invalid
      lhs.used = true
      return null
    }
    if (isUntyped(t)) {
      if (t === Typ.UntypedNil) {
        check.errorf(x, 'UntypedNilUse', 'use of untyped nil in %s', context)
        lhs.type = Typ.Invalid
        return null
      }
      t = defaultType(t)
    }
    lhs.type = t
  }
  assignment(check, x, lhs.type, context)
  if (x.invalid) { lhs.used = true; return null }
  return x.type
}

/** evaluates a list of expressions; a single multi-value call is unpacked; commaOk for `v, ok = ...` */
export function exprList (check: Checker, elist: ast.Expr[], allowCommaOk: boolean, allowGeneric = true): { xs: Operand[]; commaOk: boolean } {
  if (elist.length === 1) {
    const x = new Operand()
    multiExpr(check, x, elist[0], allowGeneric)
    if (!x.invalid && x.type.kind === 'tuple') {
      const t = x.type
      return {
        xs: t.vars.map(v => { const o = new Operand(); o.mode = 'value'; o.expr = elist[0]; o.type = v.type; return o }),
        commaOk: false,
      }
    }
    if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok')) {
      const x2 = new Operand()
      x2.mode = 'value'
      x2.expr = elist[0]
      x2.type = Typ.UntypedBool
      if (x.mode === 'mapindex') x.mode = 'value'
      if (x.mode === 'commaok') x.mode = 'value'
      return { xs: [x, x2], commaOk: true }
    }
    if (x.mode === 'mapindex' || x.mode === 'commaok') x.mode = 'value'
    return { xs: [x], commaOk: false }
  }
  const xs = elist.map(e => {
    const x = new Operand()
    expr(check, x, e, allowGeneric)
    return x
  })
  return { xs, commaOk: false }
}

function measure (n: number, unit: string): string { return `${n} ${unit}${n !== 1 ? 's' : ''}` }

function typesSummary (check: Checker, list: Type[]): string {
  return '(' + list.map(t => {
    if (t === Typ.Invalid || t === noType) return '<T>'
    if (isUntyped(t)) return isNumeric(t) ? 'number' : (t as Basic).name.replace('untyped ', '')
    return check.sprintf('%s', t)
  }).join(', ') + ')'
}

function assignError (check: Checker, rhs: ast.Expr[], nvars: number, nvals: number): void {
  const vars = measure(nvars, 'variable')
  const vals = measure(nvals, 'value')
  const rhs0 = rhs[0]
  if (rhs.length === 1) {
    let e = rhs0
    while (e.kind === 'ParenExpr') e = e.x
    if (e.kind === 'CallExpr') { check.errorf(rhs0, 'WrongAssignCount', 'assignment mismatch: %s but %s returns %s', vars, e.fun, vals); return }
  }
  check.errorf(rhs0, 'WrongAssignCount', 'assignment mismatch: %s but %s', vars, vals)
}

export function returnError (check: Checker, at: ast.Node | number, qualifier: string, rhs: Type[], lhs: Type[]): void {
  check.errorParts([[at, `${qualifier} return values`], [0, `have ${typesSummary(check, rhs)}`], [0, `want ${typesSummary(check, lhs)}`]], 'WrongResultCount')
}

export function initVars (check: Checker, lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.ReturnStmt | null): void {
  const { xs: rhs, commaOk } = exprList(check, origRhs, lhs.length === 2 && !returnStmt)
  if (lhs.length !== rhs.length) {
    for (const v of lhs) {
      v.used = true
      if (v.type === noType) v.type = Typ.Invalid
    }
    for (const x of rhs) if (x.invalid) return
    if (returnStmt) {
      let at: ast.Node | number = returnStmt
      let qualifier = 'not enough'
      if (rhs.length > lhs.length) { at = rhs[lhs.length].expr!; qualifier = 'too many' } else if (rhs.length > 0) at = rhs[rhs.length - 1].expr!
      returnError(check, at, qualifier, rhs.map(x => x.type), lhs.map(v => v.type))
      return
    }
    assignError(check, origRhs, lhs.length, rhs.length)
    return
  }
  const context = returnStmt ? 'return statement' : 'assignment'
  if (commaOk) {
    const a0 = initVar(check, lhs[0], rhs[0], context)
    const a1 = initVar(check, lhs[1], rhs[1], context)
    if (a0 && a1) check.recordCommaOkTypes(origRhs[0], [a0, a1])
    return
  }
  let ok = true
  lhs.forEach((v, i) => { if (!initVar(check, v, rhs[i], context)) ok = false })
  if (!ok) for (const v of lhs) v.used = true
}

function unparen (e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x
  return e
}

/** assigns x to the lhs expression; returns x's type or null */
export function assignVar (check: Checker, lhs: ast.Expr, x: Operand): Type | null {
  if (x.invalid || x.type === Typ.Invalid) { use(check, lhs); return null }
  const id = unparen(lhs)
  if (id.kind === 'Ident' && id.name === '_') {
    check.recordDef(id, null)
    assignment(check, x, null, 'assignment to _ identifier')
    if (x.invalid) return null
    return x.type
  }
  let v: Var | null = null
  let vUsed = false
  if (id.kind === 'Ident') {
    const r = check.env.scope.lookupParent(id.name, 0)
    if (r && r[1].kind === 'var' && r[1].pkg === check.pkg) { v = r[1]; vUsed = v.used }
  }
  const z = new Operand()
  expr(check, z, lhs)
  if (v) v.used = vUsed
  if (z.invalid || z.type === Typ.Invalid) return null
  if (z.mode !== 'variable' && z.mode !== 'mapindex') {
    if (z.expr && z.expr.kind === 'SelectorExpr') {
      const op = new Operand()
      expr(check, op, z.expr.x)
      if (op.mode === 'mapindex') {
        check.errorf(z, 'UnaddressableFieldAssign', 'cannot assign to struct field %s in map', exprString(z.expr))
        return null
      }
    }
    check.errorf(z, 'UnassignableOperand', 'cannot assign to %s', z)
    return null
  }
  assignment(check, x, z.type, 'assignment')
  if (x.invalid) return null
  return x.type
}

export function assignVars (check: Checker, lhs: ast.Expr[], origRhs: ast.Expr[]): void {
  const { xs: rhs, commaOk } = exprList(check, origRhs, lhs.length === 2)
  if (lhs.length !== rhs.length) {
    use(check, ...lhs)
    for (const x of rhs) if (x.invalid) return
    assignError(check, origRhs, lhs.length, rhs.length)
    return
  }
  if (commaOk) {
    const a0 = assignVar(check, lhs[0], rhs[0])
    const a1 = assignVar(check, lhs[1], rhs[1])
    if (a0 && a1) check.recordCommaOkTypes(origRhs[0], [a0, a1])
    return
  }
  let ok = true
  lhs.forEach((l, i) => { if (!assignVar(check, l, rhs[i])) ok = false })
  if (!ok) {
    for (const l of lhs) {
      const id = unparen(l)
      if (id.kind === 'Ident') {
        const r = check.env.scope.lookupParent(id.name, 0)
        if (r && r[1].kind === 'var' && r[1].pkg === check.pkg) r[1].used = true
      }
    }
  }
}

export function shortVarDecl (check: Checker, pos: ast.Node | number, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const top = check.delayedTop
  const scope = check.env.scope
  const seen = new Set<string>()
  const lhsVars: (Var | null)[] = []
  const newVars: Var[] = []
  let hasErr = false
  for (const l of lhs) {
    if (l.kind !== 'Ident') {
      use(check, l)
      check.errorf(l, 'BadDecl', 'non-name %s on left side of :=', l)
      hasErr = true
      lhsVars.push(null)
      continue
    }
    const name = l.name
    if (name !== '_') {
      if (seen.has(name)) { check.errorf(l, 'RepeatedDecl', '%s repeated on left side of :=', l); hasErr = true; lhsVars.push(null); continue }
      seen.add(name)
    }
    const alt = scope.lookup(name)
    if (alt) {
      check.recordUse(l, alt)
      if (alt.kind === 'var') lhsVars.push(alt)
      else { check.errorf(l, 'UnassignableOperand', 'cannot assign to %s', l); hasErr = true; lhsVars.push(null) }
      continue
    }
    const obj = new Var(l.pos, check.pkg, name, noType)
    lhsVars.push(obj)
    if (name !== '_') newVars.push(obj)
    check.recordDef(l, obj)
  }
  const vars = lhsVars.map((v, i) => v ?? new Var(lhs[i].pos, check.pkg, '_', noType))
  initVars(check, vars, rhs, null)
  check.processDelayed(top)
  if (newVars.length === 0 && !hasErr) {
    check.softErrorf(pos, 'NoNewVar', 'no new variables on left side of :=')
    return
  }
  const scopePos = rhs[rhs.length - 1].end
  for (const obj of newVars) {
    declare(check, scope, null, obj, scopePos)
    if (check.env.funcScope) check.varFuncScope.set(obj, check.env.funcScope)
  }
}
