/**
 * Package amigo: the service's view of the chain (caller, origin, own path, land, block height and
 * time, events). The Go declarations are in amigo.go; the natives here answer them from an
 * {@link AmigoHost} that the VM passes to the run as `envExtra: { amigo: host }`. Without a host
 * (`amigo test`, `amigo run`) they answer with the documented test defaults
 * ({@link TEST_DEFAULTS}) and record events, which the Test* functions of the package read and set.
 *
 * @example
 * ```ts
 * // in the VM: one host per call
 * const host: AmigoHost = {
 *   caller: () => frameCaller(), origin: () => signer, self: () => currentService(), land: () => 'local.land',
 *   height: () => 12n, timeNanos: () => block.time * 1_000_000n, emit: (name, kv) => receipt.events.push({ name, kv })
 * }
 * instantiate(js, { natives, envExtra: { amigo: host }, ... })
 * ```
 */
import type { NativeEnv, NativeFn } from '../package.ts'
import { sources, names } from './source.ts'
import { Slice, goString, jsString } from '../../runtime/value.ts'

/** What the node answers to a service through package amigo. Strings are ordinary JS strings. */
export interface AmigoHost {
  /** the signer's address, or the path of the service whose code called the running service */
  caller: () => string
  /** the signer's address */
  origin: () => string
  /** the running service's path */
  self: () => string
  land: () => string
  height: () => bigint
  /** block time, nanoseconds since the Unix epoch */
  timeNanos: () => bigint
  /** record an event in the call's receipt; kv has an even length */
  emit: (name: string, kv: string[]) => void
}

/** The answers of package amigo under `amigo test` (documented in amigo.go). */
export const TEST_DEFAULTS = {
  caller: 'test.caller',
  self: 'local.land/test/self',
  land: 'local.land',
  height: 0n,
  /** 2025-01-01T00:00:00Z */
  timeNanos: 1735689600n * 1000000000n
} as const

/**
 * A frame of service code on the call stack under `amigo test` with land imports: its package and
 * whether it is test code (which acts as the signer).
 */
export interface AmigoFrame { pkg: string, test: boolean }

interface TestState {
  signer: string
  height: bigint
  timeNanos: bigint
  events: Array<{ name: string, kv: string[] }>
}

function stringSlice (env: NativeEnv, a: string[]): Slice {
  env.allocate(16 * a.length)
  return new Slice(a.map(goString), 0, a.length, a.length)
}

function sliceStrings (s: Slice): string[] {
  const out: string[] = []
  for (let i = 0; i < s.len; i++) out.push(jsString(s.a[s.off + i] as string))
  return out
}

export function natives (env: NativeEnv): Record<string, NativeFn> {
  const host = (env as { amigo?: AmigoHost }).amigo
  if (host !== undefined) {
    const testOnly = (name: string) => () => env.rt.panicRuntime(`amigo.${name} is only available under amigo test`)
    return {
      Caller: () => goString(host.caller()),
      Origin: () => goString(host.origin()),
      Self: () => goString(host.self()),
      Land: () => goString(host.land()),
      Height: () => host.height(),
      blockTimeNanos: () => host.timeNanos(),
      emit: (name: string, kv: Slice) => host.emit(jsString(name), sliceStrings(kv)),
      TestSetCaller: testOnly('TestSetCaller'),
      TestSetHeight: testOnly('TestSetHeight'),
      testSetTimeNanos: testOnly('TestSetTime'),
      testEventCount: testOnly('TestEvents'),
      testEventName: testOnly('TestEvents'),
      testEventKV: testOnly('TestEvents'),
      TestClearEvents: testOnly('TestClearEvents')
    }
  }
  // one state per run: natives(env) is called once per run
  const st: TestState = { signer: TEST_DEFAULTS.caller, height: TEST_DEFAULTS.height, timeNanos: TEST_DEFAULTS.timeNanos, events: [] }
  const event = (i: number | bigint): { name: string, kv: string[] } => {
    const e = st.events[Number(i)]
    if (e === undefined) env.rt.panicRuntime(`amigo: no event ${String(i)}`)
    return e
  }
  // with land imports, Caller() and Self() follow the live-import rules by walking the stack
  const stack = (env as { amigoStack?: () => AmigoFrame[] }).amigoStack
  const caller = (): string => {
    if (stack === undefined) return st.signer
    const s = stack()
    if (s.length === 0 || s[0].test) return st.signer
    for (const f of s.slice(1)) {
      if (f.test) return st.signer
      if (f.pkg !== s[0].pkg) return f.pkg
    }
    return st.signer
  }
  const self = (): string => {
    if (stack === undefined) return TEST_DEFAULTS.self
    const s = stack()
    return s.length === 0 ? TEST_DEFAULTS.self : s[0].pkg
  }
  return {
    Caller: () => goString(caller()),
    Origin: () => goString(st.signer),
    Self: () => goString(self()),
    Land: () => TEST_DEFAULTS.land,
    Height: () => st.height,
    blockTimeNanos: () => st.timeNanos,
    emit: (name: string, kv: Slice) => {
      const e = { name: jsString(name), kv: sliceStrings(kv) }
      env.allocate(16 + name.length + e.kv.reduce((n, s) => n + s.length, 0))
      st.events.push(e)
    },
    TestSetCaller: (addr: string) => { st.signer = jsString(addr) },
    TestSetHeight: (h: bigint) => { st.height = BigInt(h) },
    testSetTimeNanos: (ns: bigint) => { st.timeNanos = BigInt(ns) },
    testEventCount: () => st.events.length,
    testEventName: (i: number | bigint) => goString(event(i).name),
    testEventKV: (i: number | bigint) => stringSlice(env, event(i).kv),
    TestClearEvents: () => { st.events = [] }
  }
}

export default ({ path: 'amigo', source: sources, names, natives })
