/**
 * Range over a function (Go 1.23): `for k, v := range seq { body }` calls seq with a yield
 * function made of the body. A statement of the body that leaves the loop (break, a break or
 * continue of an outer loop, return, a goto out of it) cannot jump from inside that JS function:
 * it records which exit it takes, makes yield return false, and the jump itself runs after seq
 * returns (compiled outside the body, so from nested range-over-func loops it leaves them one by
 * one). Calling yield again once it returned false, or after the loop ended, panics as in Go.
 */
import type * as ast from '../syntax/ast.ts'
import type * as T from '../types/types.ts'
import type { Ctx, LoopCtx } from './context.ts'
import { expr } from './expressions.ts'
import { chargeGas, countOps } from './gas.ts'
import { under } from './typeinfo.ts'
import { pos } from './names.ts'
import { block } from './statements.ts'

/** a range-over-func body being compiled */
export interface RangeBody {
  /** the index of its loop in FnCtx.loops */
  loopIndex: number
  /** JS variables: which exit was taken (0: none), and the yield state (0 live, 1 returned false, 2 loop over) */
  exit: string
  state: string
  /** the jumps run after seq returns, by exit number - 1 */
  exits: string[]
  /** temporaries declared around the loop (return values) */
  decls: string[]
}

export function rangeFuncStmt (cx: Ctx, s: ast.RangeStmt, loop: LoopCtx, u: T.Signature, keyE: ast.Expr | null, valE: ast.Expr | null, bind: (e: ast.Expr | null, v: string) => string): string {
  const id = String(cx.uid++)
  const rb: RangeBody = { loopIndex: cx.fn.loops.length, exit: '$x' + id, state: '$s' + id, exits: [], decls: [] }
  const yieldSig = under(u.params.vars[0].type) as T.Signature
  const np = yieldSig.params.vars.length
  const params = [keyE, valE].slice(0, np).map((_, j) => `$y${id}_${j}`)
  const binds = [keyE, valE].slice(0, np).map((e, j) => bind(e, params[j])).join('\n')
  cx.fn.rangeBodies.push(rb)
  cx.fn.loops.push(loop)
  const body = block(cx, s.body.list)
  cx.fn.loops.pop()
  cx.fn.rangeBodies.pop()
  const gas = chargeGas(countOps(s.body.list) + 1, pos(cx, s.pos))
  const yieldFn = `(${params.join(', ')}) => {\n` +
    `if (${rb.state} !== 0) panicRuntime(${rb.state} === 1 ? "range function continued iteration after function for loop body returned false" : "range function continued iteration after whole loop exit");\n` +
    `${gas}\n${binds}\n${loop.cont}: {\n${body}\n}\nreturn true;\n}`
  const after = rb.exits.length === 0 ? '' : `switch (${rb.exit}) { ${rb.exits.map((c, i) => `case ${i + 1}: ${c}`).join(' ')} }`
  return `${loop.brk}: {\nlet ${rb.exit} = 0, ${rb.state} = 0;${rb.decls.map(d => ` let ${d};`).join('')}\n${expr(cx, s.x)}(${yieldFn});\n${rb.state} = 2;\n${after}\n}`
}

/**
 * The code of a jump whose target lies inside `depth` range-over-func bodies of the function:
 * from deeper bodies it exits them (see the file comment); `code` compiles the jump itself.
 */
export function jumpFrom (cx: Ctx, depth: number, code: () => string): string {
  const rbs = cx.fn.rangeBodies
  if (rbs.length <= depth) return code()
  const rb = rbs.pop()!
  let outer: string
  try { outer = jumpFrom(cx, depth, code) } finally { rbs.push(rb) }
  const k = rb.exits.push(outer)
  return `{ ${rb.exit} = ${k}; ${rb.state} = 1; return false; }`
}

/** how many range-over-func bodies enclose the loop at `loopIndex` (its own body counts for continue) */
export function loopDepth (cx: Ctx, loopIndex: number, isContinue: boolean): number {
  return cx.fn.rangeBodies.filter(rb => isContinue ? rb.loopIndex <= loopIndex : rb.loopIndex < loopIndex).length
}

/** a temporary declared outside every range-over-func body of the function */
export function outerTemp (cx: Ctx, name: string): void {
  cx.fn.rangeBodies[0].decls.push(name)
}
