/**
 * Arithmetic on constants: unary and binary operators, shifts, comparisons (go/constant's
 * UnaryOp, BinaryOp, Shift, Compare), all exact on Int and fractional Float values.
 */

import {
  bitLen,
  ConstantError,
  FLOAT_PREC,
  makeBigFloat,
  makeBool,
  makeComplex,
  makeInt,
  makeRat,
  makeStringBytes,
  makeUnknown,
  type ComplexVal,
  type FloatVal,
  type IntVal,
  type Value,
} from './value.ts'

/**
 * Binary operators of binaryOp. `/` on two Ints gives an exact Float fraction (go/constant's QUO);
 * `div` is truncated integer division (go/constant's QUO_ASSIGN), which the checker uses when
 * both operands are integers.
 */
export type ConstBinaryOp = '+' | '-' | '*' | '/' | 'div' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||'
export type ConstUnaryOp = '+' | '-' | '^' | '!'
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>='

type Num = IntVal | FloatVal | ComplexVal

function ord (v: Value): number {
  switch (v.kind) {
    case 'Int':
      return 1
    case 'Float':
      return 2
    case 'Complex':
      return 3
    default:
      return 0
  }
}

/** Converts x to the representation of rank r (1 Int, 2 Float, 3 Complex). */
function promote (x: Num, r: number): Num {
  if (ord(x) >= r) return x
  if (r === 2) return intToFloat(x as IntVal)
  return { kind: 'Complex', re: x as IntVal | FloatVal, im: makeInt(0n) }
}

export function intToFloat (x: IntVal): FloatVal {
  return makeRat(x.value, 1n)
}

/** The float value of an Int or Float. */
function asFloat (x: IntVal | FloatVal): FloatVal {
  return x.kind === 'Int' ? intToFloat(x) : x
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic (exact fractions; 512-bit float form once parts grow too large)

/** x in the 512-bit float form: [mantissa, exponent] with x ≈ mantissa * 2**exponent (go/constant's rtof). */
export function toBigForm (x: FloatVal): [bigint, number] {
  if (x.big || x.num === 0n) return [x.num, x.exp]
  if (x.den === 1n) {
    const r = makeBigFloat(x.num, 0)
    return [r.num, r.exp]
  }
  // round the fraction to FLOAT_PREC bits with a sticky bit
  const neg = x.num < 0n
  const a = neg ? -x.num : x.num
  const sh = FLOAT_PREC + 2 - (bitLen(a) - bitLen(x.den))
  const n = sh >= 0 ? a << BigInt(sh) : a
  const d = sh >= 0 ? x.den : x.den << BigInt(-sh)
  let q = n / d
  q = (q << 1n) | (n % d !== 0n ? 1n : 0n)
  const r = makeBigFloat(neg ? -q : q, -sh - 1)
  return [r.num, r.exp]
}

function floatAdd (x: FloatVal, y: FloatVal, sub: boolean): FloatVal {
  if (!x.big && !y.big) {
    const yn = sub ? -y.num : y.num
    if (x.den === y.den) return makeRat(x.num + yn, x.den)
    return makeRat(x.num * y.den + yn * x.den, x.den * y.den)
  }
  let [m1, e1] = toBigForm(x)
  let [m2, e2] = toBigForm(y)
  if (sub) m2 = -m2
  if (m1 === 0n) return makeBigFloat(m2, e2)
  if (m2 === 0n) return makeBigFloat(m1, e1)
  // make (m1, e1) the operand of larger magnitude
  if (bitLen(m1) + e1 < bitLen(m2) + e2) {
    ;[m1, e1, m2, e2] = [m2, e2, m1, e1]
  }
  const gap = bitLen(m1) + e1 - (bitLen(m2) + e2)
  if (gap > FLOAT_PREC + 4) {
    // the smaller operand only acts as a sticky bit below the rounding position
    const sh = FLOAT_PREC + 4
    const s = m2 < 0n ? -1n : 1n
    return makeBigFloat((m1 << BigInt(sh)) + s, e1 - sh)
  }
  const e = Math.min(e1, e2)
  return makeBigFloat((m1 << BigInt(e1 - e)) + (m2 << BigInt(e2 - e)), e)
}

function floatMul (x: FloatVal, y: FloatVal): FloatVal {
  if (!x.big && !y.big) return makeRat(x.num * y.num, x.den * y.den)
  const [m1, e1] = toBigForm(x)
  const [m2, e2] = toBigForm(y)
  return makeBigFloat(m1 * m2, e1 + e2)
}

function floatQuo (x: FloatVal, y: FloatVal): FloatVal {
  if (y.num === 0n) throw new ConstantError('division by zero')
  if (!x.big && !y.big) return makeRat(x.num * y.den, x.den * y.num)
  const [m1, e1] = toBigForm(x)
  const [m2, e2] = toBigForm(y)
  if (m1 === 0n) return makeRat(0n, 1n)
  const neg = (m1 < 0n) !== (m2 < 0n)
  const a = m1 < 0n ? -m1 : m1
  const b = m2 < 0n ? -m2 : m2
  const sh = Math.max(0, FLOAT_PREC + 2 + bitLen(b) - bitLen(a))
  const n = a << BigInt(sh)
  let q = n / b
  q = (q << 1n) | (n % b !== 0n ? 1n : 0n)
  return makeBigFloat(neg ? -q : q, e1 - e2 - sh - 1)
}

/** Sign of a - b for Float values, exactly. */
function floatCmp (x: FloatVal, y: FloatVal): number {
  if (!x.big && !y.big) {
    const l = x.num * y.den
    const r = y.num * x.den
    return l < r ? -1 : l > r ? 1 : 0
  }
  const d = floatAdd(x, y, true)
  return d.num < 0n ? -1 : d.num > 0n ? 1 : 0
}

function floatNeg (x: FloatVal): FloatVal {
  if (x.num === 0n) return x
  return { kind: 'Float', num: -x.num, den: x.den, exp: x.exp, big: x.big }
}

// ---------------------------------------------------------------------------------------------
// Complex arithmetic

type Real = IntVal | FloatVal

function realOp (op: '+' | '-' | '*' | '/', a: Real, b: Real): Real {
  if (a.kind === 'Int' && b.kind === 'Int' && op !== '/') {
    return makeInt(op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value)
  }
  const x = asFloat(a)
  const y = asFloat(b)
  switch (op) {
    case '+':
      return floatAdd(x, y, false)
    case '-':
      return floatAdd(x, y, true)
    case '*':
      return floatMul(x, y)
    case '/':
      return floatQuo(x, y)
  }
}

function complexOp (op: ConstBinaryOp, x: ComplexVal, y: ComplexVal): Value {
  const { re: a, im: b } = x
  const { re: c, im: d } = y
  switch (op) {
    case '+':
      return makeComplex(realOp('+', a, c), realOp('+', b, d))
    case '-':
      return makeComplex(realOp('-', a, c), realOp('-', b, d))
    case '*':
      return makeComplex(realOp('-', realOp('*', a, c), realOp('*', b, d)), realOp('+', realOp('*', a, d), realOp('*', b, c)))
    case '/': {
      const s = realOp('+', realOp('*', c, c), realOp('*', d, d))
      if (realSign(s) === 0) throw new ConstantError('division by zero')
      const re = realOp('+', realOp('*', a, c), realOp('*', b, d))
      const im = realOp('-', realOp('*', b, c), realOp('*', a, d))
      return makeComplex(realOp('/', re, s), realOp('/', im, s))
    }
  }
  throw new ConstantError(`invalid binary operation on complex values: ${op}`)
}

function realSign (x: Real): number {
  const v = x.kind === 'Int' ? x.value : x.num
  return v < 0n ? -1 : v > 0n ? 1 : 0
}

// ---------------------------------------------------------------------------------------------
// Public operations

/** The result of `op y`. For `^` on an unsigned type of size `prec` bits, pass prec (else 0). */
export function unaryOp (op: ConstUnaryOp, y: Value, prec = 0): Value {
  if (y.kind === 'Unknown') return y
  switch (op) {
    case '+':
      if (y.kind === 'Int' || y.kind === 'Float' || y.kind === 'Complex') return y
      break
    case '-':
      if (y.kind === 'Int') return makeInt(-y.value)
      if (y.kind === 'Float') return floatNeg(y)
      if (y.kind === 'Complex') return makeComplex(unaryOp('-', y.re), unaryOp('-', y.im))
      break
    case '^':
      if (y.kind === 'Int') {
        let z = ~y.value
        if (prec > 0) z &= (1n << BigInt(prec)) - 1n
        return makeInt(z)
      }
      break
    case '!':
      if (y.kind === 'Bool') return makeBool(!y.value)
      break
  }
  throw new ConstantError(`invalid unary operation ${op}${y.kind}`)
}

/** The result of `x op y`; Unknown if either is Unknown. Operands are matched as go/constant does. */
export function binaryOp (x: Value, op: ConstBinaryOp, y: Value): Value {
  if (x.kind === 'Unknown') return x
  if (y.kind === 'Unknown') return y
  if (x.kind === 'Bool' && y.kind === 'Bool') {
    if (op === '&&') return makeBool(x.value && y.value)
    if (op === '||') return makeBool(x.value || y.value)
  } else if (x.kind === 'String' && y.kind === 'String') {
    if (op === '+') return makeStringBytes(x.bytes + y.bytes)
  } else if (ord(x) > 0 && ord(y) > 0) {
    const r = Math.max(ord(x), ord(y))
    const a = promote(x as Num, r)
    const b = promote(y as Num, r)
    if (a.kind === 'Int' && b.kind === 'Int') return intOp(a.value, op, b.value)
    if (a.kind === 'Float' && b.kind === 'Float') {
      switch (op) {
        case '+':
          return floatAdd(a, b, false)
        case '-':
          return floatAdd(a, b, true)
        case '*':
          return floatMul(a, b)
        case '/':
          // as go/constant: the 512-bit form divides by zero to ±Inf, which is Unknown
          if (b.num === 0n && (a.big || b.big)) return makeUnknown()
          return floatQuo(a, b)
      }
    }
    if (a.kind === 'Complex' && b.kind === 'Complex') return complexOp(op, a, b)
  }
  throw new ConstantError(`invalid binary operation ${x.kind} ${op} ${y.kind}`)
}

function intOp (a: bigint, op: ConstBinaryOp, b: bigint): Value {
  switch (op) {
    case '+':
      return makeInt(a + b)
    case '-':
      return makeInt(a - b)
    case '*':
      return makeInt(a * b)
    case '/':
      if (b === 0n) throw new ConstantError('division by zero')
      return makeRat(a, b)
    case 'div':
      if (b === 0n) throw new ConstantError('division by zero')
      return makeInt(a / b)
    case '%':
      if (b === 0n) throw new ConstantError('division by zero')
      return makeInt(a % b)
    case '&':
      return makeInt(a & b)
    case '|':
      return makeInt(a | b)
    case '^':
      return makeInt(a ^ b)
    case '&^':
      return makeInt(a & ~b)
  }
  throw new ConstantError(`invalid binary operation Int ${op} Int`)
}

/**
 * Left shifts beyond this many bits are refused (the checker rejects counts above 1074 long before:
 * this only keeps a hostile program from allocating a giant integer).
 */
export const MAX_SHIFT = 1 << 20

/** `x << s` or `x >> s` for an Int x (arithmetic shift, as big.Int). */
export function shift (x: Value, op: '<<' | '>>', s: number): Value {
  if (x.kind === 'Unknown') return x
  if (x.kind !== 'Int' || s < 0 || !Number.isInteger(s)) throw new ConstantError(`invalid shift ${x.kind} ${op} ${s}`)
  if (s === 0) return x
  if (op === '<<' && s > MAX_SHIFT) throw new ConstantError(`shift count ${s} too large`)
  return makeInt(op === '<<' ? x.value << BigInt(s) : x.value >> BigInt(s))
}

/** `x op y` for comparable constants; false if either is Unknown. */
export function compare (x: Value, op: CompareOp, y: Value): boolean {
  if (x.kind === 'Unknown' || y.kind === 'Unknown') return false
  let c: number
  if (x.kind === 'Bool' && y.kind === 'Bool') {
    if (op === '==') return x.value === y.value
    if (op === '!=') return x.value !== y.value
    throw new ConstantError(`invalid comparison Bool ${op} Bool`)
  } else if (x.kind === 'String' && y.kind === 'String') {
    c = x.bytes < y.bytes ? -1 : x.bytes > y.bytes ? 1 : 0
  } else if (ord(x) > 0 && ord(y) > 0) {
    const r = Math.max(ord(x), ord(y))
    const a = promote(x as Num, r)
    const b = promote(y as Num, r)
    if (a.kind === 'Int' && b.kind === 'Int') c = a.value < b.value ? -1 : a.value > b.value ? 1 : 0
    else if (a.kind === 'Float' && b.kind === 'Float') c = floatCmp(a, b)
    else {
      const ca = a as ComplexVal
      const cb = b as ComplexVal
      const eq = compare(ca.re, '==', cb.re) && compare(ca.im, '==', cb.im)
      if (op === '==') return eq
      if (op === '!=') return !eq
      throw new ConstantError(`invalid comparison Complex ${op} Complex`)
    }
  } else {
    throw new ConstantError(`invalid comparison ${x.kind} ${op} ${y.kind}`)
  }
  switch (op) {
    case '==':
      return c === 0
    case '!=':
      return c !== 0
    case '<':
      return c < 0
    case '<=':
      return c <= 0
    case '>':
      return c > 0
    case '>=':
      return c >= 0
  }
}

// ---------------------------------------------------------------------------------------------
// Conversions

/**
 * ToInt: an Int for an Int, for a Float with an integral value (or one within rounding error of an
 * integer, in the 512-bit form), or for a Complex with such a real part and zero imaginary part;
 * otherwise Unknown.
 */
export function toInt (x: Value): Value {
  switch (x.kind) {
    case 'Int':
      return x
    case 'Float': {
      if (!x.big) return x.den === 1n ? makeInt(x.num) : makeUnknown()
      const mantExp = bitLen(x.num) + x.exp
      if (mantExp <= -4096 || mantExp >= 4096) return makeUnknown()
      if (x.exp >= 0) return makeInt(x.num << BigInt(x.exp))
      // try a slightly less precise value, rounded toward zero, then away from zero
      const neg = x.num < 0n
      const a = neg ? -x.num : x.num
      const s = bitLen(a) - (FLOAT_PREC - 4)
      if (s > 0) {
        const down = a >> BigInt(s)
        const exact = down << BigInt(s) === a
        for (const m of [down, exact ? down : down + 1n]) {
          const r = makeBigFloat(neg ? -m : m, x.exp + s)
          if (r.exp >= 0) return makeInt(r.num << BigInt(r.exp))
        }
      }
      return makeUnknown()
    }
    case 'Complex':
      if (realSign(x.im) === 0) return toInt(x.re)
      return makeUnknown()
  }
  return makeUnknown()
}

/** ToFloat: a Float for an Int or Float (or a Complex with zero imaginary part); otherwise Unknown. */
export function toFloat (x: Value): Value {
  switch (x.kind) {
    case 'Int':
      return intToFloat(x)
    case 'Float':
      return x
    case 'Complex':
      if (realSign(x.im) === 0) return toFloat(x.re)
  }
  return makeUnknown()
}

/** ToComplex: a Complex for any numeric value; otherwise Unknown. */
export function toComplex (x: Value): Value {
  switch (x.kind) {
    case 'Int':
    case 'Float':
      return makeComplex(x, makeInt(0n))
    case 'Complex':
      return x
  }
  return makeUnknown()
}

/** -1, 0 or 1 (Complex: 0 if zero, else 1; Unknown: 1, as go/constant). */
export function sign (x: Value): number {
  switch (x.kind) {
    case 'Int':
      return x.value < 0n ? -1 : x.value > 0n ? 1 : 0
    case 'Float':
      return x.num < 0n ? -1 : x.num > 0n ? 1 : 0
    case 'Complex':
      return realSign(x.re) | realSign(x.im) ? 1 : 0
    case 'Unknown':
      return 1
  }
  throw new ConstantError(`${x.kind} not numeric`)
}

/** Number of bits of |x| for an Int. */
export function bitLenOf (x: Value): number {
  if (x.kind === 'Int') return bitLen(x.value)
  if (x.kind === 'Unknown') return 0
  throw new ConstantError(`${x.kind} not an Int`)
}

export function real (x: Value): Value {
  if (x.kind === 'Int' || x.kind === 'Float' || x.kind === 'Unknown') return x
  if (x.kind === 'Complex') return x.re
  throw new ConstantError(`${x.kind} not numeric`)
}

export function imag (x: Value): Value {
  if (x.kind === 'Int' || x.kind === 'Float') return makeInt(0n)
  if (x.kind === 'Unknown') return x
  if (x.kind === 'Complex') return x.im
  throw new ConstantError(`${x.kind} not numeric`)
}

/** Numerator and denominator of an Int or fractional Float (Unknown for the 512-bit form with a huge exponent). */
export function num (x: Value): Value {
  if (x.kind === 'Int') return x
  if (x.kind === 'Float') {
    if (!x.big) return makeInt(x.num)
    if (x.exp >= 0 && x.exp < 4096) return makeInt(x.num << BigInt(x.exp))
    if (x.exp < 0 && x.exp > -4096) return makeInt(x.num)
  }
  return makeUnknown()
}

export function denom (x: Value): Value {
  if (x.kind === 'Int') return makeInt(1n)
  if (x.kind === 'Float') {
    if (!x.big) return makeInt(x.den)
    if (x.exp >= 0 && x.exp < 4096) return makeInt(1n)
    if (x.exp < 0 && x.exp > -4096) return makeInt(1n << BigInt(-x.exp))
  }
  return makeUnknown()
}
