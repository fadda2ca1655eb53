/**
 * Checks of break/continue/goto/fallthrough and labels in a function body, as the gc compiler's
 * syntax package does while parsing (its CheckBranches mode): `continue is not in a loop`,
 * `label L defined and not used`, `goto L jumps into block starting at …`, etc.
 */

import type * as ast from './ast.ts'
import type { Pos } from './pos.ts'
import { exprString } from './printer.ts'

export type BranchErrorHandler = (pos: Pos, msg: string) => void

interface Label {
  parent: Block
  lstmt: ast.LabeledStmt
  used: boolean
}

interface Block {
  parent: Block | null
  start: Pos
  lstmt: ast.LabeledStmt | null
}

interface Targets {
  /** ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt or null */
  breaks: ast.Stmt | null
  continues: ast.Stmt | null
  /** case index of the immediately enclosing switch statement, or < 0 */
  caseIndex: number
}

const INVALID = {} as ast.LabeledStmt

/** Checks one function body; `fmtPos` formats a Pos as `file.go:3:5` for messages that cite one. */
export function checkBranches(body: ast.BlockStmt, errh: BranchErrorHandler, fmtPos: (p: Pos) => string): void {
  const ls = new LabelScope(errh, fmtPos)
  const fwdGotos = ls.blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, body.lbrace, body.list)
  for (const fwd of fwdGotos) {
    const name = fwd.label!.name
    const l = ls.labels.get(name)
    if (l !== undefined) {
      l.used = true // avoid "defined and not used" error
      errh(fwd.label!.pos, `goto ${name} jumps into block starting at ${fmtPos(l.parent.start)}`)
    } else {
      errh(fwd.label!.pos, `label ${name} not defined`)
    }
  }
  for (const l of ls.labels.values()) {
    if (!l.used) errh(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`)
  }
}

class LabelScope {
  readonly labels = new Map<string, Label>()
  constructor(
    private readonly errh: BranchErrorHandler,
    private readonly fmtPos: (p: Pos) => string,
  ) {}

  private declare(b: Block, s: ast.LabeledStmt): Label {
    const name = s.label.name
    const alt = this.labels.get(name)
    if (alt !== undefined) {
      this.errh(s.label.pos, `label ${name} already defined at ${this.fmtPos(alt.lstmt.label.pos)}`)
      return alt
    }
    const l: Label = { parent: b, lstmt: s, used: false }
    this.labels.set(name, l)
    return l
  }

  private gotoTarget(b: Block | null, name: string): ast.LabeledStmt | null {
    const l = this.labels.get(name)
    if (l !== undefined) {
      l.used = true
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt
    }
    return null
  }

  private enclosingTarget(b: Block | null, name: string): ast.LabeledStmt | null {
    const l = this.labels.get(name)
    if (l !== undefined) {
      l.used = true
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt
      return INVALID
    }
    return null
  }

  blockBranches(parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: Pos, body: ast.Stmt[]): ast.BranchStmt[] {
    const b: Block = { parent, start, lstmt }
    let varPos: Pos = 0
    let varName = ''
    let fwdGotos: ast.BranchStmt[] = []
    let badGotos: ast.BranchStmt[] = []
    const recordVarDecl = (pos: Pos, name: string): void => {
      varPos = pos
      varName = name
      badGotos = fwdGotos.slice()
    }
    const jumpsOverVarDecl = (fwd: ast.BranchStmt): boolean => varPos !== 0 && badGotos.includes(fwd)
    const innerBlock = (c: Targets, s: Pos, list: ast.Stmt[]): void => {
      for (const g of this.blockBranches(b, c, lstmt, s, list)) fwdGotos.push(g)
    }

    let n = body.length
    while (n > 0 && body[n - 1].kind === 'EmptyStmt') n--
    for (let stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      let stmt = body[stmtIndex]
      lstmt = null
      for (;;) {
        if (stmt.kind !== 'LabeledStmt') break
        const s = stmt
        const name = s.label.name
        if (name !== '_') {
          const l = this.declare(b, s)
          const rest: ast.BranchStmt[] = []
          for (const fwd of fwdGotos) {
            if (fwd.label!.name === name) {
              l.used = true
              if (jumpsOverVarDecl(fwd)) {
                this.errh(fwd.label!.pos, `goto ${name} jumps over declaration of ${varName} at ${this.fmtPos(varPos)}`)
              }
            } else {
              rest.push(fwd)
            }
          }
          fwdGotos = rest
          lstmt = s
        }
        stmt = s.stmt
      }
      const s = stmt
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var') {
            const v = s.decl.specs[0] as ast.ValueSpec | undefined
            if (v !== undefined) recordVarDecl(v.pos, v.names[0].name)
          }
          break
        case 'BranchStmt': {
          if (s.label === null) {
            switch (s.tok) {
              case 'break':
                if (ctxt.breaks === null) this.errh(s.pos, 'break is not in a loop, switch, or select')
                break
              case 'continue':
                if (ctxt.continues === null) this.errh(s.pos, 'continue is not in a loop')
                break
              case 'fallthrough': {
                let msg = 'fallthrough statement out of place'
                const t = ctxt.breaks
                if (t !== null && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
                  if (t.kind === 'TypeSwitchStmt') {
                    msg = 'cannot fallthrough in type switch'
                  } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                    // fallthrough nested in a block or not the last statement: out of place
                  } else if (ctxt.caseIndex + 1 === t.body.list.length) {
                    msg = 'cannot fallthrough final case in switch'
                  } else {
                    break // fallthrough ok
                  }
                }
                this.errh(s.pos, msg)
                break
              }
            }
            break
          }
          const name = s.label.name
          switch (s.tok) {
            case 'break': {
              const t = this.enclosingTarget(b, name)
              if (t !== null) {
                const k = t === INVALID ? '' : t.stmt.kind
                if (k !== 'SwitchStmt' && k !== 'TypeSwitchStmt' && k !== 'SelectStmt' && k !== 'ForStmt' && k !== 'RangeStmt') {
                  this.errh(s.label.pos, `invalid break label ${name}`)
                }
              } else {
                this.errh(s.label.pos, `break label not defined: ${name}`)
              }
              break
            }
            case 'continue': {
              const t = this.enclosingTarget(b, name)
              if (t !== null) {
                const k = t === INVALID ? '' : t.stmt.kind
                if (k !== 'ForStmt' && k !== 'RangeStmt') this.errh(s.label.pos, `invalid continue label ${name}`)
              } else {
                this.errh(s.label.pos, `continue label not defined: ${name}`)
              }
              break
            }
            case 'goto':
              if (this.gotoTarget(b, name) === null) fwdGotos.push(s)
              break
          }
          break
        }
        case 'AssignStmt':
          if (s.tok === ':=') recordVarDecl(s.tokPos, s.lhs.map(exprString).join(', '))
          break
        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, s.lbrace, s.list)
          break
        case 'IfStmt': {
          const inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }
          innerBlock(inner, s.body.lbrace, s.body.list)
          if (s.els !== null) innerBlock(inner, s.els.kind === 'BlockStmt' ? s.els.lbrace : s.els.pos, [s.els])
          break
        }
        case 'ForStmt':
        case 'RangeStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1 }, s.body.lbrace, s.body.list)
          break
        case 'SwitchStmt':
        case 'TypeSwitchStmt': {
          const clauses = s.body.list
          for (let i = 0; i < clauses.length; i++) {
            const cc = clauses[i] as ast.CaseClause
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: i }, cc.pos, cc.body)
          }
          break
        }
        case 'SelectStmt':
          for (const c of s.body.list) {
            const cc = c as ast.CommClause
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, cc.pos, cc.body)
          }
          break
      }
    }
    return fwdGotos
  }
}
