/**
 * Label and branch checks with gc's messages (cmd/compile/internal/syntax/branches.go): undefined and
 * unused labels, break/continue targets, fallthrough placement, gotos into blocks or over declarations.
 */
import type * as ast from '../syntax/ast.ts'
import type { Checker } from './checker.ts'
import { Label } from './objects.ts'
import { Typ } from './types.ts'
import type { TypeErrorCode } from './errors.ts'

interface Block { parent: Block | null; start: number; lstmt: ast.LabeledStmt | null }
interface LabelInfo { parent: Block; lstmt: ast.LabeledStmt; used: boolean }
interface Targets {
  breaks: ast.Stmt | null
  continues: ast.Stmt | null
  caseIndex: number
  /** number of cases of the enclosing switch, and whether it is a type switch */
  ncases: number
  typeSwitch: boolean
}

export function checkBranches(check: Checker, body: ast.BlockStmt): void {
  const labels = new Map<string, LabelInfo>()
  const err = (pos: number, code: TypeErrorCode, msg: string) => check.err(pos, code, msg)

  const declare = (b: Block, s: ast.LabeledStmt): LabelInfo => {
    const name = s.label.name
    const alt = labels.get(name)
    if (alt) {
      err(s.label.pos, 'DuplicateLabel', `label ${name} already defined at ${check.embeddedPosition(alt.lstmt.label.pos)}`)
      return alt
    }
    const l: LabelInfo = { parent: b, lstmt: s, used: false }
    labels.set(name, l)
    const obj = new Label(s.label.pos, check.pkg, name, Typ.Invalid)
    check.recordDef(s.label, obj)
    return l
  }

  const gotoTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name)
    if (l) {
      l.used = true
      for (; b; b = b.parent) if (l.parent === b) return l.lstmt
    }
    return null
  }

  const INVALID = {} as ast.LabeledStmt
  const enclosingTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name)
    if (l) {
      l.used = true
      for (; b; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt
      return INVALID
    }
    return null
  }

  const trim = (list: ast.Stmt[]): ast.Stmt[] => {
    let n = list.length
    while (n > 0 && list[n - 1].kind === 'EmptyStmt') n--
    return list.slice(0, n)
  }

  const blockBranches = (parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: number, body: ast.Stmt[]): ast.BranchStmt[] => {
    const b: Block = { parent, start, lstmt }
    let varPos = 0
    let varName = ''
    let fwdGotos: ast.BranchStmt[] = []
    let badGotos: ast.BranchStmt[] = []
    const recordVarDecl = (pos: number, name: string) => { varPos = pos; varName = name; badGotos = fwdGotos.slice() }
    const jumpsOverVarDecl = (fwd: ast.BranchStmt) => varPos !== 0 && badGotos.includes(fwd)
    const innerBlock = (c: Targets, start: number, body: ast.Stmt[]) => {
      fwdGotos.push(...blockBranches(b, c, lstmt, start, body))
    }
    const list = trim(body)
    list.forEach((stmt0, stmtIndex) => {
      lstmt = null
      let s: ast.Stmt = stmt0
      for (;;) {
        if (s.kind !== 'LabeledStmt') break
        const name = s.label.name
        if (name !== '_') {
          const l = declare(b, s)
          const keep: ast.BranchStmt[] = []
          for (const fwd of fwdGotos) {
            if (fwd.label!.name === name) {
              l.used = true
              const lobj = check.info.defs.get(s.label)
              if (lobj) check.recordUse(fwd.label!, lobj)
              if (jumpsOverVarDecl(fwd)) err(fwd.label!.pos, 'JumpOverDecl', `goto ${name} jumps over declaration of ${varName} at ${check.embeddedPosition(varPos)}`)
            } else keep.push(fwd)
          }
          fwdGotos = keep
          lstmt = s
        }
        s = s.stmt
      }
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var') {
            const spec = s.decl.specs[0] as ast.ValueSpec | undefined
            if (spec) recordVarDecl(s.decl.pos, spec.names[0].name)
          }
          break
        case 'BranchStmt': {
          if (!s.label) {
            switch (s.tok) {
              case 'break': if (!ctxt.breaks) err(s.pos, 'MisplacedBreak', 'break is not in a loop, switch, or select'); break
              case 'continue': if (!ctxt.continues) err(s.pos, 'MisplacedContinue', 'continue is not in a loop'); break
              case 'fallthrough': {
                let msg = 'fallthrough statement out of place'
                if (ctxt.breaks && (ctxt.breaks.kind === 'SwitchStmt' || ctxt.breaks.kind === 'TypeSwitchStmt')) {
                  if (ctxt.typeSwitch) msg = 'cannot fallthrough in type switch'
                  else if (ctxt.caseIndex < 0 || stmtIndex + 1 < list.length) { /* out of place */ }
                  else if (ctxt.caseIndex + 1 === ctxt.ncases) msg = 'cannot fallthrough final case in switch'
                  else break
                }
                err(s.pos, 'MisplacedFallthrough', msg)
                break
              }
            }
            break
          }
          const name = s.label.name
          switch (s.tok) {
            case 'break': {
              const t = enclosingTarget(b, name)
              if (t) {
                const k = t === INVALID ? '' : t.stmt.kind
                if (k !== 'SwitchStmt' && k !== 'TypeSwitchStmt' && k !== 'SelectStmt' && k !== 'ForStmt' && k !== 'RangeStmt') err(s.label.pos, 'MisplacedLabel', `invalid break label ${name}`)
              } else err(s.label.pos, 'UndeclaredLabel', `break label not defined: ${name}`)
              break
            }
            case 'continue': {
              const t = enclosingTarget(b, name)
              if (t) {
                const k = t === INVALID ? '' : t.stmt.kind
                if (k !== 'ForStmt' && k !== 'RangeStmt') err(s.label.pos, 'MisplacedLabel', `invalid continue label ${name}`)
              } else err(s.label.pos, 'UndeclaredLabel', `continue label not defined: ${name}`)
              break
            }
            case 'goto':
              if (!gotoTarget(b, name)) fwdGotos.push(s)
              break
          }
          if (labels.get(name)) check.recordUse(s.label, check.info.defs.get(labels.get(name)!.lstmt.label) ?? new Label(0, null, name, Typ.Invalid))
          break
        }
        case 'AssignStmt':
          if (s.tok === ':=') recordVarDecl(s.tokPos, s.lhs.map(e => (e.kind === 'Ident' ? e.name : '_')).join(', '))
          break
        case 'BlockStmt':
          innerBlock({ ...ctxt, caseIndex: -1 }, s.pos, s.list)
          break
        case 'IfStmt':
          innerBlock({ ...ctxt, caseIndex: -1 }, s.body.pos, s.body.list)
          if (s.els) innerBlock({ ...ctxt, caseIndex: -1 }, s.els.pos, [s.els])
          break
        case 'ForStmt': case 'RangeStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1, ncases: 0, typeSwitch: false }, s.body.pos, s.body.list)
          break
        case 'SwitchStmt': case 'TypeSwitchStmt': {
          const cases = s.body.list as ast.CaseClause[]
          cases.forEach((cc, i) => {
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: i, ncases: cases.length, typeSwitch: s.kind === 'TypeSwitchStmt' }, cc.pos, cc.body)
          })
          break
        }
        case 'SelectStmt':
          for (const cc of s.body.list as ast.CommClause[]) innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1, ncases: 0, typeSwitch: false }, cc.pos, cc.body)
          break
      }
    })
    return fwdGotos
  }

  const fwd = blockBranches(null, { breaks: null, continues: null, caseIndex: -1, ncases: 0, typeSwitch: false }, null, body.pos, body.list)
  for (const f of fwd) {
    const name = f.label!.name
    const l = labels.get(name)
    if (l) {
      l.used = true
      const lobj = check.info.defs.get(l.lstmt.label)
      if (lobj) check.recordUse(f.label!, lobj)
      err(f.label!.pos, 'JumpIntoBlock', `goto ${name} jumps into block starting at ${check.embeddedPosition(l.parent.start)}`)
    } else err(f.label!.pos, 'UndeclaredLabel', `label ${name} not defined`)
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.lstmt.label.pos, 'UnusedLabel', `label ${l.lstmt.label.name} defined and not used`)
  }
}
