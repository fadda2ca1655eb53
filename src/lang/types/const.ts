/** Constant representability and overflow (types2 expr.go / const.go). */
import * as constant from '../constant/index.ts'
import type { Value } from '../constant/index.ts'
import { Basic, BasicKind, basicByKind } from './types.ts'

export type ReprError = 'truncated' | 'overflow' | 'invalid'

/** whether v is representable by basic type t; if out is given, it receives the rounded value */
export function representableConst (v: Value, t: Basic, out: { v: Value } | null): boolean {
  if (v.kind === 'Unknown') return true
  const name = basicByKind[t.basicKind].name as constant.BasicKind
  if (t.basicKind === BasicKind.Invalid || t.basicKind === BasicKind.UnsafePointer) return false
  const r = constant.representable(v, name)
  if (!r.ok) return false
  if (out) out.v = r.value
  return true
}
