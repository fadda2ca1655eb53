/**
 * Comment groups and doc comments, as go/parser forms them: comments separated by no token and
 * at most one newline form a group; a comment on the line of the preceding token ("line comment")
 * groups only with comments on that same line. A group ending on the line just before a
 * declaration (and not a line comment) is its doc comment.
 */

import type * as ast from './ast.ts'
import type { ScannedComment } from './scanner.ts'
import type { TokenFile } from './pos.ts'

interface Group {
  node: ast.CommentGroup
  endLine: number
  /** the group trails a token on the same line */
  isLine: boolean
}

export function groupComments(comments: ScannedComment[], tf: TokenFile): ast.CommentGroup[] {
  return makeGroups(comments, tf).map((g) => g.node)
}

function makeGroups(comments: ScannedComment[], tf: TokenFile): Group[] {
  const groups: Group[] = []
  const base = tf.base
  let cur: Group | null = null
  let curTokenIndex = -1
  for (const c of comments) {
    const startLine = tf.line(base + c.offset)
    const endLine = tf.line(base + c.end)
    const comment: ast.Comment = { kind: 'Comment', pos: base + c.offset, end: base + c.end, text: c.text }
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

/** Groups the file's comments into file.comments and attaches doc comments to the file, declarations and grouped specs. */
export function attachComments(file: ast.File, comments: ScannedComment[], tf: TokenFile): void {
  const groups = makeGroups(comments, tf)
  file.comments = groups.map((g) => g.node)
  if (groups.length === 0) return
  // the last non-line group ending on each line
  const byEndLine = new Map<number, Group>()
  for (const g of groups) if (!g.isLine) byEndLine.set(g.endLine, g)
  const docFor = (pos: number, after: number): ast.CommentGroup | null => {
    const g = byEndLine.get(tf.line(pos) - 1)
    if (g === undefined || g.node.pos < after || g.node.end > pos) return null
    return g.node
  }
  file.doc = docFor(file.pos, file.fileStart)
  let prevEnd = file.name.end
  for (const d of file.decls) {
    if (d.kind === 'FuncDecl' || d.kind === 'GenDecl') {
      d.doc = docFor(d.pos, prevEnd)
      if (d.kind === 'GenDecl' && d.lparen !== 0) {
        let specPrev = d.lparen
        for (const s of d.specs) {
          s.doc = docFor(s.pos, specPrev)
          specPrev = s.end
        }
      }
    }
    prevEnd = d.end
  }
}
