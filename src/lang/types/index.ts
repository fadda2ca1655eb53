/**
 * The Go type checker (like go/types / types2): type representation, objects, scopes, the universe,
 * and `check(files, importer, options)` which fills an `Info` with side tables keyed by AST nodes and
 * reports errors with Go 1.19's compiler messages. Pure: no I/O.
 *
 * @example
 * ```ts
 * import { parseFile } from '../syntax/index.ts'
 * import { check } from './indexing.ts'
 * const { file } = parseFile('prog.go', src, fset)
 * const { pkg, info, errors } = check([file], path => null, { fset })
 * for (const e of errors) console.log(e.message)   // "prog.go:3:2: undefined: x"
 * ```
 *
 * Notes for compilers of the checked AST:
 * - Type identity: use `identical(a, b)` or compare `typeKey(t)` strings, never `===` (e.g. `byte`
 *   is a distinct Basic object from `uint8`, with the same key). Keys are stable across runs for the
 *   same sources (`main.T`, `main.L#2` for local types, `b2` for int...). Generic instances are
 *   canonical objects (`instance(List, [int])` is always the same Named).
 * - Constants: `info.types.get(e).value` is set for constant expressions; as in go/types, operands
 *   inside a constant expression keep their untyped types, only the root gets the final type.
 * - `mapindex` / `commaok` expressions used in `v, ok := ...` are recorded with a 2-tuple type.
 * - Conversions: `info.types.get(call.fun).mode === 'typexpr'`; builtins: mode `'builtin'` (with the
 *   call-site signature); generic calls: `info.instances.get(ident)` gives the type arguments.
 * - Selections carry the embedded-field path (`index`) and whether a pointer was followed.
 * - `info.initOrder` lists package-level initializers in execution order; `info.captured` the
 *   variables referenced from nested function literals; `info.funcs` the Func of each FuncDecl
 *   (`hasBody === false` means native).
 * - Errors: `result.errors` is sorted; `formatErrors(errors)` gives exactly the lines gc prints
 *   (at most 10, then `too many errors`). Pass `requireMain: true` for `go run`-style builds.
 */
export * from './types.ts'
export * from './objects.ts'
export { Scope } from './scope.ts'
export { Package } from './package.ts'
export { universe, universeLookup, anyType, errorType, comparableType, universeNil, universeIota } from './universe.ts'
export { Info, type TypeAndValue, type Mode, type Selection, type SelectionKind, type Instance, type Initializer } from './info.ts'
export { check, type Importer, type CheckOptions, type CheckResult } from './api.ts'
export { TypeCheckError, sortErrors, formatErrors, type TypeErrorCode } from './errors.ts'
export { identical, identicalIgnoreTags, typeKey } from './identity.ts'
export { typeString, signatureString, relativeTo, byName, type Qualifier } from './typestring.ts'
export { lookupFieldOrMethod, missingMethod, methodSet, deref, type LookupResult, type MethodSetEntry } from './lookup.ts'
export { typeSet, type TypeSet } from './typeset.ts'
export {
  isBoolean, isInteger, isUnsigned, isFloat, isComplex, isNumeric, isString, isTyped, isUntyped, isInterface,
  isTypeParam, comparable, hasNil, defaultType, coreType,
} from './predicates.ts'
export { instance, instantiateSignature } from './instantiate.ts'
export { substType } from './subst.ts'
