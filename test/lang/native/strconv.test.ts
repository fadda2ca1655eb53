import assert from 'node:assert/strict'
import { formatFloat, parseFloat, parseInt, parseUint, atoi, parseBool, formatInt, formatUint, numErrorMessage, quoteString, quoteToASCII, quoteToGraphic, quoteRune, quoteRuneToASCII, quoteRuneToGraphic, canBackquote, unquoteString, isPrint, isGraphic, bytesOf, stringOf } from '../../../src/lang/native/strconv/index.ts'
import { fixtureLines, unhex, hex, floatFromHexBits, hexBitsOfFloat, checkAll } from './fixtures.ts'

describe('native strconv against Go 1.19', () => {
  it('FormatFloat matches Go for every format, precision and bit size', () => {
    const n = checkAll(fixtureLines('strconv-ftoa.txt'), ([bits, fmt, prec, bs, ...rest]) => {
      const want = rest.join(' ')
      const got = formatFloat(floatFromHexBits(bits), fmt, Number(prec), Number(bs))
      return got === want ? undefined : `FormatFloat(${bits}, ${fmt}, ${prec}, ${bs}) = ${got}, Go: ${want}`
    })
    assert.ok(n > 20000)
  })

  it('ParseFloat matches Go: values, float32 rounding, syntax and range errors', () => {
    const n = checkAll(fixtureLines('strconv-atof.txt'), ([input, bs, bits, err]) => {
      const r = parseFloat(unhex(input), Number(bs))
      const gotBits = hexBitsOfFloat(r.value)
      const gotErr = r.err === undefined ? '-' : hex(numErrorMessage(r.err))
      const isNaN = bits === '7ff8000000000001'
      if ((isNaN ? Number.isNaN(r.value) : gotBits === bits) && gotErr === err) return undefined
      return `ParseFloat(${JSON.stringify(stringOf(unhex(input)))}, ${bs}) = ${gotBits} ${gotErr === '-' ? '' : stringOf(unhex(gotErr))}, Go: ${bits} ${err === '-' ? '' : stringOf(unhex(err))}`
    })
    assert.ok(n > 5000)
  })

  it('ParseInt, ParseUint, Atoi, ParseBool match Go, errors included', () => {
    checkAll(fixtureLines('strconv-atoi.txt'), ([input, base, bs, fn, val, err]) => {
      const s = unhex(input)
      const r = fn === 'I' ? parseInt(s, Number(base), Number(bs)) : fn === 'U' ? parseUint(s, Number(base), Number(bs)) : fn === 'A' ? atoi(s) : parseBool(s)
      const got = String(r.value)
      const gotErr = r.err === undefined ? '-' : hex(numErrorMessage(r.err))
      if (got === val && gotErr === err) return undefined
      return `${fn}(${JSON.stringify(stringOf(s))}, ${base}, ${bs}) = ${got} ${gotErr === '-' ? '' : stringOf(unhex(gotErr))}, Go: ${val} ${err === '-' ? '' : stringOf(unhex(err))}`
    })
  })

  it('FormatInt and FormatUint match Go in every base', () => {
    checkAll(fixtureLines('strconv-itoa.txt'), ([kind, v, base, want]) => {
      const got = kind === 'I' ? formatInt(BigInt(v), Number(base)) : formatUint(BigInt(v), Number(base))
      return got === want ? undefined : `Format${kind}(${v}, ${base}) = ${got}, Go: ${want}`
    })
    assert.equal(formatInt(-255, 16), '-ff')
    assert.throws(() => formatInt(1n, 1), /illegal AppendInt\/FormatInt base/)
  })

  it('Quote, QuoteToASCII, QuoteToGraphic, CanBackquote, Unquote, QuoteRune* match Go', () => {
    checkAll(fixtureLines('strconv-quote.txt'), (f) => {
      if (f[0] === 'S') {
        const [, input, q, qa, qg, cb, uq] = f
        const s = unhex(input)
        const got = [hex(quoteString(s)), hex(quoteToASCII(s)), hex(quoteToGraphic(s)), String(canBackquote(s)), (() => { const u = unquoteString(s); return u === undefined ? '!' : hex(u) })()]
        const want = [q, qa, qg, cb, uq]
        return got.join() === want.join() ? undefined : `quote(${input}) = ${got.join()}, Go: ${want.join()}`
      }
      const [, r, q, qa, qg, p, g] = f
      const c = Number(r)
      const got = [hex(quoteRune(c)), hex(quoteRuneToASCII(c)), hex(quoteRuneToGraphic(c)), String(isPrint(c)), String(isGraphic(c))]
      const want = [q, qa, qg, p, g]
      return got.join() === want.join() ? undefined : `quoteRune(${r}) = ${got.join()}, Go: ${want.join()}`
    })
  })

  it('rejects an illegal bit size for FormatFloat as Go panics', () => {
    assert.throws(() => formatFloat(1, 'g', -1, 16), /illegal AppendFloat\/FormatFloat bitSize/)
    assert.equal(stringOf(quoteString(bytesOf('x'))), '"x"')
  })
})

describe('native strconv fast paths agree with the exact bigint paths', () => {
  let seed = 12345
  const rnd = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) / 4294967296 }
  const values = (): number[] => {
    const xs: number[] = []
    for (let i = 0; i < 4000; i++) {
      switch (i % 5) {
        case 0: xs.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20)); break
        case 1: xs.push(Math.floor(rnd() * 2 ** 20) / 2 ** Math.floor(rnd() * 12)); break // exact ties
        case 2: xs.push(Math.floor(rnd() * 1e6) / 100); break
        case 3: xs.push(Math.fround((rnd() - 0.5) * 1e10)); break
        default: xs.push(Math.floor(rnd() * 1e7) * 10 ** Math.floor(rnd() * 6)); break // integers with zeros
      }
    }
    return xs
  }

  it('FormatFloat e/E/f/g/G with explicit precision, 32 and 64 bits (16,000 cases)', async () => {
    const { formatFloatExact } = await import('../../../src/lang/native/strconv/ftoa.ts')
    const bad: string[] = []
    for (const x of values()) {
      for (const f of ['e', 'f', 'g', 'G']) {
        const p = Math.floor(rnd() * 18)
        const bs = rnd() < 0.5 ? 32 : 64
        const a = formatFloat(x, f, p, bs); const b = formatFloatExact(x, f, p, bs)
        if (a !== b) bad.push(`${x} ${f} ${p} ${bs}: ${a} vs ${b}`)
      }
    }
    assert.deepEqual(bad.slice(0, 5), [])
  })

  it('ParseFloat of decimal strings up to 20 digits, 32 and 64 bits (16,000 cases)', () => {
    const bad: string[] = []
    for (let i = 0; i < 8000; i++) {
      let s = String(Math.floor(rnd() * 10 ** Math.floor(1 + rnd() * 15)))
      if (i % 3 === 0) s += String(Math.floor(rnd() * 1e5)).padStart(5, '0')
      s += 'e' + String(Math.floor(rnd() * 90 - 60))
      if (i % 7 === 0) s = (Math.fround(rnd() * 1e6)).toPrecision(17) // near float32 values
      for (const bs of [32, 64]) {
        const a = parseFloat(bytesOf(s), bs).value; const b = parseFloat(bytesOf(s), bs, false).value
        if (!Object.is(a, b)) bad.push(`${s} ${bs}: ${a} vs ${b}`)
      }
    }
    assert.deepEqual(bad.slice(0, 5), [])
  })
})

describe('native strconv float32 shortest fast path', () => {
  it('agrees with the exact shortest-digit search on 30,000 float32 values', async () => {
    const { formatFloatExact } = await import('../../../src/lang/native/strconv/ftoa.ts')
    let seed = 99
    const rnd = (): number => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return seed >>> 0 }
    const f32 = new Float32Array(1); const u32 = new Uint32Array(f32.buffer)
    const bad: string[] = []
    for (let i = 0; i < 30000; i++) {
      u32[0] = i % 3 === 0 ? rnd() : (rnd() & 0x3fffffff) | 0x3c000000 // any bits, and mid-range values
      const x = f32[0]
      if (!Number.isFinite(x)) continue
      for (const f of ['g', 'e']) {
        const a = formatFloat(x, f, -1, 32); const b = formatFloatExact(x, f, -1, 32)
        if (a !== b) bad.push(`${x} ${f}: ${a} vs ${b}`)
      }
    }
    assert.deepEqual(bad.slice(0, 5), [])
  })
})
