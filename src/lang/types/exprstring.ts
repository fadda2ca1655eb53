/** Expressions printed as the gc compiler's messages show them (syntax printer, ShortForm). */
import type * as ast from '../syntax/ast.ts'

export function exprString(e: ast.Expr | null): string {
  if (!e) return ''
  switch (e.kind) {
    case 'BadExpr': return '<bad expr>'
    case 'Ident': return e.name
    case 'BasicLit': return e.value
    case 'Ellipsis': return '...' + exprString(e.elt)
    case 'FuncLit': return funcType(e.type) + ' {' + (e.body.list.length ? '…' : '') + '}'
    case 'CompositeLit': return exprString(e.type) + '{' + (e.elts.length ? '…' : '') + '}'
    case 'ParenExpr': return '(' + exprString(e.x) + ')'
    case 'SelectorExpr': return exprString(e.x) + '.' + e.sel.name
    case 'IndexExpr': return exprString(e.x) + '[' + exprString(e.index) + ']'
    case 'IndexListExpr': return exprString(e.x) + '[' + e.indices.map(exprString).join(', ') + ']'
    case 'SliceExpr': {
      let s = exprString(e.x) + '[' + exprString(e.low) + ':' + exprString(e.high)
      if (e.slice3) s += ':' + exprString(e.max)
      return s + ']'
    }
    case 'TypeAssertExpr': return exprString(e.x) + '.(' + (e.type ? exprString(e.type) : 'type') + ')'
    case 'CallExpr': return exprString(e.fun) + '(' + e.args.map(exprString).join(', ') + (e.ellipsis ? '...' : '') + ')'
    case 'StarExpr': return '*' + exprString(e.x)
    case 'UnaryExpr': return e.op + exprString(e.x)
    case 'BinaryExpr': return exprString(e.x) + ' ' + e.op + ' ' + exprString(e.y)
    case 'KeyValueExpr': return exprString(e.key) + ': ' + exprString(e.value)
    case 'ArrayType': return '[' + (e.len ? (e.len.kind === 'Ellipsis' ? '...' : exprString(e.len)) : '') + ']' + exprString(e.elt)
    case 'StructType': return 'struct{' + fields(e.fields.list, '; ') + '}'
    case 'FuncType': return funcType(e)
    case 'InterfaceType': return 'interface{' + e.methods.list.map(f => f.names.length ? f.names[0].name + signature(f.type as ast.FuncType) : exprString(f.type)).join('; ') + '}'
    case 'MapType': return 'map[' + exprString(e.key) + ']' + exprString(e.value)
    case 'ChanType': return (e.dir === 'recv' ? '<-chan ' : e.dir === 'send' ? 'chan<- ' : 'chan ') + exprString(e.value)
  }
}

function fields(list: ast.Field[], sep: string): string {
  return list.map(f => {
    let s = f.names.map(n => n.name).join(', ')
    if (s) s += ' '
    s += exprString(f.type)
    if (f.tag) s += ' ' + f.tag.value
    return s
  }).join(sep)
}

function signature(t: ast.FuncType): string {
  let s = ''
  if (t.typeParams && t.typeParams.list.length) s += '[' + fields(t.typeParams.list, ', ') + ']'
  s += '(' + fields(t.params.list, ', ') + ')'
  const r = t.results?.list ?? []
  if (r.length === 1 && r[0].names.length === 0) s += ' ' + exprString(r[0].type)
  else if (r.length) s += ' (' + fields(r, ', ') + ')'
  return s
}

function funcType(t: ast.FuncType): string { return 'func' + signature(t) }
