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
 * register({
 *   path: 'strings',
 *   source: 'package strings\nfunc Repeat(s string, n int) string\n',
 *   natives: env => ({ Repeat: (s: string, n: number) => { env.charge(s.length * n); return s.repeat(n) } })
 * })
 * ```
 */

/** What natives may use from the running program. */
export interface NativeEnv {
  /** write bytes (a Go byte string) to the program's stdout / stderr */
  writeStdout: (s: string) => void
  writeStderr: (s: string) => void
  /** account `bytes` of allocation against the memory limit (throws ERR_MEMORY) */
  allocate: (bytes: number) => void
  /** charge gas for work proportional to input size (throws ERR_GAS) */
  charge: (gas: number) => void
  /** the runtime helpers (value model, panics), see runtime/index.ts */
  rt: any
}

export type NativeFn = (...args: any[]) => any

export interface StdPackage {
  /** import path, e.g. `strings`, `unicode/utf8` */
  path: string
  /** Go source of the package (one or several files' worth) */
  source: string | string[]
  /** the file names of `source` (`strings.go`), for positions; `0.go`, `1.go`, … when absent */
  names?: string[]
  /** the natives for body-less declarations */
  natives?: (env: NativeEnv) => Record<string, NativeFn>
}

const registry = new Map<string, StdPackage>()

export function register (p: StdPackage): void {
  registry.set(p.path, p)
}

export function lookup (path: string): StdPackage | undefined {
  return registry.get(path)
}
export function registeredPaths (): string[] {
  return [...registry.keys()]
}
