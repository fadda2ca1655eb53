/**
 * `node --import tsx scripts/native/compare-cmplx.ts [SEED] [COUNT]`: runs Go's math/cmplx
 * (scripts/native/cmplxcompare, needs `go`) and src/lang/native/cmplx on the same random inputs
 * and prints per function how many results differ in any bit. Exit code 1 when some differ.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as z from '../../src/lang/native/cmplx/index.ts'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cmplxcompare')
const go = spawnSync('go', ['run', '.', process.argv[2] ?? '1', process.argv[3] ?? '3000'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 })
if (go.status !== 0) { console.error(go.stderr); process.exit(2) }
const byName: Record<string, (x: z.C) => z.C> = {
  Atan: z.atan, Tan: z.tan, Cot: z.cot, Asin: z.asin, Acos: z.acos, Asinh: z.asinh, Acosh: z.acosh, Atanh: z.atanh, Sqrt: z.sqrt,
  Exp: z.exp, Log: z.log, Log10: z.log10, Sin: z.sin, Cos: z.cos, Sinh: z.sinh, Cosh: z.cosh, Tanh: z.tanh
}
const f64 = new Float64Array(1); const u64 = new BigUint64Array(f64.buffer)
const num = (h: string): number => { u64[0] = BigInt('0x' + h); return f64[0] }
const hex = (x: number): string => { f64[0] = x; return u64[0].toString(16) }
const same = (x: number, h: string): boolean => (x !== x && num(h) !== num(h)) || hex(x) === h
const tally: Record<string, [number, number, string]> = {}
for (const line of go.stdout.trim().split('\n')) {
  const [n, ...a] = line.split(' ')
  const x = { re: num(a[0]), im: num(a[1]) }
  let r: z.C; let w: string[]
  if (n === 'Pow') { r = z.pow(x, { re: num(a[2]), im: num(a[3]) }); w = a.slice(4) } else { r = byName[n](x); w = a.slice(2) }
  const t = tally[n] ??= [0, 0, '']
  t[0]++
  if (!(same(r.re, w[0]) && same(r.im, w[1]))) { t[1]++; if (t[2] === '') t[2] = `${x.re},${x.im} -> ours ${r.re},${r.im} go ${num(w[0])},${num(w[1])}` }
}
let differ = 0
for (const [n, t] of Object.entries(tally)) {
  differ += t[1]
  console.log(`${n.padEnd(6)} ${t[0]} cases, ${t[1] === 0 ? 'all equal' : `${t[1]} differ, e.g. ${t[2]}`}`)
}
process.exit(differ === 0 ? 0 : 1)
