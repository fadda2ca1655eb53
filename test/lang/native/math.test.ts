import assert from 'node:assert/strict'
import * as m from '../../../src/lang/native/math/index.ts'
import { fixtureLines, checkAll, floatFromHexBits as fb, hexBitsOfFloat as hb } from './fixtures.ts'

const one: Record<string, (x: number) => number> = {
  Sqrt: m.sqrt,
  Floor: m.floor,
  Ceil: m.ceil,
  Trunc: m.trunc,
  Round: m.round,
  RoundToEven: m.roundToEven,
  Abs: m.abs,
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
const two: Record<string, (x: number, y: number) => number> = {
  Pow: m.pow,
  Atan2: m.atan2,
  Hypot: m.hypot,
  Mod: m.mod,
  Remainder: m.remainder,
  Max: m.max,
  Min: m.min,
  Dim: m.dim,
  Copysign: m.copysign,
  Nextafter: m.nextafter,
  Nextafter32: m.nextafter32
}

/** Equal bits, except that any NaN matches any NaN (JS cannot carry NaN payloads or signs). */
function same (got: number, wantHex: string): boolean {
  const want = fb(wantHex)
  if (Number.isNaN(want)) return Number.isNaN(got)
  return hb(got) === wantHex.padStart(16, '0')
}

describe('native math against Go 1.19 on amd64, bit for bit', () => {
  const lines = fixtureLines('math.txt')
  const byName = new Map<string, string[][]>()
  for (const l of lines) {
    const list = byName.get(l[0]) ?? []
    list.push(l)
    byName.set(l[0], list)
  }
  for (const [name, cases] of byName) {
    it(`${name} (${cases.length} cases)`, () => {
      checkAll(cases, (c) => {
        const args = c.slice(1)
        let ok: boolean
        let got: string
        switch (name) {
          case 'Modf': { const [i, f] = m.modf(fb(args[0])); ok = same(i, args[1]) && same(f, args[2]); got = hb(i) + ' ' + hb(f); break }
          case 'Sincos': { const [s, co] = m.sincos(fb(args[0])); ok = same(s, args[1]) && same(co, args[2]); got = hb(s) + ' ' + hb(co); break }
          case 'Frexp': { const [f, e] = m.frexp(fb(args[0])); ok = same(f, args[1]) && e === Number(args[2]); got = hb(f) + ' ' + e; break }
          case 'Ldexp': { const r = m.ldexp(fb(args[0]), Number(args[1])); ok = same(r, args[2]); got = hb(r); break }
          case 'FMA': { const r = m.fma(fb(args[0]), fb(args[1]), fb(args[2])); ok = same(r, args[3]); got = hb(r); break }
          case 'Lgamma': { const [lg, sg] = m.lgamma(fb(args[0])); ok = same(lg, args[1]) && sg === Number(args[2]); got = hb(lg) + ' ' + sg; break }
          case 'Pow10': { const r = m.pow10(Number(args[0])); ok = same(r, args[1]); got = hb(r); break }
          default:
            if (one[name] !== undefined) {
              const r = one[name](fb(args[0])); ok = same(r, args[1]); got = hb(r)
            } else {
              const r = two[name](fb(args[0]), fb(args[1])); ok = same(r, args[2]); got = hb(r)
            }
        }
        return ok ? undefined : `${name}(${args.slice(0, -1).map(a => a.length > 8 ? fb(a) : a).join(', ')}) = ${got}, Go: ${args.slice(-1)[0]}`
      })
    })
  }

  it('covers every function the fixture generator exercises', () => {
    assert.ok(byName.size >= 40)
  })
})

describe('native math FMA fast path', () => {
  it('agrees with the exact bigint FMA on 50,000 hard cases (cancellation, ties, wide exponents)', async () => {
    const { fmaExact } = await import('../../../src/lang/native/math/fma.ts')
    let s = 0x9e3779b9
    const rnd = (): number => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296 }
    const num = (): number => (rnd() - 0.5) * 2 ** Math.floor(rnd() * 200 - 100)
    let bad = 0
    for (let i = 0; i < 50000; i++) {
      const x = num(); const y = num()
      const p = x * y
      let z: number
      switch (i % 4) {
        case 0: z = num(); break
        case 1: z = -p; break // cancellation: the result is the product's rounding error
        case 2: z = -p * (1 + 2 ** -52 * Math.floor(rnd() * 8)); break
        default: z = p * 2 ** -53 * (rnd() < 0.5 ? 1 : -1); break // near-ties
      }
      if (!Object.is(m.fma(x, y, z), fmaExact(x, y, z))) bad++
    }
    assert.equal(bad, 0)
  })
})
