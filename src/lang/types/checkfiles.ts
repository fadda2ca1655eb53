/** The checking passes in order (types2 check.go checkFiles). */
import type * as ast from '../syntax/ast.ts'
import type { Checker } from './checker.ts'
import type { Func, Obj } from './objects.ts'
import { collectObjects, unusedImports } from './resolver.ts'
import { objDecl } from './decl.ts'
import { initOrder } from './initorder.ts'
import { setResolveFunc, resolveFunc } from './instantiate.ts'

export function checkFiles (check: Checker, files: ast.File[]): void {
  check.files = files
  const resolve = (f: Func) => {
    if (f.color !== 'black' && check.objMap.has(f)) objDecl(check, f)
  }
  check.resolveFunc = resolve
  const savedResolve = resolveFunc
  setResolveFunc(resolve)
  try {
    // package names must agree
    for (const f of files.slice(1)) {
      if (f.name.name !== files[0].name.name) {
        check.errorf(f.name, 'MismatchedPkgName', 'package %s; expected package %s', f.name.name, files[0].name.name)
      }
    }
    collectObjects(check)
    packageObjects(check)
    check.processDelayed(0)
    initOrder(check)
    unusedImports(check)
    check.recordUntyped()
  } finally {
    setResolveFunc(savedResolve)
  }
}

function packageObjects (check: Checker): void {
  const objList: Obj[] = [...check.objMap.keys()]
  objList.sort((a, b) => a.order - b.order)
  // type declarations first (non-aliases, then aliases), so methods are attached before use
  const others: Obj[] = []
  const aliases: Obj[] = []
  for (const obj of objList) {
    if (obj.kind === 'typename') {
      const d = check.objMap.get(obj)!
      if (d.tdecl && d.tdecl.assign) aliases.push(obj)
      else objDecl(check, obj)
    } else others.push(obj)
  }
  for (const obj of aliases) objDecl(check, obj)
  for (const obj of others) objDecl(check, obj)
  // methods whose receiver base type was not found are still checked like functions
  check.methods.clear()
}
