/** Type expressions (types2 typexpr.go, signature.go, struct.go, interface.go). */
import type * as ast from '../syntax/ast.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { Scope } from './scope.ts'
import { Func, TypeName, Var, isExported as isExportedName } from './objects.ts'
import {
  ArrayType, Chan, ChanDir, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Term, Tuple, Typ, Union,
  underOf, type Type, type TypeParam,
} from './types.ts'
import { objDecl, collectTypeParams, unionTermExprs, recordUnionExprs } from './decl.ts'
import { declare, unpackRecv } from './resolver.ts'
import { expr } from './expr.ts'
import { selector } from './call.ts'
import { comparable, isGeneric, isInteger, isTypeParam, isUntyped } from './predicates.ts'
import { toInt, int64Val, unquoteString } from './constval.ts'
import { representableConst } from './const.ts'
import { instance, recordInstance, verify } from './instantiate.ts'
import { typeSet } from './typeset.ts'
import { universeIota } from './universe.ts'
import { deref } from './lookup.ts'

/** resolves identifier e into operand x */
export function ident (check: Checker, x: Operand, e: ast.Ident, def: Named | null, wantType: boolean): void {
  x.mode = 'invalid'
  x.expr = e
  x.type = Typ.Invalid
  const r = check.env.scope.lookupParent(e.name, 0)
  if (!r) {
    if (e.name === '_') check.errorf(e, 'InvalidBlank', 'cannot use _ as value or type')
    else check.errorf(e, 'UndeclaredName', 'undefined: %s', e.name)
    return
  }
  const [scope, obj] = r
  check.recordUse(e, obj)
  if (obj.color !== 'black' && (check.objMap.has(obj) || (obj.kind === 'typename' && wantType))) objDecl(check, obj, def)
  const typ = obj.type
  if (scope.comment.startsWith('file ')) {
    const p = check.dotImportMap.get(scope.comment + '\u0000' + obj.name)
    if (p) p.used = true
  }
  switch (obj.kind) {
    case 'pkgname':
      check.errorf(e, 'InvalidPkgUse', 'use of package %s without selector', obj.name)
      return
    case 'const':
      addDeclDep(check, obj)
      if (typ === Typ.Invalid) return
      if (obj === universeIota) {
        if (!check.env.iota) { check.errorf(e, 'InvalidIota', 'cannot use iota outside constant declaration'); return }
        x.val = check.env.iota
      } else x.val = obj.val
      x.mode = 'constant'
      break
    case 'typename':
      x.mode = 'typexpr'
      break
    case 'var':
      if (obj.pkg === check.pkg) obj.used = true
      addDeclDep(check, obj)
      noteCapture(check, obj)
      if (typ === Typ.Invalid) return
      x.mode = 'variable'
      break
    case 'func':
      addDeclDep(check, obj)
      x.mode = 'value'
      break
    case 'builtin':
      x.id = obj.builtinId
      x.mode = 'builtin'
      break
    case 'nil':
      x.mode = 'nilvalue'
      break
    default:
      return
  }
  x.type = typ
}

/** records a dependency of the current package-level declaration on obj (for init order) */
export function addDeclDep (check: Checker, obj: import('./objects.ts').Obj): void {
  const from = check.env.decl
  if (!from) return
  if (!check.objMap.has(obj)) return
  from.deps.add(obj)
}

/** marks a local variable referenced from a nested function literal as captured */
function noteCapture (check: Checker, v: Var): void {
  const fs = check.varFuncScope.get(v)
  if (fs && check.env.funcScope && fs !== check.env.funcScope && !v.captured) {
    v.captured = true
    check.info.captured.add(v)
  }
}

export function typ (check: Checker, e: ast.Expr): Type { return definedType(check, e, null) }

export function varType (check: Checker, e: ast.Expr): Type {
  const t = definedType(check, e, null)
  validVarType(check, e, t)
  return t
}

export function validVarType (check: Checker, e: ast.Expr, t: Type): void {
  if (isTypeParam(t)) return
  check.later(() => {
    const u = underOf(t)
    if (u.kind === 'interface') {
      const ts = typeSet(u)
      if (ts.terms !== null || ts.comparable) {
        if (ts.comparable && ts.terms === null) check.softErrorf(e, 'MisplacedConstraintIface', 'cannot use type %s outside a type constraint: interface is (or embeds) comparable', t)
        else check.softErrorf(e, 'MisplacedConstraintIface', 'cannot use type %s outside a type constraint: interface contains type constraints', t)
      }
    }
  })
}

export function definedType (check: Checker, e: ast.Expr, def: Named | null): Type {
  let t = typInternal(check, e, def)
  if (isGeneric(t)) {
    check.errorf(e, 'WrongTypeArgCount', 'cannot use generic type %s without instantiation', t)
    t = Typ.Invalid
  }
  check.recordTypeAndValue(e, 'typexpr', t, null)
  return t
}

export function genericType (check: Checker, e: ast.Expr, reportErr: boolean): Type {
  let t = typInternal(check, e, null)
  if (t !== Typ.Invalid && !isGeneric(t)) {
    if (reportErr) check.errorf(e, 'NotAGenericType', '%s is not a generic type', t)
    t = Typ.Invalid
  }
  check.recordTypeAndValue(e, 'typexpr', t, null)
  return t
}

function setUnderlying (def: Named | null, t: Type): void {
  if (def) def.underlying = t
}

function typInternal (check: Checker, e0: ast.Expr, def: Named | null): Type {
  const e = e0
  switch (e.kind) {
    case 'BadExpr': break
    case 'Ident': case 'SelectorExpr': {
      const x = new Operand()
      if (e.kind === 'Ident') ident(check, x, e, def, true)
      else selector(check, x, e, def)
      switch (x.mode) {
        case 'typexpr':
          if (def && x.type.kind !== 'named') setUnderlying(def, x.type)
          return x.type
        case 'invalid': break
        case 'novalue': check.errorf(x, 'NotAType', '%s used as type', x); break
        default: check.errorf(x, 'NotAType', '%s is not a type', x)
      }
      break
    }
    case 'IndexExpr': return instantiatedType(check, e.x, [e.index], def)
    case 'IndexListExpr': return instantiatedType(check, e.x, e.indices, def)
    case 'ParenExpr': return definedType(check, e.x, def)
    case 'ArrayType': {
      if (!e.len) {
        const t = new Slice(Typ.Invalid)
        setUnderlying(def, t)
        t.elem = varType(check, e.elt)
        return t
      }
      const t = new ArrayType(Typ.Invalid, -1)
      setUnderlying(def, t)
      if (e.len.kind === 'Ellipsis') check.errorf(e.len, 'BadDotDotDotSyntax', 'invalid use of [...] array (outside a composite literal)')
      else t.len = arrayLength(check, e.len)
      t.elem = varType(check, e.elt)
      if (t.len >= 0) return t
      break
    }
    case 'Ellipsis':
      check.errorf(e, 'InvalidDotDotDot', "invalid use of '...'")
      break
    case 'StructType': {
      const t = new Struct([])
      setUnderlying(def, t)
      structType(check, t, e)
      return t
    }
    case 'StarExpr': {
      const t = new Pointer(Typ.Invalid)
      setUnderlying(def, t)
      t.elem = varType(check, e.x)
      if (t.elem === Typ.Invalid) return Typ.Invalid
      return t
    }
    case 'FuncType': {
      const t = new Signature(null, new Tuple([]), new Tuple([]), false)
      setUnderlying(def, t)
      funcType(check, t, null, e)
      return t
    }
    case 'InterfaceType': {
      const t = new Interface()
      setUnderlying(def, t)
      interfaceType(check, t, e, def)
      return t
    }
    case 'MapType': {
      const t = new MapType(Typ.Invalid, Typ.Invalid)
      setUnderlying(def, t)
      t.key = varType(check, e.key)
      t.elem = varType(check, e.value)
      check.later(() => {
        if (!comparable(t.key, true)) {
          const why = isTypeParam(t.key) ? ' (missing comparable constraint)' : ''
          check.errorf(e.key, 'IncomparableMapKey', 'invalid map key type %s%s', t.key, why)
        }
      })
      return t
    }
    case 'ChanType': {
      check.unsupported(e, 'channels are')
      const t = new Chan(e.dir === 'send' ? ChanDir.SendOnly : e.dir === 'recv' ? ChanDir.RecvOnly : ChanDir.SendRecv, Typ.Invalid)
      setUnderlying(def, t)
      t.elem = varType(check, e.value)
      return t
    }
    default:
      check.errorf(e0, 'NotAType', '%s is not a type', e0)
  }
  setUnderlying(def, Typ.Invalid)
  return Typ.Invalid
}

function instantiatedType (check: Checker, x: ast.Expr, xlist: ast.Expr[], def: Named | null): Type {
  const gtyp = genericType(check, x, true)
  if (gtyp === Typ.Invalid || gtyp.kind !== 'named') return Typ.Invalid
  const targs = typeList(check, xlist)
  if (!targs) { setUnderlying(def, Typ.Invalid); return Typ.Invalid }
  if (targs.length !== gtyp.typeParams.length) {
    const msg = targs.length < gtyp.typeParams.length ? 'not enough' : 'too many'
    check.errorf(xlist[Math.min(targs.length, xlist.length - 1)] ?? x, 'WrongTypeArgCount', '%s type arguments for type %s: have %d, want %d', msg, gtyp.obj?.name ?? '', targs.length, gtyp.typeParams.length)
    return Typ.Invalid
  }
  const inst = instance(gtyp, targs) as Named
  check.later(() => {
    if (x.kind === 'Ident') recordInstance(check, x, targs, inst)
    else if (x.kind === 'SelectorExpr') recordInstance(check, x.sel, targs, inst)
    const r = verify(check, gtyp.typeParams, targs)
    if (r) {
      const pos = r.index < xlist.length ? xlist[r.index] : x
      check.softErrorf(pos, 'InvalidTypeArg', '%s', r.msg)
    }
  })
  return inst
}

export function typeList (check: Checker, list: ast.Expr[]): Type[] | null {
  const res: Type[] = []
  let ok = true
  for (const x of list) {
    const t = varType(check, x)
    if (t === Typ.Invalid) ok = false
    res.push(t)
  }
  return ok ? res : null
}

export function arrayLength (check: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident') {
    const r = check.env.scope.lookupParent(e.name, 0)
    if (!r) { check.errorf(e, 'UndeclaredName', 'undefined: %s', e.name); return -1 }
    if (r[1].kind !== 'const') { check.errorf(e, 'InvalidArrayLen', 'invalid array length %s', e.name); return -1 }
  }
  const x = new Operand()
  expr(check, x, e)
  if (x.mode !== 'constant') {
    if (!x.invalid) check.errorf(x, 'InvalidArrayLen', 'array length %s must be constant', x)
    return -1
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = toInt(x.val!)
    if (v.kind === 'Int') {
      if (representableConst(v, Typ.Int, null)) {
        const n = int64Val(v)
        if (n !== null && n >= 0n) return Number(n)
        check.errorf(x, 'InvalidArrayLen', 'invalid array length %s', x)
        return -1
      }
    }
  }
  check.errorf(x, 'InvalidArrayLen', 'array length %s must be integer', x)
  return -1
}

// ---- signatures

/** fills sig from a function type, declaring type parameters, receiver, params and results in a new scope */
export function funcType (check: Checker, sig: Signature, recvPar: ast.FieldList | null, ftyp: ast.FuncType): Scope {
  const scope = new Scope(check.env.scope, ftyp.pos, ftyp.end, 'function')
  scope.isFunc = true
  check.recordScope(ftyp, scope)
  check.sigScope.set(sig, scope)
  const saved = check.env.scope
  check.env.scope = scope
  try {
    const recvField = recvPar && recvPar.list.length ? recvPar.list[0] : null
    if (recvField) {
      const { rname, tparams: rparams } = unpackRecv(recvField.type, true)
      if (rparams.length) {
        const tps: TypeParam[] = []
        for (const rp of rparams) {
          const id = rp.kind === 'Ident' ? rp : null
          if (!id) { check.errorf(rp, 'InvalidRecv', 'receiver type parameter %s must be an identifier', rp); continue }
          const tn = new TypeName(id.pos, check.pkg, id.name, Typ.Invalid)
          const tp = new TP(tn, Typ.Invalid)
          tp.localIndex = ++check.pkg.localCount
          tp.index = tps.length
          tn.type = tp
          declare(check, scope, id, tn, scope.pos)
          tps.push(tp)
        }
        sig.recvTypeParams = tps
        let recvTParams: TypeParam[] = []
        if (rname) {
          const g = genericType(check, rname, false)
          if (g.kind === 'named') recvTParams = g.typeParams
        }
        if (tps.length === recvTParams.length) {
          // the receiver's type parameters get the constraints of the type's (renamed)
          const m = new Map<TypeParam, Type>()
          recvTParams.forEach((p, i) => m.set(p, tps[i]))
          tps.forEach((tp, i) => { tp.constraint = substType(recvTParams[i].constraint, m) })
        } else if (tps.length < recvTParams.length) {
          check.errorf(recvField, 'WrongTypeArgCount', 'got %d type parameter%s, but receiver base type declares %d', tps.length, tps.length === 1 ? '' : 's', recvTParams.length)
        }
      }
    }
    if (ftyp.typeParams && ftyp.typeParams.list.length) {
      if (recvPar) check.errorf(ftyp.typeParams, 'InvalidMethodTypeParams', 'methods cannot have type parameters')
      sig.typeParams = collectTypeParams(check, ftyp.typeParams)
    }
    const recvList = recvPar ? collectParams(check, scope, recvPar.list, false).params : []
    const { params, variadic } = collectParams(check, scope, ftyp.params.list, true)
    const results = ftyp.results ? collectParams(check, scope, ftyp.results.list, false).params : []
    if (recvPar) {
      let recv: Var
      if (recvList.length === 0) {
        check.errorf(recvPar, 'BadRecv', 'method has no receiver')
        recv = new Var(0, null, '', Typ.Invalid)
      } else {
        if (recvList.length > 1) check.errorf(recvList[recvList.length - 1].pos, 'BadRecv', 'method has multiple receivers')
        recv = recvList[0]
      }
      sig.recv = recv
      check.later(() => validateRecv(check, sig, recv))
    }
    sig.params = new Tuple(params)
    sig.results = new Tuple(results)
    sig.variadic = variadic
  } finally {
    check.env.scope = saved
  }
  return scope
}

function validateRecv (check: Checker, sig: Signature, recv: Var): void {
  const [rtyp] = deref(recv.type)
  if (rtyp === Typ.Invalid) return
  if (rtyp.kind === 'named') {
    if (rtyp.typeArgs.length && !sig.recvTypeParams.length) {
      check.errorf(recv.pos, 'InvalidRecv', 'cannot define new methods on instantiated type %s', rtyp)
      return
    }
    if (rtyp.obj?.pkg !== check.pkg) { check.errorf(recv.pos, 'InvalidRecv', 'cannot define new methods on non-local type %s', rtyp); return }
    const u = rtyp.underlying
    if (u.kind === 'pointer' || u.kind === 'interface') check.errorf(recv.pos, 'InvalidRecv', 'invalid receiver type %s (pointer or interface type)', rtyp)
  } else if (rtyp.kind === 'basic') {
    check.errorf(recv.pos, 'InvalidRecv', 'cannot define new methods on non-local type %s', rtyp)
  } else {
    check.errorf(recv.pos, 'InvalidRecv', 'invalid receiver type %s', recv.type)
  }
}

function collectParams (check: Checker, scope: Scope, list: ast.Field[], variadicOk: boolean): { params: Var[]; variadic: boolean } {
  const params: Var[] = []
  let variadic = false
  for (let i = 0; i < list.length; i++) {
    const field = list[i]
    let ftype = field.type
    if (ftype.kind === 'Ellipsis') {
      ftype = ftype.elt ?? ftype
      if (variadicOk && i === list.length - 1 && field.names.length <= 1) variadic = true
      else check.softErrorf(field.type, 'MisplacedDotDotDot', 'can only use ... with final parameter in list')
    }
    const t = varType(check, ftype)
    if (field.names.length) {
      for (const name of field.names) {
        const par = new Var(name.pos, check.pkg, name.name, t)
        par.used = true
        declare(check, scope, name, par, scope.pos)
        check.varFuncScope.set(par, scope)
        params.push(par)
      }
    } else {
      const par = new Var(field.pos, check.pkg, '', t)
      par.used = true
      check.recordImplicit(field, par)
      params.push(par)
    }
  }
  if (variadic) {
    const last = params[params.length - 1]
    last.type = new Slice(last.type)
    check.recordTypeAndValue(list[list.length - 1].type, 'typexpr', last.type, null)
  }
  return { params, variadic }
}

// ---- structs

function structType (check: Checker, styp: Struct, e: ast.StructType): void {
  const fields: Var[] = []
  const tags: string[] = []
  const seen = new Map<string, Var>()
  const add = (id: ast.Ident | null, name: string, t: Type, embedded: boolean, pos: number, tag: string): void => {
    const fld = new Var(pos, check.pkg, name, t)
    fld.isField = true
    fld.embedded = embedded
    if (name !== '_') {
      const alt = seen.get(name)
      if (alt) {
        check.errorParts([[pos, `${name} redeclared`], [alt.pos, `other declaration of ${name}`]], 'DuplicateDecl')
        return
      }
      seen.set(name, fld)
    }
    fields.push(fld)
    tags.push(tag)
    if (id) check.recordDef(id, fld)
  }
  for (const f of e.fields.list) {
    const t = varType(check, f.type)
    const tag = f.tag ? (unquoteString(f.tag.value) ?? '') : ''
    if (f.names.length) {
      for (const n of f.names) add(n, n.name, t, false, n.pos, tag)
    } else {
      const pos = f.type.pos
      const name = embeddedFieldIdent(f.type)
      if (!name) {
        check.errorf(pos, 'InvalidPtrEmbed', 'invalid embedded field type %s', f.type)
        add(null, '_', Typ.Invalid, true, pos, '')
        continue
      }
      add(name, name.name, t, true, pos, tag)
      check.later(() => {
        const [bt, isPtr] = deref(t)
        const u = underOf(bt)
        if (bt === Typ.Invalid) return
        if (u.kind === 'pointer') check.errorf(pos, 'InvalidPtrEmbed', 'embedded field type cannot be a pointer')
        else if (bt.kind === 'typeparam') check.errorf(pos, 'MisplacedTypeParam', 'embedded field type cannot be a (pointer to a) type parameter')
        else if (u.kind === 'interface' && isPtr) check.errorf(pos, 'InvalidPtrEmbed', 'embedded field type cannot be a pointer to an interface')
      })
    }
  }
  styp.fields = fields
  styp.tags = tags.some(t => t !== '') ? tags : []
}

function embeddedFieldIdent (e: ast.Expr): ast.Ident | null {
  switch (e.kind) {
    case 'Ident': return e
    case 'StarExpr': return e.x.kind === 'StarExpr' ? null : embeddedFieldIdent(e.x)
    case 'SelectorExpr': return e.sel
    case 'IndexExpr': case 'IndexListExpr': return embeddedFieldIdent(e.x)
  }
  return null
}

// ---- interfaces

function interfaceType (check: Checker, ityp: Interface, iface: ast.InterfaceType, def: Named | null): void {
  const methods: Func[] = []
  const embeddeds: Type[] = []
  const seen = new Map<string, Func>()
  for (const f of iface.methods.list) {
    if (!f.names.length) {
      // embedded element: an interface, a type, or a union / ~T
      const terms = unionTermExprs(f.type)
      if (terms.length === 1 && !terms[0].tilde) {
        const t = typ(check, f.type)
        embeddeds.push(t)
        check.later(() => {
          if (t === Typ.Invalid) return
          const u = underOf(t)
          if (t.kind === 'typeparam') check.errorf(f.type, 'MisplacedTypeParam', 'term cannot be a type parameter')
          else if (u.kind !== 'interface') {
            // a non-interface type term (only valid in constraints)
          }
        })
      } else {
        const ts: Term[] = []
        for (const term of terms) {
          const t = typ(check, term.expr)
          if (t === Typ.Invalid) continue
          if (term.tilde) {
            const u = underOf(t)
            if (u.kind === 'interface') { check.errorf(term.expr, 'InvalidUnion', 'invalid use of ~ (%s is an interface)', t); continue }
            if (u !== t && t.kind !== 'basic') { check.errorf(term.expr, 'InvalidUnion', 'invalid use of ~ (underlying type of %s is %s)', t, u); continue }
          }
          if (t.kind === 'typeparam') { check.errorf(term.expr, 'MisplacedTypeParam', 'term cannot be a type parameter'); continue }
          ts.push(new Term(term.tilde, t))
        }
        recordUnionExprs(check, f.type)
        embeddeds.push(new Union(ts))
      }
      continue
    }
    const name = f.names[0]
    if (name.name === '_') { check.errorf(name, 'BlankIfaceMethod', 'methods must have a unique non-blank name'); continue }
    const ft = f.type
    if (ft.kind !== 'FuncType') continue
    const sig = new Signature(null, new Tuple([]), new Tuple([]), false)
    funcType(check, sig, null, ft)
    check.recordTypeAndValue(ft, 'typexpr', sig, null)
    const recvT: Type = def ?? ityp
    sig.recv = new Var(name.pos, check.pkg, '', recvT)
    const m = new Func(name.pos, check.pkg, name.name, sig)
    const alt = seen.get(m.name)
    if (alt) {
      check.errorParts([[m.pos, `duplicate method ${m.name}`], [alt.pos, `other declaration of ${m.name}`]], 'DuplicateDecl')
      continue
    }
    seen.set(m.name, m)
    check.recordDef(name, m)
    methods.push(m)
  }
  // as types2, explicit methods are kept sorted by their Id (exported name, or path.name)
  const id = (m: Func) => (isExportedName(m.name) || !m.pkg ? m.name : m.pkg.path + '.' + m.name)
  methods.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
  ityp.methods = methods
  ityp.embeddeds = embeddeds
  ityp.complete = true
  ityp._tset = undefined
  ityp._key = undefined
  check.later(() => {
    // duplicate methods through embedding
    const names = new Map<string, Func>()
    for (const m of methods) names.set(m.name, m)
    for (const e of embeddeds) {
      const u = underOf(e)
      if (u.kind !== 'interface') continue
      for (const m of typeSet(u).methods) {
        const a = names.get(m.name)
        if (a && a !== m && !identicalSig(a, m)) check.errorf(iface, 'DuplicateDecl', 'duplicate method %s', m.name)
        names.set(m.name, m)
      }
    }
  })
}

import { identical } from './identity.ts'
import { substType } from './subst.ts'
import { TypeParam as TP } from './types.ts'
function identicalSig (a: Func, b: Func): boolean { return identical(a.type, b.type) }
