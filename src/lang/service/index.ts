/**
 * Services on the interpreter: building a package with its land imports (live-imported services
 * become trampolines to `$env.callService`), checking call arguments written as Go literals, and
 * formatting results.
 *
 * @example
 * ```ts
 * const r = buildService({ path: 'local.land/amigo/counter', files, resolve: () => null })
 * if (r.ok) console.log(r.program.functions.map(f => f.signature))
 * const a = checkArguments(input, 'Add', ['5'])
 * ```
 */
export type { LandPackage, ServiceBuildInput, ServiceBuildResult, ServiceProgram, FunctionInfo, LiteralValue, CheckArgumentsResult } from './types.ts'
export { buildService } from './build.ts'
export { checkArguments, literalToValue, argumentsToValues } from './args.ts'
export { formatGoValue } from './format.ts'
export { packageHeader, stripVersion } from './land.ts'
