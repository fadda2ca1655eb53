/** Declarations: package-level objects in dependency order with cycle detection, and local declarations (types2 decl.go). */
import type * as ast from '../syntax/ast.ts'
import { Checker, DeclInfo, newEnv } from './checker.ts'
import { Const, Func, TypeName, Var, type Obj } from './objects.ts'
import { noType, Interface, Named, Signature, Tuple, Typ, TypeParam, Union, Term, underOf, type Type } from './types.ts'
import { makeInt64, makeUnknown, type Value } from './constval.ts'
import { Operand } from './operand.ts'
import { Scope } from './scope.ts'
import { declare, arity } from './resolver.ts'
import { definedType, typ as typExpr, varType, funcType } from './typexpr.ts'
import { expr } from './expr.ts'
import { initConst, initVar, initVars } from './assign.ts'
import { funcBody } from './stmt.ts'
import { isConstType, isTypeParam } from './predicates.ts'
import { validType } from './validtype.ts'

const pathIndex = new WeakMap<Obj, number>()

function push (check: Checker, obj: Obj): void {
  pathIndex.set(obj, check.objPath.length)
  check.objPath.push(obj)
}
function pop (check: Checker): Obj { return check.objPath.pop()! }

/** type-checks the declaration of a package-level object (or a method), on demand */
export function objDecl (check: Checker, obj: Obj, def: Named | null = null): void {
  if (obj.color === 'black') return
  if (obj.color === 'grey') {
    switch (obj.kind) {
      case 'const': case 'var':
        if (!validCycle(check, obj) || obj.type === noType) obj.type = Typ.Invalid
        break
      case 'typename':
        if (!validCycle(check, obj)) obj.type = Typ.Invalid
        break
      case 'func':
        validCycle(check, obj)
        break
    }
    return
  }
  const d = check.objMap.get(obj)
  if (!d) {
    // an object from another package or a local one that is already complete
    obj.color = 'black'
    return
  }
  obj.color = 'grey'
  push(check, obj)
  const saved = check.env
  check.env = newEnv(d.fileScope)
  try {
    switch (obj.kind) {
      case 'const':
        check.env.decl = d
        constDecl(check, obj, d.vtyp, d.init, d.inherited)
        break
      case 'var':
        check.env.decl = d
        varDecl(check, obj, d.lhs, d.vtyp, d.init)
        break
      case 'typename':
        typeDecl(check, obj, d.tdecl!, def)
        collectMethods(check, obj)
        break
      case 'func':
        funcDecl(check, obj, d)
        break
    }
  } finally {
    check.env = saved
    pop(check).color = 'black'
  }
}

function validCycle (check: Checker, obj: Obj): boolean {
  const start = pathIndex.get(obj) ?? 0
  const cycle = check.objPath.slice(start)
  let nval = 0
  let ndef = 0
  for (const o of cycle) {
    if (o.kind === 'const' || o.kind === 'var') nval++
    else if (o.kind === 'typename') {
      const d = check.objMap.get(o)
      const alias = d ? !!d.tdecl?.assign : o.isAlias
      if (!alias) ndef++
    }
  }
  if (nval === cycle.length) return true
  if (nval === 0 && ndef > 0) return true
  cycleError(check, cycle)
  return false
}

export function cycleError (check: Checker, cycle: Obj[]): void {
  let i = 0
  for (let k = 1; k < cycle.length; k++) if (cycle[k].pos < cycle[i].pos) i = k
  let obj = cycle[i]
  const code = obj.kind === 'typename' ? 'InvalidTypeCycle' : 'InvalidDeclCycle'
  const parts: [number, string][] = []
  parts.push([obj.pos, obj.kind === 'typename' ? `invalid recursive type ${obj.name}` : `illegal cycle in declaration of ${obj.name}`])
  for (let k = 0; k < cycle.length; k++) {
    parts.push([obj.pos, `${obj.name} refers to`])
    i = (i + 1) % cycle.length
    obj = cycle[i]
  }
  parts.push([obj.pos, obj.name])
  check.errorParts(parts, code)
}

export function constDecl (check: Checker, obj: Const, typ: ast.Expr | null, init: ast.Expr | null, inherited: boolean): void {
  const savedIota = check.env.iota
  const savedErrpos = check.env.errpos
  check.env.iota = obj.val
  check.env.errpos = 0
  obj.val = makeUnknown()
  try {
    if (typ) {
      const t = typExpr(check, typ)
      if (!isConstType(t)) {
        if (underOf(t) !== Typ.Invalid) check.errorf(typ, 'InvalidConstType', 'invalid constant type %s', t)
        obj.type = Typ.Invalid
        return
      }
      obj.type = t
    }
    const x = new Operand()
    if (init) {
      if (inherited) check.env.errpos = obj.pos
      expr(check, x, init)
    }
    initConst(check, obj, x)
  } finally {
    check.env.iota = savedIota
    check.env.errpos = savedErrpos
  }
}

export function varDecl (check: Checker, obj: Var, lhs: Var[] | null, typ: ast.Expr | null, init: ast.Expr | null): void {
  try {
    if (typ) obj.type = varType(check, typ)
    if (!init) {
      if (!typ) obj.type = Typ.Invalid
      return
    }
    if (!lhs || lhs.length === 1) {
      const x = new Operand()
      expr(check, x, init, true)
      initVar(check, obj, x, 'variable declaration')
      return
    }
    if (typ) for (const v of lhs) v.type = obj.type
    initVars(check, lhs, [init], null)
  } finally {
    if (obj.type === Typ.Invalid) obj.used = true
    if (lhs) for (const v of lhs) if (v.type === Typ.Invalid) v.used = true
  }
}

export function typeDecl (check: Checker, obj: TypeName, tdecl: ast.TypeSpec, def: Named | null): void {
  let alias = tdecl.assign !== 0
  if (alias && tdecl.typeParams && tdecl.typeParams.list.length) {
    check.errorf(tdecl, 'BadDecl', 'generic type cannot be alias')
    alias = false
  }
  if (alias) {
    obj.isAlias = true
    obj.type = Typ.Invalid
    obj.type = typExpr(check, tdecl.type)
    return
  }
  const named = new Named(obj)
  if (!check.objMap.has(obj)) named.localIndex = ++check.pkg.localCount
  obj.type = named
  void def // types2 links def to named here; we resolve underlying types eagerly instead
  check.later(() => validType(check, named))
  let savedScope: Scope | null = null
  if (tdecl.typeParams && tdecl.typeParams.list.length) {
    savedScope = check.env.scope
    const scope = new Scope(check.env.scope, tdecl.pos, tdecl.end, 'type parameters')
    check.recordScope(tdecl, scope)
    check.env.scope = scope
    named.typeParams = collectTypeParams(check, tdecl.typeParams)
  }
  try {
    const rhs = definedType(check, tdecl.type, named)
    if (named.rawUnderlying === null) {
      // rhs is a named type; take its underlying type
      let u = underOf(rhs)
      if (rhs.kind === 'named' && rhs.rawUnderlying === null && !rhs.isInstance()) {
        // rhs is still being declared: an invalid recursive type (e.g. `type A B; type B A`)
        u = Typ.Invalid
        const start = rhs.obj ? check.objPath.indexOf(rhs.obj) : -1
        if (start >= 0) {
          const cycle = check.objPath.slice(start)
          if (!cycle.some(o => check.reportedCycles.has(o))) {
            for (const o of cycle) check.reportedCycles.add(o)
            cycleError(check, cycle)
          }
          for (const o of cycle) if (o.type.kind === 'named' && o.type.rawUnderlying === null) o.type.underlying = Typ.Invalid
        }
      }
      named.underlying = u
    }
    if (named.underlying.kind === 'named') named.underlying = underOf(named.underlying)
    if (isTypeParam(rhs)) {
      check.errorf(tdecl.type, 'MisplacedTypeParam', 'cannot use a type parameter as RHS in type declaration')
      named.underlying = Typ.Invalid
    }
  } finally {
    if (savedScope) check.env.scope = savedScope
  }
}

/** declares the type parameters of a list in the current scope and resolves their constraints */
export function collectTypeParams (check: Checker, list: ast.FieldList): TypeParam[] {
  const tparams: TypeParam[] = []
  for (const f of list.list) {
    for (const name of f.names) {
      const tn = new TypeName(name.pos, check.pkg, name.name, Typ.Invalid)
      const tp = new TypeParam(tn, Typ.Invalid)
      tp.localIndex = ++check.pkg.localCount
      tp.index = tparams.length
      tn.type = tp
      declare(check, check.env.scope, name, tn, check.env.scope.pos)
      tparams.push(tp)
    }
  }
  let i = 0
  for (const f of list.list) {
    let b = bound(check, f.type)
    if (isTypeParam(b)) {
      check.errorf(f.type, 'MisplacedTypeParam', 'cannot use a type parameter as constraint')
      b = Typ.Invalid
    }
    for (let k = 0; k < f.names.length; k++) tparams[i++].constraint = b
  }
  return tparams
}

function bound (check: Checker, x: ast.Expr): Type {
  if ((x.kind === 'UnaryExpr' && x.op === '~') || (x.kind === 'BinaryExpr' && x.op === '|')) {
    const terms = unionTermExprs(x).map(t => new Term(t.tilde, typExpr(check, t.expr)))
    recordUnionExprs(check, x)
    const iface = new Interface([], [new Union(terms)])
    iface.implicit = true
    iface.complete = true
    return iface
  }
  const t = typExpr(check, x)
  return t
}

/** flattens `a | ~b | c` into its terms */
export function unionTermExprs (x: ast.Expr): { tilde: boolean; expr: ast.Expr }[] {
  if (x.kind === 'BinaryExpr' && x.op === '|') return [...unionTermExprs(x.x), ...unionTermExprs(x.y)]
  if (x.kind === 'UnaryExpr' && x.op === '~') return [{ tilde: true, expr: x.x }]
  if (x.kind === 'ParenExpr') return unionTermExprs(x.x)
  return [{ tilde: false, expr: x }]
}

function collectMethods (check: Checker, obj: TypeName): void {
  const methods = check.methods.get(obj)
  if (!methods) return
  check.methods.delete(obj)
  const base = obj.type.kind === 'named' ? obj.type : null
  const seen = new Map<string, Func>()
  if (base) {
    for (const m of base.methods) seen.set(m.name, m)
    check.later(() => checkFieldUniqueness(check, base))
  }
  for (const m of methods) {
    const alt = seen.get(m.name)
    if (alt) {
      check.errorParts([[m.pos, `${obj.name}.${m.name} redeclared in this block`], [alt.pos, `other declaration of ${m.name}`]], 'DuplicateMethod')
      continue
    }
    seen.set(m.name, m)
    if (base) base.methods.push(m)
  }
}

function checkFieldUniqueness (check: Checker, base: Named): void {
  const u = base.underlying
  if (u.kind !== 'struct') return
  const ms = new Map<string, Func>()
  for (const m of base.methods) ms.set(m.name, m)
  for (const f of u.fields) {
    if (f.name === '_') continue
    const alt = ms.get(f.name)
    if (alt) check.errorParts([[alt.pos, `field and method with the same name ${f.name}`], [f.pos, `other declaration of ${f.name}`]], 'DuplicateFieldAndMethod')
  }
}

function funcDecl (check: Checker, obj: Func, d: DeclInfo): void {
  const fdecl = d.fdecl!
  const sig = new Signature(null, new Tuple([]), new Tuple([]), false)
  obj.type = sig
  const saved = obj.color
  obj.color = 'black'
  funcType(check, sig, fdecl.recv, fdecl.type)
  obj.color = saved
  if (fdecl.body) {
    const body = fdecl.body
    check.later(() => funcBody(check, d, obj.name, sig, body, null))
  }
}

/** local const, var and type declarations */
export function declStmt (check: Checker, decl: ast.GenDecl): void {
  const pkg = check.pkg
  let last: ast.ValueSpec | null = null
  for (const s of decl.specs) {
    if (s.kind === 'ValueSpec' && decl.tok === 'const') {
      const top = check.delayedTop
      let inherited = true
      if (s.type || s.values.length) { last = s; inherited = false } else if (!last) inherited = false
      const values = last ? last.values : []
      const lhs: Const[] = []
      const iota: Value = makeInt64(s.iota)
      s.names.forEach((name, i) => {
        const obj = new Const(name.pos, pkg, name.name, noType, iota)
        obj.decl = s
        lhs.push(obj)
        constDecl(check, obj, last ? last.type : null, values[i] ?? null, inherited)
      })
      arity(check, s, s.names, values, true, inherited)
      check.processDelayed(top)
      s.names.forEach((name, i) => declare(check, check.env.scope, name, lhs[i], s.end))
    } else if (s.kind === 'ValueSpec') {
      const top = check.delayedTop
      const lhs0 = s.names.map(name => {
        const v = new Var(name.pos, pkg, name.name, noType)
        v.decl = s
        return v
      })
      const values = s.values
      for (let i = 0; i < lhs0.length; i++) {
        const obj = lhs0[i]
        let lhs: Var[] | null = null
        let init: ast.Expr | null = null
        if (values.length === s.names.length) init = values[i]
        else if (values.length === 1) { lhs = lhs0; init = values[0] } else if (i < values.length) init = values[i]
        varDecl(check, obj, lhs, s.type, init)
        if (values.length === 1) break
      }
      if (!s.type || values.length) arity(check, s, s.names, values, false, false)
      check.processDelayed(top)
      s.names.forEach((name, i) => {
        declare(check, check.env.scope, name, lhs0[i], s.end)
        if (check.env.funcScope) check.varFuncScope.set(lhs0[i], check.env.funcScope)
      })
    } else if (s.kind === 'TypeSpec') {
      const obj = new TypeName(s.name.pos, pkg, s.name.name, Typ.Invalid)
      obj.decl = s
      declare(check, check.env.scope, s.name, obj, s.name.pos)
      obj.color = 'grey'
      push(check, obj)
      typeDecl(check, obj, s, null)
      pop(check).color = 'black'
    }
  }
}

export { DeclInfo }

/**
 * Records the types of the operator nodes of a union (`~int`, `a | b`) as go/types does: each is a
 * type expression denoting the union of its terms (called after the term types were recorded).
 */
export function recordUnionExprs (check: Checker, x: ast.Expr): Term[] {
  let terms: Term[]
  if (x.kind === 'BinaryExpr' && x.op === '|') terms = [...recordUnionExprs(check, x.x), ...recordUnionExprs(check, x.y)]
  else if (x.kind === 'UnaryExpr' && x.op === '~') {
    const t = check.info.types.get(x.x)?.type
    terms = t ? [new Term(true, t)] : []
  } else if (x.kind === 'ParenExpr') return recordUnionExprs(check, x.x)
  else {
    const t = check.info.types.get(x)?.type
    return t ? [new Term(false, t)] : []
  }
  if (terms.length) check.recordTypeAndValue(x, 'typexpr', new Union(terms), null)
  return terms
}
