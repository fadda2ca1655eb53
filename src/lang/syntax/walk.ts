/**
 * Traversal of the syntax tree in source order, like go/ast.Inspect.
 *
 * @example
 * ```ts
 * inspect(file, (n) => { if (n.kind === 'CallExpr') calls++; return true })
 * ```
 */

import type * as ast from './ast.ts'

/** Calls f for node and, while f returns true, for its children (depth-first, in source order). */
export function inspect(node: ast.Node, f: (n: ast.Node) => boolean): void {
  if (!f(node)) return
  forEachChild(node, (c) => inspect(c, f))
}

/** Calls f for each direct child of node, in source order. */
export function forEachChild(n: ast.Node, f: (c: ast.Node) => void): void {
  const one = (c: ast.Node | null): void => {
    if (c !== null) f(c)
  }
  const all = (cs: readonly ast.Node[] | null): void => {
    if (cs !== null) for (const c of cs) f(c)
  }
  switch (n.kind) {
    case 'Comment':
    case 'BadExpr':
    case 'Ident':
    case 'BasicLit':
    case 'BadStmt':
    case 'EmptyStmt':
    case 'BadDecl':
      return
    case 'CommentGroup':
      return all(n.list)
    case 'Field':
      one(n.doc)
      all(n.names)
      one(n.type)
      one(n.tag)
      return one(n.comment)
    case 'FieldList':
      return all(n.list)
    case 'Ellipsis':
      return one(n.elt)
    case 'FuncLit':
      one(n.type)
      return one(n.body)
    case 'CompositeLit':
      one(n.type)
      return all(n.elts)
    case 'ParenExpr':
      return one(n.x)
    case 'SelectorExpr':
      one(n.x)
      return one(n.sel)
    case 'IndexExpr':
      one(n.x)
      return one(n.index)
    case 'IndexListExpr':
      one(n.x)
      return all(n.indices)
    case 'SliceExpr':
      one(n.x)
      one(n.low)
      one(n.high)
      return one(n.max)
    case 'TypeAssertExpr':
      one(n.x)
      return one(n.type)
    case 'CallExpr':
      one(n.fun)
      return all(n.args)
    case 'StarExpr':
    case 'UnaryExpr':
      return one(n.x)
    case 'BinaryExpr':
      one(n.x)
      return one(n.y)
    case 'KeyValueExpr':
      one(n.key)
      return one(n.value)
    case 'ArrayType':
      one(n.len)
      return one(n.elt)
    case 'StructType':
      return one(n.fields)
    case 'FuncType':
      one(n.typeParams)
      one(n.params)
      return one(n.results)
    case 'InterfaceType':
      return one(n.methods)
    case 'MapType':
      one(n.key)
      return one(n.value)
    case 'ChanType':
      return one(n.value)
    case 'DeclStmt':
      return one(n.decl)
    case 'LabeledStmt':
      one(n.label)
      return one(n.stmt)
    case 'ExprStmt':
      return one(n.x)
    case 'SendStmt':
      one(n.chan)
      return one(n.value)
    case 'IncDecStmt':
      return one(n.x)
    case 'AssignStmt':
      all(n.lhs)
      return all(n.rhs)
    case 'GoStmt':
    case 'DeferStmt':
      return one(n.call)
    case 'ReturnStmt':
      return all(n.results)
    case 'BranchStmt':
      return one(n.label)
    case 'BlockStmt':
      return all(n.list)
    case 'IfStmt':
      one(n.init)
      one(n.cond)
      one(n.body)
      return one(n.els)
    case 'CaseClause':
      all(n.list)
      return all(n.body)
    case 'SwitchStmt':
      one(n.init)
      one(n.tag)
      return one(n.body)
    case 'TypeSwitchStmt':
      one(n.init)
      one(n.assign)
      return one(n.body)
    case 'CommClause':
      one(n.comm)
      return all(n.body)
    case 'SelectStmt':
      return one(n.body)
    case 'ForStmt':
      one(n.init)
      one(n.cond)
      one(n.post)
      return one(n.body)
    case 'RangeStmt':
      one(n.key)
      one(n.value)
      one(n.x)
      return one(n.body)
    case 'ImportSpec':
      one(n.doc)
      one(n.name)
      one(n.path)
      return one(n.comment)
    case 'ValueSpec':
      one(n.doc)
      all(n.names)
      one(n.type)
      all(n.values)
      return one(n.comment)
    case 'TypeSpec':
      one(n.doc)
      one(n.name)
      one(n.typeParams)
      one(n.type)
      return one(n.comment)
    case 'GenDecl':
      one(n.doc)
      return all(n.specs)
    case 'FuncDecl':
      one(n.doc)
      one(n.recv)
      one(n.name)
      one(n.type)
      return one(n.body)
    case 'File':
      one(n.doc)
      one(n.name)
      return all(n.decls)
  }
}
