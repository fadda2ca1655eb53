/**
 * Printing expressions and simple statements on one line as the gc compiler's syntax.String
 * (ShortForm) does in error messages: `x.f(a, b)`, `[]int{…}[1:2]`, `func(x int) {…}`.
 *
 * @example
 * ```ts
 * exprString(callExpr)   // 'fmt.Println(x + 1)'
 * ```
 */

import type * as ast from './ast.ts'

export function exprString (x: ast.Expr): string {
  const out: string[] = []
  writeExpr(out, x)
  return out.join('')
}

export function stmtString (s: ast.Stmt): string {
  const out: string[] = []
  writeStmt(out, s)
  return out.join('')
}

function writeList (out: string[], list: ast.Expr[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(', ')
    writeExpr(out, list[i])
  }
}

function writeExpr (out: string[], x: ast.Expr): void {
  switch (x.kind) {
    case 'BadExpr':
      out.push('<bad expr>')
      break
    case 'Ident':
      out.push(x.name)
      break
    case 'BasicLit':
      out.push(x.value)
      break
    case 'Ellipsis':
      out.push('...')
      if (x.elt !== null) writeExpr(out, x.elt)
      break
    case 'FuncLit':
      writeExpr(out, x.type)
      out.push(x.body.list.length > 0 ? ' {…}' : ' {}')
      break
    case 'CompositeLit':
      if (x.type !== null) writeExpr(out, x.type)
      out.push(x.elts.length > 0 ? '{…}' : '{}')
      break
    case 'ParenExpr':
      out.push('(')
      writeExpr(out, x.x)
      out.push(')')
      break
    case 'SelectorExpr':
      writeExpr(out, x.x)
      out.push('.', x.sel.name)
      break
    case 'IndexExpr':
      writeExpr(out, x.x)
      out.push('[')
      writeExpr(out, x.index)
      out.push(']')
      break
    case 'IndexListExpr':
      writeExpr(out, x.x)
      out.push('[')
      writeList(out, x.indices)
      out.push(']')
      break
    case 'SliceExpr':
      writeExpr(out, x.x)
      out.push('[')
      if (x.low !== null) writeExpr(out, x.low)
      out.push(':')
      if (x.high !== null) writeExpr(out, x.high)
      if (x.max !== null) {
        out.push(':')
        writeExpr(out, x.max)
      }
      out.push(']')
      break
    case 'TypeAssertExpr':
      writeExpr(out, x.x)
      out.push('.(')
      if (x.type === null) out.push('type')
      else writeExpr(out, x.type)
      out.push(')')
      break
    case 'CallExpr':
      writeExpr(out, x.fun)
      out.push('(')
      writeList(out, x.args)
      if (x.ellipsis !== 0) out.push('...')
      out.push(')')
      break
    case 'StarExpr':
      out.push('*')
      writeExpr(out, x.x)
      break
    case 'UnaryExpr':
      out.push(x.op)
      writeExpr(out, x.x)
      break
    case 'BinaryExpr': {
      // long chains nest to the left (a + b + c …): walk down that side without recursing
      const chain: ast.BinaryExpr[] = []
      let left: ast.Expr = x
      while (left.kind === 'BinaryExpr') {
        chain.push(left)
        left = left.x
      }
      writeExpr(out, left)
      for (let i = chain.length - 1; i >= 0; i--) {
        out.push(' ', chain[i].op, ' ')
        writeExpr(out, chain[i].y)
      }
      break
    }
    case 'KeyValueExpr':
      writeExpr(out, x.key)
      out.push(': ')
      writeExpr(out, x.value)
      break
    case 'ArrayType':
      out.push('[')
      if (x.len !== null) writeExpr(out, x.len)
      out.push(']')
      writeExpr(out, x.elt)
      break
    case 'StructType': {
      out.push('struct{')
      const fields = x.fields.list
      for (let i = 0; i < fields.length; i++) {
        if (i > 0) out.push('; ')
        const f = fields[i]
        if (f.names.length > 0) {
          out.push(f.names.map((n) => n.name).join(', '), ' ')
        }
        writeExpr(out, f.type)
        if (f.tag !== null) out.push(' ', f.tag.value)
      }
      out.push('}')
      break
    }
    case 'FuncType':
      out.push('func')
      writeSignature(out, x)
      break
    case 'InterfaceType': {
      out.push('interface{')
      const methods = x.methods.list
      for (let i = 0; i < methods.length; i++) {
        if (i > 0) out.push('; ')
        const m = methods[i]
        if (m.names.length > 0 && m.type.kind === 'FuncType') {
          out.push(m.names[0].name)
          writeSignature(out, m.type)
        } else {
          writeExpr(out, m.type)
        }
      }
      out.push('}')
      break
    }
    case 'MapType':
      out.push('map[')
      writeExpr(out, x.key)
      out.push(']')
      writeExpr(out, x.value)
      break
    case 'ChanType':
      if (x.dir === 'recv') out.push('<-')
      out.push('chan')
      if (x.dir === 'send') out.push('<-')
      out.push(' ')
      if (x.dir === 'both' && x.value.kind === 'ChanType' && x.value.dir === 'recv') {
        out.push('(')
        writeExpr(out, x.value)
        out.push(')')
      } else {
        writeExpr(out, x.value)
      }
      break
  }
}

function writeParams (out: string[], list: ast.FieldList, open: string, close: string): void {
  out.push(open)
  let first = true
  for (const f of list.list) {
    const type = f.type.kind === 'ParenExpr' ? unparen(f.type) : f.type
    if (f.names.length === 0) {
      if (!first) out.push(', ')
      writeExpr(out, type)
      first = false
      continue
    }
    for (let i = 0; i < f.names.length; i++) {
      if (!first) out.push(', ')
      first = false
      out.push(f.names[i].name)
      if (i + 1 < f.names.length) continue
      out.push(' ')
      writeExpr(out, type)
    }
  }
  out.push(close)
}

function unparen (x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x
  return x
}

function writeSignature (out: string[], sig: ast.FuncType): void {
  if (sig.typeParams !== null) writeParams(out, sig.typeParams, '[', ']')
  writeParams(out, sig.params, '(', ')')
  const r = sig.results
  if (r !== null && r.list.length > 0) {
    out.push(' ')
    if (r.list.length === 1 && r.list[0].names.length === 0) writeExpr(out, r.list[0].type)
    else writeParams(out, r, '(', ')')
  }
}

function writeStmt (out: string[], s: ast.Stmt): void {
  switch (s.kind) {
    case 'ExprStmt':
      writeExpr(out, s.x)
      break
    case 'SendStmt':
      writeExpr(out, s.chan)
      out.push(' <- ')
      writeExpr(out, s.value)
      break
    case 'IncDecStmt':
      writeExpr(out, s.x)
      out.push(s.tok)
      break
    case 'AssignStmt':
      writeList(out, s.lhs)
      out.push(' ', s.tok, ' ')
      writeList(out, s.rhs)
      break
    case 'GoStmt':
    case 'DeferStmt':
      out.push(s.kind === 'GoStmt' ? 'go ' : 'defer ')
      writeExpr(out, s.call)
      break
    case 'ReturnStmt':
      out.push('return')
      if (s.results.length > 0) {
        out.push(' ')
        writeList(out, s.results)
      }
      break
    case 'BranchStmt':
      out.push(s.tok)
      if (s.label !== null) out.push(' ', s.label.name)
      break
    case 'EmptyStmt':
      break
    case 'LabeledStmt':
      out.push(s.label.name, ': ')
      writeStmt(out, s.stmt)
      break
    case 'BlockStmt':
      out.push(s.list.length > 0 ? '{…}' : '{}')
      break
    default:
      out.push(s.kind)
  }
}
