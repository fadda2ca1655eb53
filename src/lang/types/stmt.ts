/** Statements and function bodies (types2 stmt.go). */
import type * as ast from '../syntax/ast.ts'
import * as constant from '../constant/index.ts'
import { Checker, type DeclInfo } from './checker.ts'
import { Operand } from './operand.ts'
import { Var, type Obj } from './objects.ts'
import { Scope } from './scope.ts'
import type { TypeErrorCode } from './errors.ts'
import { BasicKind, RuneType, Typ, noType, underOf, type Signature, type Type } from './types.ts'
import { allBoolean, allInteger, allNumeric, comparable, coreType, hasName, hasNil, isInteger, isString, isTypeParam, isUntyped, defaultType } from './predicates.ts'
import { identical } from './identity.ts'
import { binary, comparison, convertUntyped, expr, keyVal, rawExpr, typeAssertion, use } from './expr.ts'
import { assignment, assignVar, assignVars, initVar, initVars, shortVarDecl } from './assign.ts'
import { declStmt } from './decl.ts'
import { declare } from './resolver.ts'
import { varType } from './typexpr.ts'
import { isTerminating } from './return.ts'
import { checkBranches } from './labels.ts'

const BREAK_OK = 1
const CONTINUE_OK = 2
const FALLTHROUGH_OK = 4
const FINAL_SWITCH_CASE = 8
const IN_TYPE_SWITCH = 16

export function funcBody (check: Checker, decl: DeclInfo | null, name: string, sig: Signature, body: ast.BlockStmt, iota: constant.Value | null, lit: ast.FuncLit | null = null): void {
  const scope = check.sigScope.get(sig) ?? new Scope(check.env.scope, body.pos, body.end, 'function')
  scope.pos = body.pos
  scope.end = body.end
  const saved = check.env
  check.env = {
    decl, scope, iota, errpos: 0, sig, isPanic: new Set(), hasLabel: false, hasCallOrRecv: false, funcScope: scope,
  }
  try {
    stmtList(check, 0, body.list)
    // labels and branch statements are validated in a second pass, only for functions that have any
    if (check.env.hasLabel) checkBranches(check, body)
    if (sig.results.length > 0 && !isTerminating(check.env.isPanic, body, '')) check.errorf(body.rbrace, 'MissingReturn', 'missing return')
    usage(check, scope)
  } finally {
    check.env = saved
  }
  void name
  void lit
}

function usage (check: Checker, scope: Scope): void {
  const unused: Var[] = []
  for (const elem of scope.objects()) {
    if (elem.kind === 'var' && !elem.used && elem.name !== '_' && !elem.isField) unused.push(elem)
  }
  unused.sort((a, b) => a.pos - b.pos)
  for (const v of unused) check.softErrorf(v.pos, 'UnusedVar', '%s declared but not used', v.name)
  for (const child of scope.children) if (!child.isFunc) usage(check, child)
}

function openScope (check: Checker, node: ast.Node, comment: string, end: number = node.end): Scope {
  const scope = new Scope(check.env.scope, node.pos, end, comment)
  check.recordScope(node, scope)
  check.env.scope = scope
  return scope
}

function closeScope (check: Checker): void {
  check.env.scope = check.env.scope.parent!
}

function simpleStmt (check: Checker, s: ast.Stmt | null): void {
  if (s) stmt(check, 0, s)
}

function trimTrailingEmpty (list: ast.Stmt[]): ast.Stmt[] {
  let n = list.length
  while (n > 0 && list[n - 1].kind === 'EmptyStmt') n--
  return n === list.length ? list : list.slice(0, n)
}

function stmtList (check: Checker, ctxt: number, list: ast.Stmt[]): void {
  const ok = (ctxt & FALLTHROUGH_OK) !== 0
  const inner0 = ctxt & ~FALLTHROUGH_OK
  const l = trimTrailingEmpty(list)
  l.forEach((s, i) => {
    let inner = inner0
    if (ok && i + 1 === l.length) inner |= FALLTHROUGH_OK
    stmt(check, inner, s)
  })
}

function multipleDefaults (check: Checker, list: ast.Stmt[]): void {
  let first: ast.CaseClause | null = null
  for (const c of list as ast.CaseClause[]) {
    if (c.list === null) {
      if (first) check.errorf(c, 'DuplicateDefault', 'multiple defaults (first at %s)', check.embeddedPosition(first.pos))
      else first = c
    }
  }
}

function suspendedCall (check: Checker, keyword: string, call: ast.CallExpr): void {
  const x = new Operand()
  let msg: string
  switch (rawExpr(check, x, call, null, false)) {
    case 'conversion': msg = 'requires function call, not conversion'; break
    case 'expression': msg = 'discards result of'; break
    default: return
  }
  check.errorf(x, keyword === 'go' ? 'InvalidGo' : 'InvalidDefer', '%s %s %s', keyword, msg, x)
}

function unparen (e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e }

export function stmt (check: Checker, ctxt: number, s: ast.Stmt): void {
  const top = check.delayedTop
  try {
    stmt0(check, ctxt, s)
  } finally {
    check.processDelayed(top)
  }
}

function stmt0 (check: Checker, ctxt: number, s: ast.Stmt): void {
  const inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE | IN_TYPE_SWITCH)
  switch (s.kind) {
    case 'EmptyStmt': case 'BadStmt': break
    case 'DeclStmt': declStmt(check, s.decl); break
    case 'LabeledStmt':
      check.env.hasLabel = true
      stmt(check, ctxt, s.stmt)
      break
    case 'ExprStmt': {
      const x = new Operand()
      const kind = rawExpr(check, x, s.x, null, false)
      let msg: string
      let code: TypeErrorCode = 'UnusedExpr'
      switch (x.mode) {
        case 'builtin': msg = 'must be called'; code = 'UncalledBuiltin'; break
        case 'typexpr': msg = 'is not an expression'; code = 'NotAnExpr'; break
        case 'invalid': return
        default:
          if (kind === 'statement') return
          msg = 'is not used'
      }
      check.errorf(x, code, '%s %s', x, msg)
      break
    }
    case 'SendStmt':
      check.unsupported(s, 'channels are')
      use(check, s.chan, s.value)
      break
    case 'IncDecStmt': {
      const x = new Operand()
      expr(check, x, s.x)
      if (x.invalid) return
      if (!allNumeric(x.type)) {
        check.errorf(s.x, 'NonNumericIncDec', 'invalid operation: %s%s (non-numeric type %s)', s.x, s.tok, x.type)
        return
      }
      const y = x.copy()
      y.mode = 'value'
      assignVar(check, s.x, y)
      break
    }
    case 'AssignStmt': {
      const lhs = s.lhs
      const rhs = s.rhs
      if (s.tok === '=') { assignVars(check, lhs, rhs); break }
      if (s.tok === ':=') { shortVarDecl(check, s.tokPos, lhs, rhs); break }
      if (lhs.length !== 1 || rhs.length !== 1) {
        check.errorf(s, 'MultiValAssignOp', 'assignment operation %s requires single-valued expressions', s.tok)
        return
      }
      const x = new Operand()
      binary(check, x, null, lhs[0], rhs[0], s.tok.slice(0, -1))
      assignVar(check, lhs[0], x)
      break
    }
    case 'GoStmt':
      check.unsupported(s, 'goroutines are')
      use(check, s.call)
      break
    case 'DeferStmt':
      suspendedCall(check, 'defer', s.call)
      break
    case 'ReturnStmt': {
      const res = check.env.sig!.results
      if (s.results.length === 0 && res.length > 0 && res.vars[0].name !== '') {
        for (const obj of res.vars) {
          const r = check.env.scope.lookupParent(obj.name, 0)
          const alt = r ? r[1] : null
          if (alt && alt !== obj) {
            check.errorParts([[s, `result parameter ${obj.name} not in scope at return`], [alt.pos, `inner declaration of ${check.argString(alt)}`]], 'OutOfScopeResult')
          }
        }
      } else if (s.results.length > 0 || res.length > 0) {
        initVars(check, res.vars, s.results, s)
      }
      break
    }
    case 'BranchStmt':
      check.env.hasLabel = true
      break
    case 'BlockStmt':
      openScope(check, s, 'block')
      stmtList(check, inner, s.list)
      closeScope(check)
      break
    case 'IfStmt': {
      openScope(check, s, 'if')
      simpleStmt(check, s.init)
      const x = new Operand()
      expr(check, x, s.cond)
      if (!x.invalid && !allBoolean(x.type)) check.errorf(s.cond, 'InvalidCond', 'non-boolean condition in if statement')
      stmt(check, inner, s.body)
      if (s.els) stmt(check, inner, s.els)
      closeScope(check)
      break
    }
    case 'SwitchStmt':
      openScope(check, s, 'switch')
      simpleStmt(check, s.init)
      switchStmt(check, inner | BREAK_OK, s)
      closeScope(check)
      break
    case 'TypeSwitchStmt':
      openScope(check, s, 'switch')
      simpleStmt(check, s.init)
      typeSwitchStmt(check, inner | BREAK_OK | IN_TYPE_SWITCH, s)
      closeScope(check)
      break
    case 'SelectStmt':
      check.unsupported(s, 'select statements are')
      break
    case 'CaseClause': case 'CommClause':
      check.errorf(s, 'InvalidSyntaxTree', 'invalid statement')
      break
    case 'ForStmt': {
      openScope(check, s, 'for')
      simpleStmt(check, s.init)
      if (s.cond) {
        const x = new Operand()
        expr(check, x, s.cond)
        if (!x.invalid && !allBoolean(x.type)) check.errorf(s.cond, 'InvalidCond', 'non-boolean condition in for statement')
      }
      simpleStmt(check, s.post)
      if (s.post && s.post.kind === 'AssignStmt' && s.post.tok === ':=') use(check, ...s.post.lhs)
      stmt(check, inner | BREAK_OK | CONTINUE_OK, s.body)
      closeScope(check)
      break
    }
    case 'RangeStmt':
      rangeStmt(check, inner | BREAK_OK | CONTINUE_OK, s)
      break
  }
}

function goValKey (v: constant.Value): string | null {
  switch (v.kind) {
    case 'Int': case 'Float': case 'String': return keyVal(v)
  }
  return null
}

function caseValues (check: Checker, x: Operand, values: ast.Expr[], seen: Map<string, { pos: number; type: Type }[]>): void {
  for (const e of values) {
    const v = new Operand()
    expr(check, v, e)
    if (x.invalid || v.invalid) continue
    convertUntyped(check, v, x.type)
    if (v.invalid) continue
    const res = v.copy()
    comparison(check, res, x, '==', true)
    if (res.invalid) continue
    if (v.mode !== 'constant') continue
    const key = goValKey(v.val!)
    if (key !== null) {
      const list = seen.get(key) ?? []
      const dup = list.find(vt => identical(v.type, vt.type))
      if (dup) {
        check.errorParts([[v.expr ?? e, check.sprintf('duplicate case %s in expression switch', v)], [dup.pos, 'previous case']], 'DuplicateCase')
        continue
      }
      list.push({ pos: v.expr ? v.expr.pos : e.pos, type: v.type })
      seen.set(key, list)
    }
  }
}

function switchStmt (check: Checker, inner: number, s: ast.SwitchStmt): void {
  const x = new Operand()
  if (s.tag) {
    expr(check, x, s.tag)
    assignment(check, x, null, 'switch expression')
    if (!x.invalid && !comparable(x.type, true) && !hasNil(x.type)) {
      check.errorf(x, 'InvalidExprSwitch', 'cannot switch on %s (%s is not comparable)', x, x.type)
      x.mode = 'invalid'
    }
  } else {
    x.mode = 'constant'
    x.type = Typ.Bool
    x.val = constant.makeBool(true)
    const pos = s.body.list.length ? s.body.list[0].pos : s.body.rbrace
    x.expr = { kind: 'Ident', pos, end: pos, name: 'true' }
  }
  multipleDefaults(check, s.body.list)
  const seen = new Map<string, { pos: number; type: Type }[]>()
  const clauses = s.body.list as ast.CaseClause[]
  clauses.forEach((clause, i) => {
    let end = s.body.rbrace
    let inn = inner
    if (i + 1 < clauses.length) { end = clauses[i + 1].pos; inn |= FALLTHROUGH_OK } else inn |= FINAL_SWITCH_CASE
    caseValues(check, x, clause.list ?? [], seen)
    openScope(check, clause, 'case', end)
    stmtList(check, inn, clause.body)
    closeScope(check)
  })
}

function isNilExpr (check: Checker, e: ast.Expr): boolean {
  const u = unparen(e)
  if (u.kind !== 'Ident') return false
  const r = check.env.scope.lookupParent(u.name, 0)
  return !!r && r[1].kind === 'nil'
}

function caseTypes (check: Checker, x: Operand | null, types: ast.Expr[], seen: { t: Type | null; e: ast.Expr }[]): Type | null {
  let T: Type | null = null
  outer: for (const e of types) {
    if (isNilExpr(check, e)) {
      T = null
      expr(check, new Operand(), e)
    } else {
      T = varType(check, e)
      if (T === Typ.Invalid) continue
    }
    for (const other of seen) {
      if ((T === null && other.t === null) || (T !== null && other.t !== null && identical(T, other.t))) {
        const Ts = T === null ? 'nil' : check.argString(T)
        check.errorParts([[e, `duplicate case ${Ts} in type switch`], [other.e, 'previous case']], 'DuplicateCase')
        continue outer
      }
    }
    seen.push({ t: T, e })
    if (x && T !== null) typeAssertion(check, e, x, T, true)
  }
  return T
}

function typeSwitchStmt (check: Checker, inner: number, s: ast.TypeSwitchStmt): void {
  let lhs: ast.Ident | null = null
  let rhs: ast.Expr
  if (s.assign.kind === 'AssignStmt') {
    const l = s.assign.lhs[0]
    lhs = l.kind === 'Ident' ? l : null
    rhs = s.assign.rhs[0]
  } else rhs = (s.assign as ast.ExprStmt).x
  const guard = unparen(rhs) as ast.TypeAssertExpr
  if (lhs) {
    if (lhs.name === '_') {
      check.softErrorf(lhs, 'NoNewVar', 'no new variable on left side of :=')
      lhs = null
    } else check.recordDef(lhs, null)
  }
  const x = new Operand()
  expr(check, x, guard.x)
  if (x.invalid) return
  let sx: Operand | null = null
  if (isTypeParam(x.type)) check.errorf(x, 'InvalidTypeSwitch', 'cannot use type switch on type parameter value %s', x)
  else if (underOf(x.type).kind === 'interface') sx = x
  else check.errorf(x, 'InvalidTypeSwitch', '%s is not an interface', x)
  multipleDefaults(check, s.body.list)
  const lhsVars: Var[] = []
  const seen: { t: Type | null; e: ast.Expr }[] = []
  const clauses = s.body.list as ast.CaseClause[]
  clauses.forEach((clause, i) => {
    const end = i + 1 < clauses.length ? clauses[i + 1].pos : s.body.rbrace
    const cases = clause.list ?? []
    let T = caseTypes(check, sx, cases, seen)
    openScope(check, clause, 'case', end)
    if (lhs) {
      if (cases.length !== 1 || T === null) T = x.type
      const obj = new Var(lhs.pos, check.pkg, lhs.name, T)
      const scopePos = cases.length ? cases[cases.length - 1].end : clause.pos
      declare(check, check.env.scope, null, obj, scopePos)
      if (check.env.funcScope) check.varFuncScope.set(obj, check.env.funcScope)
      check.recordImplicit(clause, obj)
      lhsVars.push(obj)
    }
    stmtList(check, inner, clause.body)
    closeScope(check)
  })
  if (lhs) {
    let used = false
    for (const v of lhsVars) { if (v.used) used = true; v.used = true }
    if (!used) check.softErrorf(lhs, 'UnusedVar', '%s declared but not used', lhs.name)
  }
}

/** t: the core type of the range expression; orig: its type (the key type of a range over an integer) */
function rangeKeyVal (t: Type | null, orig: Type): { key: Type | null; val: Type | null; max: number } {
  if (!t) return { key: null, val: null, max: 2 }
  let u = t
  if (u.kind === 'pointer') {
    const a = underOf(u.elem)
    if (a.kind === 'array') u = a
  }
  switch (u.kind) {
    case 'basic':
      if (isString(u)) return { key: Typ.Int, val: RuneType, max: 2 }
      // Go 1.22: the iteration values have the type of the range expression (e.g. a named integer type)
      if (isInteger(u)) return { key: orig, val: null, max: 1 }
      break
    case 'array': return { key: Typ.Int, val: u.elem, max: 2 }
    case 'slice': return { key: Typ.Int, val: u.elem, max: 2 }
    case 'map': return { key: u.key, val: u.elem, max: 2 }
    case 'signature': {
      // range over func (Go 1.23): func(yield func(K, V) bool)
      if (u.params.length !== 1 || u.results.length !== 0 || u.variadic) break
      const y = coreType(u.params.vars[0].type)
      if (!y || y.kind !== 'signature' || y.results.length !== 1 || y.params.length > 2 || y.variadic) break
      if (!identical(underOf(y.results.vars[0].type), Typ.Bool)) break
      return { key: y.params.vars[0]?.type ?? null, val: y.params.vars[1]?.type ?? null, max: y.params.length }
    }
  }
  return { key: null, val: null, max: -1 }
}

function rangeStmt (check: Checker, inner: number, s: ast.RangeStmt): void {
  const sKey = s.key
  const sValue = s.value
  const x = new Operand()
  expr(check, x, s.x)
  let key: Type | null = null
  let val: Type | null = null
  if (!x.invalid) {
    let xt = x.type
    if (isUntyped(xt) && x.mode === 'constant' && allInteger(xt)) {
      // range over an untyped integer constant: its default type
      convertUntyped(check, x, defaultType(xt))
      xt = x.type
    }
    const u = coreType(xt)
    if (u && u.kind === 'chan') check.unsupported(s.x, 'channels are')
    const r = rangeKeyVal(u, xt)
    if (r.max < 0 || !u) {
      const cause = !u ? check.sprintf('%s has no core type', x.type) : ''
      if (cause) check.softErrorf(x, 'InvalidRangeExpr', 'cannot range over %s (%s)', x, cause)
      else check.softErrorf(x, 'InvalidRangeExpr', 'cannot range over %s', x)
    } else {
      key = r.key
      val = r.val
      if (r.max === 1 && sValue) {
        check.softErrorf(sValue, 'InvalidIterVar', 'range over %s permits only one iteration variable', x)
      } else if (r.max === 0 && sKey) {
        check.softErrorf(sKey, 'InvalidIterVar', 'range over %s permits no iteration variables', x)
      }
    }
  }
  openScope(check, s, 'range')
  const lhs = [sKey, sValue]
  const rhs = [key, val]
  if (s.tok === ':=') {
    const vars: Var[] = []
    lhs.forEach((l, i) => {
      if (!l) return
      let obj: Var
      if (l.kind === 'Ident') {
        obj = new Var(l.pos, check.pkg, l.name, noType)
        check.recordDef(l, obj)
        if (l.name !== '_') vars.push(obj)
      } else {
        check.errorf(l, 'InvalidPostDecl', 'cannot declare %s', l)
        obj = new Var(l.pos, check.pkg, '_', noType)
      }
      const typ = rhs[i]
      if (typ) {
        const y = new Operand()
        y.mode = 'value'
        y.expr = l
        y.type = typ
        initVar(check, obj, y, 'range clause')
      } else {
        obj.type = Typ.Invalid
        obj.used = true
      }
    })
    if (vars.length) {
      for (const obj of vars) {
        declare(check, check.env.scope, null, obj, s.body.pos)
        if (check.env.funcScope) check.varFuncScope.set(obj, check.env.funcScope)
      }
    } else check.errorf(s, 'NoNewVar', 'no new variables on left side of :=')
  } else if (s.tok === '=') {
    lhs.forEach((l, i) => {
      if (!l) return
      const typ = rhs[i]
      if (typ) {
        const y = new Operand()
        y.mode = 'value'
        y.expr = l
        y.type = typ
        assignVar(check, l, y)
      }
    })
  }
  stmt(check, inner, s.body)
  closeScope(check)
}

export type { Obj }
void hasName
void BasicKind
