/**
 * `node --import tsx scripts/native/compare-math.ts [SEED] [COUNT]`: runs Go's math package
 * (scripts/native/mathcompare, needs `go`) and ours side by side on COUNT random inputs per
 * function (default 5000), and prints per function how many results differ in any bit.
 * Exit code 1 when some result differs.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as m from '../../src/lang/native/math/index.ts'
import { tallyLines } from './tally.ts'

const seed = process.argv[2] ?? '1'
const count = process.argv[3] ?? '5000'
const dir = join(dirname(fileURLToPath(import.meta.url)), 'mathcompare')
const go = spawnSync('go', ['run', '.', seed, count], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }

const f64 = new Float64Array(1)
const u64 = new BigUint64Array(f64.buffer)
const num = (h: string): number => { u64[0] = BigInt('0x' + h); return f64[0] }
const hex = (x: number): string => { f64[0] = x; return u64[0].toString(16) }
/** Bit equality, with every NaN equal to every NaN (JS keeps no NaN payloads). */
const same = (x: number, h: string): boolean => (x !== x && num(h) !== num(h)) || hex(x) === h

type Check = (a: string[]) => [boolean, string]
const unary = (f: (x: number) => number): Check => a => { const r = f(num(a[0])); return [same(r, a[1]), hex(r)] }
const binary = (f: (x: number, y: number) => number): Check => a => { const r = f(num(a[0]), num(a[1])); return [same(r, a[2]), hex(r)] }
const checks: Record<string, Check> = {
  Sincos: a => { const [s, c] = m.sincos(num(a[0])); return [same(s, a[1]) && same(c, a[2]), `${hex(s)} ${hex(c)}`] },
  Lgamma: a => { const [l, s] = m.lgamma(num(a[0])); return [same(l, a[1]) && s === Number(a[2]), `${hex(l)} ${s}`] },
  Frexp: a => { const [f, e] = m.frexp(num(a[0])); return [same(f, a[1]) && e === Number(a[2]), `${hex(f)} ${e}`] },
  Ldexp: a => { const r = m.ldexp(num(a[0]), Number(a[1])); return [same(r, a[2]), hex(r)] }
}
const unaries: Record<string, (x: number) => number> = {
  Sqrt: m.sqrt,
  Floor: m.floor,
  Ceil: m.ceil,
  Trunc: m.trunc,
  Round: m.round,
  RoundToEven: m.roundToEven,
  Exp: m.exp,
  Exp2: m.exp2,
  Expm1: m.expm1,
  Log: m.log,
  Log2: m.log2,
  Log10: m.log10,
  Log1p: m.log1p,
  Sin: m.sin,
  Cos: m.cos,
  Tan: m.tan,
  Asin: m.asin,
  Acos: m.acos,
  Atan: m.atan,
  Sinh: m.sinh,
  Cosh: m.cosh,
  Tanh: m.tanh,
  Asinh: m.asinh,
  Acosh: m.acosh,
  Atanh: m.atanh,
  Cbrt: m.cbrt,
  Gamma: m.gamma,
  Erf: m.erf,
  Erfc: m.erfc
}
for (const [k, f] of Object.entries(unaries)) checks[k] = unary(f)
const binaries = { Pow: m.pow, Atan2: m.atan2, Hypot: m.hypot, Mod: m.mod, Remainder: m.remainder }
for (const [k, f] of Object.entries(binaries)) checks[k] = binary(f)

process.exit(tallyLines(go.stdout, ([name, ...args]) => {
  const [ok, got] = checks[name](args)
  return ok ? undefined : `${name}(${args.slice(0, -1).join(', ')}): ours ${got}, Go ${args.slice(-1)[0]}`
}) === 0
  ? 0
  : 1)
