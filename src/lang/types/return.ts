/** Terminating statements, for `missing return` (types2 return.go). */
import type * as ast from '../syntax/ast.ts'

function unparen (e: ast.Expr): ast.Expr { while (e.kind === 'ParenExpr') e = e.x; return e }

export function isTerminating (isPanic: Set<ast.CallExpr>, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'LabeledStmt': return isTerminating(isPanic, s.stmt, s.label.name)
    case 'ExprStmt': {
      const c = unparen(s.x)
      return c.kind === 'CallExpr' && isPanic.has(c)
    }
    case 'ReturnStmt': return true
    case 'BranchStmt': return s.tok === 'goto' || s.tok === 'fallthrough'
    case 'BlockStmt': return isTerminatingList(isPanic, s.list, '')
    case 'IfStmt': return s.els !== null && isTerminating(isPanic, s.body, '') && isTerminating(isPanic, s.els, '')
    case 'SwitchStmt': case 'TypeSwitchStmt': return isTerminatingSwitch(isPanic, s.body.list as ast.CaseClause[], label)
    case 'SelectStmt':
      for (const cc of s.body.list as ast.CommClause[]) {
        if (!isTerminatingList(isPanic, cc.body, '') || hasBreakList(cc.body, label, true)) return false
      }
      return true
    case 'ForStmt': return s.cond === null && !hasBreak(s.body, label, true)
  }
  return false
}

export function isTerminatingList (isPanic: Set<ast.CallExpr>, list: ast.Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind !== 'EmptyStmt') return isTerminating(isPanic, list[i], label)
  }
  return false
}

function isTerminatingSwitch (isPanic: Set<ast.CallExpr>, body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false
  for (const cc of body) {
    if (cc.list === null) hasDefault = true
    if (!isTerminatingList(isPanic, cc.body, '') || hasBreakList(cc.body, label, true)) return false
  }
  return hasDefault
}

function hasBreak (s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'LabeledStmt': return hasBreak(s.stmt, label, implicit)
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (!s.label) return implicit
        if (s.label.name === label) return true
      }
      return false
    case 'BlockStmt': return hasBreakList(s.list, label, implicit)
    case 'IfStmt': return hasBreak(s.body, label, implicit) || (s.els !== null && hasBreak(s.els, label, implicit))
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
      return label !== '' && (s.body.list as (ast.CaseClause | ast.CommClause)[]).some(c => hasBreakList(c.body, label, false))
    case 'ForStmt': case 'RangeStmt': return label !== '' && hasBreak(s.body, label, false)
  }
  return false
}

function hasBreakList (list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some(s => hasBreak(s, label, implicit))
}
