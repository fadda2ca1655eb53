/**
 * Traversal of the syntax tree in source order, like go/ast.Inspect.
 *
 * @example
 * ```ts
 * inspect(file, (n) => { if (n.kind === 'CallExpr') calls++; return true })
 * ```
 */

import type * as ast from './ast.ts'

/**
 * Calls f for node and, while f returns true, for its children (depth-first, in source order).
 * Iterative, so very deep trees (a long `"a" + "b" + …` chain nests thousands deep) are fine.
 */
export function inspect (node: ast.Node, f: (n: ast.Node) => boolean): void {
  const stack: ast.Node[] = [node]
  const kids: ast.Node[] = []
  const push = function (c: ast.Node): void {
    kids.push(c)
  }
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!f(n)) continue
    kids.length = 0
    forEachChild(n, push)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
}

function all (cs: readonly ast.Node[] | null, f: (c: ast.Node) => void): void {
  if (cs !== null) for (let i = 0; i < cs.length; i++) f(cs[i])
}

/** Calls f for each direct child of node, in source order. */
export function forEachChild (n: ast.Node, f: (c: ast.Node) => void): void {
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
      all(n.list, f)
      return
    case 'Field':
      if (n.doc !== null) f(n.doc)
      all(n.names, f)
      if (n.type !== null) f(n.type)
      if (n.tag !== null) f(n.tag)
      if (n.comment !== null) f(n.comment)
      return
    case 'FieldList':
      all(n.list, f)
      return
    case 'Ellipsis':
      if (n.elt !== null) f(n.elt)
      return
    case 'FuncLit':
      if (n.type !== null) f(n.type)
      if (n.body !== null) f(n.body)
      return
    case 'CompositeLit':
      if (n.type !== null) f(n.type)
      all(n.elts, f)
      return
    case 'ParenExpr':
      if (n.x !== null) f(n.x)
      return
    case 'SelectorExpr':
      if (n.x !== null) f(n.x)
      if (n.sel !== null) f(n.sel)
      return
    case 'IndexExpr':
      if (n.x !== null) f(n.x)
      if (n.index !== null) f(n.index)
      return
    case 'IndexListExpr':
      if (n.x !== null) f(n.x)
      all(n.indices, f)
      return
    case 'SliceExpr':
      if (n.x !== null) f(n.x)
      if (n.low !== null) f(n.low)
      if (n.high !== null) f(n.high)
      if (n.max !== null) f(n.max)
      return
    case 'TypeAssertExpr':
      if (n.x !== null) f(n.x)
      if (n.type !== null) f(n.type)
      return
    case 'CallExpr':
      if (n.fun !== null) f(n.fun)
      all(n.args, f)
      return
    case 'StarExpr':
    case 'UnaryExpr':
      if (n.x !== null) f(n.x)
      return
    case 'BinaryExpr':
      if (n.x !== null) f(n.x)
      if (n.y !== null) f(n.y)
      return
    case 'KeyValueExpr':
      if (n.key !== null) f(n.key)
      if (n.value !== null) f(n.value)
      return
    case 'ArrayType':
      if (n.len !== null) f(n.len)
      if (n.elt !== null) f(n.elt)
      return
    case 'StructType':
      if (n.fields !== null) f(n.fields)
      return
    case 'FuncType':
      if (n.typeParams !== null) f(n.typeParams)
      if (n.params !== null) f(n.params)
      if (n.results !== null) f(n.results)
      return
    case 'InterfaceType':
      if (n.methods !== null) f(n.methods)
      return
    case 'MapType':
      if (n.key !== null) f(n.key)
      if (n.value !== null) f(n.value)
      return
    case 'ChanType':
      if (n.value !== null) f(n.value)
      return
    case 'DeclStmt':
      if (n.decl !== null) f(n.decl)
      return
    case 'LabeledStmt':
      if (n.label !== null) f(n.label)
      if (n.stmt !== null) f(n.stmt)
      return
    case 'ExprStmt':
      if (n.x !== null) f(n.x)
      return
    case 'SendStmt':
      if (n.chan !== null) f(n.chan)
      if (n.value !== null) f(n.value)
      return
    case 'IncDecStmt':
      if (n.x !== null) f(n.x)
      return
    case 'AssignStmt':
      all(n.lhs, f)
      all(n.rhs, f)
      return
    case 'GoStmt':
    case 'DeferStmt':
      if (n.call !== null) f(n.call)
      return
    case 'ReturnStmt':
      all(n.results, f)
      return
    case 'BranchStmt':
      if (n.label !== null) f(n.label)
      return
    case 'BlockStmt':
      all(n.list, f)
      return
    case 'IfStmt':
      if (n.init !== null) f(n.init)
      if (n.cond !== null) f(n.cond)
      if (n.body !== null) f(n.body)
      if (n.els !== null) f(n.els)
      return
    case 'CaseClause':
      all(n.list, f)
      all(n.body, f)
      return
    case 'SwitchStmt':
      if (n.init !== null) f(n.init)
      if (n.tag !== null) f(n.tag)
      if (n.body !== null) f(n.body)
      return
    case 'TypeSwitchStmt':
      if (n.init !== null) f(n.init)
      if (n.assign !== null) f(n.assign)
      if (n.body !== null) f(n.body)
      return
    case 'CommClause':
      if (n.comm !== null) f(n.comm)
      all(n.body, f)
      return
    case 'SelectStmt':
      if (n.body !== null) f(n.body)
      return
    case 'ForStmt':
      if (n.init !== null) f(n.init)
      if (n.cond !== null) f(n.cond)
      if (n.post !== null) f(n.post)
      if (n.body !== null) f(n.body)
      return
    case 'RangeStmt':
      if (n.key !== null) f(n.key)
      if (n.value !== null) f(n.value)
      if (n.x !== null) f(n.x)
      if (n.body !== null) f(n.body)
      return
    case 'ImportSpec':
      if (n.doc !== null) f(n.doc)
      if (n.name !== null) f(n.name)
      if (n.path !== null) f(n.path)
      if (n.comment !== null) f(n.comment)
      return
    case 'ValueSpec':
      if (n.doc !== null) f(n.doc)
      all(n.names, f)
      if (n.type !== null) f(n.type)
      all(n.values, f)
      if (n.comment !== null) f(n.comment)
      return
    case 'TypeSpec':
      if (n.doc !== null) f(n.doc)
      if (n.name !== null) f(n.name)
      if (n.typeParams !== null) f(n.typeParams)
      if (n.type !== null) f(n.type)
      if (n.comment !== null) f(n.comment)
      return
    case 'GenDecl':
      if (n.doc !== null) f(n.doc)
      all(n.specs, f)
      return
    case 'FuncDecl':
      if (n.doc !== null) f(n.doc)
      if (n.recv !== null) f(n.recv)
      if (n.name !== null) f(n.name)
      if (n.type !== null) f(n.type)
      if (n.body !== null) f(n.body)
      return
    case 'File':
      if (n.doc !== null) f(n.doc)
      if (n.name !== null) f(n.name)
      all(n.decls, f)
  }
}
