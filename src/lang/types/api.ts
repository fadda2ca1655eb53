/** The checker's public entry: `check(files, importer, options)`. */
import type * as ast from '../syntax/ast.ts'
import type { FileSet } from '../syntax/pos.ts'
import { TOO_DEEP, isStackOverflow } from '../syntax/errors.ts'
import { Info } from './info.ts'
import { Package } from './package.ts'
import { TypeCheckError, sortErrors } from './errors.ts'
import { Checker } from './checker.ts'
import { checkFiles } from './checkfiles.ts'

/** Resolves an import path to a checked package (or throws / returns null if there is none). */
export type Importer = (path: string) => Package | null

export interface CheckOptions {
  /** the import path of the package being checked (default: its package name, e.g. `main`) */
  path?: string
  /** resolves positions to `file.go:line:col` for messages */
  fset?: FileSet
  /** an Info to fill (a fresh one by default) */
  info?: Info
  /**
   * for `go run`-style builds of package main: report a missing `func main` as the Go linker does
   * (`function main is undeclared in the main package`) when the package is otherwise well-typed
   */
  requireMain?: boolean
  /** check `_test.go`-style usage: nothing special yet, reserved */
}

export interface CheckResult {
  pkg: Package
  info: Info
  /** sorted by position; empty when the package is well-typed */
  errors: TypeCheckError[]
}

/**
 * Type-checks the files of one package. Never throws for bad programs: errors are collected.
 *
 * @example
 * ```ts
 * const { pkg, info, errors } = check([file], path => stdlib.get(path) ?? null, { fset })
 * ```
 */
export function check (files: ast.File[], importer: Importer, options: CheckOptions = {}): CheckResult {
  const info = options.info ?? new Info()
  const name = files.length ? files[0].name.name : 'main'
  const pkg = new Package(options.path ?? name, name)
  const checker = new Checker(pkg, info, importer, options.fset ?? null)
  try {
    checkFiles(checker, files)
  } catch (e) {
    // a checker bug must not crash the host: report it as a compile error at the package clause
    // (a tree deeper than the host stack is the program's limit, not a bug: say so)
    const msg = e instanceof Error ? e.message : String(e)
    checker.err(files.length ? files[0].pos : 0, 'InvalidSyntaxTree', isStackOverflow(e) ? TOO_DEEP : `internal error: ${msg}`)
  }
  if (options.requireMain && pkg.name === 'main' && checker.errors.length === 0) {
    const m = pkg.scope.lookup('main')
    if (!m || m.kind !== 'func') checker.err(0, 'MissingMain', 'runtime.main_main·f: function main is undeclared in the main package')
  }
  pkg.complete = true
  return { pkg, info, errors: sortErrors(checker.errors) }
}
