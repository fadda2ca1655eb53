import { strict as assert } from 'node:assert'
import { sortErrors } from '../../../src/lang/types/index.ts'
import { checkSource } from './helpers.ts'
import { brokenPrograms } from './broken-programs.ts'

/**
 * The code of each error of a broken program, in position order: a tool (an editor, the API)
 * tells kinds of mistakes apart by code, never by message, so these stay when wording changes.
 */
const want: Array<[string, string[]]> = [
  ['assign_mismatch.go', ['IncompatibleAssign', 'IncompatibleAssign', 'WrongAssignCount', 'TooManyValues']],
  ['calls.go', ['WrongArgCount', 'WrongArgCount', 'IncompatibleAssign', 'IncompatibleAssign', 'IncompatibleAssign', 'IncompatibleAssign', 'InvalidCall']],
  ['const_overflow.go', ['NumericOverflow', 'NumericOverflow', 'NumericOverflow', 'NumericOverflow', 'IncompatibleAssign', 'TruncatedFloat', 'DivByZero']],
  ['fields_methods.go', ['MissingFieldOrMethod', 'MissingFieldOrMethod', 'InvalidMethodExpr', 'MissingFieldOrMethod']],
  ['generics.go', ['InvalidTypeArg', 'CannotInferTypeArgs', 'IncompatibleAssign']],
  ['init_cycle.go', ['InvalidInitCycle', 'InvalidTypeCycle']],
  ['interfaces.go', ['IncompatibleAssign', 'IncompatibleAssign', 'ImpossibleAssert']],
  ['labels.go', ['UnusedLabel', 'UndeclaredLabel', 'UndeclaredLabel', 'MisplacedContinue', 'MisplacedBreak', 'MisplacedFallthrough', 'MisplacedFallthrough']],
  ['misc.go', ['UnassignableOperand', 'UnaddressableFieldAssign', 'UnassignableOperand', 'UnusedExpr', 'UnusedExpr', 'InvalidIndex', 'MissingLitField', 'InvalidStructLit', 'DuplicateLitKey', 'DuplicateLitKey', 'UndefinedOp', 'InvalidLen']],
  ['ops.go', ['MismatchedTypes', 'UndefinedOp', 'UndefinedOp', 'UndefinedOp', 'TruncatedFloat', 'UndefinedOp']],
  ['redeclared.go', ['DuplicateDecl', 'DuplicateDecl', 'DuplicateMethod', 'NoNewVar', 'DuplicateDecl']],
  ['switches.go', ['DuplicateCase', 'InvalidUntypedConversion', 'UnusedVar', 'DuplicateCase', 'DuplicateDefault', 'InvalidCond', 'InvalidCond']],
  ['undefined.go', ['UndeclaredName', 'UndeclaredName']],
  ['unused_var_import.go', ['UnusedImport', 'UnusedImport', 'UnusedImport', 'UnusedVar', 'UnusedVar', 'UnusedVar']],
  ['builtins.go', ['UnusedExpr', 'InvalidLen', 'InvalidCap', 'InvalidDelete', 'InvalidMake', 'WrongArgCount', 'NotAType', 'InvalidCopy', 'IncompatibleAssign', 'InvalidAppend', 'WrongArgCount']],
  ['conv.go', ['MismatchedTypes', 'InvalidConversion', 'InvalidConversion', 'InvalidConversion', 'InvalidConversion', 'InvalidConversion']],
  ['index_slice.go', ['InvalidIndex', 'InvalidIndex', 'InvalidSliceExpr', 'SwappedSliceIndices', 'NonIndexableOperand', 'InvalidIndex', 'OversizeArrayLit', 'IncompatibleAssign']],
  ['funcs_misc.go', ['WrongArgCount', 'WrongArgCount', 'TooManyValues', 'TooManyValues', 'InvalidDefer', 'InvalidDefer']],
  ['goto_over.go', ['JumpOverDecl', 'JumpIntoBlock']],
  ['compare.go', ['UndefinedOp', 'UndefinedOp', 'UndefinedOp', 'IncomparableMapKey', 'UndefinedOp', 'MismatchedTypes']],
]

describe('lang/types: error codes', () => {
  const byName = new Map(brokenPrograms.map(p => [p.name, p]))
  for (const [name, codes] of want) {
    it(name, () => {
      const p = byName.get(name)
      assert.ok(p !== undefined, `no broken program ${name}`)
      const r = checkSource(p.src, p.name, true)
      assert.deepEqual(sortErrors(r.errors).map(e => e.code), codes)
    })
  }

  it('reports goroutines, channels and select as UnsupportedFeature', () => {
    const r = checkSource('package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() {}()\n\tch <- 1\n\tselect {}\n}\n')
    assert.deepEqual(sortErrors(r.errors).map(e => [e.position, e.code]), [
      ['prog.go:4:13', 'UnsupportedFeature'],
      ['prog.go:5:2', 'UnsupportedFeature'],
      ['prog.go:6:2', 'UnsupportedFeature'],
      ['prog.go:7:2', 'UnsupportedFeature']
    ])
  })

  it('gives the same code to the errors of one kind whatever their wording', () => {
    const r = checkSource('package main\n\nfunc f(a, b int) {}\n\nfunc main() {\n\tf(1)\n\tf(1, 2, 3)\n}\n')
    assert.deepEqual(sortErrors(r.errors).map(e => [e.msg.split('\n')[0], e.code]), [
      ['not enough arguments in call to f', 'WrongArgCount'],
      ['too many arguments in call to f', 'WrongArgCount']
    ])
  })
})
