import { strict as assert } from 'node:assert'
import * as C from '../../../src/lang/constant/index.ts'
import type { LitKind } from '../../../src/lang/syntax/ast.ts'

// Expected values below were printed by real Go 1.19's go/constant (see the test names).

function kindOf (s: string): LitKind {
  if (s[0] === "'") return 'CHAR'
  if (s[0] === '"' || s[0] === '`') return 'STRING'
  if (s[s.length - 1] === 'i') return 'IMAG'
  const hex = s.length > 1 && (s[1] === 'x' || s[1] === 'X')
  for (const c of s) if (c === '.' || c === 'p' || c === 'P' || (!hex && (c === 'e' || c === 'E'))) return 'FLOAT'
  return 'INT'
}
const lit = (s: string): C.Value => C.makeFromLiteral(s, kindOf(s))

function f64bits (x: number): string {
  const dv = new DataView(new ArrayBuffer(8))
  dv.setFloat64(0, x)
  return dv.getBigUint64(0).toString(16).padStart(16, '0')
}
function f32bits (x: number): string {
  const dv = new DataView(new ArrayBuffer(4))
  dv.setFloat32(0, x)
  return dv.getUint32(0).toString(16).padStart(8, '0')
}

const FLOAT64: [string, string, boolean][] = [
  ['0.1', '3fb999999999999a', false],
  ['1e-320', '00000000000007e8', false],
  ['4.9e-324', '0000000000000001', false],
  ['2.4703282292062327e-324', '0000000000000000', false],
  ['2.4703282292062328e-324', '0000000000000001', false],
  ['1.7976931348623157e308', '7fefffffffffffff', false],
  ['1.7976931348623158e308', '7fefffffffffffff', false],
  ['1.7976931348623159e308', '7ff0000000000000', false],
  ['0x1.fffffffffffff8p1023', '7ff0000000000000', false],
  ['0x1.fffffffffffff7p1023', '7fefffffffffffff', false],
  ['2.2250738585072011e-308', '000fffffffffffff', false],
  ['2.2250738585072012e-308', '0010000000000000', false],
  ['9007199254740993', '4340000000000000', false],
  ['9007199254740995', '4340000000000002', false],
  ['1e23', '44b52d02c7e14af6', false],
  ['123456789012345678901234567890', '45f8ee90ff6c373e', false],
  ['0x1p-1074', '0000000000000001', true],
  ['0x1p-1075', '0000000000000000', false],
  ['0x1.8p-1075', '0000000000000001', false],
  ['1e1000', '7ff0000000000000', false],
  ['1e-1000', '0000000000000000', false],
  ['-0.3', 'bfd3333333333333', false],
  ['6.02214076e23', '44dfe185ca57c517', false],
  ['0x_1_0p-2', '4010000000000000', true],
  ['1_000.000_1', '408f4000346dc5d6', false],
]

const FLOAT32: [string, string, boolean][] = [
  ['0.1', '3dcccccd', false],
  ['1e-45', '00000001', false],
  ['1.401298464324817e-45', '00000001', false],
  ['7.006492321624085e-46', '00000000', false],
  ['7.006492321624086e-46', '00000001', false],
  ['3.4028234663852886e38', '7f7fffff', false],
  ['3.4028235e38', '7f7fffff', false],
  ['3.4028235677973366e38', '7f7fffff', false],
  ['3.4028236e38', '7f800000', false],
  ['16777217', '4b800000', false],
  ['16777219', '4b800002', false],
  ['1.17549435e-38', '00800000', false],
  ['1e-40', '000116c2', false],
  ['0x1.fffffep127', '7f7fffff', true],
  ['0x1.ffffffp127', '7f800000', false],
]

const STRINGS: [string, string, string, string][] = [
  ['1e1000', 'Float', '1e+1000', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['-1e1000', 'Float', '-1e+1000', '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['1e-1000', 'Float', '1e-1000', '1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['1.5', 'Float', '1.5', '3/2'],
  ['0.1', 'Float', '0.1', '1/10'],
  ['1e100000', 'Float', '1e+100000', '0x.e054e092d5b1ee728370b891e6f4fc66f51ee7b1aa7d1c2901d22f4f7566e8b4b0fdefc5de2930b1b25a5662cb7644ec688750f996792b6818e7ba4ed5f2307ap+332193'],
  ['123456789.0', 'Float', '1.23457e+08', '123456789'],
  ['1.0000001', 'Float', '1', '10000001/10000000'],
  ['3e-5', 'Float', '3e-05', '3/100000'],
  ['1234565', 'Int', '1234565', '1234565'],
  ['1234575', 'Int', '1234575', '1234575'],
  ['1e6', 'Float', '1e+06', '1000000'],
  ['100000.0', 'Float', '100000', '100000'],
  ['0.0001', 'Float', '0.0001', '1/10000'],
  ['0.00001', 'Float', '1e-05', '1/100000'],
  ['12345678901234567890', 'Int', '12345678901234567890', '12345678901234567890'],
  ['0x1p-1074', 'Float', '4.94066e-324', '1/202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784'],
  ['1e308', 'Float', '1e+308', '100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['2e308', 'Float', '2e+308', '200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['1e-310', 'Float', '1e-310', '1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ["'a'", 'Int', '97', '97'],
  ["'\\xff'", 'Int', '255', '255'],
  ["'\\377'", 'Int', '255', '255'],
  ["'\\U0010FFFF'", 'Int', '1114111', '1114111'],
  ['"\\u00ad\\u200b\\U0001F600\\x7f\\x80"', 'String', '"\\u00ad\\u200b😀\\x7f\\x80"', '"\\u00ad\\u200b😀\\x7f\\x80"'],
  ['`a\\b`', 'String', '"a\\\\b"', '"a\\\\b"'],
  ['0b1010', 'Int', '10', '10'],
  ['0o17', 'Int', '15', '15'],
  ['017', 'Int', '15', '15'],
  ['0x_FF', 'Int', '255', '255'],
  ['1_000', 'Int', '1000', '1000'],
  ['2i', 'Complex', '(0 + 2i)', '(0 + 2i)'],
  ['1.5e3i', 'Complex', '(0 + 1500i)', '(0 + 1500i)'],
  ['0x10i', 'Complex', '(0 + 16i)', '(0 + 16i)'],
  ['0b11i', 'Complex', '(0 + 3i)', '(0 + 3i)'],
  ['017i', 'Complex', '(0 + 17i)', '(0 + 17i)'],
  ['"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', 'String', '"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', '"\\a\\b\\f\\n\\r\\t\\v\\\\\\""'],
  ['"日本語"', 'String', '"日本語"', '"日本語"'],
  ['0x1.fp+2', 'Float', '7.75', '31/4'],
  ['0X.8P1', 'Float', '1', '1'],
  ['1E2', 'Float', '100', '100'],
  ['.5', 'Float', '0.5', '1/2'],
  ['5.', 'Float', '5', '5'],
  ['1e+5', 'Float', '100000', '100000'],
  ['0.000001234567', 'Float', '1.23457e-06', '1234567/1000000000000'],
  ['999999.5', 'Float', '1e+06', '1999999/2'],
  ['9999995', 'Int', '9999995', '9999995'],
  ['0.1e-4', 'Float', '1e-05', '1/100000'],
]

const OPS: [string, string, string, string, string][] = [
  ['7', '/', '2', '3.5', '7/2'],
  ['7', '/=', '2', '3', '3'],
  ['-7', '/=', '2', '-3', '-3'],
  ['-7', '%', '2', '-1', '-1'],
  ['7', '%', '-2', '1', '1'],
  ['1.5', '+', '1', '2.5', '5/2'],
  ['1', '/', '3', '0.333333', '1/3'],
  ['0.1', '+', '0.2', '0.3', '3/10'],
  ['1e1000', '*', '1e1000', '1e+2000', '0x.e7b64e4de2fc42514a729f6e4aafabe8f7d3c138c0b557e9ab8dce4bbb1a58f842197134983b0'],
  ['1e1000', '/', '3', '3.33333e+999', '10000000000000000000000000000000000000000000000000000000000000000000000000000000'],
  ['1', '-', '1e-1000', '1', '99999999999999999999999999999999999999999999999999999999999999999999999999999999'],
  ['1e2000', '*', '1e2000', '1e+4000', '0x.d1ba8323fe558c610d5c82a286614f3ec25558230c550f78093088d8cc8f6622ef18680225980'],
  ['1e2000', '*', '1e-2000', '1', '0x.8p+1'],
  ['6', '&^', '3', '4', '4'],
  ['-6', '&', '255', '250', '250'],
  ['-6', '^', '3', '-7', '-7'],
  ['-6', '|', '3', '-5', '-5'],
  ['1i', '*', '1i', '(-1 + 0i)', '(-1 + 0i)'],
  ['1', '/', '2i', '(0 + -0.5i)', '(0 + -1/2i)'],
  ['3.5', '-', '1i', '(3.5 + -1i)', '(7/2 + -1i)'],
  ['1e5000', '-', '1e5000', '0', '0'],
  ['1e5000', '+', '1', '1e+5000', '0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac5'],
  ['1e5000', '/', '7', '1.42857e+4999', '0x.e4094929341728ecabbff660f7638999947066928eef2d2cb88407254e1431dddb7ffe7ed5573'],
  ['"ab"', '+', '"cd"', '"abcd"', '"abcd"'],
  ['12345678901234567890', '*', '98765432109876543210', '1219326311370217952237463801111263526900', '1219326311370217952237463801111263526900'],
]

describe('lang/constant', () => {
  it('rounds to float64 exactly as Go (ties to even, subnormals, overflow)', () => {
    for (const [s, bits, exact] of FLOAT64) {
      const [f, ex] = C.float64Val(C.toFloat(lit(s)))
      assert.equal(f64bits(f), bits, s)
      assert.equal(ex, exact, s + ' exact')
    }
  })
  it('rounds to float32 exactly as Go', () => {
    for (const [s, bits, exact] of FLOAT32) {
      const [f, ex] = C.float32Val(C.toFloat(lit(s)))
      assert.equal(f32bits(f), bits, s)
      assert.equal(ex, exact, s + ' exact')
    }
  })
  it('makes constants from every literal form and prints them as go/constant', () => {
    for (const [s, kind, str, exact] of STRINGS) {
      const v = lit(s)
      assert.equal(v.kind, kind, s)
      assert.equal(C.toString(v), str, s)
      assert.equal(C.exactString(v), exact, s)
    }
  })
  it('computes binary operations as go/constant', () => {
    for (const [x, op, y, str, exact] of OPS) {
      const o = (op === '/=' ? 'div' : op) as C.ConstBinaryOp
      const v = C.binaryOp(lit(x), o, lit(y))
      assert.equal(C.toString(v), str, `${x} ${op} ${y}`)
      assert.equal(C.exactString(v).slice(0, 80), exact, `${x} ${op} ${y} exact`)
    }
  })
  it('computes unary operations, shifts and comparisons', () => {
    assert.equal(C.toString(C.unaryOp('^', lit('5'))), '-6')
    assert.equal(C.toString(C.unaryOp('^', lit('5'), 8)), '250')
    assert.equal(C.toString(C.unaryOp('^', lit('0'), 64)), '18446744073709551615')
    assert.equal(C.toString(C.unaryOp('-', lit('1e5000'))), '-1e+5000')
    assert.equal(C.toString(C.shift(lit('1'), '<<', 100)), '1267650600228229401496703205376')
    assert.equal(C.toString(C.shift(lit('-7'), '>>', 1)), '-4')
    assert.equal(C.toString(C.shift(lit('-1'), '>>', 100)), '-1')
    assert.equal(C.compare(lit('0.1'), '<', lit('0.10000000000000001')), true)
    assert.equal(C.compare(lit('1e5000'), '>', lit('1e4999')), true)
    assert.equal(C.compare(lit('"ab"'), '<', lit('"b"')), true)
    assert.equal(C.compare(lit('1'), '==', lit('1.0')), true)
    assert.equal(C.compare(lit('1i'), '==', lit('1i')), true)
    assert.equal(C.compare(lit('1.5'), '>=', lit('2')), false)
  })
  it('converts to Int like go/constant.ToInt, incl. near-integers in the 512-bit form', () => {
    assert.equal(C.toString(C.toInt(lit('1.0'))), '1')
    assert.equal(C.toString(C.toInt(lit('1.5'))), 'unknown')
    assert.equal(C.toString(C.toInt(lit('1e100'))), '1' + '0'.repeat(100))
    assert.equal(C.toString(C.toInt(lit('1e5000'))), 'unknown')
    assert.equal(C.toString(C.toInt(lit('0x1p-3'))), 'unknown')
    const v = C.binaryOp(C.binaryOp(lit('1e5000'), '/', lit('3')), '*', lit('3e-4990'))
    assert.equal(C.toString(C.toInt(v)), '10000000000')
  })
  it('checks representability in basic types and rounds floats', () => {
    assert.equal(C.representable(lit('255'), 'uint8').ok, true)
    assert.equal(C.representable(lit('256'), 'uint8').ok, false)
    assert.equal(C.representable(lit('-1'), 'uint').ok, false)
    assert.equal(C.representable(lit('-128'), 'int8').ok, true)
    assert.equal(C.representable(lit('-129'), 'int8').ok, false)
    assert.equal(C.representable(lit('18446744073709551615'), 'uint64').ok, true)
    assert.equal(C.representable(lit('18446744073709551616'), 'uint64').ok, false)
    assert.equal(C.representable(lit('9223372036854775808'), 'int').ok, false)
    assert.equal(C.representable(lit('1.5'), 'int').ok, false)
    assert.equal(C.representable(lit('2.0'), 'int').ok, true)
    assert.equal(C.representable(lit('1e1000'), 'float64').ok, false)
    assert.equal(C.representable(lit('1e1000'), 'untyped float').ok, true)
    assert.equal(C.representable(lit('1e39'), 'float32').ok, false)
    const r = C.representable(lit('0.1'), 'float32')
    assert.ok(r.ok)
    assert.equal(C.exactString(r.value), '13421773/134217728')
    assert.equal(C.representable(lit('"s"'), 'string').ok, true)
    assert.equal(C.representable(lit('"s"'), 'int').ok, false)
    assert.equal(C.representable(lit('1i'), 'float64').ok, false)
    assert.equal(C.representable(lit('1'), 'complex128').ok, true)
    assert.equal(C.representable(C.makeUnknown(), 'int8').ok, true)
  })
  it('formats float64 values as fmt %v and %.6g', () => {
    assert.equal(C.formatFloat64G(1e21, -1), '1e+21')
    assert.equal(C.formatFloat64G(123456789, -1), '1.23456789e+08')
    assert.equal(C.formatFloat64G(0.1, -1), '0.1')
    assert.equal(C.formatFloat64G(100000, -1), '100000')
    assert.equal(C.formatFloat64G(1e-5, -1), '1e-05')
    assert.equal(C.formatFloat64G(-0, -1), '-0')
    assert.equal(C.formatFloat64G(3.14159265, 6), '3.14159')
  })

  it('matches go/constant quirks found by differential fuzzing (values printed by Go 1.19)', () => {
    // tiny values out of float64 range print with go/constant's approximation
    assert.equal(C.toString(lit('9e-4108')), '0.9e-4107')
    assert.equal(C.toString(C.unaryOp('-', lit('8e-5790'))), '-0.8e-5789')
    assert.equal(C.toString(lit('065e-5693')), '0.65e-5691')
    assert.equal(C.toString(C.binaryOp(lit('209'), '/', lit('02708731476e326'))), '0.771579e-333')
    assert.equal(C.toString(C.binaryOp(lit('02981575e303i'), '+', lit('310999287e311'))), '(3.10999e+319 + 2.98157e+309i)')
    // imaginary parts are Floats even for integer mantissas
    const im = lit('0x04510f24d85cc31ei')
    assert.equal(C.toString(im), '(0 + 3.11047e+17i)')
    assert.equal(C.imag(im).kind, 'Float')
    // big.Rat's float conversion reports an underflow without remainder as exact
    const sq = C.binaryOp(lit('0xe9.ep-673'), '*', lit('0xe9.ep-673'))
    assert.deepEqual(C.float64Val(sq), [0, true])
    assert.deepEqual(C.float32Val(lit('0xd54c.p-714')), [0, true])
    assert.deepEqual(C.float32Val(lit('0x3b.85p-1050')), [0, true])
    // the 512-bit float form divides by zero to Unknown
    assert.equal(C.binaryOp(lit('8e6023'), '/', lit('0e-324')).kind, 'Unknown')
  })

  it('unquotes strings to Go bytes: raw strings drop carriage returns, escapes make bytes or UTF-8', () => {
    assert.equal(C.stringVal(C.makeFromLiteral('`a\r\nb`', 'STRING')), 'a\nb')
    assert.deepEqual([...C.stringBytes(C.makeFromLiteral('"\\xff\\u00e9\\377é"', 'STRING'))], [0xff, 0xc3, 0xa9, 0xff, 0xc3, 0xa9])
    assert.equal(C.makeFromLiteral('"bad\\q"', 'STRING').kind, 'Unknown')
    assert.equal(C.toString(C.makeFromLiteral("'\\''", 'CHAR')), '39')
  })
})
