import type { RType } from '../runtime/rtype.ts'
import type { ServiceBuildInput, LiteralValue, CheckArgumentsResult } from './types.ts'

/**
 * Parses and type-checks call arguments (Go literal texts) against the parameters of `func` in the
 * package of `built`; errors name the parameter and its type.
 */
export function checkArguments (built: ServiceBuildInput, func: string, args: string[]): CheckArgumentsResult {
  void built; void func; void args
  throw new Error('checkArguments: not implemented yet')
}

/** A literal's value as the runtime value of type t. */
export function literalToValue (v: LiteralValue, t: RType): any {
  void v; void t
  throw new Error('literalToValue: not implemented yet')
}
