/**
 * Micro-benchmark of the hottest native algorithms (ns per call).
 * Run: node --import tsx scripts/native/bench-native.ts
 */
import { formatFloat, parseFloat } from '../../src/lang/native/strconv/index.ts'
import { exp, log, sin, pow } from '../../src/lang/native/math/index.ts'
import { pdqsort, bitsLen } from '../../src/lang/native/sort/index.ts'

function bench (name: string, n: number, f: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(n, 20000); i++) f(i)
  const t = performance.now()
  for (let i = 0; i < n; i++) f(i)
  console.log(`${name.padEnd(32)} ${((performance.now() - t) * 1e6 / n).toFixed(0).padStart(7)} ns/op`)
}

const xs = Array.from({ length: 4096 }, (_, i) => (i * 7919.123) / 97)
const strs = xs.map(x => new TextEncoder().encode(String(x)))
bench("FormatFloat(x, 'f', 2, 64)", 200000, i => formatFloat(xs[i & 4095], 'f', 2, 64))
bench("FormatFloat(x, 'g', -1, 64)", 200000, i => formatFloat(xs[i & 4095], 'g', -1, 64))
bench("FormatFloat(x, 'g', -1, 32)", 200000, i => formatFloat(Math.fround(xs[i & 4095]), 'g', -1, 32))
bench('ParseFloat(17 digits, 64)', 200000, i => parseFloat(strs[i & 4095], 64))
bench('math.Exp', 200000, i => exp(i / 20000 - 5))
bench('math.Log', 200000, i => log(i + 1))
bench('math.Sin', 200000, i => sin(i / 1000))
bench('math.Pow(x, 1.5)', 200000, i => pow(i / 1000, 1.5))
const arr = Array.from({ length: 100000 }, (_, i) => `user${(i * 7919) % 100000}`)
bench('pdqsort 100k strings (per sort)', 5, () => {
  const a = arr.slice()
  pdqsort({ less: (i, j) => a[i] < a[j], swap: (i, j) => { const t = a[i]; a[i] = a[j]; a[j] = t } }, 0, a.length, bitsLen(a.length))
})
