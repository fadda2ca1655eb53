/**
 * The data types of service builds: what the VM gives (ServiceBuildInput, LandPackage) and what it
 * gets back (ServiceProgram, FunctionInfo, LiteralValue).
 */
import type { CompiledProgram } from '../execute.ts'
import type { SourceFile } from '../index.ts'

/** A land package as the VM resolves it: its canonical path (no `@…` suffix), its files, its kind. */
export interface LandPackage { path: string, files: SourceFile[], kind: 'service' | 'library' }

export interface ServiceBuildInput {
  /** the package's own path, e.g. "local.land/amigo/blog" */
  path: string
  /** its non-test .go files */
  files: SourceFile[]
  /** synthetic files compiled into the same package (the VM's eval) */
  extraFiles?: SourceFile[]
  /**
   * every non-stdlib import, recursively, with the import path exactly as written (suffix kept);
   * importer = the canonical path of the importing package
   */
  resolve: (importPath: string, importer: string) => LandPackage | null
}

export interface FunctionInfo {
  name: string
  /** `Add(n int) int` */
  signature: string
  params: Array<{ name: string, type: string }>
  results: string[]
  variadic: boolean
}

export interface ServiceProgram extends CompiledProgram {
  path: string
  /** library iff a file has the line `//amigo:library` before `package` */
  kind: 'service' | 'library'
  /** the land import paths the files use, sorted, `@…` suffix removed */
  imports: string[]
  /** exported package-level funcs of THIS package, sorted by name */
  functions: FunctionInfo[]
}

export type ServiceBuildResult = { ok: true, program: ServiceProgram } | { ok: false, errors: string[] }

/**
 * A checked call argument (protocols/calls.md), independent of the runtime's value model.
 * Every literal carries its Go type as printed (`uint64`, `blog.Post`, `[]string`).
 * Strings are Go byte strings: one JS char per byte (0..255).
 */
export type LiteralValue =
  | { kind: 'bool', type: string, value: boolean }
  | { kind: 'int', type: string, value: bigint }
  | { kind: 'float', type: string, value: number }
  | { kind: 'complex', type: string, re: number, im: number }
  | { kind: 'string', type: string, value: string }
  | { kind: 'nil', type: string }
  /** a struct value: fields given by name (missing fields are zero) */
  | { kind: 'struct', type: string, fields: Array<{ name: string, value: LiteralValue }> }
  /** an array or slice value: `len` elements, those given by index (others zero) */
  | { kind: 'list', type: string, len: number, elems: Array<{ index: number, value: LiteralValue }> }
  | { kind: 'map', type: string, entries: Array<{ key: LiteralValue, value: LiteralValue }> }
  /** `&T{…}`: a pointer to a new value */
  | { kind: 'ptr', type: string, elem: LiteralValue }

/**
 * `values` has one literal per argument, each of its parameter's type; a variadic function's
 * trailing arguments are its elements (argumentsToValues packs them into the Slice it takes).
 */
export type CheckArgumentsResult =
  | { ok: true, values: LiteralValue[] }
  | { ok: false, code: 'ERR_UNKNOWN_FUNCTION' | 'ERR_BAD_ARGUMENT', message: string }
