/**
 * Statements: blocks, declarations, if, switch and type switch, branches, ++/--.
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import type { Var } from '../types/objects.ts'
import { rep, isAgg, isIface } from './typeinfo.ts'
import { assign, modify } from './assign.ts'
import type { Ctx } from './context.ts'
import { returnStmt, deferStmt } from './defers.ts'
import { isBoxed } from './escape.ts'
import { valueFor, convert, expr, multiExpr } from './expressions.ts'
import { typeOf, typeAndValue, sub } from './generics.ts'
import { newLoop, forStmt, rangeStmt } from './loops.ts'
import { tmpName, localName, pos, jsIdent, lineOf } from './names.ts'
import { binary, compare } from './operators.ts'
import { rtype } from './rtypes.ts'
import { cloneExpr, zero } from './values.ts'
import { gotoBlock, gotoStmt, hasGotoLabel } from './gotos.ts'
import { jumpFrom, loopDepth } from './rangefunc.ts'

export function block (cx: Ctx, list: ast.Stmt[]): string {
  if (hasGotoLabel(cx, list)) return gotoBlock(cx, list)
  const out: string[] = []
  for (const s of list) out.push(stmt(cx, s))
  return out.join('\n')
}

export function stmt (cx: Ctx, s: ast.Stmt, label: string | null = null): string {
  const savedLine = cx.stmtLine
  const savedPos = cx.stmtPos
  cx.stmtLine = lineOf(cx.posString(s.pos))
  cx.stmtPos = s.pos
  const code = stmtCode(cx, s, label)
  cx.stmtLine = savedLine
  cx.stmtPos = savedPos
  if (s.kind === 'BlockStmt' || s.kind === 'EmptyStmt' || code === '') return code
  return `/*@${pos(cx, s.pos)}*/` + code
}

function stmtCode (cx: Ctx, s: ast.Stmt, label: string | null): string {
  switch (s.kind) {
    case 'EmptyStmt': return ''
    case 'BlockStmt': return `{\n${block(cx, s.list)}\n}`
    case 'ExprStmt': return expr(cx, s.x, true) + ';'
    case 'DeclStmt': return declStmt(cx, s.decl)
    case 'AssignStmt': return assign(cx, s)
    case 'IncDecStmt': return incDec(cx, s)
    case 'ReturnStmt': return returnStmt(cx, s)
    case 'IfStmt': return ifStmt(cx, s)
    case 'ForStmt': return forStmt(cx, s, label)
    case 'RangeStmt': return rangeStmt(cx, s, label)
    case 'SwitchStmt': return switchStmt(cx, s, label)
    case 'TypeSwitchStmt': return typeSwitchStmt(cx, s, label)
    case 'LabeledStmt': {
      const l = 'L_' + jsIdent(s.label.name)
      const inner = s.stmt
      if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt') return stmt(cx, inner, l)
      return `${l}: {\n${stmt(cx, inner)}\n}`
    }
    case 'BranchStmt': return branch(cx, s)
    case 'DeferStmt': return deferStmt(cx, s)
    case 'GoStmt': case 'SendStmt': case 'SelectStmt':
      return 'panicRuntime("goroutines and channels are not supported in Amigo");'
    default: throw new Error(`compiler: unsupported statement ${s.kind}`)
  }
}

export function declStmt (cx: Ctx, d: ast.GenDecl): string {
  if (d.tok !== 'var') return ''
  const out: string[] = []
  for (const sp of d.specs) {
    const vs = sp as ast.ValueSpec
    const vars = vs.names.map(n => cx.info.defs.get(n) as Var | null)
    if (vs.values.length === 0) {
      vars.forEach(v => { if (v !== null && v !== undefined) out.push(declVar(cx, v, zero(cx, v.type))) })
    } else if (vs.values.length === vars.length) {
      const vals = vs.values.map((e, i) => vars[i] === null || vars[i] === undefined ? expr(cx, e) : valueFor(cx, e, vars[i]!.type))
      if (vals.length === 1) {
        const v = vars[0]
        out.push(v === null || v === undefined ? vals[0] + ';' : declVar(cx, v, vals[0]))
      } else {
        const ts = vals.map(v => { const t = tmpName(cx); out.push(`const ${t} = ${v};`); return t })
        vars.forEach((v, i) => { if (v !== null && v !== undefined) out.push(declVar(cx, v, ts[i])) })
      }
    } else {
      const t = tmpName(cx)
      out.push(`const ${t} = ${multiExpr(cx, vs.values[0])};`)
      vars.forEach((v, i) => { if (v !== null && v !== undefined) out.push(declVar(cx, v, convert(cx, `${t}[${i}]`, tupleAt(cx, vs.values[0], i), v.type))) })
    }
  }
  return out.join('\n')
}

export function declVar (cx: Ctx, v: Var, val: string): string {
  if (v.name === '_') return `${val};`
  const n = localName(cx, v)
  if (isBoxed(cx, v)) return `const ${n} = new Box(${val});`
  return `let ${n} = ${val};`
}

export function tupleAt (cx: Ctx, e: ast.Expr, i: number): T.Type {
  const t = typeOf(cx, e)
  if (t.kind === 'tuple') return sub(cx, t.vars[i].type)
  // comma-ok forms
  return i === 0 ? t : T.Typ.Bool
}

function incDec (cx: Ctx, s: ast.IncDecStmt): string {
  const t = typeOf(cx, s.x)
  const r = rep(t)
  const op = s.tok === '++' ? '+' : '-'
  // fast path for plain int locals
  return modify(cx, s.x, cur => binary(cx, op, cur, r === 'big' || r === 'ubig' ? '1n' : r === 'c128' || r === 'c64' ? 'cmk(1, 0)' : '1', t, t))
}

export function ifStmt (cx: Ctx, s: ast.IfStmt): string {
  const init = s.init !== null ? stmt(cx, s.init) : ''
  let code = `if (${condExpr(cx, s.cond)}) {\n${block(cx, s.body.list)}\n}`
  if (s.els !== null) code += ` else ${s.els.kind === 'IfStmt' ? ifStmt(cx, s.els) : stmt(cx, s.els)}`
  return init === '' ? code : `{\n${init}\n${code}\n}`
}

export function condExpr (cx: Ctx, e: ast.Expr): string { return expr(cx, e) }

/** the index of the clause that runs: the first whose test (one of `test(e)` per case expression) holds, else the default's (-1 without one) */
function clauseIndex (clauses: ast.CaseClause[], test: (e: ast.Expr) => string): string {
  let defaultIdx = -1
  const conds: string[] = []
  clauses.forEach((c, idx) => {
    if (c.list === null) { defaultIdx = idx; return }
    conds.push(`${c.list.map(test).join(' || ')} ? ${idx}`)
  })
  return conds.length === 0 ? String(defaultIdx) : `${conds.join(' : ')} : ${defaultIdx}`
}

export function switchStmt (cx: Ctx, s: ast.SwitchStmt, label: string | null): string {
  const loop = newLoop(cx, label)
  const init = s.init !== null ? stmt(cx, s.init) : ''
  const tagT = s.tag !== null ? typeOf(cx, s.tag) : T.Typ.Bool
  const tag = tmpName(cx)
  const pre = s.tag !== null ? `const ${tag} = ${expr(cx, s.tag)};` : ''
  const clauses = s.body.list as ast.CaseClause[]
  const sel = clauseIndex(clauses, e => s.tag === null
    ? `(${condExpr(cx, e)})`
    : `(${compare(cx, '==', tag, convert(cx, expr(cx, e), typeOf(cx, e), tagT), tagT, tagT)})`)
  const k = tmpName(cx)
  // switch bodies: `break` leaves the switch; fallthrough continues into the next case
  cx.fn.loops.push({ label, brk: loop.brk, cont: '' })
  const cases = clauses.map((c, idx) => {
    const last = c.body[c.body.length - 1]
    const ft = last !== undefined && last.kind === 'BranchStmt' && last.tok === 'fallthrough'
    return `case ${idx}: {\n${block(cx, c.body)}\n}${ft ? '' : '\nbreak;'}`
  })
  cx.fn.loops.pop()
  return `{\n${init}\n${pre}\nconst ${k} = ${sel};\n${loop.brk}: switch (${k}) {\n${cases.join('\n')}\n}\n}`
}

export function typeSwitchStmt (cx: Ctx, s: ast.TypeSwitchStmt, label: string | null): string {
  const loop = newLoop(cx, label)
  const init = s.init !== null ? stmt(cx, s.init) : ''
  let xExpr: ast.Expr
  let bound: string | null = null
  if (s.assign.kind === 'AssignStmt') {
    xExpr = (s.assign.rhs[0] as ast.TypeAssertExpr).x
    bound = (s.assign.lhs[0] as ast.Ident).name
  } else {
    xExpr = ((s.assign as ast.ExprStmt).x as ast.TypeAssertExpr).x
  }
  const x = tmpName(cx)
  const clauses = s.body.list as ast.CaseClause[]
  const sel = clauseIndex(clauses, e => {
    const tv = typeAndValue(cx, e)
    if (tv !== undefined && tv.mode !== 'typexpr') return `${x} === null`
    if (e.kind === 'Ident' && e.name === 'nil') return `${x} === null`
    return `isType(${x}, ${rtype(cx, typeOf(cx, e))})`
  })
  const k = tmpName(cx)
  cx.fn.loops.push({ label, brk: loop.brk, cont: '' })
  const cases = clauses.map((c, idx) => {
    let bindCode = ''
    if (bound !== null) {
      const v = cx.info.implicits.get(c) as Var | undefined
      if (v !== undefined) {
        const vt = sub(cx, v.type)
        const val = isIface(vt) ? x : `${x}.v`
        bindCode = declVar(cx, v, isAgg(vt) ? cloneExpr(cx, vt, val) : val)
      }
    }
    return `case ${idx}: {\n${bindCode}\n${block(cx, c.body)}\n}\nbreak;`
  })
  cx.fn.loops.pop()
  return `{\n${init}\nconst ${x} = ${expr(cx, xExpr)};\nconst ${k} = ${sel};\n${loop.brk}: switch (${k}) {\n${cases.join('\n')}\n}\n}`
}

export function branch (cx: Ctx, s: ast.BranchStmt): string {
  const loops = cx.fn.loops
  switch (s.tok) {
    case 'break': {
      const l = s.label !== null ? 'L_' + jsIdent(s.label.name) : null
      const at = l !== null ? loops.findLastIndex(x => x.label === l) : loops.length - 1
      const code = l !== null ? `break ${l};` : `break ${loops[at].brk};`
      return jumpFrom(cx, loopDepth(cx, at, false), () => code)
    }
    case 'continue': {
      let at = -1
      if (s.label !== null) {
        const l = 'L_' + jsIdent(s.label.name)
        at = loops.findLastIndex(x => x.label === l && x.cont !== '')
      } else {
        for (let i = loops.length - 1; i >= 0 && at < 0; i--) if (loops[i].cont !== '') at = i
      }
      const cont = loops[at].cont
      return jumpFrom(cx, loopDepth(cx, at, true), () => `break ${cont};`)
    }
    case 'fallthrough': return ''
    case 'goto': return gotoStmt(cx, s)
  }
  return ''
}
