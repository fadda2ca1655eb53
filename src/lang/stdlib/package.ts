/**
 * The shape of a standard library package: Go source text plus the natives bound to its body-less
 * declarations (see registry.ts for the binding rules).
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
