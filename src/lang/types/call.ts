/** Calls, conversions, selectors and function instantiation (types2 call.go). */
import type * as ast from '../syntax/ast.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { Var, type Func } from './objects.ts'
import { Signature, Slice, Tuple, Typ, underOf, type Named, type Type } from './types.ts'
import { coreType, isTypeParam } from './predicates.ts'
import { exprOrType, rawExpr, use, type ExprKind } from './expr.ts'
import { exprList, assignment, returnError } from './assign.ts'
import { conversion } from './conversions.ts'
import { builtin } from './builtins.ts'
import { indexExpr } from './indexing.ts'
import { typeList, addDeclDep } from './typexpr.ts'
import { infer, isParameterized } from './infer.ts'
import { instantiateSignature, makeSubstMap, recordInstance, verify } from './instantiate.ts'
import { substType } from './subst.ts'
import { lookupFieldOrMethod } from './lookup.ts'
import { objDecl } from './decl.ts'
import { isMethodSetInterface } from './typeset.ts'
import type { SelectionKind } from './info.ts'

function calleeIdent (e: ast.Expr): ast.Ident | null {
  while (e.kind === 'ParenExpr') e = e.x
  if (e.kind === 'Ident') return e
  if (e.kind === 'SelectorExpr') return e.sel
  if (e.kind === 'IndexExpr' || e.kind === 'IndexListExpr') return calleeIdent(e.x)
  return null
}

function indexList (e: ast.IndexExpr | ast.IndexListExpr): ast.Expr[] {
  return e.kind === 'IndexExpr' ? [e.index] : e.indices
}

/** explicit instantiation `f[int]` without a call */
export function funcInst (check: Checker, x: Operand, inst: ast.IndexExpr | ast.IndexListExpr): void {
  const xlist = indexList(inst)
  const targs0 = typeList(check, xlist)
  if (!targs0) { x.mode = 'invalid'; x.expr = inst; return }
  const sig = x.type as Signature
  let targs = targs0
  const got = targs.length
  const want = sig.typeParams.length
  if (got > want) {
    check.errorf(xlist[got - 1], 'WrongTypeArgCount', 'got %d type arguments but want %d', got, want)
    x.mode = 'invalid'
    x.expr = inst
    return
  }
  if (got < want) {
    const r = infer(check, inst.lbrack, sig.typeParams, targs, null, [])
    if (!r) { x.mode = 'invalid'; x.expr = inst; return }
    targs = r
  }
  const res = instSignature(check, inst.lbrack, sig, targs, xlist)
  const id = calleeIdent(inst.x)
  if (id) recordInstance(check, id, targs, res)
  x.type = res
  x.mode = 'value'
  x.expr = inst
}

function instSignature (check: Checker, pos: number, sig: Signature, targs: Type[], xlist: ast.Expr[]): Signature {
  const inst = instantiateSignature(sig, targs)
  check.later(() => {
    const r = verify(check, sig.typeParams, targs)
    if (r) check.softErrorf(r.index < xlist.length ? xlist[r.index] : pos, 'InvalidTypeArg', '%s', r.msg)
  })
  return inst
}

export function callExpr (check: Checker, x: Operand, call: ast.CallExpr): ExprKind {
  let inst: ast.IndexExpr | ast.IndexListExpr | null = null
  const fun = call.fun
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') {
    if (indexExpr(check, x, fun)) inst = fun
    x.expr = fun
    check.record(x)
  } else {
    exprOrType(check, x, fun, true)
  }
  switch (x.mode) {
    case 'invalid':
      use(check, ...call.args)
      x.expr = call
      return 'statement'
    case 'typexpr': {
      const T = x.type
      x.mode = 'invalid'
      if (T.kind === 'named' && T.typeParams.length && !T.typeArgs.length) {
        check.errorf(fun, 'WrongTypeArgCount', 'cannot use generic type %s without instantiation', T)
        x.expr = call
        return 'conversion'
      }
      const n = call.args.length
      if (n === 0) check.errorf(call.rparen, 'WrongArgCount', 'missing argument in conversion to %s', T)
      else if (n === 1) {
        x.expr = null
        rawExprSingle(check, x, call.args[0])
        if (!x.invalid) {
          const u = underOf(T)
          if (u.kind === 'interface' && !isTypeParam(T) && !isMethodSetInterface(u)) {
            check.errorf(call, 'MisplacedConstraintIface', 'cannot use interface %s in conversion (contains specific type constraints or is comparable)', T)
          } else if (call.ellipsis) {
            check.errorf(call.args[0], 'BadDotDotDotSyntax', 'invalid use of ... in type conversion to %s', T)
            x.mode = 'invalid'
          } else conversion(check, x, T)
        }
      } else {
        use(check, ...call.args)
        check.errorf(call.args[n - 1], 'WrongArgCount', 'too many arguments in conversion to %s', T)
      }
      x.expr = call
      return 'conversion'
    }
    case 'builtin': {
      const id = x.id!
      if (!builtin(check, x, call, id)) x.mode = 'invalid'
      x.expr = call
      if (!x.invalid && (x.mode as string) !== 'constant') check.env.hasCallOrRecv = true
      return id === 'panic' || id === 'print' || id === 'println' || id === 'copy' || id === 'delete' || id === 'recover' || id === 'clear' || id === 'close' ? 'statement' : 'expression'
    }
  }
  const sig0 = coreType(x.type)
  if (!sig0 || sig0.kind !== 'signature') {
    check.errorf(x, 'InvalidCall', 'invalid operation: cannot call non-function %s', x)
    x.mode = 'invalid'
    x.expr = call
    return 'statement'
  }
  let sig: Signature = sig0
  let xlist: ast.Expr[] = []
  let targs: Type[] = []
  if (inst) {
    xlist = indexList(inst)
    const t = typeList(check, xlist)
    if (!t) { use(check, ...call.args); x.mode = 'invalid'; x.expr = call; return 'statement' }
    targs = t
    const got = targs.length
    const want = sig.typeParams.length
    if (got > want) {
      check.errorf(xlist[want], 'WrongTypeArgCount', 'got %d type arguments but want %d', got, want)
      use(check, ...call.args)
      x.mode = 'invalid'
      x.expr = call
      return 'statement'
    }
  }
  const { xs: args } = exprList(check, call.args, false)
  const isGeneric = sig.typeParams.length > 0
  sig = arguments_(check, call, sig, targs, args, xlist)
  if (isGeneric && sig.typeParams.length === 0) check.recordTypeAndValue(call.fun, 'value', sig, null)
  switch (sig.results.length) {
    case 0: x.mode = 'novalue'; break
    case 1: x.mode = 'value'; x.type = sig.results.vars[0].type; break
    default: x.mode = 'value'; x.type = sig.results
  }
  x.val = null
  x.expr = call
  check.env.hasCallOrRecv = true
  if (x.mode === 'value' && sig.typeParams.length > 0 && isParameterized(sig.typeParams, x.type)) x.mode = 'invalid'
  return 'statement'
}

function rawExprSingle (check: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(check, x, e, null, false)
  if (x.mode === 'novalue') { check.errorf(x, 'TooManyValues', '%s used as value', x); x.mode = 'invalid' } else if (x.mode === 'builtin') { check.errorf(x, 'UncalledBuiltin', '%s must be called', x); x.mode = 'invalid' } else if (x.mode === 'typexpr') { check.errorf(x, 'NotAnExpr', '%s is not an expression', x); x.mode = 'invalid' } else if (x.mode === 'value' && x.type.kind === 'tuple') {
    check.errorf(x, 'TooManyValues', 'multiple-value %s in single-value context', x)
    x.mode = 'invalid'
  }
}

function arguments_ (check: Checker, call: ast.CallExpr, sig: Signature, targs: Type[], args: Operand[], xlist: ast.Expr[]): Signature {
  let rsig = sig
  for (const a of args) {
    if (a.mode === 'typexpr') { check.errorf(a, 'NotAnExpr', '%s used as value', a); return rsig }
    if (a.invalid) return rsig
  }
  const nargs = args.length
  let npars = sig.params.length
  const ddd = call.ellipsis !== 0
  let sigParams = sig.params
  let adjusted = false
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        check.errorf(call, 'InvalidDotDotDot', 'cannot use ... with %d-valued %s', nargs, call.args[0])
        return rsig
      }
    } else if (nargs >= npars - 1) {
      const vars = sig.params.vars.slice(0, npars - 1)
      const last = sig.params.vars[npars - 1]
      const elem = (last.type as Slice).elem
      while (vars.length < nargs) vars.push(new Var(last.pos, last.pkg, last.name, elem))
      sigParams = new Tuple(vars)
      adjusted = true
      npars = nargs
    } else npars--
  } else if (ddd) {
    check.errorf(call, 'NonVariadicDotDotDot', 'cannot use ... in call to non-variadic %s', call.fun)
    return rsig
  }
  if (nargs !== npars) {
    let at: ast.Node | number = call
    let qualifier = 'not enough'
    if (nargs > npars) { at = args[npars].expr!; qualifier = 'too many' } else if (nargs > 0) at = args[nargs - 1].expr!
    const have = '(' + args.map(a => summaryType(check, a.type)).join(', ') + ')'
    const want = '(' + sig.params.vars.map((v, i) => sig.variadic && i === sig.params.vars.length - 1 ? '...' + check.sprintf('%s', (v.type as Slice).elem) : summaryType(check, v.type)).join(', ') + ')'
    check.errorParts([[at, check.sprintf('%s arguments in call to %s', qualifier, call.fun)], [0, 'have ' + have], [0, 'want ' + want]], 'WrongArgCount')
    return rsig
  }
  if (sig.typeParams.length > 0) {
    const inferred = infer(check, call.lparen, sig.typeParams, targs, sigParams, args)
    if (!inferred) return rsig
    rsig = instSignature(check, call.lparen, sig, inferred, xlist)
    const id = calleeIdent(call.fun)
    if (id) recordInstance(check, id, inferred, rsig)
    if (adjusted) sigParams = substType(sigParams, makeSubstMap(sig.typeParams, inferred)) as Tuple
    else sigParams = rsig.params
  }
  if (args.length) {
    const context = () => check.sprintf('argument to %s', call.fun)
    args.forEach((a, i) => assignment(check, a, sigParams.vars[i].type, context))
  }
  return rsig
}

function summaryType (check: Checker, t: Type): string {
  if (t === Typ.Invalid) return '<T>'
  if (t.kind === 'basic' && t.name.startsWith('untyped ')) {
    return (t.info & (2 | 8 | 16)) ? 'number' : t.name.replace('untyped ', '')
  }
  return check.sprintf('%s', t)
}

function recordSelection (check: Checker, e: ast.SelectorExpr, kind: SelectionKind, recv: Type, obj: Var | Func, index: number[], indirect: boolean, type: Type): void {
  check.info.selections.set(e, { kind, recv, obj, index, indirect, type })
}

/** x.sel: qualified identifiers, fields, methods, method expressions */
export function selector (check: Checker, x: Operand, e: ast.SelectorExpr, def: Named | null): void {
  const sel = e.sel.name
  fail: {
    if (e.x.kind === 'Ident') {
      const r = check.env.scope.lookupParent(e.x.name, 0)
      if (r && r[1].kind === 'pkgname') {
        const pname = r[1]
        check.recordUse(e.x, pname)
        pname.used = true
        const pkg = pname.imported
        const exp = pkg.scope.lookup(sel)
        if (!exp) {
          if (!pkg.fake) check.errorf(e.sel, 'UndeclaredImportedName', 'undefined: %s.%s', pkg.name, sel)
          break fail
        }
        // gc 1.19 imports export data, which lacks unexported objects: it reports them as undefined
        if (!exp.exported()) { check.errorf(e.sel, 'UnexportedName', 'undefined: %s.%s', pkg.name, sel); break fail }
        check.recordUse(e.sel, exp)
        switch (exp.kind) {
          case 'const': x.mode = 'constant'; x.type = exp.type; x.val = exp.val; break
          case 'typename': x.mode = 'typexpr'; x.type = exp.type; break
          case 'var': x.mode = 'variable'; x.type = exp.type; break
          case 'func': x.mode = 'value'; x.type = exp.type; break
          case 'builtin': x.mode = 'builtin'; x.type = exp.type; x.id = exp.builtinId; break
          default: break fail
        }
        x.expr = e
        return
      }
    }
    exprOrType(check, x, e.x, false)
    switch (x.mode) {
      case 'typexpr':
        if (def && x.type === def) { check.errorf(e, 'InvalidDeclCycle', 'invalid recursive type %s', def); break fail }
        break
      case 'builtin':
        check.errorf(e.dot, 'MissingFieldOrMethod', 'cannot select on %s', x)
        break fail
      case 'invalid':
        break fail
    }
    const r = lookupFieldOrMethod(x.type, x.mode === 'variable', check.pkg, sel)
    if (!r.obj) {
      if (underOf(x.type) === Typ.Invalid) break fail
      if (r.ambiguous) { check.errorf(e.sel, 'AmbiguousSelector', 'ambiguous selector %s.%s', x.expr, sel); break fail }
      if (r.needsAddr) { check.errorf(e.sel, 'InvalidMethodExpr', 'cannot call pointer method %s on %s', sel, x.type); break fail }
      let why: string
      const u = underOf(x.type)
      if (u.kind === 'pointer' && underOf(u.elem).kind === 'interface' && !isTypeParam(u.elem)) {
        why = check.sprintf('type %s is pointer to interface, not interface', x.type)
      } else {
        why = check.sprintf('type %s has no field or method %s', x.type, sel)
        if (sel.length) {
          const c = sel[0]
          const changed = (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + sel.slice(1)
          const r2 = lookupFieldOrMethod(x.type, x.mode === 'variable', check.pkg, changed)
          if (r2.obj) why += ', but does have ' + changed
        }
      }
      check.errorf(e.sel, 'MissingFieldOrMethod', '%s.%s undefined (%s)', x.expr, sel, why)
      break fail
    }
    const obj = r.obj
    if (obj.kind === 'func') check.resolveFunc(obj)
    check.recordUse(e.sel, obj.origin as Var | Func)
    if (x.mode === 'typexpr') {
      if (obj.kind !== 'func') {
        check.errorf(e.sel, 'MissingFieldOrMethod', '%s.%s undefined (type %s has no method %s)', x.expr, sel, x.type, sel)
        break fail
      }
      const sig = obj.type as Signature
      if (!sig.recv) { check.errorf(e, 'InvalidDeclCycle', 'illegal cycle in method declaration'); break fail }
      let name = ''
      if (sig.params.length > 0 && sig.params.vars[0].name !== '') name = sig.recv.name || '_'
      const params = [new Var(sig.recv.pos, sig.recv.pkg, name, x.type), ...sig.params.vars]
      const t = new Signature(null, new Tuple(params), sig.results, sig.variadic)
      recordSelection(check, e, 'methodExpr', x.type, obj, r.index!, r.indirect, t)
      x.mode = 'value'
      x.type = t
      addDeclDep(check, obj.origin)
    } else if (obj.kind === 'var') {
      recordSelection(check, e, 'field', x.type, obj, r.index!, r.indirect, obj.type)
      x.mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value'
      x.type = obj.type
    } else {
      const sig = obj.type as Signature
      const t = new Signature(null, sig.params, sig.results, sig.variadic)
      t.typeParams = sig.typeParams
      recordSelection(check, e, 'method', x.type, obj, r.index!, r.indirect, t)
      x.mode = 'value'
      x.type = t
      addDeclDep(check, obj.origin)
    }
    x.val = null
    x.expr = e
    return
  }
  x.mode = 'invalid'
  x.expr = e
}

export { objDecl, returnError }
