/**
 * Generics: types as the instance being compiled sees them (type parameters substituted), and
 * generic functions compiled once per distinct list of type arguments.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import * as C from '../constant/index.ts'
import type { Func } from '../types/objects.ts'
import { typeKey } from '../types/identity.ts'
import { FnCtx, type Ctx } from './context.ts'
import { expr } from './expressions.ts'
import { funcCode } from './functions.ts'
import { goFuncName, jsIdent } from './names.ts'

export function typeOf (cx: Ctx, e: ast.Expr): T.Type {
  const t = cx.info.typeOf(e)
  if (t === undefined) throw new Error(`compiler: no type for ${e.kind} at ${cx.posString(e.pos)}`)
  return sub(cx, t)
}

export function typeAndValue (cx: Ctx, e: ast.Expr): { mode: string, type: T.Type, value?: C.Value } | undefined {
  return cx.info.types.get(e)
}

/** substitute type parameters of the generic instance being compiled */
export function sub (cx: Ctx, t: T.Type): T.Type {
  if (cx.subst === null) return t
  return substType(t, cx.subst)
}

/** the JS name of generic function f instantiated with typeArgs (compiled on first use) */
export function instance (cx: Ctx, f: Func, params: T.TypeParam[], typeArgs: T.Type[]): string {
  const key = (cx.funcNames.get(f) ?? f.name) + '[' + typeArgs.map(t => typeKey(t)).join(',') + ']'
  const have = cx.instances.get(key)
  if (have !== undefined) return have
  const name = (cx.funcNames.get(f) ?? jsIdent(f.name)) + '$i' + String(cx.instances.size)
  cx.instances.set(key, name)
  const g = cx.genericDecls.get(f)
  const compileIt = (): void => {
    const gd = cx.genericDecls.get(f)
    if (gd === undefined) { cx.out.push(`function ${name}() { throw new Error("generic ${f.name} not compiled"); }`); return }
    const saved = { info: cx.info, pkg: cx.pkg, subst: cx.subst, fn: cx.fn, pos: cx.posString }
    cx.info = gd.info; cx.pkg = gd.pkg; cx.posString = gd.pos
    const m = new Map<T.TypeParam, T.Type>(cx.subst ?? [])
    params.forEach((p, i) => m.set(p, typeArgs[i]))
    cx.subst = m
    cx.fn = new FnCtx(null)
    const sig = f.type as T.Signature
    cx.out.push(funcCode(cx, name, gd.decl.recv, gd.decl.type, gd.decl.body!, sig, goFuncName(cx, f, true)))
    cx.info = saved.info; cx.pkg = saved.pkg; cx.subst = saved.subst; cx.fn = saved.fn; cx.posString = saved.pos
  }
  if (g !== undefined) compileIt()
  else cx.pendingInstances.push(compileIt)
  return name
}

export function isGenericRef (cx: Ctx, x: ast.Expr): boolean {
  const id = x.kind === 'Ident' ? x : x.kind === 'SelectorExpr' ? x.sel : null
  return id !== null && cx.info.instances.has(id)
}

export function genericRef (cx: Ctx, e: ast.IndexExpr | ast.IndexListExpr): string {
  return expr(cx, e.x)
}

/** substitutes type parameters in t */
export function substType (t: T.Type, m: Map<T.TypeParam, T.Type>): T.Type {
  switch (t.kind) {
    case 'typeparam': return m.get(t) ?? t
    case 'pointer': { const e = substType(t.elem, m); return e === t.elem ? t : new T.Pointer(e) }
    case 'slice': { const e = substType(t.elem, m); return e === t.elem ? t : new T.Slice(e) }
    case 'array': { const e = substType(t.elem, m); return e === t.elem ? t : new T.ArrayType(e, t.len) }
    case 'map': { const k = substType(t.key, m); const e = substType(t.elem, m); return k === t.key && e === t.elem ? t : new T.MapType(k, e) }
    case 'tuple': {
      let changed = false
      const vs = t.vars.map(v => { const nt = substType(v.type, m); if (nt !== v.type) { changed = true; const c = Object.create(Object.getPrototypeOf(v)); Object.assign(c, v); c.type = nt; return c } return v })
      return changed ? new T.Tuple(vs) : t
    }
    case 'signature': {
      const p = substType(t.params, m) as T.Tuple; const r = substType(t.results, m) as T.Tuple
      if (p === t.params && r === t.results) return t
      return new T.Signature(t.recv, p, r, t.variadic)
    }
    // named types stay as they are: Type[P] inside a generic body keeps its type arguments
    case 'struct': {
      let changed = false
      const fs = t.fields.map(v => { const nt = substType(v.type, m); if (nt !== v.type) { changed = true; const c = Object.create(Object.getPrototypeOf(v)); Object.assign(c, v); c.type = nt; return c } return v })
      return changed ? new T.Struct(fs, t.tags) : t
    }
    default: return t
  }
}

export function hasTypeParam (t: T.Type): boolean {
  if (t.kind === 'typeparam') return true
  if (t.kind === 'pointer') return hasTypeParam(t.elem)
  return false
}
