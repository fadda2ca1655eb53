/**
 * Program and service assembly: names every package-level object, emits package variables and
 * init functions, compiles what is reachable, and joins the parts into one `new Function` body
 * (plus, for a service build, its init list, variables, exported functions and type descriptors).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var, Func } from '../types/objects.ts'
import { Ctx, FnCtx, globScope, type CompileUnit, type PosString, type ServiceSpec } from './context.ts'
import { scanAddrTaken } from './escape.ts'
import { valueFor, multiExpr, convert } from './expressions.ts'
import { tupleAt } from './statements.ts'
import { funcDecl, useFunc } from './functions.ts'
import { setUnit, pkgPrefix, funcJsName, tmpName, pos, intern, scratchDecl, jsIdent, jsGoPkg } from './names.ts'
import { rtype } from './rtypes.ts'
import { InternalError } from './crash.ts'
import { isStackOverflow } from '../syntax/errors.ts'
import { zero } from './values.ts'

export function compileProgram (cx: Ctx, units: CompileUnit[], mainPkg: string | null, testUnits = 1): string {
  // names for every package-level object first (functions may be referenced before they are emitted)
  for (const u of units) {
    setUnit(cx, u)
    for (const f of u.files) scanAddrTaken(cx, f, true)
    for (const f of u.files) {
      for (const d of f.decls) {
        if (d.kind === 'FuncDecl') {
          const fo = cx.info.defs.get(d.name) as Func | undefined
          if (fo === undefined || fo === null) continue
          cx.funcNames.set(fo, funcJsName(cx, fo, u.pkg))
          if (d.recv === null && d.name.name === 'init') {
            let n = 0
            for (const [g] of cx.initIndex) if (g.pkg === fo.pkg) n++
            cx.initIndex.set(fo, n)
          }
          cx.declOf.set(fo, { d, unit: u })
          const sig = fo.type as T.Signature
          if (d.body !== null && (sig.typeParams.length > 0 || sig.recvTypeParams.length > 0)) {
            cx.genericDecls.set(fo, { decl: d, info: u.info, pkg: u.pkg, pos: u.posString ?? cx.defaultPos })
          }
        }
      }
    }
  }
  const inits: string[] = []
  const initList: string[] = []
  for (const u of units) {
    setUnit(cx, u)
    cx.out.push(`// package ${u.pkg.path}`)
    for (const f of u.files) {
      for (const d of f.decls) {
        if (d.kind === 'GenDecl' && d.tok === 'var') {
          for (const s of d.specs) {
            const vs = s as ast.ValueSpec
            for (const n of vs.names) {
              const o = cx.info.defs.get(n)
              if (o === undefined || o === null || o.kind !== 'var') continue
              const name = pkgPrefix(cx, u.pkg) + jsIdent(n.name) + (n.name === '_' ? '$' + String(cx.uid++) : '')
              cx.globals.set(o, name)
              if (n.name !== '_') {
                let l = cx.pkgVars.get(u.pkg.path)
                if (l === undefined) { l = []; cx.pkgVars.set(u.pkg.path, l) }
                l.push({ name: n.name, js: name, boxed: cx.globalBoxed.has(o as Var), type: o.type })
              }
              const z = zero(cx, o.type)
              cx.out.push(`let ${name} = ${cx.globalBoxed.has(o as Var) ? `new Box(${z})` : z};`)
            }
          }
        }
      }
    }
    if (cx.service?.remote.has(u.pkg.path) === true) continue // a live import: its state is elsewhere
    // package initialization
    const body: string[] = []
    const saved = cx.fn
    cx.fn = new FnCtx(null)
    cx.closureScope = globScope(jsGoPkg(u.pkg.path) + '.glob.')
    for (const init of cx.info.initOrder) {
      body.push(`/*@${pos(cx, init.rhs.pos)}*/`)
      if (init.lhs.length === 1) {
        const v = init.lhs[0]
        const target = cx.globals.get(v)
        const val = valueFor(cx, init.rhs, v.type)
        if (target === undefined || v.name === '_') body.push(`${val};`)
        else body.push(cx.globalBoxed.has(v) ? `${target}.v = ${val};` : `${target} = ${val};`)
      } else {
        const t = tmpName(cx)
        body.push(`const ${t} = ${multiExpr(cx, init.rhs)};`)
        init.lhs.forEach((v, i) => {
          const target = cx.globals.get(v)
          const val = convert(cx, `${t}[${i}]`, tupleAt(cx, init.rhs, i), v.type)
          if (target !== undefined && v.name !== '_') body.push(cx.globalBoxed.has(v) ? `${target}.v = ${val};` : `${target} = ${val};`)
        })
      }
    }
    for (const f of u.files) {
      for (const d of f.decls) {
        if (d.kind === 'FuncDecl' && d.recv === null && d.name.name === 'init' && d.body !== null) {
          const fo = cx.info.defs.get(d.name) as Func
          useFunc(cx, fo)
          body.push(`${cx.funcNames.get(fo)!}();`)
        }
      }
    }
    body.unshift(scratchDecl(cx))
    cx.fn = saved
    const initName = `$init_${jsIdent(u.pkg.path)}`
    cx.out.push(`function ${initName}() {\n/*@{${intern(cx, jsGoPkg(u.pkg.path) + '.init()')}*/\n${body.join('\n')}\n}/*@}*/`)
    inits.push(`${initName}();`)
    initList.push(`[${JSON.stringify(u.pkg.path)}, ${initName}]`)
  }
  let mainCall = ''
  if (mainPkg !== null) {
    const u = units.find(x => x.pkg.path === mainPkg)
    const mo = u?.pkg.scope.lookup('main')
    if (mo !== undefined && mo !== null && mo.kind === 'func') { useFunc(cx, mo as Func); mainCall = cx.funcNames.get(mo as Func) ?? '' }
  }
  const tests: string[] = []
  // the package under test, and its external test package when it has one
  for (const last of units.slice(units.length - testUnits)) {
    for (const name of last.pkg.scope.names()) {
      const o = last.pkg.scope.lookup(name)
      if (o !== undefined && o !== null && o.kind === 'func' && /^(Test|Example|Benchmark)/.test(name)) {
        useFunc(cx, o as Func)
        tests.push(`${JSON.stringify(name)}: ${cx.funcNames.get(o as Func) ?? 'null'}`)
      }
    }
  }
  for (const [f] of cx.funcNames) if (cx.exportNames.includes((f.pkg?.path ?? '') + '.' + f.name)) useFunc(cx, f)
  const serviceFns: string[] = []
  if (cx.service !== null) {
    const own = units.find(x => x.pkg.path === cx.service!.own)
    if (own !== undefined) {
      for (const name of own.pkg.scope.names()) {
        const o = own.pkg.scope.lookup(name)
        if (o === undefined || o === null || o.kind !== 'func' || !/^\p{Lu}/u.test(name)) continue
        const sig = o.type as T.Signature
        if (sig.typeParams.length > 0) continue
        useFunc(cx, o as Func)
        serviceFns.push(`${JSON.stringify(name)}: { fn: ${cx.funcNames.get(o as Func)!}, type: ${rtype(cx, sig)} }`)
      }
    }
  }
  let serviceVars = ''
  if (cx.service !== null) {
    const vars: string[] = []
    for (const path of cx.service.land) {
      if (cx.service.remote.has(path)) continue
      const l = cx.pkgVars.get(path) ?? []
      vars.push(`${JSON.stringify(path)}: [${l.map(v => `{ name: ${JSON.stringify(v.name)}, type: ${rtype(cx, v.type)}, ` +
          (v.boxed ? `box: ${v.js}, get: () => ${v.js}.v, set: (v) => { ${v.js}.v = v; } }` : `get: () => ${v.js}, set: (v) => { ${v.js} = v; } }`)).join(', ')}]`)
    }
    serviceVars = vars.join(', ')
  }
  // compile what is reachable: functions as they are first referenced, generic instances as they are needed
  const drain = (): void => {
    while (cx.worklist.length > 0 || cx.pendingInstances.length > 0) {
      if (cx.worklist.length > 0) {
        const f = cx.worklist.shift()!
        const e = cx.declOf.get(f)!
        setUnit(cx, e.unit)
        cx.fn = new FnCtx(null)
        funcDecl(cx, e.d)
      } else cx.pendingInstances.shift()!()
    }
  }
  drain()
  // every descriptor: the compile above created them all
  const serviceFields = cx.service === null ? '' : `inits: [${initList.join(', ')}], vars: { ${serviceVars} }, service: { ${serviceFns.join(', ')} }, types: [${[...cx.rtypes.values()].join(', ')}], `
  return [
    prelude(cx),
    ...cx.typeDecls,
    ...cx.nativeBinds,
    ...cx.out,
    ...cx.methodFills,
    `return { init() { ${inits.join(' ')} }, ${serviceFields}main: ${mainCall === '' ? 'null' : mainCall}, funcs: { ${tests.join(', ')} }, exports: { ${exportList(cx).join(', ')} }, positions: $positions };`
  ].join('\n')
}

function exportList (cx: Ctx): string[] {
  const out: string[] = []
  for (const [f, n] of cx.funcNames) {
    const key = (f.pkg?.path ?? '') + '.' + f.name
    if (cx.exportNames.includes(key)) out.push(`${JSON.stringify(key)}: ${n}`)
  }
  return out
}

export function prelude (cx: Ctx): string {
  return `"use strict";
const { iadd, isub, imul, idiv, irem, ineg, inot, iand, ior, ixor, iandnot, ishl, ishr, uadd, usub, umul, udiv, urem, uneg, unot, ushl, ushr,
  div64, rem64, udiv64, shl64, ushl64, shr64, ushr64, div32, rem32, shiftCount, toSmall, toInt, toUint, toInt64, toUint64, floatToInt, floatToUint, floatToBig, floatToSmall, intToFloat, norm,
  sget, sset, six, aget, aset, aix, strAt, slice, sliceArr, substr, makeSlice, mkSlice, releaseOwned, append1, appendN, appendSlice, appendStr, copy, copyStr, sliceToArr, sliceToArrPtr,
  mkmap, mget, mgetf, mget2, mset, mdel, mclear, mlen, mkeyOf, iface, assertType, assertType2, assertIface, assertIface2, isType,
  bytesToString, stringToBytes, stringToRunes, runesToString, cat, elemPtr, nilDeref, panicRuntime, ptrEq,
  CZERO, cmk, cmk64, cadd, csub, cmul, cdiv, cneg, ceq, cadd64, csub64, cmul64, cdiv64,
  Iface, Slice, NIL_SLICE, GoMap, Box, ElemPtr, FieldPtr, runeToStr, decodeRune, equal, ifaceEq, clone, newType, basic, GoPanic } = $rt;
const $positions = ${JSON.stringify(cx.posTable)};
`
}

export interface CompileOptions {
  /** resolves positions of units that carry no resolver of their own */
  pos: PosString
  /** the package whose `main` the program runs; null for test and service builds */
  main: string | null
  /** a service build (see Ctx.service) */
  service?: ServiceSpec | null
  /** how many units, last first, hold the tests (`Test…`, `Example…`, `Benchmark…`) the host may run (1) */
  testUnits?: number
  /** package-level functions the host may call, by `pkg.Name` */
  exports?: string[]
}

/**
 * Compiles type-checked packages, in dependency order, to one JavaScript program body.
 *
 * @example
 * ```ts
 * const js = compile(units, { pos, main: 'main' })
 * ```
 */
export function compile (units: CompileUnit[], opts: CompileOptions): string {
  const cx = new Ctx(opts.pos)
  cx.service = opts.service ?? null
  cx.exportNames.push(...opts.exports ?? [])
  try {
    return compileProgram(cx, units, opts.main, opts.testUnits)
  } catch (e) {
    // a compiler bug: name the Go statement being compiled
    if (e instanceof InternalError || isStackOverflow(e)) throw e
    throw new InternalError(e instanceof Error ? e.message : String(e), cx.posString(cx.stmtPos))
  }
}
