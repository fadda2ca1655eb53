/**
 * Call arguments as Go literals (protocols/calls.md): each argument text is parsed as one Go
 * expression and type-checked against its parameter in a scope that holds only the universe, the
 * service package's types and constants, and the packages its files import (for `time.Duration(5)`,
 * `avl.Tree[int]{}`): no variables, no functions, and a call must be a conversion.
 */
import { Complex } from '../runtime/complex.ts'
import { parseExpr, inspect, NoPos, TOO_DEEP, isStackOverflow } from '../syntax/index.ts'
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import { Checker, newEnv } from '../types/checker.ts'
import { Info } from '../types/info.ts'
import { Scope } from '../types/scope.ts'
import { universe } from '../types/universe.ts'
import { Operand } from '../types/operand.ts'
import { expr as checkExpr } from '../types/expr.ts'
import { assignment } from '../types/assign.ts'
import { typeString, byName } from '../types/typestring.ts'
import type { Package } from '../types/package.ts'
import type { Func } from '../types/objects.ts'
import * as C from '../constant/index.ts'
import { basic, type RType, type Kind } from '../runtime/rtype.ts'
import { Slice, Box, Iface, GoMap, NIL_SLICE } from '../runtime/value.ts'
import { mset } from '../runtime/ops.ts'
import { norm } from '../runtime/int.ts'
import { checkLand } from './land.ts'
import { defaultType } from '../compile/index.ts'
import type { ServiceBuildInput, LiteralValue, CheckArgumentsResult } from './types.ts'

/** the checked package of a build input, kept as long as the input object lives */
const checkedCache = new WeakMap<ServiceBuildInput, { pkg: Package, scope: Scope, importer: (p: string) => Package | null } | { errors: string[] }>()

/** node kinds an argument may contain (the rest is refused before type-checking) */
const ARG_NODES = new Set<string>([
  'Ident', 'BasicLit', 'CompositeLit', 'ParenExpr', 'SelectorExpr', 'IndexExpr', 'IndexListExpr', 'StarExpr',
  'UnaryExpr', 'BinaryExpr', 'KeyValueExpr', 'ArrayType', 'MapType', 'StructType', 'FieldList', 'Field', 'CallExpr', 'Ellipsis'
])

function checkedPackage (built: ServiceBuildInput): { pkg: Package, scope: Scope, importer: (p: string) => Package | null } | { errors: string[] } {
  const have = checkedCache.get(built)
  if (have !== undefined) return have
  const c = checkLand({ path: built.path, files: built.files, resolve: built.resolve, live: true, test: false })
  let r: { pkg: Package, scope: Scope, importer: (p: string) => Package | null } | { errors: string[] }
  if (!c.ok) r = { errors: c.errors }
  else {
    const pkg = c.own.unit!.pkg
    // the argument scope: the package's types and constants, and the names of its imports
    const scope = new Scope(universe, 0, 0, 'arguments')
    for (const o of pkg.scope.objects()) if (o.kind === 'typename' || o.kind === 'const') scope.insert(o)
    for (const pn of c.own.unit!.info.imports.values()) if (pn.name !== '_' && pn.name !== '.' && scope.lookup(pn.name) === undefined) scope.insert(pn)
    r = { pkg, scope, importer: () => null }
  }
  checkedCache.set(built, r)
  return r
}

function paramList (sig: T.Signature): Array<{ name: string, type: T.Type }> {
  return sig.params.vars.map(v => ({ name: v.name, type: v.type }))
}

/**
 * Parses and type-checks call arguments (Go literal texts) against the parameters of `func` in the
 * package of `built`; errors name the parameter and its type. The checked package is cached per
 * `built` object.
 *
 * @example
 * ```ts
 * const r = checkArguments(input, 'Transfer', ['"12D3KooW…"', '1_000_000'])
 * if (r.ok) fn(...argumentsToValues(r.values, fnType))
 * ```
 */
export function checkArguments (built: ServiceBuildInput, func: string, args: string[]): CheckArgumentsResult {
  const cp = checkedPackage(built)
  if ('errors' in cp) return { ok: false, code: 'ERR_BAD_ARGUMENT', message: `package ${built.path} does not build: ${cp.errors[0] ?? ''}` }
  const o = cp.pkg.scope.lookup(func)
  if (o === undefined || o.kind !== 'func' || !o.exported() || ((o as Func).type as T.Signature).typeParams.length > 0) {
    return { ok: false, code: 'ERR_UNKNOWN_FUNCTION', message: `function ${func} not found in ${built.path}` }
  }
  const sig = (o as Func).type as T.Signature
  const params = paramList(sig)
  const n = params.length
  if (sig.variadic ? args.length < n - 1 : args.length !== n) {
    const want = sig.variadic ? n - 1 : n
    return { ok: false, code: 'ERR_BAD_ARGUMENT', message: `want ${sig.variadic ? 'at least ' : ''}${want} argument${want === 1 ? '' : 's'}, got ${args.length}` }
  }
  const qf = (p: Package): string => p === cp.pkg ? '' : p.name
  const values: LiteralValue[] = []
  for (let i = 0; i < args.length; i++) {
    const variadicArg = sig.variadic && i >= n - 1
    const p = params[Math.min(i, n - 1)]
    const t = variadicArg ? (p.type as T.Slice).elem : p.type
    const what = `argument ${i + 1} (${p.name !== '' ? p.name + ' ' : ''}${variadicArg ? '...' + typeString(t, qf) : typeString(t, qf)})`
    const r = checkOne(cp.pkg, cp.scope, args[i], t)
    if (!r.ok) return { ok: false, code: 'ERR_BAD_ARGUMENT', message: `${what}: ${r.message}` }
    values.push(r.value)
  }
  return { ok: true, values }
}

type One = { ok: true, value: LiteralValue } | { ok: false, message: string }

function checkOne (pkg: Package, scope: Scope, text: string, target: T.Type): One {
  const { expr, errors } = parseExpr(text)
  if (errors.length > 0) return { ok: false, message: `${JSON.stringify(clip(text))} is not a Go expression: ${errors[0].message.replace(/^[^ ]*: /, '')}` }
  let refused: string | null = null
  inspect(expr, (nd: ast.Node) => {
    if (refused !== null) return false
    let bad = !ARG_NODES.has(nd.kind)
    if (nd.kind === 'CallExpr') bad = nd.args.length !== 1 || nd.ellipsis !== NoPos
    if (nd.kind === 'UnaryExpr') bad = nd.op === '<-' || nd.op === '~'
    if (bad) refused = `${JSON.stringify(clip(text))} is not a Go literal (${describe(nd)} is not allowed)`
    return !bad
  })
  if (refused !== null) return { ok: false, message: refused }
  const info = new Info()
  const check = new Checker(pkg, info, () => null, null)
  check.env = newEnv(scope)
  const x = new Operand()
  try {
    checkExpr(check, x, expr)
    if (check.errors.length === 0) assignment(check, x, target, 'argument')
    check.processDelayed(0)
    check.recordUntyped()
  } catch (e) {
    return { ok: false, message: `cannot check ${JSON.stringify(clip(text))}: ${isStackOverflow(e) ? TOO_DEEP : e instanceof Error ? e.message : String(e)}` }
  }
  // only types and constants may be named (and struct fields as keys); a call must be a conversion
  for (const [, o] of info.uses) {
    if (o.kind === 'var' && o.isField) continue
    if (o.kind !== 'typename' && o.kind !== 'const' && o.kind !== 'nil' && o.kind !== 'pkgname') {
      return { ok: false, message: `${o.name} is not a type or a constant: an argument is a literal` }
    }
  }
  if (check.errors.length > 0) return { ok: false, message: check.errors[0].msg }
  let callErr: string | null = null
  inspect(expr, (nd: ast.Node) => {
    if (nd.kind === 'CallExpr' && info.types.get(nd.fun)?.mode !== 'typexpr') callErr = 'a call in an argument must be a conversion'
    return callErr === null
  })
  if (callErr !== null) return { ok: false, message: callErr }
  try {
    return { ok: true, value: toLiteral(info, expr, target, pkg) }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
}

function describe (n: ast.Node): string {
  switch (n.kind) {
    case 'FuncLit': return 'a function literal'
    case 'CallExpr': return 'a call with other than one argument'
    case 'UnaryExpr': return 'a receive'
    case 'SliceExpr': return 'slicing'
    case 'TypeAssertExpr': return 'a type assertion'
    default: return n.kind
  }
}

function clip (s: string): string { return s.length > 40 ? s.slice(0, 40) + '…' : s }

function unparen (e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x
  return e
}

const tstr = (t: T.Type): string => typeString(t, byName)

/** the checked expression as a literal of type t (t is the type it is assigned to) */
function toLiteral (info: Info, e0: ast.Expr, t: T.Type, pkg: Package): LiteralValue {
  const e = unparen(e0)
  const tv = info.types.get(e)
  const u = T.underOf(t)
  if (u.kind === 'interface') {
    if (tv === undefined) throw new Error('argument has no type')
    if (tv.type.kind === 'basic' && tv.type.basicKind === T.BasicKind.UntypedNil) return { kind: 'nil', type: tstr(t) }
    let dyn = tv.type
    if (dyn.kind === 'basic') dyn = defaultType(dyn)
    if (T.underOf(dyn).kind === 'interface') {
      // a conversion to an interface type: the operand's own type is dynamic
      if (e.kind === 'CallExpr') return toLiteral(info, e.args[0], T.underOf(info.types.get(unparen(e.args[0]))!.type).kind === 'interface' ? dyn : info.types.get(unparen(e.args[0]))!.type, pkg)
      return { kind: 'nil', type: tstr(t) }
    }
    return toLiteral(info, e, dyn, pkg)
  }
  if (tv?.value !== undefined) return constLiteral(tv.value, t)
  if (tv !== undefined && tv.type.kind === 'basic' && tv.type.basicKind === T.BasicKind.UntypedNil) return { kind: 'nil', type: tstr(t) }
  if (e.kind === 'Ident' && e.name === 'nil') return { kind: 'nil', type: tstr(t) }
  switch (e.kind) {
    case 'UnaryExpr':
      if (e.op === '&') {
        if (u.kind !== 'pointer') throw new Error(`cannot use &… as ${tstr(t)}`)
        return { kind: 'ptr', type: tstr(t), elem: toLiteral(info, e.x, u.elem, pkg) }
      }
      break
    case 'CompositeLit': {
      if (u.kind === 'pointer') return { kind: 'ptr', type: tstr(t), elem: toLiteral(info, e, u.elem, pkg) } // elided &T{}
      return compositeLiteral(info, e, t, pkg)
    }
    case 'CallExpr': {
      // a conversion of a non-constant operand
      const arg = unparen(e.args[0])
      const at = info.types.get(arg)
      if (at?.value !== undefined && at.value.kind === 'String') {
        const bytes = C.stringVal(at.value)
        if (u.kind === 'slice' && T.underOf(u.elem).kind === 'basic') {
          const ek = (T.underOf(u.elem) as T.Basic).basicKind
          const codes: number[] = []
          if (ek === T.BasicKind.Uint8) for (let i = 0; i < bytes.length; i++) codes.push(bytes.charCodeAt(i))
          else if (ek === T.BasicKind.Int32) { for (let i = 0; i < bytes.length;) { const [r, w] = C.decodeRune(bytes, i); codes.push(r); i += w } } else throw new Error(`cannot convert a string to ${tstr(t)}`)
          return { kind: 'list', type: tstr(t), len: codes.length, elems: codes.map((c, index) => ({ index, value: { kind: 'int', type: tstr(u.elem), value: BigInt(c) } })) }
        }
      }
      if (at === undefined) break
      const inner = toLiteral(info, arg, at.type, pkg)
      return { ...inner, type: tstr(t) } as LiteralValue
    }
  }
  throw new Error(`${e.kind} is not a literal of ${tstr(t)}`)
}

function constLiteral (v: C.Value, t: T.Type): LiteralValue {
  const u = T.underOf(t)
  const type = tstr(t)
  if (u.kind !== 'basic') throw new Error(`a constant cannot be a ${type}`)
  switch (v.kind) {
    case 'Bool': return { kind: 'bool', type, value: C.boolVal(v) }
    case 'String': return { kind: 'string', type, value: C.stringVal(v) }
    default: break
  }
  const k = u.basicKind
  if (k === T.BasicKind.Float32 || k === T.BasicKind.Float64 || k === T.BasicKind.UntypedFloat) {
    const [f] = k === T.BasicKind.Float32 ? C.float32Val(C.toFloat(v)) : C.float64Val(C.toFloat(v))
    return { kind: 'float', type, value: f }
  }
  if (k === T.BasicKind.Complex64 || k === T.BasicKind.Complex128 || k === T.BasicKind.UntypedComplex) {
    const c = C.toComplex(v)
    const re = C.float64Val(C.real(c))[0]; const im = C.float64Val(C.imag(c))[0]
    return { kind: 'complex', type, re, im }
  }
  const iv = C.toInt(v)
  if (iv.kind !== 'Int') throw new Error(`${C.toString(v)} is not an integer`)
  return { kind: 'int', type, value: iv.value }
}

function compositeLiteral (info: Info, e: ast.CompositeLit, t: T.Type, pkg: Package): LiteralValue {
  const u = T.underOf(t)
  const type = tstr(t)
  switch (u.kind) {
    case 'struct': {
      const fields: Array<{ name: string, value: LiteralValue }> = []
      e.elts.forEach((el, i) => {
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as ast.Ident).name
          const f = u.fields.find(x => x.name === name)!
          fields.push({ name, value: toLiteral(info, el.value, f.type, pkg) })
        } else {
          const f = u.fields[i]
          fields.push({ name: f.name, value: toLiteral(info, el, f.type, pkg) })
        }
      })
      return { kind: 'struct', type, fields }
    }
    case 'array': case 'slice': {
      const elems: Array<{ index: number, value: LiteralValue }> = []
      let idx = 0; let max = 0
      for (const el of e.elts) {
        let v = el
        if (el.kind === 'KeyValueExpr') {
          const kv = info.types.get(el.key)?.value
          if (kv === undefined) throw new Error('an index must be a constant')
          idx = Number(C.int64Val(C.toInt(kv))[0])
          v = el.value
        }
        elems.push({ index: idx, value: toLiteral(info, v, u.elem, pkg) })
        idx++
        if (idx > max) max = idx
      }
      return { kind: 'list', type, len: u.kind === 'array' ? u.len : max, elems }
    }
    case 'map': {
      const entries = (e.elts as ast.KeyValueExpr[]).map(kv => ({ key: toLiteral(info, kv.key, u.key, pkg), value: toLiteral(info, kv.value, u.elem, pkg) }))
      return { kind: 'map', type, entries }
    }
    default: throw new Error(`${type} has no composite literals`)
  }
}

/**
 * A literal's value as the runtime value of type t: integers as number (bigint for int64/uint64,
 * and for int/uint beyond 2^53), strings as Go byte strings, structs built with their class,
 * pointers to structs/arrays as the object itself, other pointers as a Box. `types` (the
 * program's RTypes) lets a literal assigned to an interface find its dynamic type by name.
 */
export function literalToValue (v: LiteralValue, t: RType, types?: RType[]): any {
  types ??= programTypesOf(t)
  switch (t.kind) {
    case 'interface': {
      if (v.kind === 'nil') return null
      const dt = findType(v, types)
      return new Iface(dt, literalToValue(v, dt, types))
    }
    case 'bool': expect(v, 'bool', t); return (v as { value: boolean }).value
    case 'string': expect(v, 'string', t); return (v as { value: string }).value
    case 'float32': case 'float64':
      if (v.kind === 'int') return Number(v.value)
      expect(v, 'float', t)
      return t.kind === 'float32' ? Math.fround((v as { value: number }).value) : (v as { value: number }).value
    case 'complex64': case 'complex128': {
      // an integer or float literal is a complex constant with a zero imaginary part
      const [re, im] = v.kind === 'int' ? [Number(v.value), 0] : v.kind === 'float' ? [v.value, 0] : (expect(v, 'complex', t), [(v as { re: number }).re, (v as { im: number }).im])
      return t.kind === 'complex64' ? new Complex(Math.fround(re), Math.fround(im)) : new Complex(re, im)
    }
    case 'int64': case 'uint64': expect(v, 'int', t); return (v as { value: bigint }).value
    case 'int': case 'uint': case 'uintptr': expect(v, 'int', t); return norm((v as { value: bigint }).value)
    case 'int8': case 'int16': case 'int32': case 'uint8': case 'uint16': case 'uint32':
      expect(v, 'int', t); return Number((v as { value: bigint }).value)
    case 'ptr': {
      if (v.kind === 'nil') return null
      expect(v, 'ptr', t)
      const inner = literalToValue((v as { elem: LiteralValue }).elem, t.elem!, types)
      return t.elem!.kind === 'struct' || t.elem!.kind === 'array' ? inner : new Box(inner)
    }
    case 'struct': {
      expect(v, 'struct', t)
      const given = new Map((v as { fields: Array<{ name: string, value: LiteralValue }> }).fields.map(f => [f.name, f.value]))
      const args = t.fields.map(f => {
        const fv = given.get(f.name)
        return fv === undefined ? zeroOf(f.type) : literalToValue(fv, f.type, types)
      })
      return new t.ctor(...args)
    }
    case 'array': case 'slice': {
      if (v.kind === 'nil' && t.kind === 'slice') return NIL_SLICE
      expect(v, 'list', t)
      const l = v as { len: number, elems: Array<{ index: number, value: LiteralValue }> }
      const et = t.elem!
      const a: any[] = []
      for (let i = 0; i < l.len; i++) a.push(zeroOf(et))
      for (const el of l.elems) a[el.index] = literalToValue(el.value, et, types)
      if (t.kind === 'array') return a
      return new Slice(et.kind === 'uint8' ? Uint8Array.from(a) : a, 0, a.length, a.length)
    }
    case 'map': {
      if (v.kind === 'nil') return null
      expect(v, 'map', t)
      const kt = t.key!
      const complex = kt.kind === 'struct' || kt.kind === 'array' || kt.kind === 'interface' || kt.kind === 'float32' || kt.kind === 'float64' || kt.kind === 'complex64' || kt.kind === 'complex128'
      const m = new GoMap(complex ? kt : null, complex)
      for (const en of (v as { entries: Array<{ key: LiteralValue, value: LiteralValue }> }).entries) {
        mset(m, literalToValue(en.key, kt, types), literalToValue(en.value, t.elem!, types))
      }
      return m
    }
    case 'func': case 'chan': case 'unsafe.Pointer':
      if (v.kind === 'nil') return null
      break
  }
  throw new Error(`cannot make a ${t.str} from a ${v.kind} literal`)
}

/**
 * The runtime arguments of a call of a function of type ft from checkArguments' values (one per
 * argument; a variadic function's trailing values become the Slice its last parameter takes).
 */
export function argumentsToValues (values: LiteralValue[], ft: RType, types?: RType[]): any[] {
  const n = ft.params.length
  if (!ft.variadic) return values.map((v, i) => literalToValue(v, ft.params[i], types))
  const fixed = values.slice(0, n - 1).map((v, i) => literalToValue(v, ft.params[i], types))
  const st = ft.params[n - 1]
  const rest = values.slice(n - 1).map(v => literalToValue(v, st.elem!, types))
  return [...fixed, new Slice(st.elem!.kind === 'uint8' ? Uint8Array.from(rest) : rest, 0, rest.length, rest.length)]
}

/** the RTypes of the program that made t (instantiate tags them), for dynamic types of interface values */
function programTypesOf (t: RType): RType[] {
  return (t as { $types?: RType[] }).$types ?? []
}

function expect (v: LiteralValue, kind: LiteralValue['kind'], t: RType): void {
  if (v.kind !== kind) throw new Error(`cannot make a ${t.str} from a ${v.kind} literal`)
}

function findType (v: LiteralValue, types: RType[]): RType {
  const basicKinds = ['bool', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'complex64', 'complex128', 'string']
  const found = types.find(x => x.str === v.type && x.kind !== 'interface')
  if (found !== undefined) return found
  if (basicKinds.includes(v.type)) return basic(v.type as Kind)
  throw new Error(`type ${v.type} is not in the program`)
}

function zeroOf (t: RType): any {
  switch (t.kind) {
    case 'struct': return new t.ctor(...t.fields.map(f => zeroOf(f.type)))
    case 'array': {
      const a: any[] = []
      for (let i = 0; i < t.len; i++) a.push(zeroOf(t.elem!))
      return a
    }
    case 'slice': return NIL_SLICE
    default: return t.zero()
  }
}
