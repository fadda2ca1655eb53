/**
 * Names: the JS identifiers of Go objects, temporaries and scratch variables, Go's names of
 * functions in tracebacks, and the table of positions the generated code refers to by index.
 */
import * as T from '../types/types.ts'
import type { Var, Func } from '../types/objects.ts'
import type { Package } from '../types/package.ts'
import type { CompileUnit, Ctx } from './context.ts'

export function setUnit (cx: Ctx, u: CompileUnit): void { cx.info = u.info; cx.pkg = u.pkg; cx.posString = u.posString ?? cx.defaultPos }

export function pkgPrefix (cx: Ctx, p: Package | null): string { return p === null ? '$u_' : jsIdent(p.path.replace(/[/.]/g, '_')) + '$' }

export function funcJsName (cx: Ctx, f: Func, p: Package): string {
  const sig = f.type as T.Signature
  if (sig.recv !== null) {
    let rt = sig.recv.type
    if (rt.kind === 'pointer') rt = rt.elem
    const tn = rt.kind === 'named' ? (rt.obj?.name ?? 'T') : 'T'
    return pkgPrefix(cx, p) + jsIdent(tn) + '$' + jsIdent(f.name)
  }
  return pkgPrefix(cx, p) + jsIdent(f.name) + (f.name === 'init' ? '$' + String(cx.uid++) : '')
}

export function tmpName (cx: Ctx): string { return '$t' + String(cx.fn.tmp++) }

export function localName (cx: Ctx, v: Var): string {
  let n = cx.fn.names.get(v)
  if (n !== undefined) return n
  let base = jsIdent(v.name === '_' ? '$blank' : v.name)
  if (base.startsWith('$') && v.name !== '_') base = '_' + base
  n = base
  let i = 1
  while (cx.fn.used.has(n)) n = base + '$' + String(i++)
  cx.fn.used.add(n)
  cx.fn.names.set(v, n)
  return n
}

export function pos (cx: Ctx, p: number): number {
  return intern(cx, cx.posString(p))
}

/** the index of a string in the program's table of positions and traceback names */
export function intern (cx: Ctx, s: string): number {
  let i = cx.posIndex.get(s)
  if (i === undefined) { i = cx.posTable.length; cx.posTable.push(s); cx.posIndex.set(s, i) }
  return i
}

/** Go's name of a declared function in a traceback: `main.f`, `main.(*T).M`, `main.g[...]`, `main.init.0` */
export function goFuncName (cx: Ctx, f: Func, generic: boolean): string {
  const sig = f.type as T.Signature
  const pkg = jsGoPkg(f.pkg?.path ?? 'main')
  if (sig.recv !== null) {
    let rt = sig.recv.type
    const ptr = rt.kind === 'pointer'
    if (rt.kind === 'pointer') rt = rt.elem
    const tn = (rt.kind === 'named' ? (rt.obj?.name ?? 'T') : 'T') + (sig.recvTypeParams.length > 0 ? '[...]' : '')
    return `${pkg}.${ptr ? `(*${tn})` : tn}.${f.name}`
  }
  const idx = cx.initIndex.get(f)
  if (idx !== undefined) return `${pkg}.init.${idx}`
  return `${pkg}.${f.name}${generic ? '[...]' : ''}`
}

/** a function-scoped scratch variable for expression temporaries */
export function scratch (cx: Ctx): string {
  return '$s' + String(cx.fn.scratch++)
}

export function scratchDecl (cx: Ctx): string {
  const n = cx.fn.scratch
  if (n === 0) return ''
  return 'let ' + Array.from({ length: n }, (_, i) => '$s' + String(i)).join(', ') + ';'
}

const JS_RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
  'import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface ' +
  'package private protected public await arguments eval undefined NaN Infinity Object Array String Number Math Map Set Symbol BigInt Error ' +
  'Boolean Function JSON Date Reflect Proxy Promise globalThis constructor prototype').split(' '))

export function jsIdent (name: string): string {
  let s = name.replace(/[^A-Za-z0-9_]/g, c => '$' + c.codePointAt(0)!.toString(16))
  if (JS_RESERVED.has(s)) s = s + '_'
  return s
}

export function fieldJs (name: string, i: number): string {
  if (name === '_') return '_$' + String(i)
  if (name === '__proto__') return '__proto__$'
  return name
}

export function recvTypeName (sig: T.Signature): string {
  let t = sig.recv!.type
  if (t.kind === 'pointer') t = t.elem
  return t.kind === 'named' ? (t.obj?.name ?? '?') : '?'
}

/** `file.go:12` of `file.go:12:5` */
export function lineOf (pos: string): string {
  const m = /^(.*?:\d+)(?::\d+)?$/.exec(pos)
  return m === null ? '' : m[1]
}

/** a package path as Go's tracebacks print it (the path itself; `main` for the main package) */
export function jsGoPkg (path: string): string { return path }
