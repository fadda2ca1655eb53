/**
 * The universe scope: predeclared types, constants, nil and builtin functions.
 */
import { Scope } from './scope.ts'
import { Builtin, Const, Func, Nil, TypeName, Var, type BuiltinId, type Obj } from './objects.ts'
import { ByteType, Interface, Named, RuneType, Signature, Tuple, Typ, basicByKind } from './types.ts'
import { makeBool, makeInt64 } from './constval.ts'

export const universe = new Scope(null, 0, 0, 'universe')

function def (obj: Obj): void {
  obj.color = 'black'
  universe.insert(obj)
}

for (const t of basicByKind) {
  if (t === Typ.Invalid || t.name.startsWith('untyped') || t === Typ.UnsafePointer) continue
  def(new TypeName(0, null, t.name, t))
}
def(new TypeName(0, null, 'byte', ByteType))
def(new TypeName(0, null, 'rune', RuneType))

/** `any`: a distinct instance of interface{} so messages can print it as "any". */
export const anyType: Interface = (() => { const i = new Interface(); i.complete = true; return i })()
{
  const tn = new TypeName(0, null, 'any', anyType)
  tn.isAlias = true
  def(tn)
}

/** the predeclared `error` type */
export const errorType: Named = (() => {
  const obj = new TypeName(0, null, 'error', Typ.Invalid)
  const typ = new Named(obj)
  obj.type = typ
  const recv = new Var(0, null, '', typ)
  const res = new Var(0, null, '', Typ.String)
  const sig = new Signature(recv, new Tuple([]), new Tuple([res]), false)
  const m = new Func(0, null, 'Error', sig)
  const iface = new Interface([m], [])
  iface.complete = true
  typ.underlying = iface
  def(obj)
  return typ
})()

/** the predeclared `comparable` constraint */
export const comparableType: Named = (() => {
  const obj = new TypeName(0, null, 'comparable', Typ.Invalid)
  const typ = new Named(obj)
  obj.type = typ
  const iface = new Interface()
  iface.complete = true
  typ.underlying = iface
  def(obj)
  return typ
})()

export const universeTrue = new Const(0, null, 'true', Typ.UntypedBool, makeBool(true))
export const universeFalse = new Const(0, null, 'false', Typ.UntypedBool, makeBool(false))
export const universeIota = new Const(0, null, 'iota', Typ.UntypedInt, makeInt64(0))
def(universeTrue)
def(universeFalse)
def(universeIota)
export const universeNil = new Nil(0, null, 'nil', Typ.UntypedNil)
def(universeNil)

const builtinNames: BuiltinId[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make',
  'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover',
]
for (const n of builtinNames) def(new Builtin(n))

/** the universe object for name (used by tests and the runtime) */
export function universeLookup (name: string): Obj | undefined { return universe.lookup(name) }
