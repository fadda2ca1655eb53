/**
 * buildService: a service or library package with its land imports, compiled to one program whose
 * instance exposes the service's functions, package variables and types to the VM.
 */
import type * as T from '../types/types.ts'
import type { Package } from '../types/package.ts'
import type { Func } from '../types/objects.ts'
import { typeString, relativeTo } from '../types/typestring.ts'
import { buildLand, isLandImport, stripVersion } from './land.ts'
import type { ServiceBuildInput, ServiceBuildResult, FunctionInfo } from './types.ts'

/** Builds a service or library package with its land imports (see protocols/services.md). */
export function buildService (input: ServiceBuildInput): ServiceBuildResult {
  const files = input.files.concat(input.extraFiles ?? [])
  if (input.files.length === 0) return { ok: false, errors: [`package ${input.path}: no Go files`] }
  const b = buildLand({ path: input.path, files, resolve: input.resolve, live: true, test: false })
  if (!b.ok) return b
  const imports = new Set<string>()
  for (const f of b.own.files.slice(0, input.files.length)) {
    for (const i of f.imports) {
      const ip = JSON.parse(i.path.value) as string
      if (isLandImport(ip)) imports.add(stripVersion(ip))
    }
  }
  return {
    ok: true,
    program: {
      js: b.js,
      packages: [...b.natives.keys()],
      path: input.path,
      kind: b.own.kind,
      imports: [...imports].sort(),
      functions: exportedFunctions(b.own.unit!.pkg)
    }
  }
}

/** exported package-level functions (not generic), sorted by name */
export function exportedFunctions (pkg: Package): FunctionInfo[] {
  const qf = relativeTo(pkg)
  const out: FunctionInfo[] = []
  for (const name of pkg.scope.names().slice().sort()) {
    const o = pkg.scope.lookup(name)
    if (o === undefined || o === null || o.kind !== 'func' || !o.exported()) continue
    const sig = (o as Func).type as T.Signature
    if (sig.typeParams.length > 0) continue
    const params = sig.params.vars.map((p, i) => {
      const last = i === sig.params.vars.length - 1
      const t = sig.variadic && last && p.type.kind === 'slice' ? '...' + typeString(p.type.elem, qf) : typeString(p.type, qf)
      return { name: p.name, type: t }
    })
    const results = sig.results.vars.map(r => typeString(r.type, qf))
    const named = sig.results.vars.some(r => r.name !== '' && r.name !== '_')
    const ps = params.map(p => p.name !== '' ? `${p.name} ${p.type}` : p.type).join(', ')
    let rs = ''
    if (named) rs = ' (' + sig.results.vars.map((r, i) => `${r.name} ${results[i]}`).join(', ') + ')'
    else if (results.length === 1) rs = ' ' + results[0]
    else if (results.length > 1) rs = ' (' + results.join(', ') + ')'
    out.push({ name, signature: `${name}(${ps})${rs}`, params, results, variadic: sig.variadic })
  }
  return out
}
