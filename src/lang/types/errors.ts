/** Type-checking errors, with positions and messages as Go 1.19's compiler prints them. */
import type { Pos } from '../syntax/pos.ts'

/**
 * What kind of error a type-check error is: a stable name a tool can act on while the message
 * wording follows gc's. The names are those go/types documents for its error codes (one code per
 * kind of mistake, whatever the message says); Amigo adds `UnsupportedFeature` for goroutines,
 * channels and select, and `MissingMain` for a main package without `func main`.
 */
export type TypeErrorCode =
  | 'AmbiguousSelector'
  | 'BadDecl'
  | 'BadDotDotDotSyntax'
  | 'BadImportPath'
  | 'BadRecv'
  | 'BadTypeKeyword'
  | 'BlankIfaceMethod'
  | 'BrokenImport'
  | 'CannotInferTypeArgs'
  | 'DivByZero'
  | 'DuplicateCase'
  | 'DuplicateDecl'
  | 'DuplicateDefault'
  | 'DuplicateFieldAndMethod'
  | 'DuplicateLabel'
  | 'DuplicateLitField'
  | 'DuplicateLitKey'
  | 'DuplicateMethod'
  | 'ImpossibleAssert'
  | 'IncomparableMapKey'
  | 'IncompatibleAssign'
  | 'InvalidAppend'
  | 'InvalidArrayLen'
  | 'InvalidAssert'
  | 'InvalidBlank'
  | 'InvalidCall'
  | 'InvalidCap'
  | 'InvalidClear'
  | 'InvalidComplex'
  | 'InvalidCond'
  | 'InvalidConstInit'
  | 'InvalidConstType'
  | 'InvalidConstVal'
  | 'InvalidConversion'
  | 'InvalidCopy'
  | 'InvalidDeclCycle'
  | 'InvalidDefer'
  | 'InvalidDelete'
  | 'InvalidDotDotDot'
  | 'InvalidExprSwitch'
  | 'InvalidGo'
  | 'InvalidImag'
  | 'InvalidIndex'
  | 'InvalidIndirection'
  | 'InvalidInitCycle'
  | 'InvalidInitDecl'
  | 'InvalidInitSig'
  | 'InvalidIota'
  | 'InvalidIterVar'
  | 'InvalidLen'
  | 'InvalidLit'
  | 'InvalidLitField'
  | 'InvalidLitIndex'
  | 'InvalidMainDecl'
  | 'InvalidMake'
  | 'InvalidMethodExpr'
  | 'InvalidMethodTypeParams'
  | 'InvalidMinMaxOperand'
  | 'InvalidPkgUse'
  | 'InvalidPostDecl'
  | 'InvalidPtrEmbed'
  | 'InvalidRangeExpr'
  | 'InvalidReal'
  | 'InvalidRecv'
  | 'InvalidShiftCount'
  | 'InvalidShiftOperand'
  | 'InvalidSliceExpr'
  | 'InvalidStructLit'
  | 'InvalidSyntaxTree'
  | 'InvalidTypeArg'
  | 'InvalidTypeCycle'
  | 'InvalidTypeSwitch'
  | 'InvalidUnion'
  | 'InvalidUntypedConversion'
  | 'JumpIntoBlock'
  | 'JumpOverDecl'
  | 'MismatchedPkgName'
  | 'MismatchedTypes'
  | 'MisplacedBreak'
  | 'MisplacedConstraintIface'
  | 'MisplacedContinue'
  | 'MisplacedDotDotDot'
  | 'MisplacedFallthrough'
  | 'MisplacedLabel'
  | 'MisplacedTypeParam'
  | 'MissingFieldOrMethod'
  | 'MissingLitField'
  | 'MissingLitKey'
  | 'MissingMain'
  | 'MissingReturn'
  | 'MixedStructLit'
  | 'MultiValAssignOp'
  | 'NoNewVar'
  | 'NonIndexableOperand'
  | 'NonNumericIncDec'
  | 'NonSliceableOperand'
  | 'NonVariadicDotDotDot'
  | 'NotAGenericType'
  | 'NotAType'
  | 'NotAnExpr'
  | 'NumericOverflow'
  | 'OutOfScopeResult'
  | 'OversizeArrayLit'
  | 'RepeatedDecl'
  | 'SwappedMakeArgs'
  | 'SwappedSliceIndices'
  | 'TooManyValues'
  | 'TruncatedFloat'
  | 'UnaddressableFieldAssign'
  | 'UnaddressableOperand'
  | 'UnassignableOperand'
  | 'UncalledBuiltin'
  | 'UndeclaredImportedName'
  | 'UndeclaredLabel'
  | 'UndeclaredName'
  | 'UndefinedOp'
  | 'UnexportedLitField'
  | 'UnexportedName'
  | 'UnsupportedFeature'
  | 'UntypedLit'
  | 'UntypedNilUse'
  | 'UnusedExpr'
  | 'UnusedImport'
  | 'UnusedLabel'
  | 'UnusedVar'
  | 'WrongArgCount'
  | 'WrongAssignCount'
  | 'WrongResultCount'
  | 'WrongTypeArgCount'

export class TypeCheckError extends Error {
  override readonly name = 'TypeCheckError'
  constructor (
    /** position in the FileSet of the checked files */
    readonly pos: Pos,
    /** the kind of error, e.g. `UndeclaredName` */
    readonly code: TypeErrorCode,
    /** the message without position, e.g. `undefined: x` */
    readonly msg: string,
    /** `file.go:12:5`, filled by the checker from its FileSet ('' if none was given) */
    readonly position: string,
    /** soft errors (unused variables/imports) do not prevent running in go/types; gc reports them all */
    readonly soft = false,
    /** order in which the checker reported the error (gc stops after the 10th reported one) */
    readonly seq = 0,
    /**
     * the file name gc sorts errors by: a line directive's, or the file's as gc names files of the
     * current directory (`./prog.go`); null when unknown
     */
    readonly sortFile: string | null = null
  ) {
    super(position ? `${position}: ${msg}` : msg)
  }
}

/**
 * Sorts errors by position and drops duplicates on the same line, as the gc compiler prints them.
 * (gc also stops after 10 errors with "too many errors"; `limitErrors` does that.)
 */
export function sortErrors (errs: TypeCheckError[]): TypeCheckError[] {
  // gc sorts by file name (a line directive's, as printed), then by the actual position
  const file = (e: TypeCheckError): string | null => e.sortFile
  const sorted = errs.slice().sort((a, b) => {
    const fa = file(a); const fb = file(b)
    if (fa === null || fb === null || fa === fb) return a.pos - b.pos
    return fa < fb ? -1 : 1
  })
  const out: TypeCheckError[] = []
  for (const e of sorted) {
    const prev = out[out.length - 1]
    if (prev && prev.message === e.message) continue
    out.push(e)
  }
  return out
}

/**
 * The lines gc prints for errs: gc stops at the 10th error in report order, prints those sorted
 * (one per line and message), then `pos: too many errors` with the 10th error's position.
 */
export function formatErrors (errs: TypeCheckError[]): string[] {
  const inOrder = errs.slice().sort((a, b) => a.seq - b.seq)
  if (inOrder.length < 10) return sortErrors(errs).map(e => e.message)
  const first = inOrder.slice(0, 10)
  const lines = sortErrors(first).map(e => e.message)
  const tenth = first[9]
  lines.push(`${tenth.position ? tenth.position + ': ' : ''}too many errors`)
  return lines
}
