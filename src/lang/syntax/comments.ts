/**
 * Comment groups and doc comments, as go/parser forms them: comments separated by no token and
 * at most one newline form a group; a comment on the line of the preceding token ("line comment")
 * groups only with comments on that same line. A group ending on the line just before a
 * declaration (and not a line comment) is its doc comment.
 */

import type * as ast from './ast.ts'
import type { ScannedComment } from './scanner.ts'
import type { TokenFile } from './pos.ts'
import { inspect } from './walk.ts'

interface Group {
  node: ast.CommentGroup
  endLine: number
  /** the group trails a token on the same line */
  isLine: boolean
}

/**
 * Removes carriage returns from a comment's text as go/scanner does (a CRLF file's comments read
 * like an LF file's), keeping a `\r` between `*` and `/` inside a general comment.
 */
function stripCR (t: string): string {
  const general = t.charCodeAt(1) === 42
  let out = ''
  for (let j = 0; j < t.length; j++) {
    const ch = t.charCodeAt(j)
    if (ch !== 13 || (general && out.length > 2 && out.charCodeAt(out.length - 1) === 42 && t.charCodeAt(j + 1) === 47)) out += t[j]
  }
  return out
}

export function groupComments (comments: ScannedComment[], tf: TokenFile): ast.CommentGroup[] {
  return makeGroups(comments, tf).map((g) => g.node)
}

function makeGroups (comments: ScannedComment[], tf: TokenFile): Group[] {
  const groups: Group[] = []
  const base = tf.base
  let cur: Group | null = null
  let curTokenIndex = -1
  for (const c of comments) {
    const startLine = tf.line(base + c.offset)
    const endLine = tf.line(base + c.end)
    const text = c.text.indexOf('\r') >= 0 ? stripCR(c.text) : c.text
    // as go/ast, a comment ends at its start plus the length of its (CR-stripped) text
    const comment: ast.Comment = { kind: 'Comment', pos: base + c.offset, end: base + c.offset + text.length, text }
    if (cur !== null && c.tokenIndex === curTokenIndex && startLine <= cur.endLine + (cur.isLine ? 0 : 1)) {
      cur.node.list.push(comment)
      cur.node.end = comment.end
      cur.endLine = endLine
      continue
    }
    const isLine = c.prevEnd >= 0 && tf.line(base + c.prevEnd) === startLine
    cur = { node: { kind: 'CommentGroup', pos: comment.pos, end: comment.end, list: [comment] }, endLine, isLine }
    curTokenIndex = c.tokenIndex
    groups.push(cur)
  }
  return groups
}

/**
 * Groups the file's comments into file.comments and attaches doc ("lead") and line comments as
 * go/parser does: a doc comment is the last group before a node's first token, ending on the line
 * just before it, with nothing but white space between; a line comment is a group on the line
 * where a spec or field ends, right after it (or after its `;`).
 */
export function attachComments (file: ast.File, comments: ScannedComment[], tf: TokenFile): void {
  const groups = makeGroups(comments, tf)
  file.comments = groups.map((g) => g.node)
  if (groups.length === 0) return
  const text = tf.text
  const base = tf.base
  const blank = (from: number, to: number, semis: number): boolean => {
    for (let i = from - base; i < to - base; i++) {
      const c = text.charCodeAt(i)
      if (c === 59 && semis-- > 0) continue
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) return false
      if (c === 10 && semis >= 0 && semis < 2) return false
    }
    return true
  }
  /** index of the first group starting at or after pos */
  const firstAt = (pos: number): number => {
    let lo = 0
    let hi = groups.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (groups[mid].node.pos < pos) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const docFor = (pos: number): ast.CommentGroup | null => {
    const i = firstAt(pos) - 1
    if (i < 0) return null
    const g = groups[i]
    if (g.isLine || g.node.end > pos || g.endLine + 1 !== tf.line(pos)) return null
    return blank(g.node.end, pos, 2) ? g.node : null
  }
  const lineFor = (end: number): ast.CommentGroup | null => {
    const i = firstAt(end)
    if (i >= groups.length) return null
    const g = groups[i]
    if (!g.isLine || tf.line(g.node.pos) !== tf.line(end)) return null
    return blank(end, g.node.pos, 1) ? g.node : null
  }
  const fields = (list: ast.FieldList): void => {
    for (const f of list.list) {
      f.doc = docFor(f.pos)
      f.comment = lineFor(f.end)
    }
  }
  file.doc = docFor(file.pos)
  for (const d of file.decls) {
    if (d.kind === 'FuncDecl' || d.kind === 'GenDecl') d.doc = docFor(d.pos)
  }
  // specs and struct/interface fields anywhere in the file
  inspect(file, (n) => {
    switch (n.kind) {
      case 'GenDecl':
        n.doc = docFor(n.pos)
        for (const s of n.specs) {
          s.doc = n.lparen !== 0 ? docFor(s.pos) : null
          s.comment = lineFor(s.end)
        }
        break
      case 'StructType':
        fields(n.fields)
        break
      case 'InterfaceType':
        fields(n.methods)
        break
    }
    return true
  })
}
