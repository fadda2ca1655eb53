/** Collecting package-level objects from the files (types2 resolver.go). */
import type * as ast from '../syntax/ast.ts'
import { Checker, DeclInfo } from './checker.ts'
import { Scope } from './scope.ts'
import { Const, Func, PkgName, TypeName, Var, type Obj } from './objects.ts'
import { Typ, noType } from './types.ts'
import { makeInt64, unquoteString } from './constval.ts'
import { Package } from './package.ts'

/** declares obj in scope (reporting redeclarations) and records the definition */
export function declare (check: Checker, scope: Scope, id: ast.Ident | null, obj: Obj, scopePos: number): void {
  if (obj.name !== '_') {
    const alt = scope.insert(obj)
    if (alt) {
      const parts: [ast.Node | number, string][] = [[obj.pos, `${obj.name} redeclared in this block`]]
      if (alt.pos) parts.push([alt.pos, `other declaration of ${obj.name}`])
      check.errorParts(parts, 'DuplicateDecl')
      return
    }
    obj.scopePos = scopePos
  }
  if (id) check.recordDef(id, obj)
}

export function declarePkgObj (check: Checker, id: ast.Ident, obj: Obj, d: DeclInfo): void {
  if (id.name === 'init') { check.errorf(id, 'InvalidInitDecl', 'cannot declare init - must be func'); return }
  if (id.name === 'main' && check.pkg.name === 'main') { check.errorf(id, 'InvalidMainDecl', 'cannot declare main - must be func'); return }
  declare(check, check.pkg.scope, id, obj, 0)
  check.objMap.set(obj, d)
  obj.order = check.objMap.size
}

/** arity of const / var specs */
export function arity (check: Checker, s: ast.ValueSpec, names: ast.Ident[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length
  const r = inits.length
  if (l < r) {
    const n = inits[l]
    if (inherited) check.errorf(s.pos, 'WrongAssignCount', 'extra init expr at %s', check.embeddedPosition(n.pos))
    else check.errorf(n, 'WrongAssignCount', 'extra init expr %s', n)
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r]
    check.errorf(n, 'WrongAssignCount', 'missing init expr for %s', n.name)
  }
}

export function importPackage (check: Checker, at: ast.Node, path: string): Package | null {
  const cached = check.impMap.get(path)
  if (cached) return cached
  let imp: Package | null = null
  let reason = 'package not found'
  try {
    imp = check.importer(path)
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e)
  }
  if (!imp) {
    check.errorf(at, 'BrokenImport', 'could not import %s (%s)', path, reason)
    // a fake package avoids follow-on errors
    const name = path.slice(path.lastIndexOf('/') + 1)
    imp = new Package(path, name)
    imp.fake = true
  }
  check.impMap.set(path, imp)
  return imp
}

/** unpacks a receiver type expression: pointer?, base type name, type parameter names */
export function unpackRecv (rtyp: ast.Expr, unpackParams: boolean): { ptr: boolean; rname: ast.Ident | null; tparams: ast.Expr[] } {
  let ptr = false
  for (;;) {
    if (rtyp.kind === 'ParenExpr') rtyp = rtyp.x
    else if (rtyp.kind === 'StarExpr' && !ptr) { ptr = true; rtyp = rtyp.x } else break
  }
  let tparams: ast.Expr[] = []
  if (rtyp.kind === 'IndexExpr') { if (unpackParams) tparams = [rtyp.index]; rtyp = rtyp.x } else if (rtyp.kind === 'IndexListExpr') { if (unpackParams) tparams = rtyp.indices; rtyp = rtyp.x }
  return { ptr, rname: rtyp.kind === 'Ident' ? rtyp : null, tparams }
}

export function collectObjects (check: Checker): void {
  const pkg = check.pkg
  const pkgImports = new Set(pkg.imports)
  const methods: { obj: Func; ptr: boolean; recv: ast.Ident }[] = []
  const fileScopes: Scope[] = []
  for (const file of check.files) {
    check.recordDef(file.name, null)
    const fileScope = new Scope(pkg.scope, file.fileStart || file.pos, file.fileEnd || file.end, 'file ' + file.filename)
    pkg.scope.children.push(fileScope)
    fileScopes.push(fileScope)
    check.recordScope(file, fileScope)
    for (const decl of file.decls) {
      if (decl.kind === 'GenDecl') {
        let last: ast.ValueSpec | null = null
        for (const spec of decl.specs) {
          if (spec.kind === 'ImportSpec') collectImport(check, spec, fileScope, pkgImports)
          else if (spec.kind === 'ValueSpec' && decl.tok === 'const') {
            let inherited = true
            if (spec.type || spec.values.length) { last = spec; inherited = false } else if (!last) { inherited = false }
            const values = last ? last.values : []
            const iota = makeInt64(spec.iota)
            spec.names.forEach((name, i) => {
              const obj = new Const(name.pos, pkg, name.name, noType, iota)
              obj.decl = spec
              const d = new DeclInfo(fileScope, null, last ? last.type : null, values[i] ?? null, inherited, null, null)
              declarePkgObj(check, name, obj, d)
            })
            arity(check, spec, spec.names, values, true, inherited)
          } else if (spec.kind === 'ValueSpec') {
            const lhs: Var[] = []
            const d1 = spec.values.length === 1 && spec.names.length > 1
              ? new DeclInfo(fileScope, lhs, spec.type, spec.values[0], false, null, null)
              : null
            spec.names.forEach((name, i) => {
              const obj = new Var(name.pos, pkg, name.name, noType)
              obj.isPackageLevel = true
              obj.decl = spec
              lhs.push(obj)
              const d = d1 ?? new DeclInfo(fileScope, null, spec.type, spec.values[i] ?? null, false, null, null)
              declarePkgObj(check, name, obj, d)
            })
            if (!spec.type || spec.values.length) arity(check, spec, spec.names, spec.values, false, false)
          } else if (spec.kind === 'TypeSpec') {
            const obj = new TypeName(spec.name.pos, pkg, spec.name.name, Typ.Invalid)
            obj.decl = spec
            declarePkgObj(check, spec.name, obj, new DeclInfo(fileScope, null, null, null, false, spec, null))
          }
        }
      } else if (decl.kind === 'FuncDecl') {
        const name = decl.name.name
        const obj = new Func(decl.name.pos, pkg, name, Typ.Invalid)
        obj.decl = decl
        obj.hasBody = decl.body !== null
        check.info.funcs.set(decl, obj)
        if (!decl.recv) {
          if (name === 'init' || (name === 'main' && pkg.name === 'main')) {
            if (decl.type.typeParams && decl.type.typeParams.list.length) {
              check.softErrorf(decl.type.typeParams.list[0], name === 'init' ? 'InvalidInitSig' : 'InvalidMainDecl', 'func %s must have no type parameters', name)
            }
            if (decl.type.params.list.length || (decl.type.results && decl.type.results.list.length)) {
              check.softErrorf(decl.name, name === 'init' ? 'InvalidInitSig' : 'InvalidMainDecl', 'func %s must have no arguments and no return values', name)
            }
          }
          if (name === 'init') {
            obj.parent = pkg.scope
            check.recordDef(decl.name, obj)
          } else declare(check, pkg.scope, decl.name, obj, 0)
        } else {
          const r = decl.recv.list.length ? unpackRecv(decl.recv.list[0].type, false) : { ptr: false, rname: null }
          if (r.rname && name !== '_') methods.push({ obj, ptr: r.ptr, recv: r.rname })
          check.recordDef(decl.name, obj)
        }
        check.objMap.set(obj, new DeclInfo(fileScope, null, null, null, false, null, decl))
        obj.order = check.objMap.size
      }
    }
  }
  // objects in file scopes (imports) must not clash with package-level names
  for (const scope of fileScopes) {
    for (const obj of scope.objects()) {
      const alt = pkg.scope.lookup(obj.name)
      if (alt) {
        if (obj.kind === 'pkgname') {
          check.errorParts([[alt.pos, `${alt.name} already declared through import of ${obj.imported.name === obj.name ? `package ${obj.name} (${JSON.stringify(obj.imported.path)})` : obj.imported.path}`], [obj.pos, `other declaration of ${obj.name}`]], 'DuplicateDecl')
        } else {
          check.errorf(alt.pos, 'DuplicateDecl', '%s already declared through dot-import of %s', alt.name, obj.pkg?.name ?? '')
        }
      }
    }
  }
  // associate methods with their receiver base type names
  for (const m of methods) {
    const base = resolveBaseTypeName(check, m.recv)
    if (base) {
      let list = check.methods.get(base)
      if (!list) check.methods.set(base, list = [])
      list.push(m.obj)
    }
  }
}

function resolveBaseTypeName (check: Checker, name: ast.Ident): TypeName | null {
  const seen = new Set<Obj>()
  let id: ast.Expr = name
  for (;;) {
    if (id.kind !== 'Ident') return null
    const obj = check.pkg.scope.lookup(id.name)
    if (!obj || obj.kind !== 'typename' || seen.has(obj)) return null
    seen.add(obj)
    const tdecl = check.objMap.get(obj)?.tdecl
    if (!tdecl) return null
    if (!tdecl.assign) return obj
    id = tdecl.type
  }
}

function collectImport (check: Checker, s: ast.ImportSpec, fileScope: Scope, pkgImports: Set<Package>): void {
  const path = unquoteString(s.path.value)
  if (path === null || path === '') { check.errorf(s.path, 'BadImportPath', 'invalid import path (%s)', s.path.value); return }
  const imp = importPackage(check, s.path, path)
  if (!imp) return
  let name = imp.name
  if (s.name) name = s.name.name
  if (name === 'init') { check.errorf(s, 'InvalidInitDecl', 'cannot import package as init - init must be a func'); return }
  if (!pkgImports.has(imp)) { pkgImports.add(imp); check.pkg.imports.push(imp) }
  const pkgName = new PkgName(s.pos, check.pkg, name, imp)
  pkgName.decl = s
  if (s.name) check.recordDef(s.name, pkgName)
  else check.recordImplicit(s, pkgName)
  check.info.imports.set(s, pkgName)
  if (imp.fake) pkgName.used = true
  check.imports.push(pkgName)
  if (name === '.') {
    for (const obj of imp.scope.objects()) {
      if (!obj.exported()) continue
      const alt = fileScope.lookup(obj.name)
      if (alt) check.errorf(s.name ?? s, 'DuplicateDecl', '%s redeclared in this block', alt.name)
      else {
        fileScope.insert(obj)
        check.dotImportMap.set(fileScope.comment + '\u0000' + obj.name, pkgName)
      }
    }
  } else declare(check, fileScope, null, pkgName, 0)
}

/** reports imports that were never used */
export function unusedImports (check: Checker): void {
  for (const obj of check.imports) {
    if (obj.used || obj.name === '_') continue
    const path = obj.imported.path
    const elem = path.slice(path.lastIndexOf('/') + 1)
    if (obj.name === '' || obj.name === '.' || obj.name === elem) check.softErrorf(obj.pos, 'UnusedImport', 'imported and not used: %q', path)
    else check.softErrorf(obj.pos, 'UnusedImport', 'imported and not used: %q as %s', path, obj.name)
  }
}
