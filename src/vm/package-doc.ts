/**
 * A package's doc comment as `go doc` shows it: the `//` lines right above the package clause
 * (directives such as `//amigo:library` left out), from the first file by name that has one.
 */
import type { PackageFile } from './types.ts'

export function packageDoc (files: PackageFile[]): string {
  for (const f of files) {
    const lines = f.text.split('\n')
    const clause = lines.findIndex(l => /^package\s+\w+/.test(l))
    const doc: string[] = []
    for (let i = clause - 1; i >= 0 && lines[i].startsWith('//'); i--) {
      if (!/^\/\/[a-z]+:/.test(lines[i])) doc.unshift(lines[i].replace(/^\/\/ ?/, ''))
    }
    if (doc.length > 0) return doc.join('\n')
  }
  return ''
}
