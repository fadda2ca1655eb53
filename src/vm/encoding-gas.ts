/**
 * Gas for what the VM encodes for a caller: a call's results, an eval's value (Go syntax) and a
 * Render's Markdown (protocols/gas.md). Formatting a value takes time in proportion to its size,
 * so the size is charged before the value is formatted: a walk that charges each part as it
 * meets it (a huge value runs out of gas in the walk, long before formatting would finish), and
 * after formatting, whatever the output came to beyond that estimate.
 */
import { Slice, GoMap, Iface, RESULT_GAS_PER_BYTE, RENDER_GAS_PER_BYTE, type RType } from '../lang/index.ts'

type Charge = (gas: number) => void

/** bytes charged for a scalar (a number, a bool, a nested pointer's address) */
const SCALAR_BYTES = 8

/**
 * Charges the bytes `v` of type `t` will take as Go syntax, walking it as `%#v` prints it (a
 * pointer inside a value prints as an address, so only the outermost one is followed); returns
 * the bytes charged.
 */
export function chargeValue (v: any, t: RType, charge: Charge, top = true): number {
  let n: number
  switch (t.kind) {
    case 'string': n = (v as string).length + 2; charge(n * RESULT_GAS_PER_BYTE); return n
    case 'slice': {
      const s = v as Slice
      if (s.a === null) return sized(SCALAR_BYTES, charge)
      if (s.a instanceof Uint8Array) return sized(s.len * 4 + 16, charge)
      n = sized(16, charge)
      for (let i = 0; i < s.len; i++) n += chargeValue(s.a[s.off + i], t.elem!, charge, false)
      return n
    }
    case 'array': {
      const a = v as any[]
      if (a instanceof Uint8Array) return sized(a.length * 4 + 16, charge)
      n = sized(16, charge)
      for (let i = 0; i < a.length; i++) n += chargeValue(a[i], t.elem!, charge, false)
      return n
    }
    case 'struct': {
      n = sized(16, charge)
      for (const f of t.fields) n += chargeValue(v[f.js], f.type, charge, false) + f.name.length
      return n
    }
    case 'map': {
      if (v === null) return sized(SCALAR_BYTES, charge)
      const m = v as GoMap
      n = sized(16, charge)
      for (const [h, x] of m.m) {
        n += chargeValue(m.keys !== null ? m.keys.get(h) : h, t.key!, charge, false)
        n += chargeValue(x, t.elem!, charge, false)
      }
      return n
    }
    case 'interface':
      if (v === null) return sized(SCALAR_BYTES, charge)
      return chargeValue((v as Iface).v, (v as Iface).t, charge, top) + (v as Iface).t.str.length
    case 'ptr':
      if (top && v !== null && (t.elem!.kind === 'struct' || t.elem!.kind === 'array')) return 1 + chargeValue(v, t.elem!, charge, false)
      return sized(SCALAR_BYTES + t.str.length, charge)
    default: return sized(SCALAR_BYTES, charge)
  }
}

function sized (bytes: number, charge: Charge): number {
  charge(bytes * RESULT_GAS_PER_BYTE)
  return bytes
}

/** after formatting: charges the output's bytes beyond what `chargeValue` charged */
export function chargeRest (text: string, charged: number, charge: Charge): void {
  if (text.length > charged) charge((text.length - charged) * RESULT_GAS_PER_BYTE)
}

/** charges the bytes of a Render's Markdown (a Go byte string) */
export function chargeRender (markdown: string, charge: Charge): void {
  charge(markdown.length * RENDER_GAS_PER_BYTE)
}
