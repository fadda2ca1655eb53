/**
 * Calls of the builtin functions (len, append, make, panic, print, min, …).
 */
import type * as ast from '../syntax/ast.ts'
import * as T from '../types/types.ts'
import { rep, under, isAgg, defaultType } from './typeinfo.ts'
import type { Ctx } from './context.ts'
import { valueFor, expr, index, mapKey } from './expressions.ts'
import { typeOf } from './generics.ts'
import { rtype } from './rtypes.ts'
import { cloneExpr, zero, zeroFn, needsKeyOf, sizeOf } from './values.ts'

export function builtin (cx: Ctx, e: ast.CallExpr, fun: ast.Expr): string {
  const name = (fun.kind === 'Ident' ? fun.name : (fun as ast.SelectorExpr).sel.name)
  const a = e.args
  const arg = (i: number): string => expr(cx, a[i])
  switch (name) {
    case 'len': case 'cap': {
      const t = typeOf(cx, a[0])
      const u = under(t)
      const x = arg(0)
      if (u.kind === 'basic') return `${x}.length`
      if (u.kind === 'slice') return name === 'len' ? `${x}.len` : `${x}.cap`
      if (u.kind === 'array') return String(u.len)
      if (u.kind === 'pointer') return String((under(u.elem) as T.ArrayType).len)
      if (u.kind === 'map') return `mlen(${x})`
      return '0'
    }
    case 'append': {
      const st = typeOf(cx, e)
      const et = (under(st) as T.Slice).elem
      const bytes = String(rep(et) === 'u8' || rep(et) === 'bool')
      const esz = sizeOf(et)
      const s = arg(0)
      if (e.ellipsis !== 0) {
        const yt = typeOf(cx, a[1])
        if (rep(yt) === 'string') return `appendStr(${s}, ${arg(1)})`
        if (isAgg(et)) return `appendSlice(${s}, ${arg(1)}, ${bytes}, ${esz}, (e) => ${cloneExpr(cx, et, 'e')})`
        return `appendSlice(${s}, ${arg(1)}, ${bytes}, ${esz})`
      }
      if (a.length === 1) return s
      if (a.length === 2) return `append1(${s}, ${valueFor(cx, a[1], et)}, ${bytes}, ${esz})`
      const vals = a.slice(1).map(x => valueFor(cx, x, et))
      return `appendN(${s}, [${vals.join(', ')}], 0, ${vals.length}, ${bytes}, ${esz})`
    }
    case 'copy': {
      if (rep(typeOf(cx, a[1])) === 'string') return `copyStr(${arg(0)}, ${arg(1)})`
      const cet = (under(typeOf(cx, a[0])) as T.Slice).elem
      if (isAgg(cet)) return `copy(${arg(0)}, ${arg(1)}, (e) => ${cloneExpr(cx, cet, 'e')})`
      return `copy(${arg(0)}, ${arg(1)})`
    }
    case 'delete': return `mdel(${arg(0)}, ${mapKey(cx, a[1], under(typeOf(cx, a[0])) as T.MapType)})`
    case 'clear': {
      const u = under(typeOf(cx, a[0]))
      if (u.kind === 'map') return `mclear(${arg(0)})`
      const et = (u as T.Slice).elem
      return `((s) => { for (let i = 0; i < s.len; i++) s.a[s.off + i] = ${zero(cx, et)}; })(${arg(0)})`
    }
    case 'make': {
      const t = typeOf(cx, a[0])
      const u = under(t)
      if (u.kind === 'slice') {
        const et = u.elem
        const bytes = rep(et) === 'u8' || rep(et) === 'bool'
        const len = index(cx, a[1])
        const cap = a.length > 2 ? index(cx, a[2]) : 'undefined'
        return `makeSlice(${len}, ${cap}, ${String(bytes)}, ${isAgg(et) ? 'null' : zero(cx, et)}, ${isAgg(et) ? zeroFn(cx, et) : 'null'}, ${rep(et) === 'struct' ? 8 : sizeOf(et)})`
      }
      if (u.kind === 'map') {
        const complex = needsKeyOf(u.key)
        return `mkmap(${complex ? rtype(cx, u.key) : 'null'}, ${String(complex)})`
      }
      return 'panicRuntime("channels are not supported in Amigo")'
    }
    case 'new': {
      const t = typeOf(cx, a[0])
      return isAgg(t) ? zero(cx, t) : `new Box(${zero(cx, t)})`
    }
    case 'panic': return `$panic(${valueFor(cx, a[0], T.emptyInterface)})`
    case 'recover': return '$recover($depth)'
    case 'print': case 'println': {
      const parts = a.map(x => `$printArg(${rtype(cx, defaultType(typeOf(cx, x)))}, ${expr(cx, x)})`)
      if (name === 'println') return `$print([${parts.join(', ')}].join(" ") + "\\n")`
      return `$print([${parts.join(', ')}].join(""))`
    }
    case 'min': case 'max': {
      const t = typeOf(cx, e)
      const r = rep(t)
      const vals = a.map(x => valueFor(cx, x, t))
      if (r === 'f64' || r === 'f32') return `$fminmax(${name === 'min'}, ${vals.join(', ')})`
      return `$minmax(${name === 'min'}, ${vals.join(', ')})`
    }
    case 'complex': {
      const t = typeOf(cx, e)
      const ft = rep(t) === 'c64' ? T.Typ.Float32 : T.Typ.Float64
      return `cmk(${valueFor(cx, a[0], ft)}, ${valueFor(cx, a[1], ft)})`
    }
    case 'real': return `${arg(0)}.re`
    case 'imag': return `${arg(0)}.im`
    case 'close': return 'panicRuntime("channels are not supported in Amigo")'
  }
  throw new Error(`compiler: builtin ${name}`)
}
