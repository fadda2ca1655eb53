/**
 * goto: a block holding labels that gotos jump to is compiled as nested loops, one per label,
 * so that JS scoping gives Go's: a backward goto to label k is `continue` of k's loop, which
 * re-runs the statements from the label with fresh variables for the declarations after it (a
 * closure keeps the variable it captured), while the variables declared before the label stay.
 * A forward goto sets the block's `$fwd` to the label's index and breaks out of the statement
 * holding it; the statements up to the label are skipped (Go forbids a forward goto to jump over
 * a declaration of the block, so none of them declares anything the label's code could use).
 *
 * ```
 * S0                                    // statements before the first label
 * $G1: for (;;) { if ($fwd === 1) $fwd = 0
 *   S1                                  // the labeled statement and those up to the next label
 *   $G2: for (;;) { … break }
 *   break }
 * ```
 */
import type * as ast from '../syntax/ast.ts'
import type { Ctx } from './context.ts'
import { chargeGas } from './gas.ts'
import { pos } from './names.ts'
import { stmt } from './statements.ts'
import { jumpFrom } from './rangefunc.ts'

/** where a goto to one label goes */
export interface GotoTarget {
  /** the JS label of the label's loop */
  loop: string
  /** the label's index in its block (1 for the first) */
  index: number
  /** the block's forward-jump variable */
  fwd: string
  /** true while compiling code inside the label's loop (a goto there jumps backward) */
  entered: boolean
  /** the block's wrapper of the statement being compiled, when it holds forward gotos */
  wrap: { label: string }
  /** how many range-over-func bodies enclose the label's block */
  rangeDepth: number
}

/** the label names that goto statements of a function body (not of its literals) jump to */
export function gotoLabels (body: ast.BlockStmt): Set<string> {
  const out = new Set<string>()
  walkGotos(body.list, g => { out.add(g.label!.name) })
  return out
}

function walkGotos (n: any, f: (g: ast.BranchStmt) => void): void {
  if (n === null || typeof n !== 'object') return
  if (Array.isArray(n)) { for (const x of n) walkGotos(x, f); return }
  if (n.kind === 'FuncLit') return
  if (n.kind === 'BranchStmt' && n.tok === 'goto' && n.label !== null) f(n)
  for (const k in n) if (k !== 'pos' && k !== 'end') { const c = n[k]; if (c !== null && typeof c === 'object') walkGotos(c, f) }
}

/** whether a statement list holds a label that a goto jumps to */
export function hasGotoLabel (cx: Ctx, list: ast.Stmt[]): boolean {
  if (cx.fn.gotoLabels.size === 0) return false
  return list.some(s => s.kind === 'LabeledStmt' && cx.fn.gotoLabels.has(s.label.name))
}

/** the labels of a (possibly multiply) labeled statement, and the statement under them */
function unlabel (s: ast.Stmt): { names: string[], inner: ast.Stmt } {
  const names: string[] = []
  while (s.kind === 'LabeledStmt') { names.push(s.label.name); s = s.stmt }
  return { names, inner: s }
}

export function gotoBlock (cx: Ctx, list: ast.Stmt[]): string {
  const id = String(cx.uid++)
  const fwd = '$fwd' + id
  const wrap = { label: '' }
  // segment k starts at the k-th statement labeled with a goto target
  const starts: number[] = []
  const labelIndex = new Map<string, number>()
  list.forEach((s, i) => {
    if (s.kind !== 'LabeledStmt') return
    const { names } = unlabel(s)
    if (!names.some(n => cx.fn.gotoLabels.has(n))) return
    starts.push(i)
    for (const n of names) labelIndex.set(n, starts.length)
  })
  const targets: GotoTarget[] = starts.map((_, k) => ({ loop: `$G${id}_${k + 1}`, index: k + 1, fwd, entered: false, wrap, rangeDepth: cx.fn.rangeBodies.length }))
  const saved = new Map<string, GotoTarget | undefined>()
  for (const [n, k] of labelIndex) { saved.set(n, cx.fn.gotoJumps.get(n)); cx.fn.gotoJumps.set(n, targets[k - 1]) }
  // which statements hold a forward goto to a label of this block
  const forward = list.map(s => {
    let found = false
    walkGotos(s, g => { const k = labelIndex.get(g.label!.name); if (k !== undefined && starts[k - 1] > list.indexOf(s)) found = true })
    return found
  })
  const anyForward = forward.some(f => f)
  const code = (s: ast.Stmt, i: number): string => {
    let c: string
    if (i === starts[0] || starts.includes(i)) {
      // the label itself is the loop's; a loop or switch under it keeps it for break/continue
      const { inner } = unlabel(s)
      c = inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt' ? stmt(cx, s) : stmt(cx, inner)
    } else {
      if (forward[i]) wrap.label = `$W${id}_${i}`
      c = stmt(cx, s)
      if (forward[i]) c = `${wrap.label}: {\n${c}\n}`
      wrap.label = ''
    }
    if (!anyForward || isDeclaration(s)) return c
    return `if (${fwd} === 0) {\n${c}\n}`
  }
  const seg = (k: number): string => {
    // statements of segment k (0: before the first label), then the loop of label k+1
    const from = k === 0 ? 0 : starts[k - 1]
    const to = k < starts.length ? starts[k] : list.length
    const parts: string[] = []
    for (let i = from; i < to; i++) {
      if (i === from && k > 0) {
        // a forward goto to a labeled statement that holds forward gotos itself: wrap it too
        if (forward[i]) wrap.label = `$W${id}_${i}`
        let c = code(list[i], i)
        if (forward[i]) c = `${wrap.label}: {\n${c}\n}`
        wrap.label = ''
        parts.push(c)
      } else parts.push(code(list[i], i))
    }
    if (k < starts.length) {
      const t = targets[k]
      t.entered = true
      const inner = seg(k + 1)
      t.entered = false
      parts.push(`${t.loop}: for (;;) {\n${anyForward ? `if (${fwd} === ${t.index}) ${fwd} = 0;\n` : ''}${inner}\nbreak;\n}`)
    }
    return parts.join('\n')
  }
  const body = seg(0)
  for (const [n, t] of saved) { if (t === undefined) cx.fn.gotoJumps.delete(n); else cx.fn.gotoJumps.set(n, t) }
  return `{\n${anyForward ? `let ${fwd} = 0;\n` : ''}${body}\n}`
}

/** Go code of a goto: a backward jump continues the label's loop, a forward one breaks ahead */
export function gotoStmt (cx: Ctx, s: ast.BranchStmt): string {
  const t = cx.fn.gotoJumps.get(s.label!.name)
  if (t === undefined) throw new Error(`compiler: goto ${s.label!.name} outside its label's block`)
  const gas = chargeGas(1, pos(cx, s.pos))
  return jumpFrom(cx, t.rangeDepth, () => t.entered ? `{ ${gas} continue ${t.loop}; }` : `{ ${gas} ${t.fwd} = ${t.index}; break ${t.wrap.label}; }`)
}

/** a statement that declares variables of its block (Go forbids a forward goto over one) */
function isDeclaration (s: ast.Stmt): boolean {
  const { inner } = unlabel(s)
  return (inner.kind === 'AssignStmt' && inner.tok === ':=') || (inner.kind === 'DeclStmt')
}
