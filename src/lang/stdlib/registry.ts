/**
 * The standard library registry and its binding mechanism.
 *
 * A stdlib package is Go source text (type-checked like any package) plus natives: every function
 * or method declared WITHOUT a body in the source is bound to the native of the same key:
 *   - `Name`           for a function `func Name(...)`
 *   - `Type.Method`    for a method, whatever its receiver (`func (b *Builder) WriteString(...)` → `Builder.WriteString`)
 * Functions with bodies are compiled like user code.
 *
 * Natives take and return values in the runtime's representation (runtime/value.ts, runtime/int.ts):
 * int → number|bigint (canonical), int64/uint64 → bigint, string → Go byte string, []T → Slice,
 * pointers to structs → the struct object (fields by Go name), other pointers → Ptr (get/set),
 * interfaces → Iface|null, several results → a JS array. A method native gets the receiver first.
 * `natives(env)` is called once per run, so natives can reach the run's output and limits.
 *
 * @example
 * ```ts
 * export default ({
 *   path: 'strings',
 *   source: 'package strings\nfunc Repeat(s string, n int) string\n',
 *   natives: env => ({ Repeat: (s: string, n: number) => { env.charge(s.length * n); return s.repeat(n) } })
 * })
 * ```
 */

import type { StdPackage } from './package.ts'
import { STD_PACKAGES } from './all.ts'

export type { NativeEnv, NativeFn, StdPackage } from './package.ts'

const registry = new Map<string, StdPackage>(STD_PACKAGES.map(p => [p.path, p]))

export function lookup (path: string): StdPackage | undefined {
  return registry.get(path)
}
