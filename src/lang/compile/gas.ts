/**
 * Gas: the op count charged at each function entry and loop iteration, computed at compile time,
 * and the one statement that charges it.
 */
import type * as ast from '../syntax/ast.ts'

/** the gas of one execution of a statement list: its statements, not counting nested loop bodies' iterations */
export function countOps (list: ast.Stmt[]): number {
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

/** the statement charging `ops` gas, failing with out-of-gas at position index `at` */
export function chargeGas (ops: number, at: number): string {
  return `if (($gas -= ${ops}) < 0) $oog(${at});`
}
