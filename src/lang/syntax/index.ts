/**
 * The Go front end's syntax layer: scanner, parser and AST (shaped like go/ast), with the gc
 * compiler's syntax error messages (`syntax error: unexpected newline, expecting comma or }`).
 *
 * @example
 * ```ts
 * import { parseFile } from './syntax/index.ts'
 * const { file, errors } = parseFile('prog.go', 'package main\nfunc main() { println("hi") }\n')
 * // errors: [] ; file.decls[0].kind === 'FuncDecl'
 * const bad = parseFile('bad.go', 'package main\nfunc main() {\n\tx := []int{1, 2\n}\n')
 * bad.errors[0].message  // 'bad.go:3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }'
 * ```
 *
 * Reporting like gc for a package: parse every file with one FileSet and one ErrorList
 * (`parseFile(name, text, { fset, errors })`). If some file `hasSyntaxErrors`, gc stops there;
 * otherwise it type-checks and adds those errors to the same list. Print `errors.sorted()` and,
 * when `errors.tooMany` is set, `file.go:L:C: too many errors` at its position.
 */

import type { File } from './ast.ts'
import { attachComments } from './comments.ts'
import { ErrorList, GoSyntaxError } from './errors.ts'
import { NestingError, Parser } from './parser.ts'
import { FileSet, applyLineDirectives, type TokenFile } from './pos.ts'

export type * from './ast.ts'
export { FileSet, TokenFile, NoPos, formatPosition, utf8Length, type Pos, type Position } from './pos.ts'
export { GoSyntaxError, ErrorList, MAX_ERRORS, comparePositions, TOO_DEEP, isStackOverflow, type PositionedError } from './errors.ts'
export { exprString, stmtString } from './printer.ts'
export { Scanner, type ScannedComment } from './scanner.ts'
export { Tok, tokenString } from './token.ts'
export { MAX_NESTING } from './parser.ts'
export { unparen, gcPos } from './exprshape.ts'
export { decodeSource } from './source.ts'
export { inspect, forEachChild } from './walk.ts'
export { isLetter, isDigit, isPrint } from './unicode.ts'
export { shouldBuild, readConstraints, evalGoBuild, evalPlusBuild, BuildConstraintError, type FileConstraints } from './buildtags.ts'

import { decodeSource } from './source.ts'

export interface ParseOptions {
  /** the file set to add the file to (shared by the files of a package); a new one by default */
  fset?: FileSet
  /**
   * A package-wide error list (gc's policy applies across files and phases); this file's errors
   * are also added to it, in the order they were found.
   */
  errors?: ErrorList<GoSyntaxError>
}

export interface ParseResult {
  /** the syntax tree; partial when there are errors */
  file: File
  /** syntax errors sorted by position, filtered as gc does (one per line, at most 10) */
  errors: GoSyntaxError[]
  /** the 10th error when gc would stop with `too many errors` there, else null */
  tooMany: GoSyntaxError | null
  /**
   * Whether some error is a `syntax error: …`. gc stops after parsing only then; other parse
   * errors (`label L defined and not used`, `invalid character …`) are reported together with
   * the type checker's.
   */
  hasSyntaxErrors: boolean
  fset: FileSet
  tokenFile: TokenFile
}

/**
 * Parses one Go source file. `src` is text, or UTF-8 bytes (invalid sequences are reported as
 * `invalid UTF-8 encoding`, with Go's byte columns).
 */
export function parseFile (filename: string, src: string | Uint8Array, opts: ParseOptions = {}): ParseResult {
  const text = typeof src === 'string' ? src : decodeSource(src)
  const fset = opts.fset ?? new FileSet()
  const tf = fset.addFile(filename, text)
  tf.setLinesForContent()
  const p = new Parser(text, tf.base)
  let file: File
  try {
    file = p.parseFile(filename, tf.base, tf.base + text.length)
  } catch (e) {
    if (!(e instanceof NestingError)) throw e
    file = emptyFile(filename, tf)
  }
  const directiveErrors = applyLineDirectives(tf, p.scanner.comments)
  attachComments(file, p.scanner.comments, tf)
  const list = new ErrorList<GoSyntaxError>()
  let hasSyntaxErrors = false
  for (const e of directiveErrors) {
    const err = new GoSyntaxError(tf.pos(e.offset), tf.position(tf.pos(e.offset)), e.msg)
    list.add(err)
    opts.errors?.add(err)
  }
  for (const e of p.errors) {
    const err = new GoSyntaxError(e.pos, tf.position(e.pos), e.msg)
    list.add(err)
    opts.errors?.add(err)
    if (e.msg.startsWith('syntax error')) hasSyntaxErrors = true
  }
  return { file, errors: list.sorted(), tooMany: list.tooMany, hasSyntaxErrors, fset, tokenFile: tf }
}

/** Parses a single expression (like go/parser.ParseExpr); errors as for parseFile. */
export function parseExpr (text: string, opts: ParseOptions = {}): { expr: import('./ast.ts').Expr; errors: GoSyntaxError[] } {
  const fset = opts.fset ?? new FileSet()
  const tf = fset.addFile('', text)
  tf.setLinesForContent()
  const p = new Parser(text, tf.base)
  let expr: import('./ast.ts').Expr
  try {
    expr = p.parseExprOnly()
  } catch (e) {
    if (!(e instanceof NestingError)) throw e
    expr = { kind: 'BadExpr', pos: tf.base, end: tf.base + text.length }
  }
  const list = new ErrorList<GoSyntaxError>()
  for (const e of p.errors) list.add(new GoSyntaxError(e.pos, tf.position(e.pos), e.msg))
  return { expr, errors: list.sorted() }
}

function emptyFile (filename: string, tf: TokenFile): File {
  const start = tf.base
  return {
    kind: 'File',
    pos: start,
    end: start + tf.size,
    filename,
    fileStart: start,
    fileEnd: start + tf.size,
    doc: null,
    name: { kind: 'Ident', pos: start, end: start, name: '_' },
    decls: [],
    imports: [],
    comments: [],
  }
}
