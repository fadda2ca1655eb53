/**
 * Shared pieces of the property and fuzz tests (issue 12): how many runs and which seed, byte
 * mutations of valid messages, IPLD values, and the check that a refusal is a typed error.
 *
 * `npm test` runs each property a few hundred times with a fixed seed (reproducible); `npm run fuzz`
 * (scripts/fuzz.ts) runs the same properties with FUZZ_RUNS runs and a fresh, printed FUZZ_SEED.
 */
import { strict as assert } from 'node:assert'
import fc from 'fast-check'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import * as Digest from 'multiformats/hashes/digest'
import { AmigoError } from '../../src/store/index.ts'

/** Runs per property: a short run by default, many with FUZZ_RUNS. */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 200))
/** The seed: fixed for `npm test`, given by scripts/fuzz.ts (which prints it) for a long run. */
export const SEED = Number(process.env.FUZZ_SEED ?? 12)

/**
 * fast-check's parameters for one property: `scale` shrinks the run count of costly properties
 * (signatures, a real HTTP server). `timeout` bounds each async run, so a hang fails the property.
 */
export function params<T> (scale = 1, extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: Math.max(1, Math.round(RUNS * scale)), seed: SEED, timeout: 5000, ...extra }
}

/**
 * The mocha timeout of a property: a short run fits `shortMs`; a long run gets the same time per
 * run, with room for a busy machine, so a hang still fails it.
 */
export function testTimeout (shortMs = 20_000): number {
  return process.env.FUZZ_RUNS === undefined ? shortMs : Math.max(shortMs, Math.round(shortMs * RUNS / 200) * 3)
}

/** Stable codes: upper-case ERR_ names. */
const CODE = /^ERR_[A-Z0-9_]+$/

/**
 * Runs `fn`; if it throws, the error must be an AmigoError with a stable code (one of `codes`
 * when given). Returns what `fn` returned, or the error's code.
 */
export async function typedOrValue<T> (fn: () => T | Promise<T>, codes?: readonly string[]): Promise<{ ok: true, value: T } | { ok: false, code: string }> {
  try {
    return { ok: true, value: await fn() }
  } catch (e) {
    assertTyped(e, codes)
    return { ok: false, code: (e as AmigoError).code }
  }
}

/** Sync version of {@link typedOrValue}. */
export function typedOrValueSync<T> (fn: () => T, codes?: readonly string[]): { ok: true, value: T } | { ok: false, code: string } {
  try {
    return { ok: true, value: fn() }
  } catch (e) {
    assertTyped(e, codes)
    return { ok: false, code: (e as AmigoError).code }
  }
}

export function assertTyped (e: unknown, codes?: readonly string[]): void {
  if (!(e instanceof AmigoError)) {
    assert.fail(`a host error escaped: ${(e as Error)?.name}: ${(e as Error)?.message}\n${(e as Error)?.stack ?? ''}`)
  }
  assert.match(e.code, CODE, `unstable code ${e.code}`)
  if (codes !== undefined) assert.ok(codes.includes(e.code), `unexpected code ${e.code}: ${e.message}`)
}

// --- bytes ---

export type Mutation =
  | { kind: 'flip', at: number, bit: number }
  | { kind: 'set', at: number, value: number }
  | { kind: 'insert', at: number, bytes: Uint8Array }
  | { kind: 'delete', at: number, len: number }
  | { kind: 'truncate', at: number }
  | { kind: 'duplicate', at: number, len: number }

/** One edit of a byte string; positions are taken modulo its length. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 9 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 32 }) })
)

/** `bytes` with the mutations applied in order (a new array; `bytes` is left alone). */
export function mutate (bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b: Uint8Array = Uint8Array.from(bytes)
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % b.length
    switch (m.kind) {
      case 'flip': if (b.length > 0) b[at] ^= 1 << m.bit; break
      case 'set': if (b.length > 0) b[at] = m.value; break
      case 'insert': b = concat(b.subarray(0, at), m.bytes, b.subarray(at)); break
      case 'delete': b = concat(b.subarray(0, at), b.subarray(at + m.len)); break
      case 'truncate': b = b.slice(0, at); break
      case 'duplicate': b = concat(b.subarray(0, at + m.len), b.subarray(at)); break
    }
  }
  return b
}

/** Mutants of one valid message: 1..4 edits. */
export function mutants (bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map(ms => mutate(bytes, ms))
}

/** Mutants of one of several valid messages. */
export function mutantsOf (samples: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.nat({ max: samples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([i, ms]) => mutate(samples[i], ms))
}

/** A single bit of `bytes` flipped: which bit, and the result. */
export function bitFlips (bytes: Uint8Array): fc.Arbitrary<{ bit: number, bytes: Uint8Array }> {
  return fc.nat({ max: bytes.length * 8 - 1 }).map(bit => {
    const b = Uint8Array.from(bytes)
    b[bit >> 3] ^= 1 << (bit & 7)
    return { bit, bytes: b }
  })
}

/** Random bytes, up to `max` long (short ones more often). */
export function anyBytes (max = 512): fc.Arbitrary<Uint8Array> {
  return fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.uint8Array({ maxLength: max }))
}

export function concat (...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) { out.set(p, at); at += p.length }
  return out
}

// --- IPLD values ---

/** A CIDv1 sha2-256 (dag-cbor or raw) with a random digest. */
export const cid: fc.Arbitrary<CID> = fc.tuple(fc.constantFrom(0x71, 0x55), fc.uint8Array({ minLength: 32, maxLength: 32 }))
  .map(([code, d]) => CID.createV1(code, Digest.create(sha256.code, d)))

function ipldValues (links: boolean): fc.Arbitrary<unknown> {
  return fc.letrec<{ value: unknown }>(tie => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.maxSafeInteger(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter(x => !Number.isInteger(x)),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.uint8Array({ maxLength: 40 }),
      links ? cid : fc.constant(false),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 5, noNullPrototype: true })
    )
  })).value
}

/** Any IPLD value dag-cbor encodes and decodes back unchanged (no -0, NaN or infinities). */
export const ipld: fc.Arbitrary<unknown> = ipldValues(true)
/** An IPLD value without links (data of blocks whose DAG must be complete). */
export const ipldData: fc.Arbitrary<unknown> = ipldValues(false)

/** Where to change a value: the indexes to follow down maps and arrays (each modulo the size). */
export const valuePath: fc.Arbitrary<number[]> = fc.array(fc.nat(), { minLength: 1, maxLength: 6 })

/**
 * `v` with one node replaced by `by` (undefined: removed), or, when `extra` is given and the walk
 * ends in a map, with a field `extra` added. The walk follows `path`: at a map or array, index
 * `path[i] % (size + 1)` goes to a child, `size` stops here.
 */
export function changeValue (v: unknown, path: number[], by: unknown, extra?: string): unknown {
  const [head, ...rest] = path
  if (head === undefined) return by
  if (Array.isArray(v)) {
    const i = head % (v.length + 1)
    if (i === v.length) return by
    const out = v.slice()
    const child = changeValue(v[i], rest, by, extra)
    if (child === undefined) out.splice(i, 1); else out[i] = child
    return out
  }
  if (isPlainMap(v)) {
    const keys = Object.keys(v).sort()
    const i = head % (keys.length + 1)
    if (i === keys.length) {
      if (extra !== undefined) return { ...v, [extra]: by ?? null }
      return by
    }
    const out: Record<string, unknown> = { ...v }
    const child = changeValue(v[keys[i]], rest, by, extra)
    if (child === undefined) delete out[keys[i]]; else out[keys[i]] = child
    return out
  }
  return by
}

function isPlainMap (v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && CID.asCID(v) == null
}

/** A structural change of a decoded message: which node, what goes there, and maybe a new field. */
export const valueChange: fc.Arbitrary<{ path: number[], by: unknown, extra: string | undefined }> = fc.record({
  path: valuePath,
  by: fc.option(ipld, { nil: undefined }),
  extra: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined })
})

// --- names a node accepts ---

const dnsLabel = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/)
/** A land name: lower-case DNS labels, like `local.land`. */
export const landName: fc.Arbitrary<string> = fc.array(dnsLabel, { minLength: 2, maxLength: 3 }).map(ls => ls.join('.'))
/** One segment of a service path. */
export const pathSegment: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~+-]{0,10}$/)
/** An exported Go function name. */
export const exportedFunc: fc.Arbitrary<string> = fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,12}$/)

/** Go literals a call may carry as arguments. */
export const goLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.maxSafeInteger().map(String),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(s => JSON.stringify(s)),
  fc.constantFrom('true', 'false', 'nil', '1.5', "'x'", '[]int{1, 2}', 'map[string]int{"a": 1}', 'struct{}{}', '-7', '0x1f', '1e9'),
  fc.array(fc.integer({ min: -99, max: 99 }), { maxLength: 4 }).map(xs => `[]int{${xs.join(', ')}}`)
)

/** The fields of a valid call but its caller (the signing key sets it). */
export function validCall (land?: string): fc.Arbitrary<{ land: string, nonce: number, service: string, func: string, args: string[], gas: number }> {
  return fc.record({
    land: land === undefined ? landName : fc.constant(land),
    owner: pathSegment,
    name: pathSegment,
    nonce: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    func: exportedFunc,
    args: fc.array(goLiteral, { maxLength: 4 }),
    gas: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })
  }).map(c => ({ land: c.land, nonce: c.nonce, service: `${c.land}/${c.owner}/${c.name}`, func: c.func, args: c.args, gas: c.gas }))
}

// --- a blockstore in memory (what importCar and walkDag use of one), that tells what was written ---

export class MemoryBlocks {
  readonly blocks = new Map<string, Uint8Array>()
  puts = 0
  async has (c: CID): Promise<boolean> { return this.blocks.has(c.toString()) }
  async * get (c: CID): AsyncGenerator<Uint8Array> {
    const b = this.blocks.get(c.toString())
    if (b === undefined) throw Object.assign(new Error('not found'), { name: 'NotFoundError' })
    yield b
  }

  async put (c: CID, bytes: Uint8Array): Promise<CID> {
    this.puts++
    this.blocks.set(c.toString(), bytes)
    return c
  }
}

/** A value with CIDs and bytes spelled out (a Buffer and a Uint8Array alike), for comparing decoded values. */
export function plain (v: unknown): unknown {
  const c = CID.asCID(v)
  if (c != null) return { cid: c.toString() }
  if (v instanceof Uint8Array) return { bytes: [...v] }
  if (Array.isArray(v)) return v.map(plain)
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
  return v
}
