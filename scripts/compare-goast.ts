/**
 * Compares our syntax trees with go/ast's: reads the dump that a small Go program prints for a
 * list of files (node type, Pos, End and a key attribute per node, in ast.Inspect order, then
 * comment groups) and prints the first difference per file. Development aid; needs Go.
 *
 *   go build -o /tmp/goast-dump scripts/go/goast-dump/main.go
 *   find GOROOT/src -name "*.go" | /tmp/goast-dump > /tmp/dump.txt
 *   node --import tsx scripts/compare-goast.ts /tmp/dump.txt
 */

import { readFileSync } from 'node:fs'
import * as S from '../src/lang/syntax/index.ts'

function dump (path: string): string[] {
  const r = S.parseFile(path, readFileSync(path))
  const out: string[] = []
  const p = (pos: number): string => {
    if (pos === 0) return '-'
    const q = r.fset.position(pos)
    return `${q.line}:${q.column}`
  }
  S.inspect(r.file, (n) => {
    let attr = ''
    switch (n.kind) {
      case 'Ident':
        attr = n.name
        break
      case 'BasicLit':
        attr = n.litKind + ' ' + n.value.split('\n').join('\\n')
        break
      case 'BinaryExpr':
        attr = n.op + ' ' + p(n.opPos)
        break
      case 'UnaryExpr':
        attr = n.op
        break
      case 'AssignStmt':
      case 'IncDecStmt':
        attr = n.tok + ' ' + p(n.tokPos)
        break
      case 'BranchStmt':
        attr = n.tok
        break
      case 'GenDecl':
        attr = `${n.tok} ${p(n.lparen)} ${p(n.rparen)}`
        break
      case 'RangeStmt':
        attr = (n.tok ?? 'ILLEGAL') + ' ' + p(n.tokPos)
        break
      case 'SliceExpr':
        attr = `${n.slice3} ${p(n.lbrack)} ${p(n.rbrack)}`
        break
      case 'ChanType':
        attr = `${n.dir === 'send' ? 1 : n.dir === 'recv' ? 2 : 3} ${p(n.arrow)}`
        break
      case 'Comment':
        attr = n.text.split('\n').join('\\n')
        break
      case 'CallExpr':
        attr = `${p(n.lparen)} ${p(n.ellipsis)} ${p(n.rparen)}`
        break
      case 'FuncType':
        attr = p(n.func)
        break
      case 'TypeSpec':
        attr = p(n.assign)
        break
      case 'BlockStmt':
        attr = `${p(n.lbrace)} ${p(n.rbrace)}`
        break
      case 'CompositeLit':
        attr = `${p(n.lbrace)} ${p(n.rbrace)}`
        break
      case 'ParenExpr':
        attr = `${p(n.lparen)} ${p(n.rparen)}`
        break
      case 'IndexExpr':
      case 'IndexListExpr':
        attr = `${p(n.lbrack)} ${p(n.rbrack)}`
        break
      case 'TypeAssertExpr':
        attr = `${p(n.lparen)} ${p(n.rparen)}`
        break
      case 'KeyValueExpr':
      case 'LabeledStmt':
      case 'CaseClause':
      case 'CommClause':
        attr = p(n.colon)
        break
      case 'SendStmt':
        attr = p(n.arrow)
        break
      case 'FieldList':
        attr = `${p(n.opening)} ${p(n.closing)}`
        break
      case 'ArrayType':
        attr = p(n.lbrack)
        break
      case 'EmptyStmt':
        attr = `${p(n.semicolon)} ${n.implicit}`
        break
    }
    let end = n.end
    // go/ast ends a File at the end of its last declaration
    if (n.kind === 'File') end = n.decls.length > 0 ? n.decls[n.decls.length - 1].end : n.name.end
    out.push(`*ast.${n.kind} ${p(n.pos)} ${p(end)} ${attr}`)
    return true
  })
  for (const g of r.file.comments) out.push(`GROUP ${p(g.pos)} ${p(g.end)} ${g.list.length}`)
  return out
}

const lines = readFileSync(process.argv[2], 'utf8').split('\n')
let i = 0
let files = 0
let bad = 0
while (i < lines.length) {
  if (!lines[i].startsWith('FILE ')) {
    i++
    continue
  }
  const path = lines[i].slice(5)
  i++
  const theirs: string[] = []
  while (i < lines.length && !lines[i].startsWith('FILE ')) theirs.push(lines[i++])
  if (theirs[0] === 'ERROR') continue
  while (theirs.length > 0 && theirs[theirs.length - 1] === '') theirs.pop()
  files++
  const ours = dump(path)
  const n = Math.max(ours.length, theirs.length)
  for (let k = 0; k < n; k++) {
    if (ours[k] !== theirs[k]) {
      bad++
      console.log(`${path}: node ${k}\n  go/ast: ${theirs[k]}\n  ours:   ${ours[k]}`)
      break
    }
  }
}
console.log(`${files} files compared, ${bad} differ`)
