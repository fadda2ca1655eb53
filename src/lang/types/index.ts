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
 */
export * from './types.ts'
export * from './objects.ts'
export { Scope } from './scope.ts'
export { Package } from './package.ts'
export { universe, universeLookup, anyType, errorType, comparableType, universeNil, universeIota } from './universe.ts'
export { Info, type TypeAndValue, type Mode, type Selection, type SelectionKind, type Instance, type Initializer } from './info.ts'
export { check, type Importer, type CheckOptions, type CheckResult } from './api.ts'
export { TypeCheckError, sortErrors, formatErrors } from './errors.ts'
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
