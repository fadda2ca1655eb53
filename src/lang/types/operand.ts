/** Operands: the checker's view of an evaluated expression (types2 operand.go). */
import type * as ast from '../syntax/ast.ts'
import type { Value } from './constval.ts'
import { valString } from './constval.ts'
import type { BuiltinId } from './objects.ts'
import type { Mode } from './info.ts'
import { Typ, type Basic, type Type } from './types.ts'
import { exprString } from '../syntax/index.ts'
import { typeString, type Qualifier } from './typestring.ts'
import { isGeneric, isUntyped } from './predicates.ts'

/** operand modes: Info's modes plus `nilvalue` (the untyped nil; recorded as 'value') */
export type OperandMode = Mode | 'nilvalue'

export class Operand {
  mode: OperandMode = 'invalid'
  expr: ast.Expr | null = null
  type: Type = Typ.Invalid
  val: Value | null = null
  id: BuiltinId | null = null

  get invalid (): boolean { return this.mode === 'invalid' }
  assign (o: Operand): void {
    this.mode = o.mode; this.expr = o.expr; this.type = o.type; this.val = o.val; this.id = o.id
  }

  copy (): Operand { const o = new Operand(); o.assign(this); return o }
  invalidate (): void { this.mode = 'invalid' }
  isNil (): boolean { return this.mode === 'nilvalue' || (this.mode === 'value' && this.type === Typ.UntypedNil) }
}

const modeString: Record<OperandMode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  nilvalue: 'nil',
  commaok: 'comma, ok expression',
}

export function operandString (x: Operand, qf: Qualifier): string {
  if (x.mode === 'nilvalue' || (x.mode === 'value' && x.type === Typ.UntypedNil)) {
    if (x.type === Typ.Invalid) return 'nil (with invalid type)'
    if (x.type === Typ.UntypedNil) return 'nil'
    return `nil (of type ${typeString(x.type, qf)})`
  }
  let expr = ''
  if (x.expr) expr = exprString(x.expr)
  else if (x.mode === 'builtin') expr = x.id ?? ''
  else if (x.mode === 'typexpr') expr = typeString(x.type, qf)
  else if (x.mode === 'constant' && x.val) expr = valString(x.val)
  let buf = ''
  if (expr) buf += expr + ' ('
  let hasType = false
  switch (x.mode) {
    case 'invalid': case 'novalue': case 'builtin': case 'typexpr': break
    default:
      if (isUntyped(x.type)) { buf += (x.type as Basic).name + ' '; break }
      hasType = true
  }
  buf += modeString[x.mode]
  if (x.mode === 'constant' && x.val) {
    const s = valString(x.val)
    if (s !== expr) buf += ' ' + s
  }
  if (hasType) {
    if (x.type !== Typ.Invalid) {
      buf += isGeneric(x.type) ? ' of parameterized type ' : ' of type '
      buf += typeString(x.type, qf)
      if (x.type.kind === 'typeparam') buf += ' constrained by ' + typeString(x.type.constraint, qf)
    } else buf += ' with invalid type'
  }
  if (expr) buf += ')'
  return buf
}
