/**
 * The rules of the spec's "Labeled statements", "Break", "Continue", "Goto" and "Fallthrough"
 * statements, checked over one function body after its other checks, with the messages gc prints:
 *
 * - a label is declared once per function, must be used, and `_` declares nothing;
 * - `break`/`continue` need an enclosing loop (or switch/select for break); with a label, the label
 *   must name an enclosing statement of the right kind;
 * - `fallthrough` ends a case of an expression switch that is not the last case;
 * - `goto` may not jump into a block, nor forward over a variable declaration of its own block.
 *
 * Forward gotos are unknown when they are met: each block keeps the ones still waiting for their
 * label and hands what is left to its parent when it ends.
 */
import type * as ast from '../syntax/ast.ts'
import type { Pos } from '../syntax/pos.ts'
import type { Checker } from './checker.ts'
import { Label } from './objects.ts'
import { Typ } from './types.ts'

/** A block of statements: where it starts and the labeled statement it is the body of, if any. */
interface Region {
  parent: Region | null
  start: Pos
  owner: ast.LabeledStmt | null
}

interface DeclaredLabel {
  region: Region
  stmt: ast.LabeledStmt
  used: boolean
}

/** What the statements of a block may branch to. */
interface Targets {
  /** the innermost for, switch or select */
  breakable: ast.Stmt | null
  /** the innermost for */
  loop: ast.Stmt | null
  /** inside a type switch's case, not inside a loop or select within it */
  inTypeSwitch: boolean
  /** directly in a switch case's body: which case of how many */
  switchCase: { index: number, count: number } | null
}

/** A variable declared in a block, with the gotos that were waiting for their label at that point. */
interface VarDecl {
  pos: Pos
  names: string
  pending: ast.BranchStmt[]
}

const BREAKABLE = new Set(['ForStmt', 'RangeStmt', 'SwitchStmt', 'TypeSwitchStmt', 'SelectStmt'])
const LOOP = new Set(['ForStmt', 'RangeStmt'])

/** A label that exists but names no enclosing statement. */
const NOT_ENCLOSING = 'not enclosing'

export function checkBranches (check: Checker, body: ast.BlockStmt): void {
  new BranchChecker(check).function(body)
}

class BranchChecker {
  private readonly labels = new Map<string, DeclaredLabel>()

  constructor (private readonly check: Checker) {}

  function (body: ast.BlockStmt): void {
    const top: Targets = { breakable: null, loop: null, inTypeSwitch: false, switchCase: null }
    const unresolved = this.block(null, null, body.pos, body.list, top)
    for (const g of unresolved) {
      const name = g.label!.name
      const l = this.labels.get(name)
      if (l === undefined) {
        this.check.err(g.label!.pos, 'UndeclaredLabel', `label ${name} not defined`)
        continue
      }
      this.use(l, g.label!, l.stmt.label)
      this.check.err(g.label!.pos, 'JumpIntoBlock', `goto ${name} jumps into block starting at ${this.check.embeddedPosition(l.region.start)}`)
    }
    for (const l of this.labels.values()) {
      if (!l.used) this.check.err(l.stmt.label.pos, 'UnusedLabel', `label ${l.stmt.label.name} defined and not used`)
    }
  }

  /** Checks the statements of one block; returns its gotos whose label it did not declare. */
  private block (parent: Region | null, owner: ast.LabeledStmt | null, start: Pos, stmts: ast.Stmt[], targets: Targets): ast.BranchStmt[] {
    const region: Region = { parent, start, owner }
    let pending: ast.BranchStmt[] = []
    let lastVar: VarDecl | null = null
    const nested = (inner: Targets, innerOwner: ast.LabeledStmt | null, at: Pos, list: ast.Stmt[]): void => {
      pending.push(...this.block(region, innerOwner, at, list, inner))
    }
    const notInCase: Targets = { ...targets, switchCase: null }

    let count = stmts.length
    while (count > 0 && stmts[count - 1].kind === 'EmptyStmt') count--
    for (let i = 0; i < count; i++) {
      let s = stmts[i]
      let label: ast.LabeledStmt | null = null
      while (s.kind === 'LabeledStmt') {
        if (s.label.name !== '_') {
          pending = this.declare(region, s, pending, lastVar)
          label = s
        }
        s = s.stmt
      }
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var' && s.decl.specs.length > 0) {
            lastVar = { pos: s.decl.pos, names: (s.decl.specs[0] as ast.ValueSpec).names[0].name, pending: pending.slice() }
          }
          break
        case 'AssignStmt':
          if (s.tok === ':=') {
            const names = s.lhs.map((e) => (e.kind === 'Ident' ? e.name : '_')).join(', ')
            lastVar = { pos: s.tokPos, names, pending: pending.slice() }
          }
          break
        case 'BranchStmt':
          if (this.branch(s, region, targets, i === count - 1)) pending.push(s)
          break
        case 'BlockStmt':
          nested(notInCase, label, s.pos, s.list)
          break
        case 'IfStmt':
          nested(notInCase, label, s.body.pos, s.body.list)
          if (s.els !== null) nested(notInCase, label, s.els.pos, [s.els])
          break
        case 'ForStmt':
        case 'RangeStmt':
          nested({ breakable: s, loop: s, inTypeSwitch: false, switchCase: null }, label, s.body.pos, s.body.list)
          break
        case 'SwitchStmt':
        case 'TypeSwitchStmt': {
          const clauses = s.body.list as ast.CaseClause[]
          clauses.forEach((c, index) => {
            const inner: Targets = { breakable: s, loop: targets.loop, inTypeSwitch: s.kind === 'TypeSwitchStmt', switchCase: { index, count: clauses.length } }
            nested(inner, label, c.pos, c.body)
          })
          break
        }
        case 'SelectStmt':
          for (const c of s.body.list as ast.CommClause[]) {
            nested({ breakable: s, loop: targets.loop, inTypeSwitch: false, switchCase: null }, label, c.pos, c.body)
          }
          break
      }
    }
    return pending
  }

  /** Declares a label; resolves the waiting gotos it is for, returning the others. */
  private declare (region: Region, s: ast.LabeledStmt, pending: ast.BranchStmt[], lastVar: VarDecl | null): ast.BranchStmt[] {
    const name = s.label.name
    let l = this.labels.get(name)
    if (l !== undefined) {
      this.check.err(s.label.pos, 'DuplicateLabel', `label ${name} already defined at ${this.check.embeddedPosition(l.stmt.label.pos)}`)
    } else {
      l = { region, stmt: s, used: false }
      this.labels.set(name, l)
      this.check.recordDef(s.label, new Label(s.label.pos, this.check.pkg, name, Typ.Invalid))
    }
    const waiting: ast.BranchStmt[] = []
    for (const g of pending) {
      if (g.label!.name !== name) {
        waiting.push(g)
        continue
      }
      this.use(l, g.label!, s.label)
      if (lastVar !== null && lastVar.pending.includes(g)) {
        this.check.err(g.label!.pos, 'JumpOverDecl', `goto ${name} jumps over declaration of ${lastVar.names} at ${this.check.embeddedPosition(lastVar.pos)}`)
      }
    }
    return waiting
  }

  /** Marks a label used by `ref`, recording the object declared by `decl` (if it declared one). */
  private use (l: DeclaredLabel, ref: ast.Ident, decl: ast.Ident): void {
    l.used = true
    const obj = this.check.info.defs.get(decl)
    if (obj) this.check.recordUse(ref, obj)
  }

  /** Checks a branch statement; true for a goto that must wait for its label. */
  private branch (s: ast.BranchStmt, region: Region, targets: Targets, lastInBlock: boolean): boolean {
    if (s.label === null) {
      this.unlabeled(s, targets, lastInBlock)
      return false
    }
    const name = s.label.name
    const l = this.labels.get(name)
    let waits = false
    if (s.tok === 'goto') {
      waits = l === undefined || !encloses(l.region, region)
      if (l !== undefined) l.used = true
    } else if (s.tok === 'break' || s.tok === 'continue') {
      const target = this.enclosingStatement(l, region)
      const allowed = s.tok === 'break' ? BREAKABLE : LOOP
      if (target === null) this.check.err(s.label.pos, 'UndeclaredLabel', `${s.tok} label not defined: ${name}`)
      else if (target === NOT_ENCLOSING || !allowed.has(target.stmt.kind)) this.check.err(s.label.pos, 'MisplacedLabel', `invalid ${s.tok} label ${name}`)
    }
    if (l !== undefined) {
      this.check.recordUse(s.label, this.check.info.defs.get(l.stmt.label) ?? new Label(0, null, name, Typ.Invalid))
    }
    return waits
  }

  private unlabeled (s: ast.BranchStmt, targets: Targets, lastInBlock: boolean): void {
    if (s.tok === 'break') {
      if (targets.breakable === null) this.check.err(s.pos, 'MisplacedBreak', 'break is not in a loop, switch, or select')
    } else if (s.tok === 'continue') {
      if (targets.loop === null) this.check.err(s.pos, 'MisplacedContinue', 'continue is not in a loop')
    } else if (s.tok === 'fallthrough') {
      const msg = fallthroughProblem(targets, lastInBlock)
      if (msg !== null) this.check.err(s.pos, 'MisplacedFallthrough', msg)
    }
  }

  /** The labeled statement a break or continue label names, if it encloses the branch. */
  private enclosingStatement (l: DeclaredLabel | undefined, region: Region): ast.LabeledStmt | typeof NOT_ENCLOSING | null {
    if (l === undefined) return null
    l.used = true
    for (let r: Region | null = region; r !== null; r = r.parent) if (r.owner === l.stmt) return l.stmt
    return NOT_ENCLOSING
  }
}

/** Whether `outer` is `inner` or one of the blocks around it. */
function encloses (outer: Region, inner: Region): boolean {
  for (let r: Region | null = inner; r !== null; r = r.parent) if (r === outer) return true
  return false
}

/** Why a fallthrough is not allowed here, or null if it is. */
function fallthroughProblem (targets: Targets, lastInBlock: boolean): string | null {
  const b = targets.breakable
  if (b === null || (b.kind !== 'SwitchStmt' && b.kind !== 'TypeSwitchStmt')) return 'fallthrough statement out of place'
  if (targets.inTypeSwitch) return 'cannot fallthrough in type switch'
  const c = targets.switchCase
  if (c === null || !lastInBlock) return 'fallthrough statement out of place'
  if (c.index + 1 === c.count) return 'cannot fallthrough final case in switch'
  return null
}
