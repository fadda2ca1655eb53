/**
 * Differential test of lang/constant against Go's go/constant: generates random literals and
 * operations, evaluates them here and in a small Go program (scripts/go/constant-oracle),
 * and prints every case whose kind, String, ExactString, float64/float32 rounding or ToInt differ.
 * Needs Go; not part of the mocha suite.
 *
 *   go build -o /tmp/constant-oracle scripts/go/constant-oracle/main.go
 *   node --import tsx scripts/fuzz-constant.ts /tmp/constant-oracle [COUNT] [SEED]
 */

import { spawnSync } from 'node:child_process'
import * as C from '../src/lang/constant/index.ts'
import type { LitKind } from '../src/lang/syntax/ast.ts'

const bin = process.argv[2]
const count = Number(process.argv[3] ?? 2000)
let seed = Number(process.argv[4] ?? 1)
function rand (n: number): number {
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) % n
}
function digits (n: number, base = 10): string {
  let s = ''
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rand(base)]
  return s
}

function randInt (): string {
  switch (rand(6)) {
    case 0:
      return '0x' + digits(1 + rand(20), 16)
    case 1:
      return '0b' + digits(1 + rand(70), 2)
    case 2:
      return '0o' + digits(1 + rand(25), 8)
    case 3:
      return String(rand(300))
    default: {
      const d = digits(1 + rand(40)).replace(/^0+/, '')
      return d === '' ? '0' : d
    }
  }
}

function randFloat (): string {
  switch (rand(7)) {
    case 0:
      return `0x${digits(1 + rand(14), 16)}.${digits(rand(6), 16)}p${rand(2) ? '-' : ''}${rand(1100)}`
    case 1:
      return `${digits(1 + rand(25))}.${digits(rand(25))}e${rand(2) ? '-' : '+'}${rand(400)}`
    case 2:
      return `${digits(1 + rand(3))}e${rand(2) ? '-' : ''}${4000 + rand(3000)}`
    case 3:
      return `${rand(1000)}.${digits(rand(3))}`
    case 4:
      return `${digits(1 + rand(17))}e${rand(2) ? '-' : ''}${300 + rand(30)}`
    case 5:
      return `.${digits(1 + rand(30))}`
    default:
      return `${digits(1 + rand(30))}.${digits(1 + rand(30))}`
  }
}

function randLit (): [LitKind, string] {
  switch (rand(5)) {
    case 0:
    case 1:
      return ['INT', randInt()]
    case 2:
    case 3:
      return ['FLOAT', randFloat()]
    default:
      return ['IMAG', (rand(2) ? randInt() : randFloat()) + 'i']
  }
}

function hex (bits: bigint, n: number): string {
  return bits.toString(16).padStart(n, '0')
}
function f64bits (x: number): string {
  const dv = new DataView(new ArrayBuffer(8))
  dv.setFloat64(0, x)
  return hex(dv.getBigUint64(0), 16)
}
function f32bits (x: number): string {
  const dv = new DataView(new ArrayBuffer(4))
  dv.setFloat32(0, x)
  return hex(BigInt(dv.getUint32(0)), 8)
}
const trunc = (s: string): string => (s.length > 120 ? s.slice(0, 120) : s)

function describe (v: C.Value): string {
  let s = `${v.kind} ${C.toString(v)} ${trunc(C.exactString(v))}`
  if (v.kind === 'Int' || v.kind === 'Float') {
    const [f, e] = C.float64Val(v)
    const [g, e32] = C.float32Val(v)
    s += ` f64=${f64bits(f)}/${e} f32=${f32bits(g)}/${e32} toInt=${trunc(C.toString(C.toInt(v)))}`
  }
  return s
}

const OPS = ['+', '-', '*', '/', 'div', '%', '&', '|', '^', '&^', '==', '!=', '<', '<=', '>', '>=']
const lines: string[] = []
const ours: string[] = []
for (let i = 0; i < count; i++) {
  const [k1, l1] = randLit()
  let line: string
  let res: string
  const x = C.makeFromLiteral(l1, k1)
  const r = rand(10)
  try {
    if (r === 0) {
      line = `lit\t${k1}\t${l1}`
      res = describe(x)
    } else if (r === 1) {
      line = `neg\t${k1}\t${l1}`
      res = describe(C.unaryOp('-', x))
    } else if (r === 2 && k1 === 'INT') {
      const p = [0, 8, 16, 32, 64][rand(5)]
      line = `not\t${k1}\t${l1}\t${p}`
      res = describe(C.unaryOp('^', x, p))
    } else if (r === 3 && k1 === 'INT') {
      const n = rand(200)
      const op = rand(2) ? 'shl' : 'shr'
      line = `${op}\t${k1}\t${l1}\t${n}`
      res = describe(C.shift(x, op === 'shl' ? '<<' : '>>', n))
    } else {
      const [k2, l2] = rand(3) === 0 ? [k1, l1] : randLit()
      let op = OPS[rand(OPS.length)]
      const ints = k1 === 'INT' && k2 === 'INT'
      if (!ints && ['div', '%', '&', '|', '^', '&^'].includes(op)) op = '*'
      if ((k1 === 'IMAG' || k2 === 'IMAG') && ['<', '<=', '>', '>='].includes(op)) op = '+'
      line = `${op}\t${k1}\t${l1}\t${k2}\t${l2}`
      const y = C.makeFromLiteral(l2, k2)
      if (['==', '!=', '<', '<=', '>', '>='].includes(op)) res = String(C.compare(x, op as C.CompareOp, y))
      else res = describe(C.binaryOp(x, op as C.ConstBinaryOp, y))
    }
  } catch {
    res = 'PANIC'
    line = line! ?? `lit\t${k1}\t${l1}`
  }
  lines.push(line)
  ours.push(res)
}
const r = spawnSync(bin, [], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 })
const theirs = r.stdout.split('\n')
let diffs = 0
for (let i = 0; i < lines.length; i++) {
  if (ours[i] !== theirs[i]) {
    diffs++
    if (diffs <= 20) console.log(`${lines[i]}\n  go:   ${theirs[i]}\n  ours: ${ours[i]}`)
  }
}
console.log(`${lines.length} cases, ${diffs} differ`)
