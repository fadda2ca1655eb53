/**
 * Loops: three-clause for (per-iteration variables when closures capture them) and range over
 * integers, strings, slices, arrays, maps and functions.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var } from '../types/objects.ts'
import { rep, under, isAgg } from './typeinfo.ts'
import { store } from './assign.ts'
import type { LoopCtx, Ctx } from './context.ts'
import { isBoxed, hasFuncLit } from './escape.ts'
import { expr } from './expressions.ts'
import { chargeGas, countOps } from './gas.ts'
import { typeOf } from './generics.ts'
import { tmpName, localName, pos } from './names.ts'
import { block, stmt, condExpr } from './statements.ts'
import { cloneExpr } from './values.ts'
import { rangeFuncStmt } from './rangefunc.ts'

export function newLoop (cx: Ctx, label: string | null): LoopCtx {
  const id = String(cx.uid++)
  const l: LoopCtx = { label, brk: label ?? 'B' + id, cont: (label ?? 'B' + id) + '_c' }
  return l
}

export function forStmt (cx: Ctx, s: ast.ForStmt, label: string | null): string {
  const loop = newLoop(cx, label)
  const init = s.init !== null ? stmt(cx, s.init) : ''
  // per-iteration copies of loop variables captured by closures (Go 1.22 semantics)
  const loopVars: Var[] = []
  if (s.init !== null && s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
    for (const l of s.init.lhs) {
      if (l.kind !== 'Ident') continue
      const o = cx.info.defs.get(l)
      if (o !== undefined && o !== null && o.kind === 'var' && (isBoxed(cx, o) || hasFuncLit(s.body))) loopVars.push(o)
    }
  }
  cx.fn.loops.push(loop)
  const body = block(cx, s.body.list)
  const post = s.post !== null ? stmt(cx, s.post) : ''
  cx.fn.loops.pop()
  const cond = s.cond !== null ? `if (!(${condExpr(cx, s.cond)})) break;` : ''
  const gas = countOps(s.body.list) + 1
  const p = pos(cx, s.pos)
  let inner = `${cond}\n${loop.cont}: {\n${body}\n}\n${post}`
  if (loopVars.length > 0) {
    const names = loopVars.map(v => localName(cx, v))
    const boxed = loopVars.map(v => isBoxed(cx, v))
    const outer = names.map(n => n + '$o')
    // each iteration gets its own variable, initialized from the previous one before the post statement
    const fresh = (i: number, from: string): string => boxed[i] ? `new Box(${from}.v)` : from
    const copyOut = names.map((n, i) => `${outer[i]} = ${n};`).join(' ')
    inner = `${names.map((n, i) => `let ${n} = ${outer[i]};`).join(' ')}\n${cond}\n${loop.cont}: {\n${body}\n}\n${copyOut}\n{ ${names.map((n, i) => `let ${n} = ${fresh(i, outer[i])};`).join(' ')}\n${post}\n${copyOut} }`
    return `{\n${init}\n${names.map((n, i) => `let ${outer[i]} = ${n};`).join(' ')}\n${loop.brk}: for (;;) {\n${chargeGas(gas, p)}\n{ ${inner} }\n}\n}`
  }
  return `{\n${init}\n${loop.brk}: for (;;) {\n${chargeGas(gas, p)}\n${inner}\n}\n}`
}

export function rangeStmt (cx: Ctx, s: ast.RangeStmt, label: string | null): string {
  const loop = newLoop(cx, label)
  const xt = typeOf(cx, s.x)
  const u = under(xt)
  const gas = countOps(s.body.list) + 1
  const p = pos(cx, s.pos)
  const define = s.tok === ':='
  const keyE = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null
  const valE = s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null
  const bind = (e: ast.Expr | null, v: string): string => e === null ? '' : store(cx, e, v, define)
  if (u.kind === 'signature') return rangeFuncStmt(cx, s, loop, u, keyE, valE, bind)
  cx.fn.loops.push(loop)
  const body = block(cx, s.body.list)
  cx.fn.loops.pop()
  const x = tmpName(cx); const i = tmpName(cx); const n = tmpName(cx)
  const head = (pre: string, loopHead: string, binds: string): string =>
    `{\n${pre}\n${loop.brk}: for (${loopHead}) {\n${chargeGas(gas, p)}\n${binds}\n${loop.cont}: {\n${body}\n}\n}\n}`
  if (u.kind === 'basic' && rep(u) !== 'string') {
    // range over an integer (Go 1.22)
    const r = rep(xt)
    const big = r === 'big' || r === 'ubig'
    return head(`const ${n} = ${expr(cx, s.x)};`, `let ${i} = ${big ? '0n' : '0'}; ${i} < ${n}; ${i}${big ? ' += 1n' : '++'}`, bind(keyE, i))
  }
  if (u.kind === 'basic') {
    // string: runes
    const w = tmpName(cx)
    return head(`const ${x} = ${expr(cx, s.x)};`, `let ${i} = 0, ${w} = 0; ${i} < ${x}.length; ${i} += ${w}`,
      `let ${n} = ${x}.charCodeAt(${i}); if (${n} < 128) ${w} = 1; else { ${n} = decodeRune(${x}, ${i}); ${w} = $rt.decoded.width; }\n${bind(keyE, i)}\n${bind(valE, n)}`)
  }
  if (u.kind === 'slice') {
    const et = u.elem
    // []bool made by make/append is a Uint8Array of 0/1: reads normalize to booleans
    const v = rep(et) === 'bool' ? `!!${x}.a[${x}.off + ${i}]` : `${x}.a[${x}.off + ${i}]`
    return head(`const ${x} = ${expr(cx, s.x)}, ${n} = ${x}.len;`, `let ${i} = 0; ${i} < ${n}; ${i}++`,
      `${bind(keyE, i)}\n${bind(valE, isAgg(et) ? cloneExpr(cx, et, v) : v)}`)
  }
  if (u.kind === 'array' || (u.kind === 'pointer' && under(u.elem).kind === 'array')) {
    const at = u.kind === 'array' ? u : under((u as T.Pointer).elem) as T.ArrayType
    const et = at.elem
    const v = `${x}[${i}]`
    const src = u.kind === 'array' ? (valE !== null ? cloneExpr(cx, u, expr(cx, s.x)) : expr(cx, s.x)) : expr(cx, s.x)
    return head(`const ${x} = ${valE === null && u.kind === 'pointer' ? 'null' : src};`, `let ${i} = 0; ${i} < ${at.len}; ${i}++`,
      `${bind(keyE, i)}\n${bind(valE, isAgg(et) ? cloneExpr(cx, et, v) : v)}`)
  }
  if (u.kind === 'map') {
    const e = tmpName(cx)
    return head(`const ${x} = ${expr(cx, s.x)};`, `const ${e} of (${x} === null ? [] : ${x}.m)`,
      `${bind(keyE, `mkeyOf(${x}, ${e}[0])`)}\n${bind(valE, isAgg(u.elem) ? cloneExpr(cx, u.elem, `${e}[1]`) : `${e}[1]`)}`)
  }
  throw new Error(`compiler: cannot range over ${u.kind}`)
}
