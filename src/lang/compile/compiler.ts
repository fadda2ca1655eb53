/**
 * Compiles type-checked Go packages to one JavaScript program (a `new Function` body).
 *
 * Locals are JS locals (`let`); a variable whose address is taken becomes a Box. Package-level
 * variables are top-level `let`s, functions are JS function declarations called directly, methods
 * are functions taking the receiver first. Gas is charged in one place per function entry and loop
 * iteration (the op count of the body, computed at compile time); depth is counted per call.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Info, Selection } from '../types/info.ts'
import type { Obj, Var, Func } from '../types/objects.ts'
import type { Package } from '../types/package.ts'
import { typeKey } from '../types/identity.ts'
import { methodSet, lookupFieldOrMethod } from '../types/lookup.ts'
import * as C from '../constant/index.ts'
import { rep, under, isAgg, isIface, isSmallInt, isIntRep, isComplexRep, wrapSmall, smallBits, defaultType, type Rep } from './typeinfo.ts'

export interface CompileUnit {
  pkg: Package
  files: ast.File[]
  info: Info
  /** resolves this unit's positions (its own FileSet) */
  posString?: PosString
}

/** position resolver: Pos → `file.go:line:col` */
export type PosString = (p: number) => string

const JS_RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
  'import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface ' +
  'package private protected public await arguments eval undefined NaN Infinity Object Array String Number Math Map Set Symbol BigInt Error ' +
  'Boolean Function JSON Date Reflect Proxy Promise globalThis constructor prototype').split(' '))

function jsIdent (name: string): string {
  let s = name.replace(/[^A-Za-z0-9_]/g, c => '$' + c.codePointAt(0)!.toString(16))
  if (JS_RESERVED.has(s)) s = s + '_'
  return s
}
function fieldJs (name: string, i: number): string {
  if (name === '_') return '_$' + String(i)
  if (name === '__proto__') return '__proto__$'
  return name
}

interface LoopCtx { label: string | null; brk: string; cont: string }

class FnCtx {
  names = new Map<Var, string>()
  used = new Set<string>()
  boxed = new Set<Var>()
  mutated = new Set<Var>()
  tmp = 0
  hasDefer = false
  /** position indexes of the return statements of a function with defers (its deferred calls run there) */
  rets: number[] = []
  /** result variables (named or synthesized) when the function has defers or named results */
  results: string[] | null = null
  resultTypes: T.Type[] = []
  loops: LoopCtx[] = []
  scratch = 0
  /** keyword for declarations: 'var' at the top level of a function compiled as a goto state machine */
  declKw: 'let' | 'var' = 'let'
  /** label name → state index, for goto */
  gotoStates: Map<string, number> | null = null
  /** label of the switch statement being compiled for `break` within it */
  constructor (readonly parent: FnCtx | null) {
    if (parent !== null) { for (const u of parent.used) this.used.add(u); for (const [k, v] of parent.names) this.names.set(k, v); for (const b of parent.boxed) this.boxed.add(b); for (const m of parent.mutated) this.mutated.add(m) }
  }
}

export class Compiler {
  private out: string[] = []
  private typeDecls: string[] = []
  private rtypes = new Map<string, string>()
  private structClasses = new Map<string, string>()
  private globals = new Map<Obj, string>()
  private funcNames = new Map<Func, string>()
  private info!: Info
  private pkg!: Package
  private fn: FnCtx = new FnCtx(null)
  private uid = 0
  private posTable: string[] = []
  /** how closures are named in tracebacks: Go's `outer.funcN` (or `outer.N` inside a closure) */
  private closureScope: ClosureScope = globScope('glob.')
  /** function literals called where they stand (`func(){…}()`): Go names their literals after the enclosing function's */
  private directLits = new WeakSet<ast.FuncLit>()
  /** init functions' Go names (`init.0`, `init.1`, … per package in declaration order) */
  private initIndex = new Map<Func, number>()
  private posIndex = new Map<string, number>()
  private methodFills: string[] = []
  private nativeBinds: string[] = []
  private instances = new Map<string, string>()
  private pendingInstances: Array<() => void> = []
  private subst: Map<T.TypeParam, T.Type> | null = null
  private globalBoxed = new Set<Var>()
  private mutatedGlobal = new Set<Var>()

  /**
   * Service builds: `own` is the service's package (its exported functions are listed in `service`),
   * `land` the land packages whose variables are listed in `vars`, `remote` the live-imported
   * services (exported functions become trampolines to `$env.callService`, no init).
   */
  service: { own: string, land: Set<string>, remote: Set<string> } | null = null
  private pkgVars = new Map<string, Array<{ name: string, js: string, boxed: boolean, type: T.Type }>>()

  private posString: PosString
  constructor (private readonly defaultPos: PosString) { this.posString = defaultPos }

  // ------------------------------------------------------------------ public

  compile (units: CompileUnit[], mainPkg: string | null): string {
    // names for every package-level object first (functions may be referenced before they are emitted)
    for (const u of units) {
      this.setUnit(u)
      for (const f of u.files) this.scanAddrTaken(f, true)
      for (const f of u.files) {
        for (const d of f.decls) {
          if (d.kind === 'FuncDecl') {
            const fo = this.info.defs.get(d.name) as Func | undefined
            if (fo === undefined || fo === null) continue
            this.funcNames.set(fo, this.funcJsName(fo, u.pkg))
            if (d.recv === null && d.name.name === 'init') {
              let n = 0
              for (const [g] of this.initIndex) if (g.pkg === fo.pkg) n++
              this.initIndex.set(fo, n)
            }
            this.declOf.set(fo, { d, unit: u })
            const sig = fo.type as T.Signature
            if (d.body !== null && (sig.typeParams.length > 0 || sig.recvTypeParams.length > 0)) {
              this.genericDecls.set(fo, { decl: d, info: u.info, pkg: u.pkg, pos: u.posString ?? this.defaultPos })
            }
          }
        }
      }
    }
    const inits: string[] = []
    const initList: string[] = []
    for (const u of units) {
      this.setUnit(u)
      this.out.push(`// package ${u.pkg.path}`)
      for (const f of u.files) {
        for (const d of f.decls) {
          if (d.kind === 'GenDecl' && d.tok === 'var') {
            for (const s of d.specs) {
              const vs = s as ast.ValueSpec
              for (const n of vs.names) {
                const o = this.info.defs.get(n)
                if (o === undefined || o === null || o.kind !== 'var') continue
                const name = this.pkgPrefix(u.pkg) + jsIdent(n.name) + (n.name === '_' ? '$' + String(this.uid++) : '')
                this.globals.set(o, name)
                if (n.name !== '_') {
                  let l = this.pkgVars.get(u.pkg.path)
                  if (l === undefined) { l = []; this.pkgVars.set(u.pkg.path, l) }
                  l.push({ name: n.name, js: name, boxed: this.globalBoxed.has(o as Var), type: o.type })
                }
                const z = this.zero(o.type)
                this.out.push(`let ${name} = ${this.globalBoxed.has(o as Var) ? `new Box(${z})` : z};`)
              }
            }
          }
        }
      }
      if (this.service?.remote.has(u.pkg.path) === true) continue // a live import: its state is elsewhere
      // package initialization
      const body: string[] = []
      const saved = this.fn
      this.fn = new FnCtx(null)
      this.closureScope = globScope(jsGoPkg(u.pkg.path) + '.glob.')
      for (const init of this.info.initOrder) {
        body.push(`/*@${this.pos(init.rhs.pos)}*/`)
        if (init.lhs.length === 1) {
          const v = init.lhs[0]
          const target = this.globals.get(v)
          const val = this.valueFor(init.rhs, v.type)
          if (target === undefined || v.name === '_') body.push(`${val};`)
          else body.push(this.globalBoxed.has(v) ? `${target}.v = ${val};` : `${target} = ${val};`)
        } else {
          const t = this.tmpName()
          body.push(`const ${t} = ${this.expr(init.rhs)};`)
          init.lhs.forEach((v, i) => {
            const target = this.globals.get(v)
            if (target !== undefined && v.name !== '_') body.push(this.globalBoxed.has(v) ? `${target}.v = ${t}[${i}];` : `${target} = ${t}[${i}];`)
          })
        }
      }
      for (const f of u.files) {
        for (const d of f.decls) {
          if (d.kind === 'FuncDecl' && d.recv === null && d.name.name === 'init' && d.body !== null) {
            const fo = this.info.defs.get(d.name) as Func
            this.useFunc(fo)
            body.push(`${this.funcNames.get(fo)!}();`)
          }
        }
      }
      body.unshift(this.scratchDecl())
      this.fn = saved
      const initName = `$init_${jsIdent(u.pkg.path)}`
      this.out.push(`function ${initName}() {\n/*@{${this.intern(jsGoPkg(u.pkg.path) + '.init()')}*/\n${body.join('\n')}\n}/*@}*/`)
      inits.push(`${initName}();`)
      initList.push(`[${JSON.stringify(u.pkg.path)}, ${initName}]`)
    }
    let mainCall = ''
    if (mainPkg !== null) {
      const u = units.find(x => x.pkg.path === mainPkg)
      const mo = u?.pkg.scope.lookup('main')
      if (mo !== undefined && mo !== null && mo.kind === 'func') { this.useFunc(mo as Func); mainCall = this.funcNames.get(mo as Func) ?? '' }
    }
    const tests: string[] = []
    const last = units[units.length - 1]
    if (last !== undefined) {
      for (const name of last.pkg.scope.names()) {
        const o = last.pkg.scope.lookup(name)
        if (o !== undefined && o !== null && o.kind === 'func' && /^(Test|Example|Benchmark)/.test(name)) {
          this.useFunc(o as Func)
          tests.push(`${JSON.stringify(name)}: ${this.funcNames.get(o as Func) ?? 'null'}`)
        }
      }
    }
    for (const [f] of this.funcNames) if (this.exportNames.includes((f.pkg?.path ?? '') + '.' + f.name)) this.useFunc(f)
    const serviceFns: string[] = []
    if (this.service !== null) {
      const own = units.find(x => x.pkg.path === this.service!.own)
      if (own !== undefined) {
        for (const name of own.pkg.scope.names()) {
          const o = own.pkg.scope.lookup(name)
          if (o === undefined || o === null || o.kind !== 'func' || !/^\p{Lu}/u.test(name)) continue
          const sig = o.type as T.Signature
          if (sig.typeParams.length > 0) continue
          this.useFunc(o as Func)
          serviceFns.push(`${JSON.stringify(name)}: { fn: ${this.funcNames.get(o as Func)!}, type: ${this.rtype(sig)} }`)
        }
      }
    }
    let serviceVars = ''
    if (this.service !== null) {
      const vars: string[] = []
      for (const path of this.service.land) {
        if (this.service.remote.has(path)) continue
        const l = this.pkgVars.get(path) ?? []
        vars.push(`${JSON.stringify(path)}: [${l.map(v => `{ name: ${JSON.stringify(v.name)}, type: ${this.rtype(v.type)}, ` +
          (v.boxed ? `box: ${v.js}, get: () => ${v.js}.v, set: (v) => { ${v.js}.v = v; } }` : `get: () => ${v.js}, set: (v) => { ${v.js} = v; } }`)).join(', ')}]`)
      }
      serviceVars = vars.join(', ')
    }
    // compile what is reachable: functions as they are first referenced, generic instances as they are needed
    const drain = (): void => {
      while (this.worklist.length > 0 || this.pendingInstances.length > 0) {
        if (this.worklist.length > 0) {
          const f = this.worklist.shift()!
          const e = this.declOf.get(f)!
          this.setUnit(e.unit)
          this.fn = new FnCtx(null)
          this.funcDecl(e.d)
        } else this.pendingInstances.shift()!()
      }
    }
    drain()
    // every descriptor: the compile above created them all
    const serviceFields = this.service === null ? '' : `inits: [${initList.join(', ')}], vars: { ${serviceVars} }, service: { ${serviceFns.join(', ')} }, types: [${[...this.rtypes.values()].join(', ')}], `
    return [
      this.prelude(),
      ...this.typeDecls,
      ...this.nativeBinds,
      ...this.out,
      ...this.methodFills,
      `return { init() { ${inits.join(' ')} }, ${serviceFields}main: ${mainCall === '' ? 'null' : mainCall}, funcs: { ${tests.join(', ')} }, exports: { ${this.exportList().join(', ')} }, positions: $positions };`
    ].join('\n')
  }

  get positions (): string[] { return this.posTable }

  /** package-level functions the host may call, by `pkg.Name` */
  readonly exportNames: string[] = []
  private exportList (): string[] {
    const out: string[] = []
    for (const [f, n] of this.funcNames) {
      const key = (f.pkg?.path ?? '') + '.' + f.name
      if (this.exportNames.includes(key)) out.push(`${JSON.stringify(key)}: ${n}`)
    }
    return out
  }

  private prelude (): string {
    return `"use strict";
const { iadd, isub, imul, idiv, irem, ineg, inot, iand, ior, ixor, iandnot, ishl, ishr, uadd, usub, umul, udiv, urem, uneg, unot, ushl, ushr,
  div64, rem64, udiv64, shl64, ushl64, shr64, ushr64, div32, rem32, shiftCount, toSmall, toInt, toUint, toInt64, toUint64, floatToInt, floatToUint, floatToBig, floatToSmall, intToFloat, norm,
  sget, sset, six, aget, aset, aix, strAt, slice, sliceArr, substr, makeSlice, mkSlice, append1, appendN, appendSlice, appendStr, copy, copyStr, sliceToArr, sliceToArrPtr,
  mkmap, mget, mgetf, mget2, mset, mdel, mclear, mlen, mkeyOf, iface, assertType, assertType2, assertIface, assertIface2, isType,
  bytesToString, stringToBytes, stringToRunes, runesToString, cat, elemPtr, nilDeref, panicRuntime, ptrEq,
  CZERO, cmk, cmk64, cadd, csub, cmul, cdiv, cneg, ceq, cadd64, csub64, cmul64, cdiv64,
  Iface, Slice, NIL_SLICE, GoMap, Box, ElemPtr, FieldPtr, runeToStr, decodeRune, equal, ifaceEq, clone, newType, basic, GoPanic } = $rt;
const $positions = ${JSON.stringify(this.posTable)};
`
  }

  // ------------------------------------------------------------------ naming

  private setUnit (u: CompileUnit): void { this.info = u.info; this.pkg = u.pkg; this.posString = u.posString ?? this.defaultPos }
  private pkgPrefix (p: Package | null): string { return p === null ? '$u_' : jsIdent(p.path.replace(/[/.]/g, '_')) + '$' }
  private funcJsName (f: Func, p: Package): string {
    const sig = f.type as T.Signature
    if (sig.recv !== null) {
      let rt = sig.recv.type
      if (rt.kind === 'pointer') rt = rt.elem
      const tn = rt.kind === 'named' ? (rt.obj?.name ?? 'T') : 'T'
      return this.pkgPrefix(p) + jsIdent(tn) + '$' + jsIdent(f.name)
    }
    return this.pkgPrefix(p) + jsIdent(f.name) + (f.name === 'init' ? '$' + String(this.uid++) : '')
  }
  private tmpName (): string { return '$t' + String(this.fn.tmp++) }
  private localName (v: Var): string {
    let n = this.fn.names.get(v)
    if (n !== undefined) return n
    let base = jsIdent(v.name === '_' ? '$blank' : v.name)
    if (base.startsWith('$') && v.name !== '_') base = '_' + base
    n = base
    let i = 1
    while (this.fn.used.has(n)) n = base + '$' + String(i++)
    this.fn.used.add(n)
    this.fn.names.set(v, n)
    return n
  }
  private pos (p: number): number {
    return this.intern(this.posString(p))
  }
  /** the index of a string in the program's table of positions and traceback names */
  private intern (s: string): number {
    let i = this.posIndex.get(s)
    if (i === undefined) { i = this.posTable.length; this.posTable.push(s); this.posIndex.set(s, i) }
    return i
  }

  // ------------------------------------------------------------------ types

  private typeOf (e: ast.Expr): T.Type {
    const t = this.info.typeOf(e)
    if (t === undefined) throw new Error(`compiler: no type for ${e.kind} at ${this.posString(e.pos)}`)
    return this.sub(t)
  }
  private tv (e: ast.Expr): { mode: string, type: T.Type, value?: C.Value } | undefined {
    return this.info.types.get(e)
  }
  /** substitute type parameters of the generic instance being compiled */
  private sub (t: T.Type): T.Type {
    if (this.subst === null) return t
    return substType(t, this.subst)
  }

  /** the type as Go's runtime (reflect, %T, panics) spells it: `interface {}`, `struct { A int }`, `int32` for rune */
  private typeStr (t: T.Type): string {
    return rtString(t)
  }

  /** the JS name of the runtime type descriptor of t */
  rtype (t0: T.Type): string {
    const t = this.sub(t0)
    const key = typeKey(t)
    const have = this.rtypes.get(key)
    if (have !== undefined) return have
    const name = '$T' + String(this.rtypes.size)
    this.rtypes.set(key, name)
    const u = under(t)
    const str = JSON.stringify(this.typeStr(t === T.Typ.UntypedNil ? t : defaultType(t)))
    const named = t.kind === 'named'
    const nameInit = named ? `name: ${JSON.stringify(t.obj?.name ?? '')}, pkg: ${JSON.stringify(t.obj?.pkg?.path ?? '')}, ` : ''
    let decl: string
    switch (u.kind) {
      case 'basic': {
        const k = defaultType(u) as T.Basic
        const kind = k.basicKind === T.BasicKind.UnsafePointer ? 'unsafe.Pointer' : k.basicKind === T.BasicKind.UntypedNil ? 'nil' : (T.basicByKind[k.basicKind]).name
        decl = `const ${name} = newType(${JSON.stringify(kind)}, ${str}, {${nameInit}});`
        break
      }
      case 'pointer': decl = `const ${name} = newType("ptr", ${str}, {${nameInit}});`; this.typeDecls.push(decl); this.typeDecls.push(`${name}.elem = ${this.rtype(u.elem)};`); decl = ''; break
      case 'slice': decl = `const ${name} = newType("slice", ${str}, {${nameInit}});`; this.typeDecls.push(decl); this.typeDecls.push(`${name}.elem = ${this.rtype(u.elem)};`); decl = ''; break
      case 'array': decl = `const ${name} = newType("array", ${str}, {${nameInit}len: ${u.len}});`; this.typeDecls.push(decl); this.typeDecls.push(`${name}.elem = ${this.rtype(u.elem)};`); decl = ''; break
      case 'chan': decl = `const ${name} = newType("chan", ${str}, {${nameInit}});`; break
      case 'map': decl = `const ${name} = newType("map", ${str}, {${nameInit}});`; this.typeDecls.push(decl); this.typeDecls.push(`${name}.key = ${this.rtype(u.key)}; ${name}.elem = ${this.rtype(u.elem)};`); decl = ''; break
      case 'signature': {
        this.typeDecls.push(`const ${name} = newType("func", ${str}, {${nameInit}variadic: ${String(u.variadic)}});`)
        const ps = u.params.vars.map(p => this.rtype(p.type))
        const rs = u.results.vars.map(r => this.rtype(r.type))
        this.typeDecls.push(`${name}.params = [${ps.join(', ')}]; ${name}.results = [${rs.join(', ')}];`)
        decl = ''
        break
      }
      case 'interface': {
        const ms = methodSet(u).slice().sort((a, b) => a.obj.name < b.obj.name ? -1 : a.obj.name > b.obj.name ? 1 : 0)
        decl = `const ${name} = newType("interface", ${str}, {${nameInit}imethods: ${JSON.stringify(ms.map(m => m.obj.name))}, isigs: ${JSON.stringify(ms.map(m => this.sigId(m.obj.type)))}});`
        break
      }
      case 'struct': {
        this.typeDecls.push(`const ${name} = newType("struct", ${str}, {${nameInit}});`)
        const cls = this.structClass(u)
        const fields = u.fields.map((f, i) => `{ name: ${JSON.stringify(f.name)}, js: ${JSON.stringify(fieldJs(f.name, i))}, type: ${this.rtype(f.type)}, embedded: ${String(f.embedded)}, exported: ${String(/^[A-Z]/.test(f.name))} }`)
        this.typeDecls.push(`${name}.fields = [${fields.join(', ')}]; ${name}.ctor = ${cls};`)
        decl = ''
        break
      }
      default: decl = `const ${name} = newType("nil", ${str}, {});`
    }
    if (decl !== '') this.typeDecls.push(decl)
    // method tables (filled at the end, once every function exists)
    if (named || (t.kind === 'pointer' && t.elem.kind === 'named')) this.fillMethods(t, name)
    return name
  }

  private sigIds = new Map<string, number>()
  /** a small number identifying a method signature (interfaces match methods by name and signature) */
  private sigId (t: T.Type): number {
    const k = typeKey(this.sub(t))
    let id = this.sigIds.get(k)
    if (id === undefined) { id = this.sigIds.size + 1; this.sigIds.set(k, id) }
    return id
  }

  private fillMethods (t: T.Type, name: string): void {
    if (isIface(t)) return
    const ms = methodSet(t)
    for (const m of ms) {
      const fn = this.methodImpl(t, m.obj, m.index)
      if (fn !== null) this.methodFills.push(`${name}.methods[${JSON.stringify(m.obj.name)}] = ${fn}; ${name}.msigs[${JSON.stringify(m.obj.name)}] = ${this.sigId(m.obj.type)};`)
    }
  }

  /** a function (recv, ...args) calling method f of type t found through embedding path `index` */
  private methodImpl (t: T.Type, f: Func, index: number[]): string | null {
    const target = this.funcRef(f)
    if (target === null && index.length < 2) return null
    // walk embedded fields
    let cur = t
    let expr = 'r'
    for (let i = 0; i < index.length - 1; i++) {
      const isPtr = cur.kind === 'pointer' || under(cur).kind === 'pointer'
      let st: T.Type = isPtr ? (under(cur) as T.Pointer).elem : cur
      if (isPtr && !isAgg(st)) { expr = `${expr}.get()`; st = (under(cur) as T.Pointer).elem }
      const s = under(st) as T.Struct
      const fld = s.fields[index[i]]
      expr = `${expr}.${fieldJs(fld.name, index[i])}`
      cur = fld.type
    }
    if (isIface(cur)) return `(r, ...a) => { const i = ${expr} ?? nilDeref(); return i.t.methods[${JSON.stringify(f.name)}](i.v, ...a); }`
    const sig = f.type as T.Signature
    const wantPtr = sig.recv !== null && sig.recv.type.kind === 'pointer'
    const havePtr = under(cur).kind === 'pointer'
    const elem = havePtr ? (under(cur) as T.Pointer).elem : cur
    if (!wantPtr && havePtr && !isAgg(elem)) expr = `${expr}.get()`
    if (wantPtr && !havePtr && !isAgg(elem)) return null // not in the method set of a value
    if (expr === 'r') return target
    return `(r, ...a) => ${target}(${expr}, ...a)`
  }

  private funcRef (f: Func): string | null {
    const o = f.origin ?? f
    const n = this.funcNames.get(o)
    if (n !== undefined) {
      this.useFunc(o)
      const sig = o.type as T.Signature
      if (sig.recvTypeParams !== undefined && sig.recvTypeParams.length > 0) {
        // method of a generic type: instantiate for the receiver's type arguments
        const rt = (f.type as T.Signature).recv?.type
        const named = rt === undefined ? null : (rt.kind === 'pointer' ? rt.elem : rt)
        if (named !== null && named.kind === 'named' && named.typeArgs.length > 0) return this.instance(o, sig.recvTypeParams, named.typeArgs.map(x => this.sub(x)))
      }
      return n
    }
    return null
  }

  private structClass (s: T.Struct): string {
    const key = typeKey(s)
    const have = this.structClasses.get(key)
    if (have !== undefined) return have
    const name = '$S' + String(this.structClasses.size)
    this.structClasses.set(key, name)
    const fs = s.fields.map((f, i) => fieldJs(f.name, i))
    const params = fs.map((_, i) => 'a' + String(i))
    const cl = s.fields.map((f, i) => isAgg(f.type) ? this.cloneExpr(f.type, `this.${fs[i]}`) : `this.${fs[i]}`)
    const eq = s.fields.map((f, i) => this.eqExpr(f.type, `this.${fs[i]}`, `o.${fs[i]}`)).join(' && ')
    const set = s.fields.map((f, i) => `this.${fs[i]} = ${isAgg(f.type) ? this.cloneExpr(f.type, `o.${fs[i]}`) : `o.${fs[i]}`};`).join(' ')
    this.typeDecls.push(`class ${name} { constructor(${params.join(', ')}) { if (($mem -= ${Math.max(sizeOf(s), 8)}) < 0) $oom(); ${fs.map((f, i) => `this.${f} = a${i};`).join(' ')} }
  $clone() { return new ${name}(${cl.join(', ')}); }
  $set(o) { ${set} }
  $eq(o) { return ${eq === '' ? 'true' : eq}; } }`)
    return name
  }

  private cloneExpr (t: T.Type, x: string): string {
    const u = under(t)
    if (u.kind === 'struct') return `${x}.$clone()`
    if (u.kind === 'array') {
      if (isAgg(u.elem)) return `${x}.map(e => ${this.cloneExpr(u.elem, 'e')})`
      return `${x}.slice()`
    }
    return x
  }
  private eqExpr (t: T.Type, a: string, b: string): string {
    const u = under(t)
    switch (u.kind) {
      case 'struct': return `${a}.$eq(${b})`
      case 'array': case 'interface': return `equal(${this.rtype(t)}, ${a}, ${b})`
      case 'basic': if (isComplexRep(rep(u))) return `ceq(${a}, ${b})`; return `${a} === ${b}`
      default: return `${a} === ${b}`
    }
  }

  /** JS expression for the zero value of t */
  zero (t0: T.Type): string {
    const t = this.sub(t0)
    const u = under(t)
    switch (u.kind) {
      case 'basic': {
        const r = rep(u)
        if (r === 'bool') return 'false'
        if (r === 'string') return '""'
        if (r === 'big' || r === 'ubig') return '0n'
        if (r === 'nil') return 'null'
        if (r === 'c128' || r === 'c64') return 'CZERO'
        if (r === 'ptr') return 'null'
        return '0'
      }
      case 'slice': return 'NIL_SLICE'
      case 'struct': {
        const cls = this.structClass(u)
        return `new ${cls}(${u.fields.map(f => this.zero(f.type)).join(', ')})`
      }
      case 'array': {
        if (isAgg(u.elem)) return `Array.from({length: ${u.len}}, () => ${this.zero(u.elem)})`
        return `new Array(${u.len}).fill(${this.zero(u.elem)})`
      }
      default: return 'null'
    }
  }
  private zeroFn (t: T.Type): string { return `() => ${this.zero(t)}` }

  // ------------------------------------------------------------------ analysis

  /** marks variables whose address is taken (they become Boxes unless aggregates) */
  private scanAddrTaken (node: any, global: boolean): void {
    const visit = (n: any): void => {
      if (n === null || typeof n !== 'object') return
      if (Array.isArray(n)) { for (const x of n) visit(x); return }
      if (typeof n.kind !== 'string') return
      if (n.kind === 'UnaryExpr' && n.op === '&') this.markAddr(n.x)
      if (n.kind === 'CallExpr' && n.fun.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(n.fun)
        if (sel !== undefined && sel.kind === 'method') {
          const sig = sel.obj.type as T.Signature
          if (sig.recv !== null && sig.recv.type.kind === 'pointer' && under(sel.recv).kind !== 'pointer' && !isIface(sel.recv)) this.markAddr(n.fun.x)
        }
      }
      if (n.kind === 'SelectorExpr') {
        const sel = this.info.selections.get(n)
        if (sel !== undefined && sel.kind === 'method' && !isIface(sel.recv)) {
          const sig = sel.obj.type as T.Signature
          if (sig.recv !== null && sig.recv.type.kind === 'pointer' && under(sel.recv).kind !== 'pointer') this.markAddr(n.x)
        }
      }
      for (const k in n) {
        if (k === 'pos' || k === 'end' || k === 'kind') continue
        const c = n[k]
        if (c !== null && typeof c === 'object') visit(c)
      }
    }
    void global
    visit(node)
  }
  private markAddr (e: ast.Expr): void {
    while (e.kind === 'ParenExpr') e = e.x
    if (e.kind === 'Ident') {
      const o = this.info.uses.get(e) ?? this.info.defs.get(e)
      if (o !== undefined && o !== null && o.kind === 'var' && !isAgg(o.type)) this.globalBoxed.add(o)
      if (o !== undefined && o !== null && o.kind === 'var' && isAgg(o.type)) this.mutatedGlobal.add(o)
    } else if (e.kind === 'SelectorExpr') {
      // &x.f of an aggregate variable: x stays an object; nothing to box
      const sel = this.info.selections.get(e)
      if (sel !== undefined && sel.kind === 'field' && !sel.indirect) this.markAggAddr(e.x)
    } else if (e.kind === 'IndexExpr') {
      const t = this.info.typeOf(e.x)
      if (t !== undefined && under(t).kind === 'array') this.markAggAddr(e.x)
    }
  }
  private markAggAddr (e: ast.Expr): void {
    while (e.kind === 'ParenExpr') e = e.x
    if (e.kind === 'Ident') {
      const o = this.info.uses.get(e) ?? this.info.defs.get(e)
      if (o !== undefined && o !== null && o.kind === 'var') this.mutatedGlobal.add(o)
    }
  }
  private isBoxed (v: Var): boolean { return this.globalBoxed.has(v) }

  // ------------------------------------------------------------------ functions

  private funcDecl (d: ast.FuncDecl): void {
    const fo = this.info.defs.get(d.name) as Func | undefined
    if (fo === undefined) return
    const name = this.funcNames.get(fo)!
    const sig = fo.type as T.Signature
    if (d.body === null) {
      const key = sig.recv !== null ? `${recvTypeName(sig)}.${fo.name}` : fo.name
      this.nativeBinds.push(`const ${name} = $natives(${JSON.stringify(this.pkg.path)}, ${JSON.stringify(key)});`)
      return
    }
    if (sig.typeParams.length > 0 || sig.recvTypeParams.length > 0) return // compiled per instantiation
    if (sig.recv === null && this.service?.remote.has(this.pkg.path) === true && /^\p{Lu}/u.test(fo.name)) {
      // a live import: the VM runs the callee's code on the callee's state
      this.out.push(`function ${name}(...args) { return $env.callService(${JSON.stringify(this.pkg.path)}, ${JSON.stringify(fo.name)}, args); }`)
      return
    }
    this.out.push(this.funcCode(name, d.recv, d.type, d.body, sig, this.goFuncName(fo, false)))
  }

  private genericDecls = new Map<Func, { decl: ast.FuncDecl, info: Info, pkg: Package, pos: PosString }>()
  private declOf = new Map<Func, { d: ast.FuncDecl, unit: CompileUnit }>()
  private emitted = new Set<Func>()
  private worklist: Func[] = []
  /** marks f as reachable: its declaration will be compiled */
  private useFunc (f: Func): void {
    if (this.emitted.has(f) || !this.declOf.has(f)) return
    this.emitted.add(f)
    this.worklist.push(f)
  }

  /** the JS name of generic function f instantiated with typeArgs (compiled on first use) */
  private instance (f: Func, params: T.TypeParam[], typeArgs: T.Type[]): string {
    const key = (this.funcNames.get(f) ?? f.name) + '[' + typeArgs.map(t => typeKey(t)).join(',') + ']'
    const have = this.instances.get(key)
    if (have !== undefined) return have
    const name = (this.funcNames.get(f) ?? jsIdent(f.name)) + '$i' + String(this.instances.size)
    this.instances.set(key, name)
    const g = this.genericDecls.get(f)
    const compileIt = (): void => {
      const gd = this.genericDecls.get(f)
      if (gd === undefined) { this.out.push(`function ${name}() { throw new Error("generic ${f.name} not compiled"); }`); return }
      const saved = { info: this.info, pkg: this.pkg, subst: this.subst, fn: this.fn, pos: this.posString }
      this.info = gd.info; this.pkg = gd.pkg; this.posString = gd.pos
      const m = new Map<T.TypeParam, T.Type>(this.subst ?? [])
      params.forEach((p, i) => m.set(p, typeArgs[i]))
      this.subst = m
      this.fn = new FnCtx(null)
      const sig = f.type as T.Signature
      this.out.push(this.funcCode(name, gd.decl.recv, gd.decl.type, gd.decl.body!, sig, this.goFuncName(f, true)))
      this.info = saved.info; this.pkg = saved.pkg; this.subst = saved.subst; this.fn = saved.fn; this.posString = saved.pos
    }
    if (g !== undefined) compileIt()
    else this.pendingInstances.push(compileIt)
    return name
  }

  /** Go's name of a declared function in a traceback: `main.f`, `main.(*T).M`, `main.g[...]`, `main.init.0` */
  private goFuncName (f: Func, generic: boolean): string {
    const sig = f.type as T.Signature
    const pkg = jsGoPkg(f.pkg?.path ?? 'main')
    if (sig.recv !== null) {
      let rt = sig.recv.type
      const ptr = rt.kind === 'pointer'
      if (rt.kind === 'pointer') rt = rt.elem
      const tn = (rt.kind === 'named' ? (rt.obj?.name ?? 'T') : 'T') + (sig.recvTypeParams.length > 0 ? '[...]' : '')
      return `${pkg}.${ptr ? `(*${tn})` : tn}.${f.name}`
    }
    const idx = this.initIndex.get(f)
    if (idx !== undefined) return `${pkg}.init.${idx}`
    return `${pkg}.${f.name}${generic ? '[...]' : ''}`
  }

  /** a whole function (declaration or literal) as JS source; goName names it in tracebacks (a literal's is derived here) */
  private funcCode (name: string | null, recv: ast.FieldList | null, ftype: ast.FuncType, body: ast.BlockStmt, sig: T.Signature, goName: string, direct = false): string {
    const savedScope = this.closureScope
    if (name === null) {
      // gc names a literal after its enclosing function; one called where it stands after the
      // nearest enclosing function that is not such a literal
      const outer = direct ? this.closureScope.home : this.closureScope
      goName = outer.closure ? `${outer.name}.${++outer.gen}` : `${outer.name}.func${++outer.gen}`
      const sc: ClosureScope = { name: goName, gen: 0, closure: true, home: null as unknown as ClosureScope }
      sc.home = direct ? this.closureScope.home : sc
      this.closureScope = sc
    } else {
      this.closureScope = globScope(goName)
    }
    const traceName = this.intern(goName + (sig.recv !== null || sig.params.length > 0 ? '(...)' : '()'))
    const saved = this.fn
    this.fn = new FnCtx(name === null ? saved : null)
    const fn = this.fn
    fn.loops = []
    fn.results = null
    fn.hasDefer = hasDefer(body)
    const params: string[] = []
    const prologue: string[] = []
    const bindParam = (id: ast.Ident | null, t: T.Type): void => {
      const o = id === null ? null : this.info.defs.get(id) as Var | undefined
      if (o === null || o === undefined || id!.name === '_') { params.push('$p' + String(params.length)); return }
      const n = this.localName(o)
      if (this.isBoxed(o)) { params.push(n + '$in'); prologue.push(`const ${n} = new Box(${n}$in);`) } else params.push(n)
      if (isAgg(t) && this.mutatedGlobal.has(o)) prologue.push(`${n} = ${this.cloneExpr(t, n)};`)
      else if (isAgg(t) && mutates(body, id!.name, sel => this.isPtrMethodCall(sel))) prologue.push(`${n} = ${this.cloneExpr(t, n)};`)
    }
    if (recv !== null) {
      const f = recv.list[0]
      bindParam(f?.names[0] ?? null, sig.recv!.type)
    }
    let pi = 0
    for (const f of ftype.params.list) {
      if (f.names.length === 0) { params.push('$p' + String(params.length)); pi++; continue }
      for (const n of f.names) { bindParam(n, this.sub(sig.params.at(pi).type)); pi++ }
    }
    // results
    const resTypes = sig.results.vars.map(v => this.sub(v.type))
    fn.resultTypes = resTypes
    const named = ftype.results !== null && ftype.results.list.some(f => f.names.length > 0)
    if (named || fn.hasDefer) {
      fn.results = []
      let ri = 0
      for (const f of ftype.results?.list ?? []) {
        const names = f.names.length === 0 ? [null] : f.names
        for (const n of names) {
          const t = resTypes[ri++]
          const o = n === null ? undefined : this.info.defs.get(n) as Var | undefined
          let jn: string
          if (o !== undefined && o !== null && n!.name !== '_') jn = this.localName(o)
          else jn = '$r' + String(ri)
          fn.results.push(jn)
          if (o !== undefined && o !== null && this.isBoxed(o)) prologue.push(`const ${jn} = new Box(${this.zero(t)});`)
          else prologue.push(`let ${jn} = ${this.zero(t)};`)
        }
      }
    }
    const stmts = this.gotoTargets(body).size > 0 ? this.gotoBody(body) : this.block(body.list)
    const gas = countOps(body.list) + 1
    const p = this.pos(body.pos)
    const lines: string[] = []
    lines.push(`if (($gas -= ${gas}) < 0) $oog(${p}); if (++$depth > $maxDepth) $deep(${p});`)
    lines.push(this.scratchDecl())
    lines.push(...prologue)
    if (fn.hasDefer) {
      lines.push('const $defers = [];')
      lines.push('const $sd = $depth;')
      lines.push('let $ret = 0;')
      lines.push(`try { $body: { ${stmts} } } catch ($e) { $depth = $sd; $runDefers($defers, $e, $sd); $depth = $sd - 1; return ${this.resultsExpr()}; }`)
      // deferred calls at a normal return run at the closing brace (gc's traceback line for them)
      const atEnd = `/*@${this.pos(body.rbrace)}*/$runDefers($defers, null, $sd);`
      if (fn.rets.length === 0) lines.push(atEnd + ' $depth = $sd - 1;')
      else lines.push(`switch ($ret) { ${fn.rets.map((p, i) => `case ${i + 1}: /*@${p}*/$runDefers($defers, null, $sd); break;`).join(' ')} default: ${atEnd} } $depth = $sd - 1;`)
      lines.push(`return ${this.resultsExpr()};`)
    } else {
      lines.push(stmts)
      lines.push('$depth--;')
      if (fn.results !== null) lines.push(`return ${this.resultsExpr()};`)
    }
    this.fn = saved
    this.closureScope = savedScope
    const head = name === null ? `(${params.join(', ')}) =>` : `function ${name}(${params.join(', ')})`
    // the markers delimit the function's lines for the traceback (runtime/exec.ts)
    return `${head} {\n/*@{${traceName}*/${lines.join('\n')}\n}/*@}*/`
  }

  /** labels that goto statements of this function (not of nested literals) jump to */
  private gotoTargets (body: ast.BlockStmt): Set<string> {
    const out = new Set<string>()
    const visit = (n: any): void => {
      if (n === null || typeof n !== 'object') return
      if (Array.isArray(n)) { for (const x of n) visit(x); return }
      if (n.kind === 'FuncLit') return
      if (n.kind === 'BranchStmt' && n.tok === 'goto' && n.label !== null) out.add(n.label.name)
      for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') visit(c) }
    }
    visit(body.list)
    return out
  }

  /** a function body with gotos: a loop over a switch whose cases start at the top-level labels */
  private gotoBody (body: ast.BlockStmt): string {
    const states = new Map<string, number>()
    let n = 0
    for (const st of body.list) if (st.kind === 'LabeledStmt') states.set(st.label.name, ++n)
    this.fn.gotoStates = states
    this.fn.declKw = 'var'
    const parts: string[] = ['case 0:']
    for (const st of body.list) {
      if (st.kind === 'LabeledStmt') parts.push(`case ${states.get(st.label.name)!}:`)
      parts.push(this.stmt(st))
    }
    this.fn.declKw = 'let'
    this.fn.gotoStates = null
    return `let $pc = 0;\n$G: for (;;) { switch ($pc) {\n${parts.join('\n')}\n} break; }`
  }

  /** is sel a call of a method with a pointer receiver (which may modify its operand)? */
  private isPtrMethodCall (sel: ast.SelectorExpr): boolean {
    const s = this.info.selections.get(sel)
    if (s === undefined) return true
    if (s.kind !== 'method') return false
    const sig = s.obj.type as T.Signature
    return sig.recv === null || sig.recv.type.kind === 'pointer' || s.index.length > 1
  }

  private resultsExpr (): string {
    const r = this.fn.results!
    const vals = r.map(n => this.fn.names.size >= 0 && this.isBoxedName(n) ? `${n}.v` : n)
    if (vals.length === 0) return 'undefined'
    if (vals.length === 1) return vals[0]
    return `[${vals.join(', ')}]`
  }
  private isBoxedName (n: string): boolean {
    for (const [v, jn] of this.fn.names) if (jn === n) return this.isBoxed(v)
    return false
  }

  // ------------------------------------------------------------------ statements

  private block (list: ast.Stmt[]): string {
    const out: string[] = []
    for (const s of list) out.push(this.stmt(s))
    return out.join('\n')
  }

  private stmt (s: ast.Stmt, label: string | null = null): string {
    const kw = this.fn.declKw
    if (s.kind !== 'AssignStmt' && s.kind !== 'DeclStmt' && s.kind !== 'LabeledStmt') this.fn.declKw = 'let'
    const savedLine = this.stmtLine
    const savedPos = this.stmtPos
    this.stmtLine = lineOf(this.posString(s.pos))
    this.stmtPos = s.pos
    const code = this.stmtCode(s, label)
    this.stmtLine = savedLine
    this.stmtPos = savedPos
    this.fn.declKw = kw
    if (s.kind === 'BlockStmt' || s.kind === 'EmptyStmt' || code === '') return code
    return `/*@${this.pos(s.pos)}*/` + code
  }

  private stmtCode (s: ast.Stmt, label: string | null): string {
    switch (s.kind) {
      case 'EmptyStmt': return ''
      case 'BlockStmt': return `{\n${this.block(s.list)}\n}`
      case 'ExprStmt': return this.expr(s.x, true) + ';'
      case 'DeclStmt': return this.declStmt(s.decl)
      case 'AssignStmt': return this.assign(s)
      case 'IncDecStmt': return this.incDec(s)
      case 'ReturnStmt': return this.returnStmt(s)
      case 'IfStmt': return this.ifStmt(s)
      case 'ForStmt': return this.forStmt(s, label)
      case 'RangeStmt': return this.rangeStmt(s, label)
      case 'SwitchStmt': return this.switchStmt(s, label)
      case 'TypeSwitchStmt': return this.typeSwitchStmt(s, label)
      case 'LabeledStmt': {
        const l = 'L_' + jsIdent(s.label.name)
        const inner = s.stmt
        if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt') return this.stmt(inner, l)
        return `${l}: {\n${this.stmt(inner)}\n}`
      }
      case 'BranchStmt': return this.branch(s)
      case 'DeferStmt': return this.deferStmt(s)
      case 'GoStmt': case 'SendStmt': case 'SelectStmt':
        return `panicRuntime("goroutines and channels are not supported in Amigo");`
      default: throw new Error(`compiler: unsupported statement ${s.kind}`)
    }
  }

  private declStmt (d: ast.GenDecl): string {
    if (d.tok !== 'var') return ''
    const out: string[] = []
    for (const sp of d.specs) {
      const vs = sp as ast.ValueSpec
      const vars = vs.names.map(n => this.info.defs.get(n) as Var | null)
      if (vs.values.length === 0) {
        vars.forEach(v => { if (v !== null && v !== undefined) out.push(this.declVar(v, this.zero(v.type))) })
      } else if (vs.values.length === vars.length) {
        const vals = vs.values.map((e, i) => vars[i] === null || vars[i] === undefined ? this.expr(e) : this.valueFor(e, vars[i]!.type))
        if (vals.length === 1) {
          const v = vars[0]
          out.push(v === null || v === undefined ? vals[0] + ';' : this.declVar(v, vals[0]))
        } else {
          const ts = vals.map(v => { const t = this.tmpName(); out.push(`const ${t} = ${v};`); return t })
          vars.forEach((v, i) => { if (v !== null && v !== undefined) out.push(this.declVar(v, ts[i])) })
        }
      } else {
        const t = this.tmpName()
        out.push(`const ${t} = ${this.expr(vs.values[0])};`)
        vars.forEach((v, i) => { if (v !== null && v !== undefined) out.push(this.declVar(v, this.convert(`${t}[${i}]`, this.tupleAt(vs.values[0], i), v.type))) })
      }
    }
    return out.join('\n')
  }
  private declVar (v: Var, val: string): string {
    if (v.name === '_') return `${val};`
    const n = this.localName(v)
    const kw = this.fn.declKw
    if (this.isBoxed(v)) return `${kw === 'var' ? 'var' : 'const'} ${n} = new Box(${val});`
    return `${kw} ${n} = ${val};`
  }
  private tupleAt (e: ast.Expr, i: number): T.Type {
    const t = this.typeOf(e)
    if (t.kind === 'tuple') return this.sub(t.vars[i].type)
    // comma-ok forms
    return i === 0 ? t : T.Typ.Bool
  }

  private assign (s: ast.AssignStmt): string {
    const tok = s.tok
    if (tok === ':=' || tok === '=') {
      if (s.lhs.length === s.rhs.length) {
        if (s.lhs.length === 1) return this.assignOne(s.lhs[0], s.rhs[0], tok === ':=')
        // parallel assignment: evaluate index/field operands of the left, then all right sides, then store
        const out: string[] = []
        const stores = s.lhs.map(l => this.prepLhs(l, out, tok === ':='))
        const tmps = s.rhs.map((e, i) => {
          const t = this.tmpName()
          const lt = this.lhsType(s.lhs[i])
          out.push(`const ${t} = ${lt === null ? this.expr(e) : this.valueFor(e, lt)};`)
          return t
        })
        stores.forEach((st, i) => out.push(st(tmps[i])))
        return out.join('\n')
      }
      // a, b := f() / v, ok := m[k] / x.(T) / <-ch
      const r = s.rhs[0]
      const t = this.tmpName()
      const out: string[] = [`const ${t} = ${this.multiExpr(r)};`]
      s.lhs.forEach((l, i) => {
        const lt = this.lhsType(l)
        const src = this.tupleAt(r, i)
        out.push(this.store(l, lt === null ? `${t}[${i}]` : this.convert(`${t}[${i}]`, src, lt), tok === ':='))
      })
      return out.join('\n')
    }
    // compound assignment x op= y
    const op = tok.slice(0, -1) as ast.BinaryOp
    return this.modify(s.lhs[0], (cur) => this.binary(op, cur, this.expr(s.rhs[0]), this.typeOf(s.lhs[0]), this.typeOf(s.rhs[0])))
  }

  /** evaluates the operands of assignment target l now (into `pre`), returns how to store later */
  private prepLhs (l: ast.Expr, pre: string[], define: boolean): (v: string) => string {
    while (l.kind === 'ParenExpr') l = l.x
    const tmp = (code: string): string => { const t = this.tmpName(); pre.push(`const ${t} = ${code};`); return t }
    if (l.kind === 'IndexExpr') {
      const u = under(this.typeOf(l.x))
      if (u.kind === 'map') { const m = tmp(this.expr(l.x)); const k = tmp(this.mapKey(l.index, u)); return v => `mset(${m}, ${k}, ${v});` }
      if (u.kind === 'slice') { const x = tmp(this.expr(l.x)); const i = tmp(this.index(l.index)); return v => `sset(${x}, ${i}, ${v});` }
      const arr = u.kind === 'pointer' ? this.deref(this.expr(l.x), u) : this.expr(l.x)
      const a = tmp(arr); const i = tmp(this.index(l.index))
      return v => `aset(${a}, ${i}, ${v});`
    }
    if (l.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(l)
      if (sel !== undefined && sel.kind === 'field') {
        const [obj, field] = this.fieldPath(l, sel)
        const o = tmp(obj)
        if (rep(sel.obj.type) === 'struct' && this.subst === null) return v => `${o}.${field}.$set(${v});`
        return v => `${o}.${field} = ${v};`
      }
    }
    if (l.kind === 'StarExpr') {
      const pt = under(this.typeOf(l.x)) as T.Pointer
      const p = tmp(this.expr(l.x))
      if (isAgg(pt.elem)) return v => under(pt.elem).kind === 'struct' ? `(${p} ?? nilDeref()).$set(${v});` : `${this.arrSet(`(${p} ?? nilDeref())`, v)};`
      return v => `${p}.set(${v});`
    }
    return v => this.store(l, v, define)
  }

  /** type of an assignment target, or null for `_` */
  private lhsType (e: ast.Expr): T.Type | null {
    if (e.kind === 'Ident' && e.name === '_') return null
    if (e.kind === 'Ident') {
      const o = this.info.defs.get(e) ?? this.info.uses.get(e)
      if (o !== undefined && o !== null) return this.sub(o.type)
    }
    return this.typeOf(e)
  }

  private assignOne (l: ast.Expr, r: ast.Expr, define: boolean): string {
    const lt = this.lhsType(l)
    if (lt === null) return this.expr(r, true) + ';'
    return this.store(l, this.valueFor(r, lt), define)
  }

  /** stores JS value `val` (already converted to the target's type) into target l */
  private store (l: ast.Expr, val: string, define: boolean): string {
    while (l.kind === 'ParenExpr') l = l.x
    switch (l.kind) {
      case 'Ident': {
        if (l.name === '_') return `${val};`
        const def = this.info.defs.get(l)
        if (define && def !== undefined && def !== null && def.kind === 'var') return this.declVar(def, val)
        const o = (this.info.uses.get(l) ?? def) as Var
        const g = this.globals.get(o)
        const name = g ?? this.localName(o)
        if (this.isBoxed(o)) return `${name}.v = ${val};`
        if (isAgg(o.type) && this.mutatedGlobal.has(o)) return `${name}.$set ? ${name}.$set(${val}) : ${this.arrSet(name, val)};`
        return `${name} = ${val};`
      }
      case 'IndexExpr': {
        const xt = this.typeOf(l.x)
        const u = under(xt)
        if (u.kind === 'map') return `mset(${this.expr(l.x)}, ${this.mapKey(l.index, u)}, ${val});`
        // struct elements are updated in place: pointers to them keep aliasing, and no garbage is made
        if (u.kind === 'slice' && rep(u.elem) === 'struct') return `sget(${this.expr(l.x)}, ${this.index(l.index)}).$set(${val});`
        if (u.kind === 'array' && rep(u.elem) === 'struct') return `aget(${this.expr(l.x)}, ${this.index(l.index)}).$set(${val});`
        if (u.kind === 'slice') return `sset(${this.expr(l.x)}, ${this.index(l.index)}, ${val});`
        if (u.kind === 'array') return `aset(${this.expr(l.x)}, ${this.index(l.index)}, ${val});`
        if (u.kind === 'pointer') return `aset(${this.deref(this.expr(l.x), u)}, ${this.index(l.index)}, ${val});`
        throw new Error('compiler: bad index store')
      }
      case 'SelectorExpr': {
        const sel = this.info.selections.get(l)
        if (sel === undefined || sel.kind !== 'field') {
          // qualified package variable
          const o = this.info.uses.get(l.sel) as Var
          const g = this.globals.get(o) ?? this.localName(o)
          return this.isBoxed(o) ? `${g}.v = ${val};` : `${g} = ${val};`
        }
        const [obj, field] = this.fieldPath(l, sel)
        if (rep(sel.obj.type) === 'struct' && this.subst === null) return `${obj}.${field}.$set(${val});`
        return `${obj}.${field} = ${val};`
      }
      case 'StarExpr': {
        const pt = under(this.typeOf(l.x)) as T.Pointer
        const p = this.expr(l.x)
        if (isAgg(pt.elem)) return under(pt.elem).kind === 'struct' ? `(${p} ?? nilDeref()).$set(${val});` : `${this.arrSet(`(${p} ?? nilDeref())`, val)};`
        return `${p}.set(${val});`
      }
    }
    throw new Error(`compiler: cannot assign to ${l.kind}`)
  }
  private arrSet (dst: string, val: string): string { return `((d, s) => { for (let i = 0; i < s.length; i++) d[i] = s[i]; })(${dst}, ${val})` }

  /** read-modify-write of target l with f(currentValueJs) */
  private modify (l: ast.Expr, f: (cur: string) => string): string {
    while (l.kind === 'ParenExpr') l = l.x
    const lt = this.typeOf(l)
    switch (l.kind) {
      case 'Ident': {
        const o = (this.info.uses.get(l) ?? this.info.defs.get(l)) as Var
        const name = this.globals.get(o) ?? this.localName(o)
        const ref = this.isBoxed(o) ? `${name}.v` : name
        return `${ref} = ${f(ref)};`
      }
      case 'IndexExpr': {
        const u = under(this.typeOf(l.x))
        const x = this.tmpName(); const i = this.tmpName()
        if (u.kind === 'map') {
          const k = this.mapKey(l.index, u)
          return `{ const ${x} = ${this.expr(l.x)}, ${i} = ${k}; mset(${x}, ${i}, ${f(`mget(${x}, ${i}, ${this.zero(u.elem)})`)}); }`
        }
        if (u.kind === 'slice') return `{ const ${x} = ${this.expr(l.x)}, ${i} = six(${x}, ${this.index(l.index)}); ${x}.a[${i}] = ${f(`${x}.a[${i}]`)}; }`
        const arr = u.kind === 'pointer' ? this.deref(this.expr(l.x), u) : this.expr(l.x)
        return `{ const ${x} = ${arr}, ${i} = aix(${x}, ${this.index(l.index)}); ${x}[${i}] = ${f(`${x}[${i}]`)}; }`
      }
      case 'SelectorExpr': {
        const sel = this.info.selections.get(l)
        if (sel === undefined || sel.kind !== 'field') {
          const o = this.info.uses.get(l.sel) as Var
          const g = this.globals.get(o)!
          const ref = this.isBoxed(o) ? `${g}.v` : g
          return `${ref} = ${f(ref)};`
        }
        const [obj, field] = this.fieldPath(l, sel)
        const x = this.tmpName()
        return `{ const ${x} = ${obj}; ${x}.${field} = ${f(`${x}.${field}`)}; }`
      }
      case 'StarExpr': {
        const x = this.tmpName()
        return `{ const ${x} = ${this.expr(l.x)}; ${x}.set(${f(`${x}.get()`)}); }`
      }
    }
    void lt
    throw new Error(`compiler: cannot modify ${l.kind}`)
  }

  private incDec (s: ast.IncDecStmt): string {
    const t = this.typeOf(s.x)
    const r = rep(t)
    const op = s.tok === '++' ? '+' : '-'
    // fast path for plain int locals
    return this.modify(s.x, cur => this.binary(op, cur, r === 'big' || r === 'ubig' ? '1n' : r === 'c128' || r === 'c64' ? 'cmk(1, 0)' : '1', t, t))
  }

  private returnStmt (s: ast.ReturnStmt): string {
    const fn = this.fn
    const res = fn.resultTypes
    let vals: string[]
    if (s.results.length === 0) {
      vals = []
    } else if (s.results.length === 1 && res.length > 1) {
      // return f() with several results
      const t = this.tmpName()
      const src = this.typeOf(s.results[0]) as T.Tuple
      const pre = `const ${t} = ${this.expr(s.results[0])};`
      vals = res.map((rt, i) => this.convert(`${t}[${i}]`, this.sub(src.vars[i].type), rt))
      return `{ ${pre} ${this.returnValues(vals)} }`
    } else {
      vals = s.results.map((e, i) => this.valueFor(e, res[i]))
    }
    return this.returnValues(vals)
  }
  private returnValues (vals: string[]): string {
    const fn = this.fn
    if (fn.hasDefer) {
      // which return ran: the deferred calls run at its line (gc's traceback line for them)
      const ret = `$ret = ${fn.rets.push(this.pos(this.stmtPos))};`
      const sets = vals.map((v, i) => `${this.resultRef(i)} = ${v};`)
      if (vals.length > 1) {
        const ts = vals.map(() => this.tmpName())
        return `{ ${vals.map((v, i) => `const ${ts[i]} = ${v};`).join(' ')} ${ts.map((t, i) => `${this.resultRef(i)} = ${t};`).join(' ')} ${ret} break $body; }`
      }
      return `{ ${sets.join(' ')} ${ret} break $body; }`
    }
    if (vals.length === 0) {
      if (fn.results !== null && fn.results.length > 0) return `{ $depth--; return ${this.resultsExpr()}; }`
      return '{ $depth--; return; }'
    }
    const v = vals.length === 1 ? vals[0] : `[${vals.join(', ')}]`
    return `{ const $rv = ${v}; $depth--; return $rv; }`
  }
  private resultRef (i: number): string {
    const n = this.fn.results![i]
    return this.isBoxedName(n) ? `${n}.v` : n
  }

  private ifStmt (s: ast.IfStmt): string {
    const init = s.init !== null ? this.stmt(s.init) : ''
    let code = `if (${this.cond(s.cond)}) {\n${this.block(s.body.list)}\n}`
    if (s.els !== null) code += ` else ${s.els.kind === 'IfStmt' ? this.ifStmt(s.els) : this.stmt(s.els)}`
    return init === '' ? code : `{\n${init}\n${code}\n}`
  }
  private cond (e: ast.Expr): string { return this.expr(e) }

  private newLoop (label: string | null): LoopCtx {
    const id = String(this.uid++)
    const l: LoopCtx = { label, brk: label ?? 'B' + id, cont: (label ?? 'B' + id) + '_c' }
    return l
  }

  private forStmt (s: ast.ForStmt, label: string | null): string {
    const loop = this.newLoop(label)
    const init = s.init !== null ? this.stmt(s.init) : ''
    // per-iteration copies of loop variables captured by closures (Go 1.22 semantics)
    const loopVars: Var[] = []
    if (s.init !== null && s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
      for (const l of s.init.lhs) {
        if (l.kind !== 'Ident') continue
        const o = this.info.defs.get(l)
        if (o !== undefined && o !== null && o.kind === 'var' && (this.isBoxed(o) || hasFuncLit(s.body))) loopVars.push(o)
      }
    }
    this.fn.loops.push(loop)
    const body = this.block(s.body.list)
    const post = s.post !== null ? this.stmt(s.post) : ''
    this.fn.loops.pop()
    const cond = s.cond !== null ? `if (!(${this.cond(s.cond)})) break;` : ''
    const gas = countOps(s.body.list) + 1
    const p = this.pos(s.pos)
    let inner = `${cond}\n${loop.cont}: {\n${body}\n}\n${post}`
    if (loopVars.length > 0) {
      const names = loopVars.map(v => this.localName(v))
      const boxed = loopVars.map(v => this.isBoxed(v))
      const outer = names.map(n => n + '$o')
      // each iteration gets its own variable, initialized from the previous one before the post statement
      const fresh = (i: number, from: string): string => boxed[i] ? `new Box(${from}.v)` : from
      const copyOut = names.map((n, i) => `${outer[i]} = ${n};`).join(' ')
      inner = `${names.map((n, i) => `let ${n} = ${outer[i]};`).join(' ')}\n${cond}\n${loop.cont}: {\n${body}\n}\n${copyOut}\n{ ${names.map((n, i) => `let ${n} = ${fresh(i, outer[i])};`).join(' ')}\n${post}\n${copyOut} }`
      return `{\n${init}\n${names.map((n, i) => `let ${outer[i]} = ${n};`).join(' ')}\n${loop.brk}: for (;;) {\nif (($gas -= ${gas}) < 0) $oog(${p});\n{ ${inner} }\n}\n}`
    }
    return `{\n${init}\n${loop.brk}: for (;;) {\nif (($gas -= ${gas}) < 0) $oog(${p});\n${inner}\n}\n}`
  }

  private rangeStmt (s: ast.RangeStmt, label: string | null): string {
    const loop = this.newLoop(label)
    const xt = this.typeOf(s.x)
    const u = under(xt)
    const gas = countOps(s.body.list) + 1
    const p = this.pos(s.pos)
    const define = s.tok === ':='
    const keyE = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null
    const valE = s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null
    const bind = (e: ast.Expr | null, v: string): string => e === null ? '' : this.store(e, v, define)
    this.fn.loops.push(loop)
    const body = this.block(s.body.list)
    this.fn.loops.pop()
    const x = this.tmpName(); const i = this.tmpName(); const n = this.tmpName()
    const head = (pre: string, loopHead: string, binds: string): string =>
      `{\n${pre}\n${loop.brk}: for (${loopHead}) {\nif (($gas -= ${gas}) < 0) $oog(${p});\n${binds}\n${loop.cont}: {\n${body}\n}\n}\n}`
    if (u.kind === 'basic' && rep(u) !== 'string') {
      // range over an integer (Go 1.22)
      const r = rep(xt)
      const big = r === 'big' || r === 'ubig'
      return head(`const ${n} = ${this.expr(s.x)};`, `let ${i} = ${big ? '0n' : '0'}; ${i} < ${n}; ${i}${big ? ' += 1n' : '++'}`, bind(keyE, i))
    }
    if (u.kind === 'basic') {
      // string: runes
      const w = this.tmpName()
      return head(`const ${x} = ${this.expr(s.x)};`, `let ${i} = 0, ${w} = 0; ${i} < ${x}.length; ${i} += ${w}`,
        `let ${n} = ${x}.charCodeAt(${i}); if (${n} < 128) ${w} = 1; else { ${n} = decodeRune(${x}, ${i}); ${w} = $rt.decoded.width; }\n${bind(keyE, i)}\n${bind(valE, n)}`)
    }
    if (u.kind === 'slice') {
      const et = u.elem
      // []bool made by make/append is a Uint8Array of 0/1: reads normalize to booleans
      const v = rep(et) === 'bool' ? `!!${x}.a[${x}.off + ${i}]` : `${x}.a[${x}.off + ${i}]`
      return head(`const ${x} = ${this.expr(s.x)}, ${n} = ${x}.len;`, `let ${i} = 0; ${i} < ${n}; ${i}++`,
        `${bind(keyE, i)}\n${bind(valE, isAgg(et) ? this.cloneExpr(et, v) : v)}`)
    }
    if (u.kind === 'array' || (u.kind === 'pointer' && under(u.elem).kind === 'array')) {
      const at = u.kind === 'array' ? u : under((u as T.Pointer).elem) as T.ArrayType
      const et = at.elem
      const v = `${x}[${i}]`
      const src = u.kind === 'array' ? (valE !== null ? this.cloneExpr(u, this.expr(s.x)) : this.expr(s.x)) : this.expr(s.x)
      return head(`const ${x} = ${valE === null && u.kind === 'pointer' ? 'null' : src};`, `let ${i} = 0; ${i} < ${at.len}; ${i}++`,
        `${bind(keyE, i)}\n${bind(valE, isAgg(et) ? this.cloneExpr(et, v) : v)}`)
    }
    if (u.kind === 'map') {
      const e = this.tmpName()
      return head(`const ${x} = ${this.expr(s.x)};`, `const ${e} of (${x} === null ? [] : ${x}.m)`,
        `${bind(keyE, `mkeyOf(${x}, ${e}[0])`)}\n${bind(valE, isAgg(u.elem) ? this.cloneExpr(u.elem, `${e}[1]`) : `${e}[1]`)}`)
    }
    if (u.kind === 'signature') {
      // range over func (Go 1.23): the body becomes the yield function
      const yieldSig = under(u.params.vars[0].type) as T.Signature
      const np = yieldSig.params.vars.length
      const params = [keyE, valE].slice(0, np).map((_, j) => '$y' + String(j))
      const binds = [keyE, valE].slice(0, np).map((e, j) => bind(e, '$y' + String(j))).join('\n')
      return `{ let $brk = false; ${this.expr(s.x)}((${params.join(', ')}) => { ${binds}\n ${loop.cont}: { ${body.replace(new RegExp(`break ${loop.brk};`, 'g'), 'return ($brk = true, false);')} } return true; }); }`
    }
    throw new Error(`compiler: cannot range over ${u.kind}`)
  }

  private switchStmt (s: ast.SwitchStmt, label: string | null): string {
    const loop = this.newLoop(label)
    const init = s.init !== null ? this.stmt(s.init) : ''
    const tagT = s.tag !== null ? this.typeOf(s.tag) : T.Typ.Bool
    const tag = this.tmpName()
    const pre = s.tag !== null ? `const ${tag} = ${this.expr(s.tag)};` : ''
    const clauses = s.body.list as ast.CaseClause[]
    let defaultIdx = -1
    const conds: string[] = []
    clauses.forEach((c, idx) => {
      if (c.list === null) { defaultIdx = idx; return }
      const parts = c.list.map(e => {
        if (s.tag === null) return `(${this.cond(e)})`
        return `(${this.compare('==', tag, this.convert(this.expr(e), this.typeOf(e), tagT), tagT, tagT)})`
      })
      conds.push(`${parts.join(' || ')} ? ${idx}`)
    })
    const k = this.tmpName()
    const sel = conds.length === 0 ? String(defaultIdx) : `${conds.join(' : ')} : ${defaultIdx}`
    // switch bodies: `break` leaves the switch; fallthrough continues into the next case
    this.fn.loops.push({ label, brk: loop.brk, cont: '' })
    const cases = clauses.map((c, idx) => {
      const last = c.body[c.body.length - 1]
      const ft = last !== undefined && last.kind === 'BranchStmt' && last.tok === 'fallthrough'
      return `case ${idx}: {\n${this.block(c.body)}\n}${ft ? '' : '\nbreak;'}`
    })
    this.fn.loops.pop()
    return `{\n${init}\n${pre}\nconst ${k} = ${sel};\n${loop.brk}: switch (${k}) {\n${cases.join('\n')}\n}\n}`
  }

  private typeSwitchStmt (s: ast.TypeSwitchStmt, label: string | null): string {
    const loop = this.newLoop(label)
    const init = s.init !== null ? this.stmt(s.init) : ''
    let xExpr: ast.Expr
    let bound: string | null = null
    if (s.assign.kind === 'AssignStmt') {
      xExpr = (s.assign.rhs[0] as ast.TypeAssertExpr).x
      bound = (s.assign.lhs[0] as ast.Ident).name
    } else {
      xExpr = ((s.assign as ast.ExprStmt).x as ast.TypeAssertExpr).x
    }
    const x = this.tmpName()
    const clauses = s.body.list as ast.CaseClause[]
    let defaultIdx = -1
    const conds: string[] = []
    clauses.forEach((c, idx) => {
      if (c.list === null) { defaultIdx = idx; return }
      const parts = c.list.map(e => {
        const tv = this.tv(e)
        if (tv !== undefined && tv.mode !== 'typexpr') return `${x} === null`
        if (e.kind === 'Ident' && e.name === 'nil') return `${x} === null`
        const t = this.typeOf(e)
        return `isType(${x}, ${this.rtype(t)})`
      })
      conds.push(`${parts.join(' || ')} ? ${idx}`)
    })
    const k = this.tmpName()
    const sel = conds.length === 0 ? String(defaultIdx) : `${conds.join(' : ')} : ${defaultIdx}`
    this.fn.loops.push({ label, brk: loop.brk, cont: '' })
    const cases = clauses.map((c, idx) => {
      let bindCode = ''
      if (bound !== null) {
        const v = this.info.implicits.get(c) as Var | undefined
        if (v !== undefined) {
          const vt = this.sub(v.type)
          const val = isIface(vt) ? x : `${x}.v`
          bindCode = this.declVar(v, isAgg(vt) ? this.cloneExpr(vt, val) : val)
        }
      }
      return `case ${idx}: {\n${bindCode}\n${this.block(c.body)}\n}\nbreak;`
    })
    this.fn.loops.pop()
    return `{\n${init}\nconst ${x} = ${this.expr(xExpr)};\nconst ${k} = ${sel};\n${loop.brk}: switch (${k}) {\n${cases.join('\n')}\n}\n}`
  }

  private branch (s: ast.BranchStmt): string {
    const loops = this.fn.loops
    switch (s.tok) {
      case 'break': {
        if (s.label !== null) return `break L_${jsIdent(s.label.name)};`
        return `break ${loops[loops.length - 1].brk};`
      }
      case 'continue': {
        if (s.label !== null) {
          const l = 'L_' + jsIdent(s.label.name)
          const lp = loops.find(x => x.label === l && x.cont !== '')
          return `break ${lp?.cont ?? l + '_c'};`
        }
        for (let i = loops.length - 1; i >= 0; i--) if (loops[i].cont !== '') return `break ${loops[i].cont};`
        return 'continue;'
      }
      case 'fallthrough': return ''
      case 'goto': {
        const st = this.fn.gotoStates?.get(s.label!.name)
        if (st === undefined) return `panicRuntime("goto into a nested block is not supported");`
        return `{ if (($gas -= 1) < 0) $oog(${this.pos(s.pos)}); $pc = ${st}; continue $G; }`
      }
    }
    return ''
  }

  private deferStmt (s: ast.DeferStmt): string {
    const call = s.call
    // evaluate the function value and arguments now, call later
    const fun = call.fun
    const tv = this.tv(fun)
    if (tv !== undefined && tv.mode === 'builtin') {
      const t = this.tmpName()
      const args = call.args.map(a => { const n = this.tmpName(); return [n, this.expr(a)] })
      void t
      const argDecl = args.map(([n, v]) => `const ${n} = ${v};`).join(' ')
      const fake = { ...call, args: args.map(([n]) => ({ kind: 'Ident', name: '$raw:' + n, pos: 0, end: 0 })) } as any
      const saved = this.rawArgs
      this.rawArgs = true
      const body = this.expr(fake, true)
      this.rawArgs = saved
      return `{ ${argDecl} $defers.push(/*@<*/() => { ${body}; }/*@>*/); }`
    }
    if (fun.kind === 'FuncLit' && call.args.length === 0) return `$defers.push(${this.expr(fun)});`
    const [callee, args] = this.callParts(call)
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun)
      if (sel !== undefined && sel.kind === 'method' && !isIface(this.typeOf(fun.x))) {
        const sig = sel.obj.type as T.Signature
        const rt = sig.recv?.type
        if (rt !== undefined && rt.kind !== 'pointer' && isAgg(rt)) args[0] = this.cloneExpr(rt, args[0])
      }
    }
    const f = this.tmpName()
    const as = args.map(() => this.tmpName())
    // the wrapper is no Go frame: the markers hide it from tracebacks
    return `{ const ${f} = ${callee}; ${args.map((a, i) => `const ${as[i]} = ${a};`).join(' ')} $defers.push(/*@<*/() => ${f}(${as.join(', ')})/*@>*/); }`
  }
  private rawArgs = false

  // ------------------------------------------------------------------ expressions

  /** value of e converted for storing into a location of type `to` (interface boxing, copies) */
  valueFor (e: ast.Expr, to: T.Type): string {
    const from = this.typeOf(e)
    let v = this.expr(e)
    if (isAgg(from) && !isFresh(e)) v = this.cloneExpr(from, v)
    return this.convert(v, from, to)
  }

  /** an argument: aggregates are passed as they are (a callee that modifies its parameter copies it) */
  private argValue (e: ast.Expr, to: T.Type): string {
    if (isIface(this.sub(to))) return this.valueFor(e, to)
    return this.convert(this.expr(e), this.typeOf(e), to)
  }

  /** implicit conversion of JS value v from type `from` to assignable type `to` */
  convert (v: string, from: T.Type, to: T.Type): string {
    from = this.sub(from); to = this.sub(to)
    if (isIface(to) && !isIface(from)) {
      if (from.kind === 'basic' && from.basicKind === T.BasicKind.UntypedNil) return 'null'
      const ft = defaultType(from)
      return `new Iface(${this.rtype(ft)}, ${v})`
    }
    if (from.kind === 'basic' && from.basicKind === T.BasicKind.UntypedNil) return this.zero(to)
    return v
  }

  /** a call returning several values (as a JS array): f(), m[k] with ok, x.(T) with ok */
  private multiExpr (e: ast.Expr): string {
    while (e.kind === 'ParenExpr') e = e.x
    if (e.kind === 'IndexExpr') {
      const u = under(this.typeOf(e.x)) as T.MapType
      if (isAgg(u.elem)) return `((r) => r[1] ? r : [${this.zero(u.elem)}, false])(mget2(${this.expr(e.x)}, ${this.mapKey(e.index, u)}, null))`
      return `mget2(${this.expr(e.x)}, ${this.mapKey(e.index, u)}, ${this.zero(u.elem)})`
    }
    if (e.kind === 'TypeAssertExpr') {
      let t = this.typeOf(e)
      if (t.kind === 'tuple') t = this.sub(t.vars[0].type)
      if (isIface(t)) return `assertIface2(${this.expr(e.x)}, ${this.rtype(t)})`
      return `assertType2(${this.expr(e.x)}, ${this.rtype(t)}, ${this.zero(t)})`
    }
    return this.expr(e)
  }

  private constValue (v: C.Value, t0: T.Type): string {
    const t = defaultType(this.sub(t0))
    const r = rep(t)
    if (r === 'c128' || r === 'c64') {
      const cv = C.toComplex(v)
      const part = (x: C.Value): string => numLit((r === 'c64' ? C.float32Val(x) : C.float64Val(x))[0])
      return `cmk(${part(C.real(cv))}, ${part(C.imag(cv))})`
    }
    switch (v.kind) {
      case 'Bool': return v.value ? 'true' : 'false'
      case 'String': return JSON.stringify(v.bytes)
      case 'Int': case 'Float': {
        if (r === 'big' || r === 'ubig') {
          const [x] = r === 'big' ? C.int64Val(C.toInt(v)) : C.uint64Val(C.toInt(v))
          return `${x}n`
        }
        if (r === 'f64' || r === 'f32' || r === 'iface') {
          const [f] = r === 'f32' ? C.float32Val(v) : C.float64Val(v)
          return numLit(f)
        }
        if (v.kind === 'Int') {
          const b = v.value
          if (b >= -9007199254740991n && b <= 9007199254740991n) return b.toString()
          return `${b}n`
        }
        const [f] = C.float64Val(v)
        return numLit(f)
      }
      default: return '0'
    }
  }

  expr (e: ast.Expr, stmt = false): string {
    const tv = this.tv(e)
    if (tv !== undefined && tv.value !== undefined && tv.mode === 'constant') {
      let t = tv.type
      if (isIface(t)) t = defaultType(t)
      return this.constValue(tv.value, t)
    }
    switch (e.kind) {
      case 'ParenExpr': return this.expr(e.x, stmt)
      case 'Ident': return this.ident(e)
      case 'BasicLit': return this.constValue(C.makeFromLiteral(e.value, e.litKind), this.typeOf(e))
      case 'FuncLit': return this.funcLit(e)
      case 'CompositeLit': return this.compositeLit(e)
      case 'SelectorExpr': return this.selector(e)
      case 'IndexExpr': case 'IndexListExpr': return this.indexExpr(e)
      case 'SliceExpr': return this.sliceExpr(e)
      case 'TypeAssertExpr': {
        const t = this.typeOf(e)
        const xs = JSON.stringify(this.typeStr(this.typeOf(e.x)))
        if (isIface(t)) return `assertIface(${this.expr(e.x)}, ${this.rtype(t)}, ${xs})`
        return `assertType(${this.expr(e.x)}, ${this.rtype(t)}, ${xs})`
      }
      case 'CallExpr': return this.call(e)
      case 'StarExpr': {
        const pt = under(this.typeOf(e.x)) as T.Pointer
        return this.deref(this.expr(e.x), pt)
      }
      case 'UnaryExpr': return this.unary(e)
      case 'BinaryExpr': {
        const xt = this.typeOf(e.x); const yt = this.typeOf(e.y)
        if (e.op === '&&' || e.op === '||') return `(${this.expr(e.x)} ${e.op} ${this.expr(e.y)})`
        if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return this.compareExprs(e)
        if (e.op === '<<' || e.op === '>>') return this.shift(e.op, this.expr(e.x), this.expr(e.y), this.typeOf(e), yt)
        return this.binary(e.op, this.expr(e.x), this.expr(e.y), this.typeOf(e), xt)
      }
      case 'KeyValueExpr': throw new Error('compiler: stray key-value')
      default: throw new Error(`compiler: unsupported expression ${e.kind}`)
    }
  }

  private ident (e: ast.Ident): string {
    if (e.name.startsWith('$raw:')) return e.name.slice(5)
    if (e.name === '_') return 'undefined'
    const o = this.info.uses.get(e) ?? this.info.defs.get(e)
    if (o === undefined || o === null) throw new Error(`compiler: unresolved ${e.name}`)
    switch (o.kind) {
      case 'nil': return this.zero(this.typeOf(e))
      case 'var': {
        const g = this.globals.get(o)
        const n = g ?? this.localName(o)
        return this.isBoxed(o) ? `${n}.v` : n
      }
      case 'func': {
        const inst = this.info.instances.get(e)
        if (inst !== undefined) {
          const sig = o.type as T.Signature
          return this.instance(o, sig.typeParams, inst.typeArgs.map(t => this.sub(t)))
        }
        this.useFunc(o)
        return this.funcNames.get(o) ?? jsIdent(o.name)
      }
      case 'const': return this.constValue(o.val, o.type)
      default: throw new Error(`compiler: ident ${e.name} is a ${o.kind}`)
    }
  }

  private funcLit (e: ast.FuncLit): string {
    const sig = this.typeOf(e) as T.Signature
    const saved = this.fn
    const code = this.funcCode(null, null, e.type, e.body, sig, '', this.directLits.has(e))
    this.fn = saved
    // names introduced inside the literal must not clash with later ones of the enclosing function
    return `(${code})`
  }

  private compositeLit (e: ast.CompositeLit): string {
    const t = this.typeOf(e)
    const u = under(t)
    switch (u.kind) {
      case 'struct': {
        const cls = this.structClass(u)
        const vals = u.fields.map(f => this.zero(f.type))
        if (e.elts.length > 0 && e.elts[0].kind === 'KeyValueExpr') {
          for (const el of e.elts as ast.KeyValueExpr[]) {
            const name = (el.key as ast.Ident).name
            const i = u.fields.findIndex(f => f.name === name)
            vals[i] = this.elemValue(el.value, u.fields[i].type)
          }
        } else {
          e.elts.forEach((el, i) => { vals[i] = this.elemValue(el, u.fields[i].type) })
        }
        return `new ${cls}(${vals.join(', ')})`
      }
      case 'slice': case 'array': {
        const et = u.elem
        const items: Array<[number, string]> = []
        let idx = 0
        let max = 0
        for (const el of e.elts) {
          let v: ast.Expr = el
          if (el.kind === 'KeyValueExpr') {
            const tvk = this.tv(el.key)
            idx = Number(C.int64Val(C.toInt(tvk!.value!))[0])
            v = el.value
          }
          items.push([idx, this.elemValue(v, et)])
          idx++
          if (idx > max) max = idx
        }
        const n = u.kind === 'array' ? u.len : max
        const dense = items.every(([i], j) => i === j) && items.length === n
        const bytes = rep(et) === 'u8'
        let arr: string
        if (dense) arr = `[${items.map(x => x[1]).join(', ')}]`
        else {
          const z = this.zero(et)
          arr = `((a) => { ${items.map(([i, v]) => `a[${i}] = ${v};`).join(' ')} return a; })(${isAgg(et) ? `Array.from({length: ${n}}, () => ${z})` : `new Array(${n}).fill(${z})`})`
        }
        if (u.kind === 'array') return arr
        if (bytes) return `mkSlice(Uint8Array.from(${arr}))`
        return `mkSlice(${arr})`
      }
      case 'map': {
        const complex = needsKeyOf(u.key)
        const m = `mkmap(${complex ? this.rtype(u.key) : 'null'}, ${String(complex)})`
        if (e.elts.length === 0) return m
        const sets = (e.elts as ast.KeyValueExpr[]).map(kv => `mset(m, ${this.elemValue(kv.key, u.key)}, ${this.elemValue(kv.value, u.elem)});`)
        return `((m) => { ${sets.join(' ')} return m; })(${m})`
      }
      case 'pointer': {
        // &T{} elided inside a composite literal of pointers
        return this.compositeLitOf(e, u.elem)
      }
    }
    throw new Error(`compiler: composite literal of ${u.kind}`)
  }
  private compositeLitOf (e: ast.CompositeLit, t: T.Type): string {
    const fake: ast.CompositeLit = { ...e }
    const saved = this.info.types.get(e)
    this.info.types.set(fake, { mode: 'value', type: t })
    const r = this.compositeLit(fake)
    this.info.types.delete(fake)
    void saved
    if (!isAgg(t)) return `new Box(${r})`
    return r
  }
  private elemValue (e: ast.Expr, t: T.Type): string {
    if (e.kind === 'CompositeLit' && e.type === null) {
      const u = under(t)
      if (u.kind === 'pointer') return this.compositeLitOf(e, u.elem)
      const tv = this.info.types.get(e)
      if (tv === undefined) {
        this.info.types.set(e, { mode: 'value', type: t })
      }
    }
    return this.valueFor(e, t)
  }

  private fieldPath (e: ast.SelectorExpr, sel: Selection): [string, string] {
    let cur = this.typeOf(e.x)
    let obj = this.expr(e.x)
    const idx = sel.index
    for (let i = 0; i < idx.length; i++) {
      let u = under(cur)
      if (u.kind === 'pointer') {
        const el = u.elem
        if (!isAgg(el)) obj = `${obj}.get()`
        cur = el
        u = under(el)
      }
      const st = u as T.Struct
      const f = st.fields[idx[i]]
      const js = fieldJs(f.name, idx[i])
      if (i === idx.length - 1) return [obj, js]
      obj = `${obj}.${js}`
      cur = f.type
    }
    throw new Error('compiler: empty selection')
  }

  private selector (e: ast.SelectorExpr): string {
    const sel = this.info.selections.get(e)
    if (sel === undefined) {
      // qualified identifier pkg.Name
      return this.ident(e.sel)
    }
    if (sel.kind === 'field') {
      const [obj, f] = this.fieldPath(e, sel)
      return `${obj}.${f}`
    }
    if (sel.kind === 'method') {
      // method value: bind the receiver now
      const [callee, recv0] = this.methodCallee(e, sel)
      const r = this.tmpName()
      if (recv0 === null) return callee
      let recv = recv0
      const rt = (sel.obj.type as T.Signature).recv?.type
      if (rt !== undefined && rt.kind !== 'pointer' && isAgg(rt)) recv = this.cloneExpr(rt, recv)
      return `((${r}) => /*@<*/(...a) => ${callee}(${r}, ...a)/*@>*/)(${recv})`
    }
    // method expression T.m / (*T).m: a function taking the receiver first
    const f = sel.obj as Func
    const impl = this.methodImpl(sel.recv, f, sel.index)
    if (impl !== null) return impl
    const name = f.name
    return `(/*@<*/(r, ...a) => r.t.methods[${JSON.stringify(name)}](r.v, ...a)/*@>*/)`
  }

  /** [function expression, receiver expression] for a method call x.m(...) (receiver null: callee is bound) */
  private methodCallee (e: ast.SelectorExpr, sel0: Selection): [string, string | null] {
    let sel = sel0
    const xt = this.typeOf(e.x)
    const raw = this.info.typeOf(e.x)
    if (this.subst !== null && raw !== undefined && hasTypeParam(raw) && !isIface(xt)) {
      // a method of a type parameter's constraint: find the concrete method of the type argument
      const r = lookupFieldOrMethod(xt, true, this.pkg, sel.obj.name)
      if (r.obj !== null && r.obj.kind === 'func' && r.index !== null) sel = { ...sel, obj: r.obj, index: r.index, indirect: r.indirect, recv: xt }
    }
    const f = sel.obj as Func
    if (isIface(xt)) {
      const x = this.expr(e.x)
      const t = this.tmpName()
      return [`((${t}) => ${t}.t.methods[${JSON.stringify(f.name)}].bind(null, ${t}.v))(${x} ?? nilDeref())`, null]
    }
    // walk embedded fields to the receiver
    let cur = xt
    let obj = this.expr(e.x)
    const idx = sel.index
    for (let i = 0; i < idx.length - 1; i++) {
      let u = under(cur)
      if (u.kind === 'pointer') { if (!isAgg(u.elem)) obj = `${obj}.get()`; cur = u.elem; u = under(cur) }
      const f2 = (u as T.Struct).fields[idx[i]]
      obj = `${obj}.${fieldJs(f2.name, idx[i])}`
      cur = f2.type
    }
    if (isIface(cur)) {
      const t = this.tmpName()
      return [`((${t}) => ${t}.t.methods[${JSON.stringify(f.name)}].bind(null, ${t}.v))(${obj} ?? nilDeref())`, null]
    }
    const sig = f.type as T.Signature
    const wantPtr = sig.recv !== null && sig.recv.type.kind === 'pointer'
    const havePtr = under(cur).kind === 'pointer'
    const elem = havePtr ? (under(cur) as T.Pointer).elem : cur
    let recv = obj
    if (wantPtr && !havePtr) {
      if (!isAgg(elem)) recv = this.addrOf(e.x, idx.length > 1 ? obj : null)
    } else if (!wantPtr && havePtr) {
      recv = isAgg(elem) ? `(${obj} ?? nilDeref())` : `${obj}.get()`
    }
    const callee = this.funcRef(f) ?? jsIdent(f.name)
    return [callee, recv]
  }

  private indexExpr (e: ast.IndexExpr | ast.IndexListExpr): string {
    if (e.kind === 'IndexListExpr' || this.tv(e)?.mode === 'value' && under(this.typeOf(e)).kind === 'signature' && this.isGenericRef(e.x)) {
      return this.genericRef(e)
    }
    const ie = e as ast.IndexExpr
    const xt = this.typeOf(ie.x)
    const u = under(xt)
    switch (u.kind) {
      case 'slice': return rep(u.elem) === 'bool' ? `!!sget(${this.expr(ie.x)}, ${this.index(ie.index)})` : `sget(${this.expr(ie.x)}, ${this.index(ie.index)})`
      case 'array': return `aget(${this.expr(ie.x)}, ${this.index(ie.index)})`
      case 'pointer': return `aget(${this.deref(this.expr(ie.x), u)}, ${this.index(ie.index)})`
      case 'basic': return `strAt(${this.expr(ie.x)}, ${this.index(ie.index)})`
      case 'map': {
        if (isAgg(u.elem)) return `mgetf(${this.expr(ie.x)}, ${this.mapKey(ie.index, u)}, ${this.zeroFn(u.elem)})`
        return `mget(${this.expr(ie.x)}, ${this.mapKey(ie.index, u)}, ${this.zero(u.elem)})`
      }
      case 'signature': return this.genericRef(e)
    }
    throw new Error(`compiler: index of ${u.kind}`)
  }
  private isGenericRef (x: ast.Expr): boolean {
    const id = x.kind === 'Ident' ? x : x.kind === 'SelectorExpr' ? x.sel : null
    return id !== null && this.info.instances.has(id)
  }
  private genericRef (e: ast.IndexExpr | ast.IndexListExpr): string {
    return this.expr(e.x)
  }

  private index (e: ast.Expr): string {
    const r = rep(this.typeOf(e))
    const v = this.expr(e)
    if (r === 'big' || r === 'ubig') return `Number(${v})`
    return v
  }
  private mapKey (e: ast.Expr, m: T.MapType): string { return this.valueFor(e, m.key) }

  private sliceExpr (e: ast.SliceExpr): string {
    const xt = this.typeOf(e.x)
    const u = under(xt)
    const b = (x: ast.Expr | null): string => x === null ? 'undefined' : this.index(x)
    if (u.kind === 'basic') return `substr(${this.expr(e.x)}, ${b(e.low)}, ${b(e.high)})`
    if (u.kind === 'slice') return `slice(${this.expr(e.x)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`
    if (u.kind === 'array') return `sliceArr(${this.expr(e.x)}, ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`
    if (u.kind === 'pointer') return `sliceArr(${this.expr(e.x)} ?? nilDeref(), ${b(e.low)}, ${b(e.high)}, ${b(e.max)})`
    throw new Error('compiler: bad slice')
  }

  private deref (p: string, pt: T.Pointer): string {
    if (isAgg(pt.elem)) return `(${p} ?? nilDeref())`
    if (rep(pt.elem) === 'bool') return `!!${p}.get()`
    return `${p}.get()`
  }

  /** &x */
  private addrOf (x: ast.Expr, computed: string | null = null): string {
    while (x.kind === 'ParenExpr') x = x.x
    if (computed !== null) return computed
    const t = this.typeOf(x)
    if (x.kind === 'CompositeLit') {
      const v = this.expr(x)
      return isAgg(t) ? v : `new Box(${v})`
    }
    if (isAgg(t)) return this.expr(x)
    switch (x.kind) {
      case 'Ident': {
        const o = (this.info.uses.get(x) ?? this.info.defs.get(x)) as Var
        const n = this.globals.get(o) ?? this.localName(o)
        return this.isBoxed(o) ? n : `new Box(${n})`
      }
      case 'IndexExpr': {
        const u = under(this.typeOf(x.x))
        if (u.kind === 'slice') return `elemPtr(${this.expr(x.x)}, ${this.index(x.index)})`
        const arr = u.kind === 'pointer' ? this.deref(this.expr(x.x), u) : this.expr(x.x)
        const a = this.tmpName()
        return `((${a}) => new ElemPtr(${a}, aix(${a}, ${this.index(x.index)})))(${arr})`
      }
      case 'SelectorExpr': {
        const sel = this.info.selections.get(x)
        if (sel === undefined) {
          const o = this.info.uses.get(x.sel) as Var
          const n = this.globals.get(o)!
          return this.isBoxed(o) ? n : `new Box(${n})`
        }
        const [obj, f] = this.fieldPath(x, sel)
        return `new FieldPtr(${obj}, ${JSON.stringify(f)})`
      }
      case 'StarExpr': return this.expr(x.x)
    }
    throw new Error(`compiler: cannot take address of ${x.kind}`)
  }

  private unary (e: ast.UnaryExpr): string {
    const t = this.typeOf(e)
    const r = rep(t)
    const x = (): string => this.expr(e.x)
    switch (e.op) {
      case '&': return this.addrOf(e.x)
      case '!': return `!${x()}`
      case '+': return x()
      case '-':
        switch (r) {
          case 'int': return `ineg(${x()})`
          case 'uint': return `uneg(${x()})`
          case 'big': return `BigInt.asIntN(64, -${x()})`
          case 'ubig': return `BigInt.asUintN(64, -${x()})`
          case 'f64': return `(-${x()})`
          case 'f32': return `(-${x()})`
          case 'c128': case 'c64': return `cneg(${x()})`
          default: return isSmallInt(r) ? wrapSmall(r, `-${x()}`) : `(-${x()})`
        }
      case '^':
        switch (r) {
          case 'int': return `inot(${x()})`
          case 'uint': return `unot(${x()})`
          case 'big': return `(~${x()})`
          case 'ubig': return `BigInt.asUintN(64, ~${x()})`
          default: return wrapSmall(r, `~${x()}`)
        }
      case '<-': return 'panicRuntime("channels are not supported in Amigo")'
    }
    throw new Error(`compiler: unary ${e.op}`)
  }

  /** arithmetic a op b in type t */
  binary (op: string, a: string, b: string, t: T.Type, _xt: T.Type): string {
    const r = rep(t)
    if (r === 'string') return op === '+' ? `cat(${a}, ${b})` : `(${a} ${op} ${b})`
    if (r === 'f64') return `(${a} ${op} ${b})`
    if (r === 'f32') return `Math.fround(${a} ${op} ${b})`
    if (r === 'bool') return `(${a} ${op} ${b})`
    if (r === 'int' || r === 'uint') {
      const pfx = r === 'int' ? 'i' : 'u'
      switch (op) {
        case '+': return `${pfx}add(${a}, ${b})`
        case '-': return `${pfx}sub(${a}, ${b})`
        case '*': return `${pfx}mul(${a}, ${b})`
        case '/': return `${pfx}div(${a}, ${b})`
        case '%': return `${pfx}rem(${a}, ${b})`
        case '&': return `iand(${a}, ${b})`
        case '|': return `ior(${a}, ${b})`
        case '^': return `ixor(${a}, ${b})`
        case '&^': return `iandnot(${a}, ${b})`
        case '<<': case '>>': return this.shift(op, a, b, t, T.Typ.Uint)
      }
    }
    if (r === 'big' || r === 'ubig') {
      const w = r === 'big' ? 'BigInt.asIntN' : 'BigInt.asUintN'
      switch (op) {
        case '+': case '-': case '*': {
          // wrapping is a ring homomorphism: wrap once around a chain of + - *
          const res = `${w}(64, ${this.unwrapped.get(a) ?? a} ${op} ${this.unwrapped.get(b) ?? b})`
          this.unwrapped.set(res, `(${this.unwrapped.get(a) ?? a} ${op} ${this.unwrapped.get(b) ?? b})`)
          return res
        }
        case '/': return r === 'big' ? `div64(${a}, ${b})` : `udiv64(${a}, ${b})`
        case '%': return `rem64(${a}, ${b})`
        case '&': case '|': case '^': return `(${a} ${op} ${b})`
        case '&^': return `(${a} & ~${b})`
        case '<<': case '>>': return this.shift(op, a, b, t, T.Typ.Uint)
      }
    }
    if (isSmallInt(r)) {
      switch (op) {
        case '+': case '-': return wrapSmall(r, `${a} ${op} ${b}`)
        case '*': return r === 'i32' || r === 'u32' ? wrapSmall(r, `Math.imul(${a}, ${b})`) : wrapSmall(r, `${a} * ${b}`)
        case '/': return wrapSmall(r, `div32(${a}, ${b})`)
        case '%': return `rem32(${a}, ${b})`
        case '&': case '|': case '^': return r === 'u32' ? `((${a} ${op} ${b}) >>> 0)` : `(${a} ${op} ${b})`
        case '&^': return wrapSmall(r, `${a} & ~${b}`)
        case '<<': case '>>': return this.shift(op, a, b, t, T.Typ.Uint)
      }
    }
    if (r === 'c128' || r === 'c64') {
      const fn = ({ '+': 'cadd', '-': 'csub', '*': 'cmul', '/': 'cdiv' } as Record<string, string>)[op]
      if (fn !== undefined) return `${fn}${r === 'c64' ? '64' : ''}(${a}, ${b})`
    }
    throw new Error(`compiler: binary ${op} on ${r}`)
  }

  private unwrapped = new Map<string, string>()

  private shift (op: string, a: string, b: string, t: T.Type, yt: T.Type): string {
    const r = rep(t)
    const yr = rep(yt)
    if ((r === 'big' || r === 'ubig') && /^\d+n?$/.test(b)) {
      const c = Number(b.replace('n', ''))
      if (op === '<<') return c >= 64 ? '0n' : `BigInt.${r === 'big' ? 'asIntN' : 'asUintN'}(64, ${a} << ${c}n)`
      return `(${a} >> ${Math.min(c, 64)}n)`
    }
    const n = /^\d+$/.test(b) ? b : (yr === 'big' || yr === 'ubig' || yr === 'int' || yr === 'uint' || yr === 'i8' || yr === 'i16' || yr === 'i32') ? `shiftCount(${b})` : b
    const left = op === '<<'
    switch (r) {
      case 'int': return left ? `ishl(${a}, ${n})` : `ishr(${a}, ${n})`
      case 'uint': return left ? `ushl(${a}, ${n})` : `ushr(${a}, ${n})`
      case 'big': return left ? `shl64(${a}, ${n})` : `shr64(${a}, ${n})`
      case 'ubig': return left ? `ushl64(${a}, ${n})` : `ushr64(${a}, ${n})`
    }
    if (isSmallInt(r)) {
      const [bits, signed] = smallBits[r]
      const c = /^\d+$/.test(n) ? Number(n) : -1
      if (left) {
        if (c >= 0) return c >= 32 ? '0' : wrapSmall(r, `${a} << ${c}`)
        return `((s) => s >= 32 ? 0 : ${wrapSmall(r, `${a} << s`)})(${n})`
      }
      if (signed) return c >= 0 ? `(${a} >> ${Math.min(c, 31)})` : `(${a} >> Math.min(${n}, 31))`
      if (c >= 0) return c >= 32 ? '0' : `(${a} >>> ${c})`
      void bits
      return `((s) => s >= 32 ? 0 : ${a} >>> s)(${n})`
    }
    throw new Error(`compiler: shift of ${r}`)
  }

  private compareExprs (e: ast.BinaryExpr): string {
    let xt = this.typeOf(e.x); let yt = this.typeOf(e.y)
    let a = this.expr(e.x); let b = this.expr(e.y)
    const xnil = xt.kind === 'basic' && xt.basicKind === T.BasicKind.UntypedNil
    const ynil = yt.kind === 'basic' && yt.basicKind === T.BasicKind.UntypedNil
    if (xnil || ynil) {
      const other = xnil ? yt : xt
      const v = xnil ? b : a
      const neg = e.op === '!='
      if (under(other).kind === 'slice') return `(${v}.a ${neg ? '!==' : '==='} null)`
      return `(${v} ${neg ? '!==' : '==='} null)`
    }
    // mixed interface / concrete: convert the concrete side
    if (isIface(xt) && !isIface(yt)) { b = this.convert(b, yt, xt); yt = xt }
    if (isIface(yt) && !isIface(xt)) { a = this.convert(a, xt, yt); xt = yt }
    return this.compare(e.op, a, b, xt, yt)
  }

  compare (op: string, a: string, b: string, t: T.Type, _yt: T.Type): string {
    const u = under(t)
    if (u.kind === 'interface') return op === '==' ? `ifaceEq(${a}, ${b})` : `!ifaceEq(${a}, ${b})`
    if (u.kind === 'struct' || u.kind === 'array') {
      const eq = this.eqExpr(t, a, b)
      return op === '==' ? `(${eq})` : `!(${eq})`
    }
    if (u.kind === 'pointer' && !isAgg(u.elem)) {
      // pointers to elements or fields are small objects: equal when they denote the same location
      return op === '==' ? `ptrEq(${a}, ${b})` : `!ptrEq(${a}, ${b})`
    }
    if (u.kind === 'basic' && isComplexRep(rep(u))) return op === '==' ? `ceq(${a}, ${b})` : `!ceq(${a}, ${b})`
    const jsop = op === '==' ? '===' : op === '!=' ? '!==' : op
    return `(${a} ${jsop} ${b})`
  }

  // ------------------------------------------------------------------ calls

  private callParts (e: ast.CallExpr): [string, string[]] {
    let fun = e.fun
    while (fun.kind === 'ParenExpr') fun = fun.x
    const ft = under(this.typeOf(fun)) as T.Signature
    let callee: string
    let recv: string | null = null
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun)
      if (sel !== undefined && sel.kind === 'method') {
        [callee, recv] = this.methodCallee(fun, sel)
      } else callee = this.expr(fun)
    } else callee = this.expr(fun)
    const args = this.args(e, ft)
    if (recv !== null) args.unshift(recv)
    return [callee, args]
  }

  private args (e: ast.CallExpr, sig: T.Signature): string[] {
    const params = sig.params.vars.map(v => this.sub(v.type))
    const n = params.length
    // f(g()) with g returning several values
    if (e.args.length === 1) {
      const at = this.typeOf(e.args[0])
      if (at.kind === 'tuple' && at.vars.length > 1) {
        const t = this.tmpName()
        const tup = this.expr(e.args[0])
        const conv = at.vars.map((v, i) => {
          const pt = sig.variadic && i >= n - 1 ? (under(params[n - 1]) as T.Slice).elem : params[i]
          return this.convert(`${t}[${i}]`, this.sub(v.type), pt)
        })
        if (sig.variadic) {
          const fixed = conv.slice(0, n - 1)
          const rest = conv.slice(n - 1)
          return [`...((${t}) => [${fixed.join(', ')}${fixed.length > 0 ? ', ' : ''}mkSlice([${rest.join(', ')}])])(${tup})`]
        }
        return [`...((${t}) => [${conv.join(', ')}])(${tup})`]
      }
    }
    const out: string[] = []
    if (sig.variadic) {
      for (let i = 0; i < n - 1; i++) out.push(this.argValue(e.args[i], params[i]))
      if (e.ellipsis !== 0) out.push(this.expr(e.args[n - 1]))
      else {
        const et = (under(params[n - 1]) as T.Slice).elem
        const rest = e.args.slice(n - 1).map(a => this.valueFor(a, et))
        out.push(rest.length === 0 ? 'NIL_SLICE' : rep(et) === 'u8' ? `mkSlice(Uint8Array.from([${rest.join(', ')}]))` : `mkSlice([${rest.join(', ')}])`)
      }
    } else {
      for (let i = 0; i < e.args.length; i++) out.push(this.argValue(e.args[i], params[i]))
    }
    return out
  }

  private call (e: ast.CallExpr): string {
    // gc's traceback gives a caller the line of the call's '(': mark it when the statement began earlier
    const line = lineOf(this.posString(e.lparen))
    if (line !== this.stmtLine && line !== '') return `/*@${this.pos(e.lparen)}*/` + this.callCode(e)
    return this.callCode(e)
  }

  /** the line (`file.go:12`) where the statement being compiled starts, and its position */
  private stmtLine = ''
  private stmtPos = 0

  private callCode (e: ast.CallExpr): string {
    let fun = e.fun
    while (fun.kind === 'ParenExpr') fun = fun.x
    if (fun.kind === 'FuncLit') this.directLits.add(fun)
    const ftv = this.tv(fun)
    if (ftv !== undefined && ftv.mode === 'typexpr') return this.conversion(e, this.typeOf(fun))
    if (ftv !== undefined && ftv.mode === 'builtin') return this.builtin(e, fun)
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun)
      if (sel !== undefined && sel.kind === 'method' && sel.index.length === 1 && isIface(this.typeOf(fun.x))) {
        // dynamic dispatch through the dynamic type's method table
        const sv = this.scratch()
        const x = this.expr(fun.x)
        const args = this.args(e, under(this.typeOf(fun)) as T.Signature)
        return `(${sv} = ${x}, ${sv}.t.methods.${sel.obj.name}(${[`${sv}.v`, ...args].join(', ')}))`
      }
    }
    const [callee, args] = this.callParts(e)
    return `${callee}(${args.join(', ')})`
  }

  /** a function-scoped scratch variable for expression temporaries */
  private scratch (): string {
    return '$s' + String(this.fn.scratch++)
  }
  private scratchDecl (): string {
    const n = this.fn.scratch
    if (n === 0) return ''
    return 'let ' + Array.from({ length: n }, (_, i) => '$s' + String(i)).join(', ') + ';'
  }

  private conversion (e: ast.CallExpr, to0: T.Type): string {
    const to = this.sub(to0)
    const arg = e.args[0]
    const from = this.typeOf(arg)
    const x = this.expr(arg)
    if (isIface(to)) return this.convert(isAgg(from) && !isFresh(arg) ? this.cloneExpr(from, x) : x, from, to)
    const fu = under(from); const tu = under(to)
    const fr = rep(from); const tr = rep(to)
    if (fr === 'nil') return this.zero(to)
    if (tr === 'string') {
      if (fr === 'string') return x
      if (fu.kind === 'slice') {
        return rep((fu as T.Slice).elem) === 'u8' ? `bytesToString(${x})` : `runesToString(${x})`
      }
      if (isIntRep(fr)) return `runeToStr(${x})`
    }
    if (tu.kind === 'slice' && fr === 'string') {
      return rep(tu.elem) === 'u8' ? `stringToBytes(${x})` : `stringToRunes(${x})`
    }
    if (tu.kind === 'array' && fu.kind === 'slice') return `sliceToArr(${x}, ${tu.len})`
    if (tu.kind === 'pointer' && fu.kind === 'slice') return `sliceToArrPtr(${x}, ${(under(tu.elem) as T.ArrayType).len})`
    if (isIntRep(tr)) {
      if (fr === 'f64' || fr === 'f32') {
        if (tr === 'int') return `floatToInt(${x})`
        if (tr === 'uint') return `floatToUint(${x})`
        if (tr === 'big') return `floatToBig(${x}, true)`
        if (tr === 'ubig') return `floatToBig(${x}, false)`
        const [bits, signed] = smallBits[tr]
        return `floatToSmall(${x}, ${bits}, ${String(signed)})`
      }
      if (fr === tr) return x
      switch (tr) {
        case 'int': return fr === 'uint' || fr === 'big' || fr === 'ubig' ? `toInt(${x})` : x
        case 'uint': return `toUint(${x})`
        case 'big': return `toInt64(${x})`
        case 'ubig': return `toUint64(${x})`
      }
      const [bits, signed] = smallBits[tr]
      if (isSmallInt(fr)) {
        const [fb, fs] = smallBits[fr]
        if (fb < bits && (signed || !fs)) return x // widening that keeps the value
      }
      return `toSmall(${x}, ${bits}, ${String(signed)})`
    }
    if (tr === 'f64' || tr === 'f32') {
      let v = x
      if (fr === 'int' || fr === 'uint' || fr === 'big' || fr === 'ubig') v = `intToFloat(${x})`
      return tr === 'f32' && fr !== 'f32' ? `Math.fround(${v})` : v
    }
    if (tr === 'c64' && fr === 'c128') return `((c) => cmk64(c.re, c.im))(${x})`
    if (isComplexRep(tr) && !isComplexRep(fr)) {
      // only a constant reaches here (T(1) with a type parameter T whose type set has complex types)
      const f = isIntRep(fr) ? `intToFloat(${x})` : x
      return tr === 'c64' ? `cmk64(${f}, 0)` : `cmk(${f}, 0)`
    }
    if (isAgg(to) && !isFresh(arg)) return this.cloneExpr(to, x)
    return x
  }

  private builtin (e: ast.CallExpr, fun: ast.Expr): string {
    const name = (fun.kind === 'Ident' ? fun.name : (fun as ast.SelectorExpr).sel.name)
    const a = e.args
    const raw = this.rawArgs
    const arg = (i: number): string => this.expr(a[i])
    switch (name) {
      case 'len': case 'cap': {
        const t = raw ? T.Typ.String : this.typeOf(a[0])
        const u = under(t)
        const x = arg(0)
        if (u.kind === 'basic') return `${x}.length`
        if (u.kind === 'slice') return name === 'len' ? `${x}.len` : `${x}.cap`
        if (u.kind === 'array') return String(u.len)
        if (u.kind === 'pointer') return String((under(u.elem) as T.ArrayType).len)
        if (u.kind === 'map') return `mlen(${x})`
        return '0'
      }
      case 'append': {
        const st = this.typeOf(e)
        const et = (under(st) as T.Slice).elem
        const bytes = String(rep(et) === 'u8' || rep(et) === 'bool')
        const esz = sizeOf(et)
        const s = arg(0)
        if (e.ellipsis !== 0) {
          const yt = this.typeOf(a[1])
          if (rep(yt) === 'string') return `appendStr(${s}, ${arg(1)})`
          if (isAgg(et)) return `appendSlice(${s}, ${arg(1)}, ${bytes}, ${esz}, (e) => ${this.cloneExpr(et, 'e')})`
          return `appendSlice(${s}, ${arg(1)}, ${bytes}, ${esz})`
        }
        if (a.length === 1) return s
        if (a.length === 2) return `append1(${s}, ${this.valueFor(a[1], et)}, ${bytes}, ${esz})`
        const vals = a.slice(1).map(x => this.valueFor(x, et))
        return `appendN(${s}, [${vals.join(', ')}], 0, ${vals.length}, ${bytes}, ${esz})`
      }
      case 'copy': {
        if (rep(this.typeOf(a[1])) === 'string') return `copyStr(${arg(0)}, ${arg(1)})`
        const cet = (under(this.typeOf(a[0])) as T.Slice).elem
        if (isAgg(cet)) return `copy(${arg(0)}, ${arg(1)}, (e) => ${this.cloneExpr(cet, 'e')})`
        return `copy(${arg(0)}, ${arg(1)})`
      }
      case 'delete': return `mdel(${arg(0)}, ${this.mapKey(a[1], under(this.typeOf(a[0])) as T.MapType)})`
      case 'clear': {
        const u = under(this.typeOf(a[0]))
        if (u.kind === 'map') return `mclear(${arg(0)})`
        const et = (u as T.Slice).elem
        return `((s) => { for (let i = 0; i < s.len; i++) s.a[s.off + i] = ${this.zero(et)}; })(${arg(0)})`
      }
      case 'make': {
        const t = this.typeOf(a[0])
        const u = under(t)
        if (u.kind === 'slice') {
          const et = u.elem
          const bytes = rep(et) === 'u8' || rep(et) === 'bool'
          const len = this.index(a[1])
          const cap = a.length > 2 ? this.index(a[2]) : 'undefined'
          return `makeSlice(${len}, ${cap}, ${String(bytes)}, ${isAgg(et) ? 'null' : this.zero(et)}, ${isAgg(et) ? this.zeroFn(et) : 'null'}, ${rep(et) === 'struct' ? 8 : sizeOf(et)})`
        }
        if (u.kind === 'map') {
          const complex = needsKeyOf(u.key)
          return `mkmap(${complex ? this.rtype(u.key) : 'null'}, ${String(complex)})`
        }
        return 'panicRuntime("channels are not supported in Amigo")'
      }
      case 'new': {
        const t = this.typeOf(a[0])
        return isAgg(t) ? this.zero(t) : `new Box(${this.zero(t)})`
      }
      case 'panic': return `$panic(${raw ? arg(0) : this.valueFor(a[0], T.emptyInterface)})`
      case 'recover': return '$recover($depth)'
      case 'print': case 'println': {
        const parts = a.map(x => raw ? `$printArg(null, ${this.expr(x)})` : `$printArg(${this.rtype(defaultType(this.typeOf(x)))}, ${this.expr(x)})`)
        if (name === 'println') return `$print([${parts.join(', ')}].join(" ") + "\\n")`
        return `$print([${parts.join(', ')}].join(""))`
      }
      case 'min': case 'max': {
        const t = this.typeOf(e)
        const r = rep(t)
        const vals = a.map(x => this.valueFor(x, t))
        if (r === 'f64' || r === 'f32') return `$fminmax(${name === 'min'}, ${vals.join(', ')})`
        return `$minmax(${name === 'min'}, ${vals.join(', ')})`
      }
      case 'complex': {
        const t = this.typeOf(e)
        const ft = rep(t) === 'c64' ? T.Typ.Float32 : T.Typ.Float64
        return `cmk(${this.valueFor(a[0], ft)}, ${this.valueFor(a[1], ft)})`
      }
      case 'real': return `${arg(0)}.re`
      case 'imag': return `${arg(0)}.im`
      case 'close': return 'panicRuntime("channels are not supported in Amigo")'
    }
    throw new Error(`compiler: builtin ${name}`)
  }
}

// ------------------------------------------------------------------ helpers

function numLit (f: number): string {
  if (Number.isNaN(f)) return 'NaN'
  if (f === Infinity) return 'Infinity'
  if (f === -Infinity) return '-Infinity'
  if (Object.is(f, -0)) return '-0'
  const s = String(f)
  return f < 0 ? `(${s})` : s
}

function needsKeyOf (t: T.Type): boolean {
  const r = rep(t)
  return r === 'struct' || r === 'array' || r === 'iface' || r === 'f64' || r === 'f32' || r === 'c128' || r === 'c64'
}

function recvTypeName (sig: T.Signature): string {
  let t = sig.recv!.type
  if (t.kind === 'pointer') t = t.elem
  return t.kind === 'named' ? (t.obj?.name ?? '?') : '?'
}

/** a fresh value: storing it needs no copy */
function isFresh (e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x
  return e.kind === 'CompositeLit' || e.kind === 'CallExpr' || e.kind === 'BasicLit' || e.kind === 'BinaryExpr' || e.kind === 'UnaryExpr' || e.kind === 'FuncLit'
}

function hasDefer (b: ast.BlockStmt): boolean {
  let found = false
  const visit = (n: any): void => {
    if (found || n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x); return }
    if (n.kind === 'FuncLit') return
    if (n.kind === 'DeferStmt') { found = true; return }
    for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') visit(c) }
  }
  visit(b.list)
  return found
}

/** does the body assign to (a part of) variable `name` or take its address? (for value receivers/params) */
function mutates (b: ast.BlockStmt, name: string, ptrMethod: ((sel: ast.SelectorExpr) => boolean) | null = null): boolean {
  let found = false
  const root = (e: ast.Expr): string | null => {
    for (;;) {
      switch (e.kind) {
        case 'Ident': return e.name
        case 'ParenExpr': e = e.x; break
        case 'SelectorExpr': e = e.x; break
        case 'IndexExpr': e = e.x; break
        default: return null
      }
    }
  }
  const visit = (n: any): void => {
    if (found || n === null || typeof n !== 'object') return
    if (Array.isArray(n)) { for (const x of n) visit(x); return }
    if (n.kind === 'AssignStmt') for (const l of n.lhs) if (root(l) === name) found = true
    if (n.kind === 'IncDecStmt' && root(n.x) === name) found = true
    if (n.kind === 'UnaryExpr' && n.op === '&' && root(n.x) === name) found = true
    if (n.kind === 'CallExpr' && n.fun.kind === 'SelectorExpr' && root(n.fun.x) === name && (ptrMethod === null || ptrMethod(n.fun))) found = true
    if (n.kind === 'RangeStmt' && ((n.key !== null && root(n.key) === name) || (n.value !== null && root(n.value) === name))) found = true
    for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') visit(c) }
  }
  visit(b.list)
  return found
}

/** the gas of one execution of a statement list: its statements, not counting nested loop bodies' iterations */
function countOps (list: ast.Stmt[]): number {
  let n = 0
  const visit = (s: any): void => {
    if (s === null || typeof s !== 'object') return
    if (Array.isArray(s)) { for (const x of s) visit(x); return }
    switch (s.kind) {
      case 'ForStmt': case 'RangeStmt': n++; return
      case 'FuncLit': return
      case 'BlockStmt': visit(s.list); return
      case 'IfStmt': n++; visit(s.body); visit(s.els); return
      case 'SwitchStmt': case 'TypeSwitchStmt': n++; visit(s.body); return
      case 'CaseClause': visit(s.body); return
      case 'LabeledStmt': visit(s.stmt); return
      default: n++
    }
  }
  visit(list)
  return n
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
    case 'named': {
      if (t.typeArgs.length === 0) return t
      const args = t.typeArgs.map(a => substType(a, m))
      if (args.every((a, i) => a === t.typeArgs[i])) return t
      return instantiateNamed(t, args)
    }
    case 'struct': {
      let changed = false
      const fs = t.fields.map(v => { const nt = substType(v.type, m); if (nt !== v.type) { changed = true; const c = Object.create(Object.getPrototypeOf(v)); Object.assign(c, v); c.type = nt; return c } return v })
      return changed ? new T.Struct(fs, t.tags) : t
    }
    default: return t
  }
}

/** hook set by the pipeline: instantiate a generic named type with new type arguments (types package) */
export let instantiateNamed: (t: T.Named, args: T.Type[]) => T.Type = (t) => t
export function setInstantiate (f: (t: T.Named, args: T.Type[]) => T.Type): void { instantiateNamed = f }

/** reflect-style type string */
export function rtString (t: T.Type): string {
  switch (t.kind) {
    case 'basic': {
      if (t.basicKind === T.BasicKind.UntypedNil) return 'nil'
      const d = defaultType(t) as T.Basic
      if (d.basicKind === T.BasicKind.UnsafePointer) return 'unsafe.Pointer'
      return T.basicByKind[d.basicKind].name
    }
    case 'named': {
      const o = t.obj
      if (o === null) return '?'
      if (o.pkg === null) return o.name // error, comparable
      let s = o.pkg.name + '.' + o.name
      if (t.typeArgs.length > 0) s += '[' + t.typeArgs.map(rtString).join(',') + ']'
      return s
    }
    case 'pointer': return '*' + rtString(t.elem)
    case 'slice': return '[]' + rtString(t.elem)
    case 'array': return `[${t.len}]` + rtString(t.elem)
    case 'map': return `map[${rtString(t.key)}]${rtString(t.elem)}`
    case 'chan': return (t.dir === T.ChanDir.RecvOnly ? '<-chan ' : t.dir === T.ChanDir.SendOnly ? 'chan<- ' : 'chan ') + rtString(t.elem)
    case 'signature': {
      let s = 'func(' + t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 ? '...' + rtString((v.type as T.Slice).elem) : rtString(v.type))).join(', ') + ')'
      const r = t.results.vars
      if (r.length === 1) s += ' ' + rtString(r[0].type)
      else if (r.length > 1) s += ' (' + r.map(v => rtString(v.type)).join(', ') + ')'
      return s
    }
    case 'interface': {
      const ms = methodSet(t)
      if (ms.length === 0) return 'interface {}'
      return 'interface { ' + ms.map(m => m.obj.name + rtString(m.obj.type).slice(4)).join('; ') + ' }'
    }
    case 'struct': {
      if (t.fields.length === 0) return 'struct {}'
      return 'struct { ' + t.fields.map((f, i) => {
        const tag = t.tag(i) !== '' ? ' ' + JSON.stringify(t.tag(i)) : ''
        return (f.embedded ? rtString(f.type) : f.name + ' ' + rtString(f.type)) + tag
      }).join('; ') + ' }'
    }
    case 'tuple': return '(' + t.vars.map(v => rtString(v.type)).join(', ') + ')'
    case 'typeparam': return t.obj.name
    default: return '?'
  }
}

function hasTypeParam (t: T.Type): boolean {
  if (t.kind === 'typeparam') return true
  if (t.kind === 'pointer') return hasTypeParam(t.elem)
  return false
}

/** how closures are named: the name their literals extend, their counter, and whether it is a closure's */
interface ClosureScope {
  name: string
  gen: number
  closure: boolean
  /** the scope that names the literals called where they stand inside this one */
  home: ClosureScope
}
function globScope (name: string): ClosureScope {
  const s: ClosureScope = { name, gen: 0, closure: false, home: null as unknown as ClosureScope }
  s.home = s
  return s
}

/** `file.go:12` of `file.go:12:5` */
function lineOf (pos: string): string {
  const m = /^(.*?:\d+)(?::\d+)?$/.exec(pos)
  return m === null ? '' : m[1]
}

/** a package path as Go's tracebacks print it (the path itself; `main` for the main package) */
function jsGoPkg (path: string): string { return path }

function hasFuncLit (n: any): boolean {
  if (n === null || typeof n !== 'object') return false
  if (Array.isArray(n)) return n.some(hasFuncLit)
  if (n.kind === 'FuncLit') return true
  for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object' && hasFuncLit(c)) return true }
  return false
}

/** size in bytes of a value of type t on amd64 (for append's capacity growth) */
export function sizeOf (t: T.Type): number { return layout(t)[0] }
function layout (t: T.Type): [number, number] {
  const u = under(t)
  switch (u.kind) {
    case 'basic': {
      switch (rep(u)) {
        case 'bool': case 'i8': case 'u8': return [1, 1]
        case 'i16': case 'u16': return [2, 2]
        case 'i32': case 'u32': case 'f32': return [4, 4]
        case 'c64': return [8, 4]
        case 'string': case 'c128': return [16, 8]
        default: return [8, 8]
      }
    }
    case 'slice': return [24, 8]
    case 'interface': return [16, 8]
    case 'array': { const [s, a] = layout(u.elem); return [s * u.len, a] }
    case 'struct': {
      let off = 0; let align = 1
      for (const f of u.fields) {
        const [s, a] = layout(f.type)
        off = Math.ceil(off / a) * a + s
        if (a > align) align = a
      }
      return [Math.ceil(off / align) * align, align]
    }
    default: return [8, 8]
  }
}
