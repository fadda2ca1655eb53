/**
 * Build constraints (`//go:build` lines, and legacy `// +build` lines), as go/build reads them:
 * they must appear before the package clause, in line comments, after only blank lines and other
 * comments. `shouldBuild` tells whether a file is part of the build for a set of tags.
 *
 * @example
 * ```ts
 * shouldBuild('//go:build ignore\n\npackage main\n', (tag) => tag === 'amigo')  // false
 * shouldBuild('//go:build !windows && (amigo || linux)\npackage p\n', (t) => t === 'amigo')  // true
 * ```
 */

/** A malformed `//go:build` expression. */
export class BuildConstraintError extends Error {
  override name = 'BuildConstraintError'
  readonly code = 'ERR_BUILD_CONSTRAINT'
}

export interface FileConstraints {
  /** the `//go:build` expression, or null */
  goBuild: string | null
  /** the `// +build` lines' arguments */
  plusBuild: string[]
}

/** The constraint lines of a file's header (the part before the package clause). */
export function readConstraints (src: string): FileConstraints {
  const out: FileConstraints = { goBuild: null, plusBuild: [] }
  let i = 0
  const n = src.length
  if (src.charCodeAt(0) === 0xfeff) i = 1
  while (i < n) {
    // skip blank space
    const c = src.charCodeAt(i)
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      i++
      continue
    }
    if (src.startsWith('//', i)) {
      let end = src.indexOf('\n', i)
      if (end < 0) end = n
      const line = src.slice(i, end).replace(/\r$/, '').trimEnd()
      if (line.startsWith('//go:build') && (line.length === 10 || line[10] === ' ' || line[10] === '\t')) {
        if (out.goBuild === null) out.goBuild = line.slice(10).trim()
      } else if (/^\/\/\s*\+build(\s|$)/.test(line)) {
        out.plusBuild.push(line.replace(/^\/\/\s*\+build/, '').trim())
      }
      i = end
      continue
    }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2)
      if (end < 0) break
      i = end + 2
      continue
    }
    break // the package clause (or anything else) ends the header
  }
  return out
}

/** Evaluates a `//go:build` expression (`a && !b || (c)`) with tag(name) for each tag. */
export function evalGoBuild (expr: string, tag: (name: string) => boolean): boolean {
  let pos = 0
  const s = expr
  const skip = (): void => {
    while (pos < s.length && (s[pos] === ' ' || s[pos] === '\t')) pos++
  }
  const fail = (): never => {
    throw new BuildConstraintError(`invalid //go:build expression: ${expr}`)
  }
  const or = (): boolean => {
    let v = and()
    for (;;) {
      skip()
      if (!s.startsWith('||', pos)) return v
      pos += 2
      const w = and()
      v = v || w
    }
  }
  const and = (): boolean => {
    let v = not()
    for (;;) {
      skip()
      if (!s.startsWith('&&', pos)) return v
      pos += 2
      const w = not()
      v = v && w
    }
  }
  const not = (): boolean => {
    skip()
    if (s[pos] === '!') {
      pos++
      return !not()
    }
    if (s[pos] === '(') {
      pos++
      const v = or()
      skip()
      if (s[pos] !== ')') fail()
      pos++
      return v
    }
    const start = pos
    while (pos < s.length && /[A-Za-z0-9_.]/.test(s[pos])) pos++
    if (pos === start) fail()
    return tag(s.slice(start, pos))
  }
  const v = or()
  skip()
  if (pos !== s.length) fail()
  return v
}

/** Evaluates `// +build` lines: each line is an OR of space-separated terms, a term an AND of comma-separated `[!]tag`s; lines are ANDed. */
export function evalPlusBuild (lines: string[], tag: (name: string) => boolean): boolean {
  return lines.every((line) =>
    line
      .split(/\s+/)
      .filter((t) => t !== '')
      .some((term) => term.split(',').every((t) => (t.startsWith('!') ? !tag(t.slice(1)) : tag(t))))
  )
}

/** Whether a file with source src is built when exactly the tags for which tag(name) holds are set. */
export function shouldBuild (src: string, tag: (name: string) => boolean): boolean {
  const c = readConstraints(src)
  if (c.goBuild !== null) return evalGoBuild(c.goBuild, tag)
  return evalPlusBuild(c.plusBuild, tag)
}
