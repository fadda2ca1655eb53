/**
 * Syntax errors and gc's error-list policy (cmd/compile/internal/base: ErrorfAt + FlushErrors):
 * one syntax error per line, equal non-syntax errors on one line once, stop after 10 errors,
 * print sorted by position.
 */

import { formatPosition, type Pos, type Position } from './pos.ts'

/** A compile-time error at a Go position; `message` is `file.go:3:5: msg` as gc prints it. */
export class GoSyntaxError extends Error {
  override name = 'GoSyntaxError'
  readonly code: string = 'ERR_SYNTAX'
  readonly pos: Pos
  readonly position: Position
  /** the message without position */
  readonly msg: string

  constructor (pos: Pos, position: Position, msg: string) {
    super(`${formatPosition(position)}: ${msg}`)
    this.pos = pos
    this.position = position
    this.msg = msg
  }
}

/** Anything with a resolved position and a message (syntax and type errors alike). */
export interface PositionedError {
  pos: Pos
  position: Position
  msg: string
}

/** gc stops after this many errors and prints `pos: too many errors`. */
export const MAX_ERRORS = 10

/**
 * Collects errors in the order they are reported and applies gc's policy. `sorted()` gives what
 * gc prints (before the `too many errors` line, whose position is `tooMany` when set).
 */
export class ErrorList<E extends PositionedError = PositionedError> {
  private readonly list: E[] = []
  private lastSyntax: Position | null = null
  private lastOther: Position | null = null
  private lastMsg = ''
  /** position of the error that hit the limit, if it was hit */
  tooMany: E | null = null

  get full (): boolean {
    return this.tooMany !== null
  }

  /** Adds an error; returns false if it was dropped (same line, or past the limit). */
  add (err: E): boolean {
    if (this.tooMany !== null) return false
    if (err.msg.startsWith('syntax error')) {
      if (this.lastSyntax !== null && sameLine(this.lastSyntax, err.position)) return false
      this.lastSyntax = err.position
    } else {
      if (this.lastOther !== null && sameLine(this.lastOther, err.position) && this.lastMsg === err.msg) return false
      this.lastOther = err.position
      this.lastMsg = err.msg
    }
    this.list.push(err)
    if (this.list.length >= MAX_ERRORS) this.tooMany = err
    return true
  }

  get length (): number {
    return this.list.length
  }

  /** Errors sorted by position (stable), identical consecutive messages dropped, as gc prints them. */
  sorted (): E[] {
    const l = this.list.slice().sort((a, b) => comparePositions(a.position, b.position))
    const out: E[] = []
    for (const e of l) {
      const prev = out[out.length - 1]
      if (prev !== undefined && comparePositions(prev.position, e.position) === 0 && prev.msg === e.msg) continue
      out.push(e)
    }
    return out
  }
}

function sameLine (a: Position, b: Position): boolean {
  return a.filename === b.filename && a.line === b.line
}

export function comparePositions (a: Position, b: Position): number {
  if (a.filename !== b.filename) return a.filename < b.filename ? -1 : 1
  if (a.line !== b.line) return a.line - b.line
  return a.column - b.column
}

/**
 * What a stack overflow of a recursive phase (checker, compiler) over a program's tree means: the
 * program nests deeper than the host stack follows (a chain of thousands of `+`, `.f` or `[i]`,
 * which the parser takes as gc does). It is the program's limit, not an interpreter bug.
 */
export const TOO_DEEP = 'program too deeply nested: an expression or statement chain is deeper than this compiler follows'

/** Whether `e` is the host's stack overflow. */
export function isStackOverflow (e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message)
}
