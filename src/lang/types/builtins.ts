/** Builtin function calls (types2 builtins.go, plus Go 1.21's min, max and clear). */
import type * as ast from '../syntax/ast.ts'
import * as constant from '../constant/index.ts'
import { Checker } from './checker.ts'
import { Operand } from './operand.ts'
import { Var, type BuiltinId } from './objects.ts'
import { BasicKind, ByteType, Pointer, Signature, Slice, Tuple, Typ, underOf, type Type } from './types.ts'
import { allOrdered, coreString, coreType, isNumeric, isString, isTypeParam, isUntyped, defaultType } from './predicates.ts'
import { identical } from './identity.ts'
import { assignment, assignableTo, exprList } from './assign.ts'
import { convertUntyped, use, comparison } from './expr.ts'
import { varType } from './typexpr.ts'
import { checkIndex } from './indexing.ts'
import { emptyInterface } from './types.ts'
import { typeSet } from './typeset.ts'

const invalidOp = 'invalid operation: '
const invalidArg = 'invalid argument: '

const table: Record<BuiltinId, { nargs: number; variadic: boolean }> = {
  append: { nargs: 1, variadic: true },
  cap: { nargs: 1, variadic: false },
  clear: { nargs: 1, variadic: false },
  close: { nargs: 1, variadic: false },
  complex: { nargs: 2, variadic: false },
  copy: { nargs: 2, variadic: false },
  delete: { nargs: 2, variadic: false },
  imag: { nargs: 1, variadic: false },
  len: { nargs: 1, variadic: false },
  make: { nargs: 1, variadic: true },
  max: { nargs: 1, variadic: true },
  min: { nargs: 1, variadic: true },
  new: { nargs: 1, variadic: false },
  panic: { nargs: 1, variadic: false },
  print: { nargs: 0, variadic: true },
  println: { nargs: 0, variadic: true },
  real: { nargs: 1, variadic: false },
  recover: { nargs: 0, variadic: false },
}

function makeSig (res: Type | null, ...args: Type[]): Signature {
  const params = new Tuple(args.map(t => new Var(0, null, '', defaultType(t))))
  const results = new Tuple(res ? [new Var(0, null, '', res)] : [])
  return new Signature(null, params, results, false)
}

function arrayPtrDeref (t: Type): Type {
  if (t.kind === 'pointer') {
    const a = underOf(t.elem)
    if (a.kind === 'array') return a
  }
  return t
}

export function builtin (check: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId): boolean {
  const bin = table[id]
  if (call.ellipsis && id !== 'append') {
    check.errorf(call, 'InvalidDotDotDot', invalidOp + 'invalid use of ... with built-in %s', id)
    use(check, ...call.args)
    return false
  }
  const savedHCR = check.env.hasCallOrRecv
  if (id === 'len' || id === 'cap') check.env.hasCallOrRecv = false
  try {
    return builtinInner(check, x, call, id, bin)
  } finally {
    if (id === 'len' || id === 'cap') check.env.hasCallOrRecv = savedHCR
  }
}

function builtinInner (check: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId, bin: { nargs: number; variadic: boolean }): boolean {
  let xlist: Operand[] = []
  let nargs = call.args.length
  if (id !== 'make' && id !== 'new') {
    xlist = exprList(check, call.args, false, false).xs
    nargs = xlist.length
    if (nargs > 0) {
      x.assign(xlist[0])
      if (x.invalid) return false
    }
  }
  const arg = (o: Operand, i: number) => o.assign(xlist[i])
  let msg = ''
  if (nargs < bin.nargs) msg = 'not enough'
  else if (!bin.variadic && nargs > bin.nargs) msg = 'too many'
  if (msg) {
    check.errorf(call, 'WrongArgCount', invalidOp + '%s arguments for %s (expected %d, found %d)', msg, call, bin.nargs, nargs)
    return false
  }
  switch (id) {
    case 'append': {
      const S = x.type
      const s = coreType(S)
      if (!s || s.kind !== 'slice') {
        let cause: string
        if (x.isNil()) cause = 'have untyped nil'
        else if (isTypeParam(S)) { const u = coreType(S); cause = u ? check.sprintf('%s has core type %s', x, u) : check.sprintf('%s has no core type', x) } else cause = check.sprintf('have %s', x)
        check.errorf(x, 'InvalidAppend', 'first argument to append must be a slice; %s', cause)
        return false
      }
      const T = s.elem
      if (nargs === 2 && call.ellipsis) {
        if (assignableTo(check, x, new Slice(ByteType), null)) {
          const y = new Operand()
          arg(y, 1)
          if (y.invalid) return false
          const t = coreString(y.type)
          if (t && isString(t)) {
            const sig = makeSig(S, S, y.type)
            sig.variadic = true
            check.recordBuiltinType(call.fun, sig)
            x.mode = 'value'
            x.type = S
            x.val = null
            return true
          }
        }
      }
      const sig = makeSig(S, S, new Slice(T))
      sig.variadic = true
      // check the remaining arguments like a call to func(S, ...T)
      const args = xlist
      const rest = args.slice(1)
      if (call.ellipsis) {
        if (rest.length !== 1) {
          check.errorf(call, 'MisplacedDotDotDot', 'can only use ... with final argument in list')
          return false
        }
        assignment(check, rest[0], new Slice(T), () => check.sprintf('argument to %s', call.fun))
      } else {
        for (const a of rest) assignment(check, a, T, () => check.sprintf('argument to %s', call.fun))
      }
      x.mode = 'value'
      x.type = S
      x.val = null
      check.recordBuiltinType(call.fun, sig)
      return true
    }
    case 'cap': case 'len': {
      let mode: Operand['mode'] = 'invalid'
      let val: constant.Value | null = null
      const t = arrayPtrDeref(underOf(x.type))
      switch (t.kind) {
        case 'basic':
          if (isString(t) && id === 'len') {
            if (x.mode === 'constant') { mode = 'constant'; val = constant.makeInt64(constant.stringVal(x.val!).length) } else mode = 'value'
          }
          break
        case 'array':
          mode = 'value'
          if (!check.env.hasCallOrRecv) {
            mode = 'constant'
            val = t.len >= 0 ? constant.makeInt64(t.len) : constant.makeUnknown()
          }
          break
        case 'slice': case 'chan': mode = 'value'; break
        case 'map': if (id === 'len') mode = 'value'; break
        case 'interface': {
          if (!isTypeParam(x.type)) break
          const terms = typeSet(t).terms
          if (terms && terms.length && terms.every(term => {
            const u = arrayPtrDeref(underOf(term.type))
            if (u.kind === 'basic') return isString(u) && id === 'len'
            if (u.kind === 'array' || u.kind === 'slice' || u.kind === 'chan') return true
            if (u.kind === 'map') return id === 'len'
            return false
          })) mode = 'value'
        }
      }
      if (mode === 'invalid') {
        if (underOf(x.type) !== Typ.Invalid) check.errorf(x, id === 'len' ? 'InvalidLen' : 'InvalidCap', invalidArg + '%s for %s', x, id)
        return false
      }
      if (mode !== 'constant') check.recordBuiltinType(call.fun, makeSig(Typ.Int, x.type))
      x.mode = mode
      x.type = Typ.Int
      x.val = val
      return true
    }
    case 'clear': {
      const u = coreType(x.type)
      if (!u || (u.kind !== 'map' && u.kind !== 'slice')) {
        check.errorf(x, 'InvalidClear', invalidArg + 'cannot clear %s: argument must be (or constrained by) map or slice', x)
        return false
      }
      x.mode = 'novalue'
      check.recordBuiltinType(call.fun, makeSig(null, x.type))
      return true
    }
    case 'close':
      check.unsupported(call, 'channels are')
      return false
    case 'complex': {
      const y = new Operand()
      arg(y, 1)
      if (y.invalid) return false
      const d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0)
      if (d === 1) convertUntyped(check, x, y.type)
      else if (d === 2) convertUntyped(check, y, x.type)
      else if (d === 3) {
        if (x.mode === 'constant' && y.mode === 'constant') {
          const toFloat = (o: Operand) => {
            if (isNumeric(o.type) && constant.sign(constant.imag(o.val!)) === 0) o.type = Typ.UntypedFloat
          }
          toFloat(x)
          toFloat(y)
        } else {
          convertUntyped(check, x, Typ.Float64)
          convertUntyped(check, y, Typ.Float64)
        }
      }
      if (x.invalid || y.invalid) return false
      if (!identical(x.type, y.type)) {
        check.errorf(x, 'MismatchedTypes', invalidOp + '%s (mismatched types %s and %s)', call, x.type, y.type)
        return false
      }
      const u = underOf(x.type)
      const res = u.kind === 'basic'
        ? (u.basicKind === BasicKind.Float32 ? Typ.Complex64 : u.basicKind === BasicKind.Float64 ? Typ.Complex128 : u.basicKind === BasicKind.UntypedFloat ? Typ.UntypedComplex : null)
        : null
      if (!res) {
        check.errorf(x, 'InvalidComplex', invalidArg + 'arguments have type %s, expected floating-point', x.type)
        return false
      }
      if (x.mode === 'constant' && y.mode === 'constant') {
        x.val = constant.binaryOp(constant.toFloat(x.val!), '+', constant.makeImag(constant.toFloat(y.val!)))
      } else {
        x.mode = 'value'
        x.val = null
        check.recordBuiltinType(call.fun, makeSig(res, x.type, x.type))
      }
      x.type = res
      return true
    }
    case 'real': case 'imag': {
      if (isUntyped(x.type)) {
        if (x.mode === 'constant') {
          if (isNumeric(x.type)) x.type = Typ.UntypedComplex
        } else {
          convertUntyped(check, x, Typ.Complex128)
          if (x.invalid) return false
        }
      }
      const u = underOf(x.type)
      const res = u.kind === 'basic'
        ? (u.basicKind === BasicKind.Complex64 ? Typ.Float32 : u.basicKind === BasicKind.Complex128 ? Typ.Float64 : u.basicKind === BasicKind.UntypedComplex ? Typ.UntypedFloat : null)
        : null
      if (!res) {
        check.errorf(x, id === 'real' ? 'InvalidReal' : 'InvalidImag', invalidArg + 'argument has type %s, expected complex type', x.type)
        return false
      }
      if (x.mode === 'constant') x.val = id === 'real' ? constant.real(x.val!) : constant.imag(x.val!)
      else {
        x.mode = 'value'
        x.val = null
        check.recordBuiltinType(call.fun, makeSig(res, x.type))
      }
      x.type = res
      return true
    }
    case 'copy': {
      const dst = coreType(x.type)
      const y = new Operand()
      arg(y, 1)
      if (y.invalid) return false
      let src0 = coreString(y.type)
      if (src0 && isString(src0)) src0 = new Slice(ByteType)
      if (!dst || dst.kind !== 'slice' || !src0 || src0.kind !== 'slice') {
        check.errorf(x, 'InvalidCopy', invalidArg + 'copy expects slice arguments; found %s and %s', x, y)
        return false
      }
      if (!identical(dst.elem, src0.elem)) {
        check.errorf(x, 'InvalidCopy', invalidArg + 'arguments to copy %s and %s have different element types %s and %s', x, y, dst.elem, src0.elem)
        return false
      }
      check.recordBuiltinType(call.fun, makeSig(Typ.Int, x.type, y.type))
      x.mode = 'value'
      x.type = Typ.Int
      x.val = null
      return true
    }
    case 'delete': {
      const m = x.type
      const u = coreType(m)
      if (!u || u.kind !== 'map') {
        check.errorf(x, 'InvalidDelete', invalidArg + '%s is not a map', x)
        return false
      }
      arg(x, 1)
      if (x.invalid) return false
      assignment(check, x, u.key, 'argument to delete')
      if (x.invalid) return false
      x.mode = 'novalue'
      check.recordBuiltinType(call.fun, makeSig(null, m, u.key))
      return true
    }
    case 'make': {
      const arg0 = call.args[0]
      const T = varType(check, arg0)
      if (T === Typ.Invalid) return false
      let min: number
      const u = coreType(T)
      if (!u) { check.errorf(arg0, 'InvalidMake', invalidArg + 'cannot make %s: no core type', arg0); return false }
      if (u.kind === 'slice') min = 2
      else if (u.kind === 'map') min = 1
      else if (u.kind === 'chan') return false // the channel type was reported as unsupported
      else { check.errorf(arg0, 'InvalidMake', invalidArg + 'cannot make %s; type must be slice, map, or channel', arg0); return false }
      if (nargs < min || min + 1 < nargs) {
        check.errorf(call, 'WrongArgCount', invalidOp + '%s expects %d or %d arguments; found %d', call, min, min + 1, nargs)
        return false
      }
      const types: Type[] = [T]
      const sizes: number[] = []
      for (const a of call.args.slice(1)) {
        const r = checkIndex(check, a, -1)
        types.push(r.type)
        if (r.val >= 0) sizes.push(r.val)
      }
      if (sizes.length === 2 && sizes[0] > sizes[1]) check.errorf(call.args[1], 'SwappedMakeArgs', invalidArg + 'length and capacity swapped')
      x.mode = 'value'
      x.type = T
      x.val = null
      check.recordBuiltinType(call.fun, makeSig(T, ...types))
      return true
    }
    case 'new': {
      const T = varType(check, call.args[0])
      if (T === Typ.Invalid) return false
      x.mode = 'value'
      x.type = new Pointer(T)
      x.val = null
      check.recordBuiltinType(call.fun, makeSig(x.type, T))
      return true
    }
    case 'panic': {
      if (check.env.sig && check.env.sig.results.length > 0) check.env.isPanic.add(call)
      assignment(check, x, emptyInterface, 'argument to panic')
      if (x.invalid) return false
      x.mode = 'novalue'
      check.recordBuiltinType(call.fun, makeSig(null, emptyInterface))
      return true
    }
    case 'print': case 'println': {
      const params: Type[] = []
      for (let i = 0; i < nargs; i++) {
        if (i > 0) arg(x, i)
        assignment(check, x, null, 'argument to ' + id)
        if (x.invalid) return false
        params.push(x.type)
      }
      x.mode = 'novalue'
      check.recordBuiltinType(call.fun, makeSig(null, ...params))
      return true
    }
    case 'recover':
      x.mode = 'value'
      x.type = emptyInterface
      x.val = null
      check.recordBuiltinType(call.fun, makeSig(x.type))
      return true
    case 'min': case 'max': {
      const ops = xlist.map(o => o.copy())
      for (const o of ops) {
        if (!allOrdered(o.type)) {
          check.errorf(o, 'InvalidMinMaxOperand', invalidArg + '%s cannot be ordered', o)
          return false
        }
      }
      // all operands must have the same type (after untyped conversion)
      let a = ops[0]
      for (let i = 1; i < ops.length; i++) {
        const b = ops[i]
        convertUntyped(check, a, b.type)
        if (a.invalid) return false
        convertUntyped(check, b, a.type)
        if (b.invalid) return false
        if (!identical(a.type, b.type)) {
          check.errorf(a, 'MismatchedTypes', invalidArg + 'mismatched types %s (previous argument) and %s (type of %s)', a.type, b.type, b.expr)
          return false
        }
        if (a.mode === 'constant' && b.mode === 'constant') {
          const less = constant.compare(b.val!, '<', a.val!)
          if ((id === 'min' && less) || (id === 'max' && !less && !constant.compare(b.val!, '==', a.val!))) a = b
        } else {
          a = a.copy()
          a.mode = 'value'
          a.val = null
        }
      }
      x.mode = a.mode === 'constant' && ops.every(o => o.mode === 'constant') ? 'constant' : 'value'
      x.type = a.type
      x.val = x.mode === 'constant' ? a.val : null
      if (x.mode !== 'constant') {
        for (const o of ops) if (isUntyped(o.type)) convertUntyped(check, o, defaultType(a.type))
        if (isUntyped(x.type)) x.type = defaultType(x.type)
        check.recordBuiltinType(call.fun, makeSig(x.type, ...ops.map(o => o.type)))
      }
      void comparison
      void isNumeric
      return true
    }
  }
  return false
}
