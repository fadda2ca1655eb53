/**
 * Source files and declarations (spec: "Source file organization", "Declarations and scope"):
 * the package clause, imports, const/type/var declarations (single or grouped) and functions.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { tokenSet, type Parser } from './parser.ts'
import { Tok as TokenKinds } from './token.ts'
import { binary, expressionList, primary } from './parse-expr.ts'
import { arrayType, funcType, parameters, sliceType, type, typeOrNull } from './parse-type.ts'
import { block } from './parse-stmt.ts'
import { splitTypeParam } from './exprshape.ts'

const Tok = TokenKinds // module-local alias (see parser.ts)
type Tok = TokenKinds

const TOP_LEVEL = tokenSet(Tok.Const, Tok.Type, Tok.Var, Tok.Func)
const AFTER_SPEC = tokenSet(Tok.Semi, Tok.Rparen)
const AFTER_FUNC_NAME = tokenSet(Tok.Lbrace, Tok.Semi)

const DECL_WORDS = new Map<Tok, ast.DeclTok>([[Tok.Import, 'import'], [Tok.Const, 'const'], [Tok.Type, 'type'], [Tok.Var, 'var']])

/** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
export function sourceFile (p: Parser, filename: string, fileStart: Pos, fileEnd: Pos): ast.File {
  const pos = p.pos()
  const file: ast.File = {
    kind: 'File',
    pos,
    end: fileEnd,
    filename,
    fileStart,
    fileEnd,
    doc: null,
    name: { kind: 'Ident', pos, end: pos + 1, name: '_' },
    decls: [],
    imports: [],
    comments: [],
  }
  if (!p.got(Tok.Package)) {
    p.syntaxError('package statement must be first')
    return file
  }
  file.name = p.name()
  p.want(Tok.Semi)
  if (p.errorCount > 0) return file // gc goes no further after a bad package clause

  while (p.tok() === Tok.Import) {
    const d = declaration(p, Tok.Import)
    for (const s of d.specs) file.imports.push(s as ast.ImportSpec)
    file.decls.push(d)
    p.want(Tok.Semi)
  }

  while (p.tok() !== Tok.EOF) {
    const t = p.tok()
    if (t === Tok.Const || t === Tok.Type || t === Tok.Var) {
      file.decls.push(declaration(p, t))
    } else if (t === Tok.Func) {
      const f = funcDecl(p)
      if (f !== null) file.decls.push(f)
    } else {
      const last = file.decls[file.decls.length - 1]
      if (t === Tok.Lbrace && last !== undefined && last.kind === 'FuncDecl' && last.body === null) {
        p.syntaxError('unexpected semicolon or newline before {')
      } else {
        p.syntaxError('non-declaration statement outside function body')
      }
      p.skip(TOP_LEVEL)
      continue
    }
    if (p.tok() !== Tok.EOF && !p.got(Tok.Semi)) {
      p.syntaxError('after top level declaration')
      p.skip(TOP_LEVEL)
    }
  }
  return file
}

/**
 * An import, const, type or var declaration, at its keyword: one spec, or a parenthesized group
 * of them (the index of each spec in the group is the value of iota for constants).
 */
export function declaration (p: Parser, keyword: Tok): ast.GenDecl {
  const pos = p.pos()
  p.next()
  const tok = DECL_WORDS.get(keyword)!
  const spec: (index: number) => ast.Spec =
    keyword === Tok.Import
      ? () => importSpec(p)
      : keyword === Tok.Const
        ? (i) => constSpec(p, i)
        : keyword === Tok.Type
          ? () => typeSpec(p)
          : (i) => varSpec(p, i)
  const d: ast.GenDecl = { kind: 'GenDecl', pos, end: NoPos, doc: null, tok, lparen: NoPos, specs: [], rparen: NoPos }
  if (p.tok() === Tok.Lparen) {
    d.lparen = p.pos()
    p.next()
    d.rparen = p.list('grouped declaration', Tok.Semi, Tok.Rparen, () => {
      d.specs.push(spec(d.specs.length))
      return false
    })
  } else {
    d.specs.push(spec(0))
  }
  d.end = p.lastEnd
  return d
}

/** ImportSpec = [ "." | PackageName ] ImportPath . */
function importSpec (p: Parser): ast.ImportSpec {
  const pos = p.pos()
  let name: ast.Ident | null = null
  if (p.tok() === Tok.Name) {
    name = p.name()
  } else if (p.tok() === Tok.Dot) {
    name = { kind: 'Ident', pos: p.pos(), end: p.pos() + 1, name: '.' }
    p.next()
  }
  let path = p.literal()
  if (path === null) {
    p.syntaxError('missing import path')
    p.skip(AFTER_SPEC)
    path = { kind: 'BasicLit', pos: p.pos(), end: p.pos(), litKind: 'STRING', value: '""' }
  } else if (!p.scanner.bad && path.litKind !== 'STRING') {
    // (the flag read is that of the latest literal scanned, which may already be the next
    // token, as in gc: `import 0x "fmt"` reports the missing separator instead)
    p.syntaxError('import path must be a string')
  }
  return { kind: 'ImportSpec', pos, end: path.end, doc: null, name, path, comment: null }
}

/** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
function constSpec (p: Parser, iota: number): ast.ValueSpec {
  const pos = p.pos()
  const names = p.nameList(p.name())
  let t: ast.Expr | null = null
  let values: ast.Expr[] = []
  const k = p.tok()
  if (k !== Tok.EOF && k !== Tok.Semi && k !== Tok.Rparen) {
    t = typeOrNull(p)
    if (p.gotAssign()) values = expressionList(p)
  }
  return { kind: 'ValueSpec', pos, end: p.lastEnd, doc: null, names, type: t, values, comment: null, iota }
}

/** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
function varSpec (p: Parser, iota: number): ast.ValueSpec {
  const pos = p.pos()
  const names = p.nameList(p.name())
  let t: ast.Expr | null = null
  let values: ast.Expr[] = []
  if (p.gotAssign()) {
    values = expressionList(p)
  } else {
    t = type(p)
    if (p.gotAssign()) values = expressionList(p)
  }
  return { kind: 'ValueSpec', pos, end: p.lastEnd, doc: null, names, type: t, values, comment: null, iota }
}

/** TypeSpec = identifier [ TypeParameters ] [ "=" ] Type . */
function typeSpec (p: Parser): ast.TypeSpec {
  const pos = p.pos()
  const name = p.name()
  let typeParams: ast.FieldList | null = null
  let assign: Pos = NoPos
  let t: ast.Expr | null
  if (p.tok() === Tok.Lbrack) {
    // `type T[` starts type parameters, an array type or a slice type
    const lbrack = p.pos()
    p.next()
    if (p.tok() === Tok.Name) {
      const after = arrayLengthOrTypeParam(p, lbrack)
      typeParams = after.typeParams
      if (typeParams !== null) {
        assign = aliasAssign(p)
        t = typeOrNull(p)
      } else {
        t = after.array
      }
    } else if (p.got(Tok.Rbrack)) {
      t = sliceType(p, lbrack)
    } else {
      t = arrayType(p, lbrack, null)
    }
  } else {
    assign = aliasAssign(p)
    t = typeOrNull(p)
  }
  if (t === null) {
    t = p.badExpr()
    p.syntaxError('in type declaration')
    p.skip(AFTER_SPEC)
  }
  return { kind: 'TypeSpec', pos, end: p.lastEnd, doc: null, name, typeParams, assign, type: t, comment: null }
}

/** The `=` of an alias declaration (a `:=` is taken with a complaint); NoPos if there is none. */
function aliasAssign (p: Parser): Pos {
  const pos = p.pos()
  return p.gotAssign() ? pos : NoPos
}

/**
 * After `type T[` with a name: reads an expression and decides, from its shape and what follows,
 * between type parameters `[P C, …]` and an array length `[N]E`.
 */
function arrayLengthOrTypeParam (p: Parser, lbrack: Pos): { typeParams: ast.FieldList | null, array: ast.Expr | null } {
  let x: ast.Expr = p.name()
  if (p.tok() !== Tok.Lbrack) {
    p.exprLevel++
    x = binary(p, primary(p, x), 0)
    p.exprLevel--
  }
  const { name, constraint } = splitTypeParam(x, p.tok() === Tok.Comma)
  if (name !== null && (constraint !== null || p.tok() !== Tok.Rbrack)) {
    const typeParams = parameters(p, lbrack, { pos: name.pos, name, type: constraint }, Tok.Rbrack, true)
    return { typeParams, array: null }
  }
  return { typeParams: null, array: arrayType(p, lbrack, x) }
}

/** FunctionDecl and MethodDecl, at `func`; null when there is no name. */
function funcDecl (p: Parser): ast.FuncDecl | null {
  const pos = p.pos()
  p.next()
  let recv: ast.FieldList | null = null
  if (p.tok() === Tok.Lparen) {
    const lparen = p.pos()
    p.next()
    recv = parameters(p, lparen, null, Tok.Rparen, false)
    const count = recv.list.reduce((n, f) => n + Math.max(1, f.names.length), 0)
    if (count === 0) p.error('method has no receiver')
    else if (count > 1) p.error('method has multiple receivers')
  }
  if (p.tok() !== Tok.Name) {
    p.syntaxError('expecting name or (')
    p.skip(AFTER_FUNC_NAME)
    return null
  }
  const name = p.name()
  const sig = funcType(p, pos, recv !== null ? 'method' : '')
  const body = p.tok() === Tok.Lbrace ? funcBody(p) : null
  return { kind: 'FuncDecl', pos, end: body !== null ? body.end : sig.end, doc: null, recv, name, type: sig, body }
}

/** A function's body block. */
export function funcBody (p: Parser): ast.BlockStmt {
  p.funcDepth++
  const body = block(p, '')
  p.funcDepth--
  return body
}
