/** Test helpers: the packages of bootstrap/packages as the VM would resolve them (local.land/amigo/NAME). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { instantiate, programNatives, type buildService, type CompiledProgram, type LandPackage, type ServiceBuildInput, type ServiceProgram, type Runtime, type SourceFile } from '../../../src/lang/index.ts'

export const root = fileURLToPath(new URL('../../../bootstrap/packages/', import.meta.url))

export function sources (name: string, tests = false): SourceFile[] {
  const dir = join(root, name)
  return readdirSync(dir).filter(f => f.endsWith('.go') && (tests || !f.endsWith('_test.go'))).sort()
    .map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))
}

/** resolves local.land/amigo/NAME[@…] to bootstrap/packages/NAME; `extra` adds or replaces packages */
export function resolver (extra: Record<string, LandPackage> = {}): ServiceBuildInput['resolve'] {
  return (ip: string) => {
    const path = ip.replace(/@.*$/, '')
    if (extra[path] !== undefined) return extra[path]
    const m = /^local\.land\/amigo\/([a-z]+)$/.exec(path)
    if (m === null) return null
    let files: SourceFile[]
    try { files = sources(m[1]) } catch { return null }
    const kind = files.some(f => /^\/\/amigo:library$/m.test(f.text.split(/^package /m)[0])) ? 'library' : 'service'
    return { path, files, kind }
  }
}

export function input (name: string, extra: Record<string, LandPackage> = {}): ServiceBuildInput {
  return { path: `local.land/amigo/${name}`, files: sources(name), resolve: resolver(extra) }
}

export function natives (c: CompiledProgram): Map<string, any> {
  return programNatives(c)
}

export function built (r: ReturnType<typeof buildService>): ServiceProgram {
  if (!r.ok) assert.fail(r.errors.join('\n'))
  return r.program
}

export function start (p: ServiceProgram, callService?: (path: string, name: string, args: any[]) => any): Runtime {
  return instantiate(p.js, { natives: natives(p), writeStdout: () => {}, writeStderr: () => {}, envExtra: callService !== undefined ? { callService } : {} })
}
