/**
 * Types (spec: "Types", "Type parameter declarations"): type names and instances, the type
 * literals, function signatures with their parameter lists, struct fields and interface elements.
 */

import type * as ast from './ast.ts'
import { NoPos, type Pos } from './pos.ts'
import { tokenSet, type Parser, type TokenSet } from './parser.ts'
import { Tok as TokenKinds, tokstring } from './token.ts'
import { expression, typeArgumentList } from './parse-expr.ts'

const Tok = TokenKinds // module-local alias (see parser.ts)
type Tok = TokenKinds

const AFTER_TYPE = tokenSet(Tok.Comma, Tok.Colon, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
const AFTER_TERM = tokenSet(Tok.Operator, Tok.Semi, Tok.Rparen, Tok.Rbrack, Tok.Rbrace)
const AFTER_FIELD = tokenSet(Tok.Semi, Tok.Rbrace)
const AFTER_QUALIFIER = tokenSet(Tok.Dot, Tok.Semi, Tok.Rbrace)

/** A type; a BadExpr (with a complaint) if there is none. */
export function type (p: Parser): ast.Expr {
  return typeOr(p, 'expecting type', AFTER_TYPE)
}

/** A type, or a BadExpr with the complaint `msg` (then skipping to `stop`, if given). */
function typeOr (p: Parser, msg: string, stop: TokenSet | null): ast.Expr {
  const t = typeOrNull(p)
  if (t !== null) return t
  const bad = p.badExpr()
  p.syntaxError(msg)
  if (stop !== null) p.skip(stop)
  return bad
}

/** Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" ; null if no type starts here. */
export function typeOrNull (p: Parser): ast.Expr | null {
  return p.nested(typeBody)
}

function typeBody (p: Parser): ast.Expr | null {
  const pos = p.pos()
  switch (p.tok()) {
    case Tok.Name:
      return qualifiedName(p, null)
    case Tok.Star: {
      p.next()
      const x = type(p)
      return { kind: 'StarExpr', pos, end: x.end, x }
    }
    case Tok.Lbrack:
      p.next()
      return p.got(Tok.Rbrack) ? sliceType(p, pos) : arrayType(p, pos, null)
    case Tok.Lparen: {
      p.next()
      const x = type(p)
      const rparen = p.pos()
      p.want(Tok.Rparen)
      return { kind: 'ParenExpr', pos, end: p.lastEnd, lparen: pos, x, rparen }
    }
    case Tok.Func:
      p.next()
      return funcType(p, pos, 'function type')
    case Tok.Map: {
      p.next()
      p.want(Tok.Lbrack)
      const key = type(p)
      p.want(Tok.Rbrack)
      const value = type(p)
      return { kind: 'MapType', pos, end: value.end, key, value }
    }
    case Tok.Chan: {
      p.next()
      let arrow: Pos = NoPos
      if (p.tok() === Tok.Arrow) {
        arrow = p.pos()
        p.next()
      }
      const value = channelElement(p)
      return { kind: 'ChanType', pos, end: value.end, arrow, dir: arrow === NoPos ? 'both' : 'send', value }
    }
    case Tok.Arrow: {
      p.next()
      p.want(Tok.Chan)
      const value = channelElement(p)
      return { kind: 'ChanType', pos, end: value.end, arrow: pos, dir: 'recv', value }
    }
    case Tok.Struct:
      return structType(p)
    case Tok.Interface:
      return interfaceType(p)
  }
  return null
}

function channelElement (p: Parser): ast.Expr {
  return typeOr(p, 'missing channel element type', null)
}

/** TypeName [ TypeArgs ], where the first name may already be parsed. */
export function qualifiedName (p: Parser, first: ast.Ident | null): ast.Expr {
  let x: ast.Expr
  if (first !== null) {
    x = first
  } else if (p.tok() === Tok.Name) {
    x = p.name()
  } else {
    x = { kind: 'Ident', pos: p.pos(), end: p.pos(), name: '_' }
    p.syntaxError('expecting name')
    p.skip(AFTER_QUALIFIER)
  }
  if (p.tok() === Tok.Dot) {
    const dot = p.pos()
    p.next()
    const sel = p.name()
    x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, dot, sel }
  }
  if (p.tok() === Tok.Lbrack) x = typeArguments(p, x)
  return x
}

/** `T[A, B]`: a generic type instantiated. */
function typeArguments (p: Parser, generic: ast.Expr): ast.Expr {
  const lbrack = p.pos()
  p.want(Tok.Lbrack)
  let args: ast.Expr[]
  if (p.tok() === Tok.Rbrack) {
    p.syntaxError('expecting type')
    args = [p.badExpr()]
  } else {
    args = typeArgumentList(p).list
  }
  const rbrack = p.pos()
  p.want(Tok.Rbrack)
  return indexed(generic, generic.pos, lbrack, args, rbrack, p.lastEnd)
}

/** An IndexExpr for one index, an IndexListExpr for several. */
function indexed (x: ast.Expr, pos: Pos, lbrack: Pos, list: ast.Expr[], rbrack: Pos, end: Pos): ast.IndexExpr | ast.IndexListExpr {
  if (list.length === 1) return { kind: 'IndexExpr', pos, end, x, lbrack, index: list[0], rbrack }
  return { kind: 'IndexListExpr', pos, end, x, lbrack, indices: list, rbrack }
}

/** `[len]Elem` after the `[` at lbrack; `len` when already parsed. */
export function arrayType (p: Parser, lbrack: Pos, len: ast.Expr | null): ast.Expr {
  if (len === null) {
    if (p.tok() === Tok.DotDotDot) {
      const at = p.pos()
      p.next()
      len = { kind: 'Ellipsis', pos: at, end: at + 3, elt: null }
    } else {
      p.exprLevel++
      len = expression(p)
      p.exprLevel--
    }
  }
  if (p.tok() === Tok.Comma) {
    p.syntaxError('unexpected comma; expecting ]')
    p.next()
  }
  p.want(Tok.Rbrack)
  const elt = type(p)
  return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len, elt }
}

/** `[]Elem` after the `[]`. */
export function sliceType (p: Parser, lbrack: Pos): ast.Expr {
  const elt = type(p)
  return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len: null, elt }
}

/**
 * Signature = [ TypeParameters ] Parameters [ Result ], after `func` (at funcPos; NoPos for an
 * interface method). A non-empty `context` names what may not have type parameters.
 */
export function funcType (p: Parser, funcPos: Pos, context: string): ast.FuncType {
  const pos = p.pos()
  let typeParams: ast.FieldList | null = null
  if (p.tok() === Tok.Lbrack) {
    const lbrack = p.pos()
    p.next()
    if (context !== '') p.syntaxErrorAt(pos, context + ' must have no type parameters')
    if (p.tok() === Tok.Rbrack) {
      p.syntaxError('empty type parameter list')
      p.next()
    } else {
      typeParams = parameters(p, lbrack, null, Tok.Rbrack, true)
    }
  }
  const lparen = p.pos()
  p.want(Tok.Lparen)
  const params = parameters(p, lparen, null, Tok.Rparen, false)
  const results = result(p)
  return { kind: 'FuncType', pos: funcPos !== NoPos ? funcPos : pos, end: p.lastEnd, func: funcPos, typeParams, params, results }
}

/** Result = Parameters | Type ; null if there is none. */
function result (p: Parser): ast.FieldList | null {
  const pos = p.pos()
  if (p.got(Tok.Lparen)) return parameters(p, pos, null, Tok.Rparen, false)
  const t = typeOrNull(p)
  if (t === null) return null
  const f = field(pos, [], t, null)
  return { kind: 'FieldList', pos, end: t.end, opening: NoPos, list: [f], closing: NoPos }
}

function field (pos: Pos, names: ast.Ident[], t: ast.Expr, tag: ast.BasicLit | null): ast.Field {
  return { kind: 'Field', pos, end: tag !== null ? tag.end : t.end, doc: null, names, type: t, tag, comment: null }
}

/** StructType = "struct" "{" { FieldDecl ";" } "}" . */
function structType (p: Parser): ast.StructType {
  const { pos, end, list } = bracedElements(p, Tok.Struct, 'struct type', fieldDecl)
  return { kind: 'StructType', pos, end, fields: list, incomplete: false }
}

/** `keyword { element ; … }` of a struct or interface type. */
function bracedElements (p: Parser, keyword: Tok, context: string, element: (p: Parser) => ast.Field | null): { pos: Pos, end: Pos, list: ast.FieldList } {
  const pos = p.pos()
  p.want(keyword)
  const opening = p.pos()
  p.want(Tok.Lbrace)
  const elems: ast.Field[] = []
  const closing = p.list(context, Tok.Semi, Tok.Rbrace, () => {
    const f = element(p)
    if (f !== null) elems.push(f)
    return false
  })
  const end = p.lastEnd
  return { pos, end, list: { kind: 'FieldList', pos: opening, end, opening, list: elems, closing } }
}

/** FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] ; null after a complaint. */
function fieldDecl (p: Parser): ast.Field | null {
  const pos = p.pos()
  switch (p.tok()) {
    case Tok.Name: {
      const name = p.name()
      const t = p.tok()
      if (t === Tok.Dot || t === Tok.Literal || t === Tok.Semi || t === Tok.Rbrace) {
        const embedded = qualifiedName(p, name)
        return field(pos, [], embedded, p.literal())
      }
      const names = p.nameList(name)
      if (names.length === 1 && p.tok() === Tok.Lbrack) {
        const x = arrayOrTypeArguments(p)
        if (x.kind === 'IndexExpr' || x.kind === 'IndexListExpr') {
          // an embedded instance T[A, B]
          x.x = name
          x.pos = name.pos
          return field(pos, [], x, p.literal())
        }
        return field(pos, names, x, p.literal())
      }
      const ft = type(p)
      return field(pos, names, ft, p.literal())
    }
    case Tok.Star: {
      p.next()
      let embedded: ast.Expr
      if (p.tok() === Tok.Lparen) {
        p.syntaxError('cannot parenthesize embedded type')
        p.next()
        embedded = qualifiedName(p, null)
        p.got(Tok.Rparen)
      } else {
        embedded = qualifiedName(p, null)
      }
      const tag = p.literal()
      return field(pos, [], { kind: 'StarExpr', pos, end: embedded.end, x: embedded }, tag)
    }
    case Tok.Lparen: {
      p.syntaxError('cannot parenthesize embedded type')
      p.next()
      let embedded: ast.Expr
      if (p.tok() === Tok.Star) {
        const star = p.pos()
        p.next()
        const x = qualifiedName(p, null)
        embedded = { kind: 'StarExpr', pos: star, end: x.end, x }
      } else {
        embedded = qualifiedName(p, null)
      }
      p.got(Tok.Rparen)
      return field(pos, [], embedded, p.literal())
    }
  }
  p.syntaxError('expecting field name or embedded type')
  p.skip(AFTER_FIELD)
  return null
}

/**
 * After a name, at `[`: an array `[n]E`, a slice `[]E`, or type arguments `[A, B]` (returned as
 * an index expression whose `x` the caller fills in).
 */
function arrayOrTypeArguments (p: Parser): ast.Expr {
  const lbrack = p.pos()
  p.want(Tok.Lbrack)
  if (p.got(Tok.Rbrack)) return sliceType(p, lbrack)
  const { list, comma } = typeArgumentList(p)
  const rbrack = p.pos()
  p.want(Tok.Rbrack)
  if (!comma) {
    const elt = typeOrNull(p)
    if (elt !== null) return { kind: 'ArrayType', pos: lbrack, end: elt.end, lbrack, len: list[0], elt }
  }
  return indexed(p.badExpr(lbrack), lbrack, lbrack, list, rbrack, p.lastEnd)
}

/** InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
function interfaceType (p: Parser): ast.InterfaceType {
  const { pos, end, list } = bracedElements(p, Tok.Interface, 'interface type', interfaceElement)
  return { kind: 'InterfaceType', pos, end, methods: list, incomplete: false }
}

/** InterfaceElem = MethodElem | TypeElem . */
function interfaceElement (p: Parser): ast.Field {
  const m = p.tok() === Tok.Name ? methodOrEmbedded(p) : null
  return m !== null && m.names.length > 0 ? m : typeSetElement(p, m)
}

/** In an interface, after a name: a method `m(…)`, or an embedded (possibly instantiated) type. */
function methodOrEmbedded (p: Parser): ast.Field {
  const pos = p.pos()
  const name = p.name()
  const context = 'interface method'
  const method = (sig: ast.FuncType): ast.Field => field(pos, [name], sig, null)
  const embedded = (t: ast.Expr): ast.Field => field(pos, [], t, null)
  if (p.tok() === Tok.Lparen) return method(funcType(p, NoPos, context))
  if (p.tok() !== Tok.Lbrack) return embedded(qualifiedName(p, name))

  // `m[P C](…)` (a method may not have type parameters) or an embedded instance `T[A, B]`
  const lbrack = p.pos()
  p.next()
  if (p.tok() === Tok.Rbrack) {
    const rbrack = p.pos()
    p.next()
    if (p.tok() === Tok.Lparen) {
      p.report(rbrack, 'empty type parameter list')
      return method(funcType(p, NoPos, context))
    }
    p.report(rbrack, 'empty type argument list')
    return embedded(name)
  }
  const list = parameterEntries(p, null, Tok.Rbrack, false).entries
  if (list.length === 0) return p.tok() === Tok.Lparen ? method(funcType(p, NoPos, context)) : embedded(name)
  if (list[0].name !== null && list[0].type !== null) {
    const m = method(funcType(p, NoPos, context))
    p.report(lbrack, 'interface method must have no type parameters')
    return m
  }
  const args = list.map((e) => (e.type ?? e.name) as ast.Expr)
  return embedded(indexed(name, name.pos, lbrack, args, p.lastEnd - 1, p.lastEnd))
}

/** A type-set element `~A | B | …`, continuing `first` when its first term is parsed. */
function typeSetElement (p: Parser, first: ast.Field | null): ast.Field {
  let f = first
  if (f === null) {
    const pos = p.pos()
    const t = typeTerm(p)
    f = field(pos, [], t, null)
  }
  while (p.tok() === Tok.Operator && p.scanner.op === '|') {
    const opPos = p.pos()
    p.next()
    const y = typeTerm(p)
    f.type = { kind: 'BinaryExpr', pos: f.type.pos, end: y.end, x: f.type, opPos, op: '|', y }
    f.end = y.end
  }
  return f
}

/** A term of a type set: `~T` or a type. */
function typeTerm (p: Parser): ast.Expr {
  if (p.tok() === Tok.Operator && p.scanner.op === '~') {
    const pos = p.pos()
    p.next()
    const x = type(p)
    return { kind: 'UnaryExpr', pos, end: x.end, op: '~', x }
  }
  return typeOr(p, 'expecting ~ term or type', AFTER_TERM)
}

// ---- parameter lists

/** A parameter as read, before names and types are matched up: either part may be missing. */
interface Entry {
  pos: Pos
  name: ast.Ident | null
  type: ast.Expr | null
}

const atOp = (p: Parser, op: string): boolean => p.tok() === Tok.Operator && p.scanner.op === op

/**
 * Parameters or type parameters after the opening `(` or `[` (at `opening`) up to `close`, as a
 * FieldList where consecutive names sharing one type form one Field. `first` is a parameter
 * already parsed (in `type T[P C…`); `namesRequired` for type parameters.
 */
export function parameters (p: Parser, opening: Pos, first: Entry | null, close: Tok, namesRequired: boolean): ast.FieldList {
  const { entries, closing } = parameterEntries(p, first, close, namesRequired)
  const list: ast.Field[] = []
  for (const e of entries) {
    const t = e.type as ast.Expr
    const prev = list[list.length - 1]
    if (e.name !== null && prev !== undefined && prev.type === t && prev.names.length > 0) {
      prev.names.push(e.name)
    } else {
      list.push(field(e.name !== null ? e.name.pos : t.pos, e.name !== null ? [e.name] : [], t, null))
    }
  }
  return { kind: 'FieldList', pos: opening, end: p.lastEnd, opening, list, closing }
}

/** Reads the entries of a parameter list and gives each a type (the spec's grouping rules). */
function parameterEntries (p: Parser, first: Entry | null, close: Tok, namesRequired: boolean): { entries: Entry[], closing: Pos } {
  if (first !== null && first.name !== null && first.type !== null && p.tok() === close) {
    const closing = p.pos()
    p.next()
    return { entries: [first], closing }
  }
  const entries: Entry[] = []
  let named = 0
  let typed = 0
  let pendingName = first?.name ?? null
  let pendingType = first?.type ?? null
  const closing = p.list('parameter list', Tok.Comma, close, () => {
    const e = pendingType !== null ? { pos: pendingName!.pos, name: pendingName, type: pendingType } : parameter(p, pendingName, close)
    pendingName = null
    pendingType = null
    if (e !== null) {
      if (e.name !== null && e.type !== null) named++
      if (e.type !== null) typed++
      entries.push(e)
    }
    return false
  })
  if (entries.length > 0) distributeTypes(p, entries, named, typed, namesRequired, closing)
  return { entries, closing }
}

/**
 * Matches names with types: with no `name Type` entry at all (and names optional), each lone
 * name is a type; otherwise a lone name takes the type of the next entry that has one, and a
 * missing name or type is an error (the entry gets `_` or a BadExpr).
 */
function distributeTypes (p: Parser, entries: Entry[], named: number, typed: number, namesRequired: boolean, closing: Pos): void {
  if (named === 0 && !namesRequired) {
    for (const e of entries) {
      if (e.name !== null) {
        e.type = e.name
        e.name = null
      }
    }
    return
  }
  if (named === entries.length) return
  let errPos: Pos = NoPos
  let following: ast.Expr | null = null
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]
    if (e.type !== null) {
      following = e.type
      if (e.name === null) {
        errPos = following.pos
        e.name = { kind: 'Ident', pos: errPos, end: errPos + 1, name: '_' }
      }
    } else if (following !== null) {
      e.type = following
    } else {
      errPos = e.name!.pos
      e.type = p.badExpr(errPos)
    }
  }
  if (errPos === NoPos) return
  let msg = 'mixed named and unnamed parameters'
  if (namesRequired) {
    msg = 'type parameters must be named'
    if (named === typed) {
      errPos = closing
      msg = 'missing type constraint'
    }
  }
  p.syntaxErrorAt(errPos, msg)
}

/** ParameterDecl = [ IdentifierList ] [ "..." ] Type, one entry; `name` when already parsed. */
function parameter (p: Parser, name: ast.Ident | null, close: Tok): Entry | null {
  const typeSets = close === Tok.Rbrack // type parameters' constraints may be type-set elements
  if (name === null && typeSets && atOp(p, '~')) {
    const e = typeSetElement(p, null)
    return { pos: e.pos, name: null, type: e.type }
  }
  const entry: Entry = { pos: name !== null ? name.pos : p.pos(), name: null, type: null }
  const moreTerms = (): Entry => {
    entry.type = typeSetElement(p, field(entry.pos, [], entry.type!, null)).type
    return entry
  }
  if (name !== null || p.tok() === Tok.Name) {
    const n = name ?? p.name()
    if (p.tok() === Tok.Lbrack) {
      const t = arrayOrTypeArguments(p)
      if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
        t.x = n
        t.pos = n.pos
      } else {
        entry.name = n
      }
      entry.type = t
      return typeSets && atOp(p, '|') ? moreTerms() : entry
    }
    if (p.tok() === Tok.Dot) {
      entry.type = qualifiedName(p, n)
      return typeSets && atOp(p, '|') ? moreTerms() : entry
    }
    if (typeSets && atOp(p, '|')) {
      entry.type = n
      return moreTerms()
    }
    entry.name = n
  }
  if (p.tok() === Tok.DotDotDot) {
    const at = p.pos()
    p.next()
    let elt = typeOrNull(p)
    if (elt === null) {
      elt = p.badExpr()
      p.syntaxError('... is missing type')
    }
    entry.type = { kind: 'Ellipsis', pos: at, end: elt.end, elt }
    return entry
  }
  if (typeSets && atOp(p, '~')) {
    entry.type = typeSetElement(p, null).type
    return entry
  }
  entry.type = typeOrNull(p)
  if (typeSets && entry.type !== null && atOp(p, '|')) return moreTerms()
  if (entry.name !== null || entry.type !== null) return entry
  p.syntaxError('expecting ' + tokstring(close))
  p.skip(tokenSet(Tok.Comma, close))
  return null
}
