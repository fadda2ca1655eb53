/** Loads the Go-generated fixture files of test/lang/native/fixtures (see scripts/native/). */
import { readFileSync } from 'node:fs'

export function fixtureLines (name: string): string[][] {
  const text = readFileSync(new URL('./fixtures/' + name, import.meta.url), 'utf8')
  return text.split('\n').filter(l => l.length > 0).map(l => l.split(' '))
}

export function unhex (s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(i * 2, i * 2 + 2), 16)
  return out
}

export function hex (b: Uint8Array): string {
  let s = ''
  for (const x of b) s += x.toString(16).padStart(2, '0')
  return s
}

const f64 = new Float64Array(1)
const u64 = new BigUint64Array(f64.buffer)
export function floatFromHexBits (h: string): number { u64[0] = BigInt('0x' + h); return f64[0] }
export function hexBitsOfFloat (x: number): string { f64[0] = x; return u64[0].toString(16).padStart(16, '0') }

/** Runs check on every case, collecting failures, and throws one error listing the first few. */
export function checkAll<T> (cases: T[], check: (c: T) => string | undefined): number {
  const failures: string[] = []
  for (const c of cases) {
    let msg: string | undefined
    try { msg = check(c) } catch (e) { msg = String(e) + ' for ' + JSON.stringify(c) }
    if (msg !== undefined) failures.push(msg)
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${cases.length} cases differ from Go:\n` + failures.slice(0, 15).join('\n'))
  return cases.length
}
