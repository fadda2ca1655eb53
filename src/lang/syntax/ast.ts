/**
 * The Go abstract syntax tree, shaped like go/ast (Go 1.19+, with generics).
 *
 * Every node is a plain object with a string `kind` discriminant (the go/ast type name) and
 * `pos`/`end` positions (see pos.ts): `pos` is the first character of the node, `end` the position
 * just after its last character, as go/ast's Pos()/End(). Extra position fields (`lparen`, `opPos`,
 * `tokPos`…) are kept where go/ast keeps them, since compile errors point at them.
 * Optional children are `null` (never `undefined`), so every node of a kind has the same shape.
 * Field names are go/ast's in lowerCamelCase (`X` → `x`, `Sel` → `sel`, `TypeParams` → `typeParams`).
 *
 * The tree is never mutated after parsing: the type checker fills side tables keyed by node identity.
 *
 * @example
 * ```ts
 * const { file } = parseFile('prog.go', 'package main\nfunc main() { println(1 + 2) }\n')
 * const fn = file.decls[0] as FuncDecl          // fn.name.name === 'main'
 * const call = (fn.body!.list[0] as ExprStmt).x  // call.kind === 'CallExpr'
 * ```
 */

import type { Pos } from './pos.ts'

// ---------------------------------------------------------------------------------------------
// Operators (token spellings, as go/token prints them)

/** Binary operators of BinaryExpr (`|` also joins interface type-set terms: `~int | string`). */
export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&' | '|' | '^' | '<<' | '>>' | '&^'
  | '&&' | '||'
  | '==' | '!=' | '<' | '<=' | '>' | '>='

/** Unary operators of UnaryExpr (`*p` is a StarExpr, not a UnaryExpr; `~` appears in constraints). */
export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~'

/** Tokens of AssignStmt: `=`, `:=` and the compound assignments. */
export type AssignOp =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%='
  | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^='

export type IncDecOp = '++' | '--'

export type BranchTok = 'break' | 'continue' | 'goto' | 'fallthrough'

export type DeclTok = 'import' | 'const' | 'type' | 'var'

/** Kinds of BasicLit (go/token's literal tokens). */
export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING'

/** Direction of a ChanType. */
export type ChanDir = 'both' | 'send' | 'recv'

// ---------------------------------------------------------------------------------------------
// Comments

/** A `//`-style or `/*`-style comment; `text` is the exact source text including the markers. */
export interface Comment {
  kind: 'Comment'
  pos: Pos
  end: Pos
  text: string
}

/** A sequence of comments with no other tokens and no empty lines between them. */
export interface CommentGroup {
  kind: 'CommentGroup'
  pos: Pos
  end: Pos
  list: Comment[]
}

// ---------------------------------------------------------------------------------------------
// Fields

/**
 * A struct field, interface element, parameter or result.
 * - struct: `names` empty for an embedded field; `tag` is the raw tag literal or null.
 * - interface: a method has one name and a FuncType; an embedded interface or a type-set element
 *   (`~int | string`) has no names and `type` is that expression.
 * - params/results: `names` empty for unnamed ones; a variadic parameter's type is an Ellipsis.
 * - type parameters: `names` the parameters, `type` their constraint.
 */
export interface Field {
  kind: 'Field'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  names: Ident[]
  type: Expr
  tag: BasicLit | null
  comment: CommentGroup | null
}

/** A parenthesized, braced or bracketed list of fields. `opening`/`closing` are NoPos when absent. */
export interface FieldList {
  kind: 'FieldList'
  pos: Pos
  end: Pos
  opening: Pos
  list: Field[]
  closing: Pos
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** A placeholder for an expression with syntax errors. */
export interface BadExpr {
  kind: 'BadExpr'
  pos: Pos
  end: Pos
}

export interface Ident {
  kind: 'Ident'
  pos: Pos
  end: Pos
  name: string
}

/** `...T` as a variadic parameter type, or `[...]T`'s length (then `elt` is null). */
export interface Ellipsis {
  kind: 'Ellipsis'
  pos: Pos
  end: Pos
  elt: Expr | null
}

/** A literal; `value` is the exact source text (`0x1F`, `'a'`, `` `raw` ``, `"q\n"`, `1e3i`). */
export interface BasicLit {
  kind: 'BasicLit'
  pos: Pos
  end: Pos
  litKind: LitKind
  value: string
}

export interface FuncLit {
  kind: 'FuncLit'
  pos: Pos
  end: Pos
  type: FuncType
  body: BlockStmt
}

/** `T{…}`; `type` is null for an elided type inside another composite literal. */
export interface CompositeLit {
  kind: 'CompositeLit'
  pos: Pos
  end: Pos
  type: Expr | null
  lbrace: Pos
  elts: Expr[]
  rbrace: Pos
  /** true if `rbrace` is missing because of errors (as go/ast's Incomplete) */
  incomplete: boolean
}

export interface ParenExpr {
  kind: 'ParenExpr'
  pos: Pos
  end: Pos
  lparen: Pos
  x: Expr
  rparen: Pos
}

/** `x.sel`; `dot` is the position of the period (where the gc compiler's syntax tree puts the node). */
export interface SelectorExpr {
  kind: 'SelectorExpr'
  pos: Pos
  end: Pos
  x: Expr
  dot: Pos
  sel: Ident
}

/** `x[index]`: indexing, or instantiation with one type argument. */
export interface IndexExpr {
  kind: 'IndexExpr'
  pos: Pos
  end: Pos
  x: Expr
  lbrack: Pos
  index: Expr
  rbrack: Pos
}

/** `x[a, b, …]`: instantiation with several type arguments. */
export interface IndexListExpr {
  kind: 'IndexListExpr'
  pos: Pos
  end: Pos
  x: Expr
  lbrack: Pos
  indices: Expr[]
  rbrack: Pos
}

/** `x[low:high]` or `x[low:high:max]` (`slice3`). */
export interface SliceExpr {
  kind: 'SliceExpr'
  pos: Pos
  end: Pos
  x: Expr
  lbrack: Pos
  low: Expr | null
  high: Expr | null
  max: Expr | null
  slice3: boolean
  rbrack: Pos
}

/** `x.(T)`; `type` is null for `x.(type)` in a type switch header. */
export interface TypeAssertExpr {
  kind: 'TypeAssertExpr'
  pos: Pos
  end: Pos
  x: Expr
  dot: Pos
  lparen: Pos
  type: Expr | null
  rparen: Pos
}

/** `fun(args)`; `ellipsis` is the position of `...` in `f(xs...)`, else NoPos. Also conversions. */
export interface CallExpr {
  kind: 'CallExpr'
  pos: Pos
  end: Pos
  fun: Expr
  lparen: Pos
  args: Expr[]
  ellipsis: Pos
  rparen: Pos
}

/** `*x`: a dereference or a pointer type. */
export interface StarExpr {
  kind: 'StarExpr'
  pos: Pos
  end: Pos
  x: Expr
}

export interface UnaryExpr {
  kind: 'UnaryExpr'
  pos: Pos
  end: Pos
  op: UnaryOp
  x: Expr
}

export interface BinaryExpr {
  kind: 'BinaryExpr'
  pos: Pos
  end: Pos
  x: Expr
  opPos: Pos
  op: BinaryOp
  y: Expr
}

/** `key: value` in a composite literal. */
export interface KeyValueExpr {
  kind: 'KeyValueExpr'
  pos: Pos
  end: Pos
  key: Expr
  colon: Pos
  value: Expr
}

// Types

/** `[len]elt`; `len` is null for a slice type, an Ellipsis for `[...]T`. */
export interface ArrayType {
  kind: 'ArrayType'
  pos: Pos
  end: Pos
  lbrack: Pos
  len: Expr | null
  elt: Expr
}

export interface StructType {
  kind: 'StructType'
  pos: Pos
  end: Pos
  fields: FieldList
  incomplete: boolean
}

/** A function signature; `func` is NoPos when the keyword is absent (methods in interfaces, FuncDecl has it). */
export interface FuncType {
  kind: 'FuncType'
  pos: Pos
  end: Pos
  func: Pos
  typeParams: FieldList | null
  params: FieldList
  results: FieldList | null
}

/** `interface { … }`: methods, embedded interfaces and type-set elements (see Field). */
export interface InterfaceType {
  kind: 'InterfaceType'
  pos: Pos
  end: Pos
  methods: FieldList
  incomplete: boolean
}

export interface MapType {
  kind: 'MapType'
  pos: Pos
  end: Pos
  key: Expr
  value: Expr
}

/** `chan T`, `chan<- T`, `<-chan T`; `arrow` is the `<-` position or NoPos. */
export interface ChanType {
  kind: 'ChanType'
  pos: Pos
  end: Pos
  arrow: Pos
  dir: ChanDir
  value: Expr
}

export type Expr =
  | BadExpr
  | Ident
  | Ellipsis
  | BasicLit
  | FuncLit
  | CompositeLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | IndexListExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType

// ---------------------------------------------------------------------------------------------
// Statements

export interface BadStmt {
  kind: 'BadStmt'
  pos: Pos
  end: Pos
}

/** A const, type or var declaration inside a function. */
export interface DeclStmt {
  kind: 'DeclStmt'
  pos: Pos
  end: Pos
  decl: GenDecl
}

/** An explicit `;` or an implicit empty statement; `implicit` when no `;` was written. */
export interface EmptyStmt {
  kind: 'EmptyStmt'
  pos: Pos
  end: Pos
  semicolon: Pos
  implicit: boolean
}

export interface LabeledStmt {
  kind: 'LabeledStmt'
  pos: Pos
  end: Pos
  label: Ident
  colon: Pos
  stmt: Stmt
}

export interface ExprStmt {
  kind: 'ExprStmt'
  pos: Pos
  end: Pos
  x: Expr
}

/** `ch <- value` (channels are parsed so the checker can reject them clearly). */
export interface SendStmt {
  kind: 'SendStmt'
  pos: Pos
  end: Pos
  chan: Expr
  arrow: Pos
  value: Expr
}

export interface IncDecStmt {
  kind: 'IncDecStmt'
  pos: Pos
  end: Pos
  x: Expr
  tokPos: Pos
  tok: IncDecOp
}

export interface AssignStmt {
  kind: 'AssignStmt'
  pos: Pos
  end: Pos
  lhs: Expr[]
  tokPos: Pos
  tok: AssignOp
  rhs: Expr[]
}

export interface GoStmt {
  kind: 'GoStmt'
  pos: Pos
  end: Pos
  call: CallExpr
}

export interface DeferStmt {
  kind: 'DeferStmt'
  pos: Pos
  end: Pos
  call: CallExpr
}

export interface ReturnStmt {
  kind: 'ReturnStmt'
  pos: Pos
  end: Pos
  results: Expr[]
}

/** break, continue, goto, fallthrough; `label` is null when absent. */
export interface BranchStmt {
  kind: 'BranchStmt'
  pos: Pos
  end: Pos
  tok: BranchTok
  label: Ident | null
}

export interface BlockStmt {
  kind: 'BlockStmt'
  pos: Pos
  end: Pos
  lbrace: Pos
  list: Stmt[]
  rbrace: Pos
}

/** `if init; cond { body } else els`; `els` is a BlockStmt or an IfStmt or null. */
export interface IfStmt {
  kind: 'IfStmt'
  pos: Pos
  end: Pos
  init: Stmt | null
  cond: Expr
  body: BlockStmt
  els: Stmt | null
}

/** A case of an expression or type switch; `list` is null for `default`. */
export interface CaseClause {
  kind: 'CaseClause'
  pos: Pos
  end: Pos
  list: Expr[] | null
  colon: Pos
  body: Stmt[]
}

/** `switch init; tag { … }`; body holds CaseClauses only. */
export interface SwitchStmt {
  kind: 'SwitchStmt'
  pos: Pos
  end: Pos
  init: Stmt | null
  tag: Expr | null
  body: BlockStmt
}

/**
 * `switch init; x := y.(type) { … }`; `assign` is an ExprStmt (`y.(type)`) or an AssignStmt
 * (`x := y.(type)`) whose right side is a TypeAssertExpr with a null type.
 */
export interface TypeSwitchStmt {
  kind: 'TypeSwitchStmt'
  pos: Pos
  end: Pos
  init: Stmt | null
  assign: Stmt
  body: BlockStmt
}

/** A case of a select; `comm` is a SendStmt, ExprStmt or AssignStmt with a receive, or null for default. */
export interface CommClause {
  kind: 'CommClause'
  pos: Pos
  end: Pos
  comm: Stmt | null
  colon: Pos
  body: Stmt[]
}

export interface SelectStmt {
  kind: 'SelectStmt'
  pos: Pos
  end: Pos
  body: BlockStmt
}

/** `for init; cond; post { body }`; absent parts are null. */
export interface ForStmt {
  kind: 'ForStmt'
  pos: Pos
  end: Pos
  init: Stmt | null
  cond: Expr | null
  post: Stmt | null
  body: BlockStmt
}

/**
 * `for key, value := range x { body }`; `tok` is null (and key/value null) for `for range x`,
 * `tokPos` NoPos then.
 */
export interface RangeStmt {
  kind: 'RangeStmt'
  pos: Pos
  end: Pos
  key: Expr | null
  value: Expr | null
  tokPos: Pos
  tok: ':=' | '=' | null
  range: Pos
  x: Expr
  body: BlockStmt
}

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | CaseClause
  | SwitchStmt
  | TypeSwitchStmt
  | CommClause
  | SelectStmt
  | ForStmt
  | RangeStmt

// ---------------------------------------------------------------------------------------------
// Specs and declarations

export interface ImportSpec {
  kind: 'ImportSpec'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  /** local name (`_`, `.` or an identifier), or null */
  name: Ident | null
  path: BasicLit
  comment: CommentGroup | null
}

/** A const or var spec; in a const group a spec with no type and no values repeats the previous one (checker's job). */
export interface ValueSpec {
  kind: 'ValueSpec'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  names: Ident[]
  type: Expr | null
  values: Expr[]
  comment: CommentGroup | null
  /** index of this spec within its GenDecl (the value of iota for a const spec) */
  iota: number
}

/** `type Name[P any] T` or `type Name = T` (`assign` is the `=` position, NoPos if not an alias). */
export interface TypeSpec {
  kind: 'TypeSpec'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  name: Ident
  typeParams: FieldList | null
  assign: Pos
  type: Expr
  comment: CommentGroup | null
}

export type Spec = ImportSpec | ValueSpec | TypeSpec

export interface BadDecl {
  kind: 'BadDecl'
  pos: Pos
  end: Pos
}

/** import, const, type or var declaration; `lparen`/`rparen` NoPos for an unparenthesized one. */
export interface GenDecl {
  kind: 'GenDecl'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  tok: DeclTok
  lparen: Pos
  specs: Spec[]
  rparen: Pos
}

/** A function or method; `body` is null for a declaration without body (bound to native code). */
export interface FuncDecl {
  kind: 'FuncDecl'
  pos: Pos
  end: Pos
  doc: CommentGroup | null
  recv: FieldList | null
  name: Ident
  type: FuncType
  body: BlockStmt | null
}

export type Decl = BadDecl | GenDecl | FuncDecl

// ---------------------------------------------------------------------------------------------
// Files

export interface File {
  kind: 'File'
  /** position of the `package` keyword */
  pos: Pos
  end: Pos
  /** the file's name as given to the parser (`prog.go`) */
  filename: string
  /** first and last+1 positions of the whole file, incl. leading and trailing comments */
  fileStart: Pos
  fileEnd: Pos
  doc: CommentGroup | null
  /** the package name */
  name: Ident
  decls: Decl[]
  /** all imports of the file, in source order */
  imports: ImportSpec[]
  /** all comments of the file, in source order */
  comments: CommentGroup[]
}

/** Any node. */
export type Node =
  | Expr
  | Stmt
  | Spec
  | Decl
  | Field
  | FieldList
  | Comment
  | CommentGroup
  | File

export type NodeKind = Node['kind']
