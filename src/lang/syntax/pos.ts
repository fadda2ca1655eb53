/**
 * Source positions, shaped like go/token's FileSet.
 *
 * A `Pos` is a plain number: `base + offset` of a character in one file of a `FileSet`,
 * where `offset` is the UTF-16 index into the file's text. `0` (`NoPos`) means "no position".
 * Every file occupies `[base, base + size]` (the `+ size` is the EOF position), and the next file
 * starts at `base + size + 1`, so a Pos identifies its file without further context.
 *
 * Columns are reported like Go: 1-based, counted in UTF-8 bytes from the start of the line,
 * so `file.go:3:7` matches the gc compiler even on lines with non-ASCII text.
 *
 * @example
 * ```ts
 * const fset = new FileSet()
 * const f = fset.addFile('prog.go', text)   // the scanner records line starts
 * formatPosition(fset.position(node.pos))    // 'prog.go:3:7'
 * ```
 */

export type Pos = number

export const NoPos: Pos = 0

/** A resolved position. `line`/`column` are 1-based; all zero for NoPos. */
export interface Position {
  filename: string
  /** UTF-16 offset into the file text */
  offset: number
  line: number
  /** 1-based, in UTF-8 bytes as Go counts */
  column: number
  /** set when a line directive gave the position (gc prints `:12` for an empty file name then) */
  directive?: boolean
}

/** `file.go:12:5`, or `file.go:12`, `file.go`, `-` when parts are unknown (as go/token prints). */
export function formatPosition (p: Position): string {
  let s = p.filename
  if (p.line > 0) {
    s += (s !== '' || p.directive === true ? ':' : '') + p.line
    if (p.column > 0) s += ':' + p.column
  }
  return s || '-'
}

/** One source file in a FileSet: its name, base, text and line table. */
export class TokenFile {
  readonly name: string
  readonly base: number
  readonly size: number
  readonly text: string
  /** offsets of the first character of each line; lines[0] === 0; sorted ascending */
  readonly lines: number[] = [0]
  /** alternative positions from line directives (`//line file.go:12:5`), sorted by offset */
  readonly infos: LineInfo[] = []

  constructor (name: string, base: number, text: string) {
    this.name = name
    this.base = base
    this.text = text
    this.size = text.length
  }

  /** Records that a line starts at `offset` (must be larger than the previous one; ignored otherwise). */
  addLine (offset: number): void {
    const n = this.lines.length
    if (offset > this.lines[n - 1] && offset <= this.size) this.lines.push(offset)
  }

  /** Computes the line table from the text (for files not created by the scanner). */
  setLinesForContent (): void {
    this.lines.length = 1
    const t = this.text
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) this.addLine(i + 1)
  }

  /**
   * Records that the character at `offset` has the position filename:line:column (column 0:
   * unknown until the next directive), as go/token's AddLineColumnInfo; offsets must increase.
   */
  addLineColumnInfo (offset: number, filename: string, line: number, column: number): void {
    const n = this.infos.length
    if ((n === 0 || this.infos[n - 1].offset < offset) && offset < this.size) this.infos.push({ offset, filename, line, column })
  }

  lineCount (): number {
    return this.lines.length
  }

  pos (offset: number): Pos {
    return this.base + offset
  }

  offset (pos: Pos): number {
    return pos - this.base
  }

  /** The 1-based line of a Pos in this file. */
  line (pos: Pos): number {
    return this.lineOfOffset(pos - this.base)
  }

  private lineOfOffset (off: number): number {
    const lines = this.lines
    let lo = 0
    let hi = lines.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lines[mid] <= off) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  position (pos: Pos): Position {
    if (pos === NoPos) return { filename: '', offset: 0, line: 0, column: 0 }
    const off = Math.max(0, Math.min(pos - this.base, this.size))
    const line = this.lineOfOffset(off)
    const start = this.lines[line - 1]
    const column = utf8Length(this.text, start, off) + 1
    if (this.infos.length > 0) {
      const alt = this.infoAt(off)
      if (alt !== null) {
        // go/token's unpack: lines count on from the directive's; a column only on its own line
        const d = line - this.lineOfOffset(alt.offset)
        const col = alt.column === 0 ? 0 : d === 0 ? alt.column + utf8Length(this.text, alt.offset, off) : column
        return { filename: alt.filename, offset: off, line: alt.line + d, column: col, directive: true }
      }
    }
    return { filename: this.name, offset: off, line, column }
  }

  private infoAt (off: number): LineInfo | null {
    let found: LineInfo | null = null
    for (const x of this.infos) {
      if (x.offset > off) break
      found = x
    }
    return found
  }
}

/**
 * Number of UTF-8 bytes encoding text[from:to]. A lone surrogate U+DC80..U+DCFF stands for one
 * invalid source byte (see source.ts) and counts 1; other lone surrogates count 3, as U+FFFD would.
 */
export function utf8Length (text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xdc80 && c <= 0xdcff) n += 1 // an invalid source byte (see source.ts)
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else n += 3
  }
  return n
}

/** An alternative position from a line directive: the character at `offset` is at filename:line:column. */
export interface LineInfo {
  offset: number
  filename: string
  line: number
  /** 0: unknown */
  column: number
}

/**
 * Applies the line directives among a file's comments (`//line file:line[:col]` at the start of a
 * line, `/*line file:line[:col]*\/` anywhere), as gc does: the position is that of the character
 * after the comment (the next line's first for `//line`); without a column the file name is kept
 * as given (empty too), with one an empty name means the previous directive's (or the file's).
 * Returns gc's errors for bad numbers (`invalid line number: x`) with their offsets.
 */
export function applyLineDirectives (tf: TokenFile, comments: Array<{ offset: number, end: number, text: string }>): Array<{ offset: number, msg: string }> {
  const errors: Array<{ offset: number, msg: string }> = []
  let current = tf.name
  for (const c of comments) {
    const line = c.text.startsWith('//line ')
    if (!line && !c.text.startsWith('/*line ')) continue
    if (line && c.offset > 0 && tf.text.charCodeAt(c.offset - 1) !== 10) continue
    let text = line ? c.text.slice(7) : c.text.slice(7, -2)
    const base = c.offset + 7 // where text starts (errors point into it)
    // gc's updateBase: the digits after the last colon, then maybe after the one before
    const i = text.lastIndexOf(':') + 1
    if (i === 0) continue
    if (!/^\d+$/.test(text.slice(i))) { errors.push({ offset: base + i, msg: 'invalid line number: ' + text.slice(i) }); continue }
    let lineAt = i
    let ln = Number(text.slice(i))
    let col = 0
    const i2 = text.lastIndexOf(':', i - 2) + 1
    const withCol = i2 > 0 && /^\d+$/.test(text.slice(i2, i - 1))
    if (withCol) {
      col = ln
      ln = Number(text.slice(i2, i - 1))
      if (col === 0) { errors.push({ offset: base + i, msg: 'invalid column number: ' + text.slice(i) }); continue }
      text = text.slice(0, i - 1)
      lineAt = i2
    }
    if (ln === 0) { errors.push({ offset: base + lineAt, msg: 'invalid line number: ' + text.slice(lineAt) }); continue }
    let name = text.slice(0, lineAt - 1)
    if (name === '' && withCol) name = current
    current = name
    tf.addLineColumnInfo(line ? c.end + 1 : c.end, name, ln, col)
  }
  return errors
}

/** A set of source files sharing one position space. */
export class FileSet {
  private nextBase = 1
  readonly files: TokenFile[] = []

  /** Adds a file; its positions are `[base, base + text.length]`. */
  addFile (name: string, text: string): TokenFile {
    const f = new TokenFile(name, this.nextBase, text)
    this.nextBase += text.length + 1
    this.files.push(f)
    return f
  }

  /** The file containing pos, or null. */
  file (pos: Pos): TokenFile | null {
    if (pos === NoPos) return null
    const fs = this.files
    let lo = 0
    let hi = fs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const f = fs[mid]
      if (pos < f.base) hi = mid - 1
      else if (pos > f.base + f.size) lo = mid + 1
      else return f
    }
    return null
  }

  position (pos: Pos): Position {
    const f = this.file(pos)
    if (f === null) return { filename: '', offset: 0, line: 0, column: 0 }
    return f.position(pos)
  }

  /** `file.go:12:5` for pos. */
  format (pos: Pos): string {
    return formatPosition(this.position(pos))
  }
}
