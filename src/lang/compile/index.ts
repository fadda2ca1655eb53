/**
 * The compiler: type-checked Go packages → one JavaScript program body, and the build pipeline
 * (parse → check → compile) in front of it.
 *
 * @example
 * ```ts
 * const b = build([{ name: 'prog.go', text }])
 * if (b.ok) console.log(b.js.length)
 * ```
 */
export { build, stdImporter, type BuildInput, type BuildOptions, type BuildResult } from './build.ts'
export { compile, type CompileOptions } from './program.ts'
export type { CompileUnit, PosString, ServiceSpec } from './context.ts'
export { defaultType } from './typeinfo.ts'
export { InternalError, internalErrorText } from './crash.ts'
