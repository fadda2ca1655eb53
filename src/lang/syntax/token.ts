/**
 * Tokens of the Go scanner, as the gc compiler's syntax package has them: operators are grouped
 * (`Operator`, `AssignOp`, `IncOp`, `Star`) with the operator spelling and precedence alongside,
 * which is what the parser's error messages are phrased in.
 */

export enum Tok {
  EOF = 1,
  Name,
  Literal,
  Operator, // op (incl. ! ~ && || == < …)
  AssignOp, // op=
  IncOp, // ++ --
  Assign, // =
  Define, // :=
  Arrow, // <-
  Star, // *
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
}

/** Spellings used in error messages (gc's token String, with tokstring's words for , and ;). */
const TOKEN_STRINGS: Record<number, string> = {
  [Tok.EOF]: 'EOF',
  [Tok.Name]: 'name',
  [Tok.Literal]: 'literal',
  [Tok.Operator]: 'op',
  [Tok.AssignOp]: 'op=',
  [Tok.IncOp]: 'opop',
  [Tok.Assign]: '=',
  [Tok.Define]: ':=',
  [Tok.Arrow]: '<-',
  [Tok.Star]: '*',
  [Tok.Lparen]: '(',
  [Tok.Lbrack]: '[',
  [Tok.Lbrace]: '{',
  [Tok.Rparen]: ')',
  [Tok.Rbrack]: ']',
  [Tok.Rbrace]: '}',
  [Tok.Comma]: ',',
  [Tok.Semi]: ';',
  [Tok.Colon]: ':',
  [Tok.Dot]: '.',
  [Tok.DotDotDot]: '...',
}

export const KEYWORDS: Record<string, Tok> = {
  break: Tok.Break,
  case: Tok.Case,
  chan: Tok.Chan,
  const: Tok.Const,
  continue: Tok.Continue,
  default: Tok.Default,
  defer: Tok.Defer,
  else: Tok.Else,
  fallthrough: Tok.Fallthrough,
  for: Tok.For,
  func: Tok.Func,
  go: Tok.Go,
  goto: Tok.Goto,
  if: Tok.If,
  import: Tok.Import,
  interface: Tok.Interface,
  map: Tok.Map,
  package: Tok.Package,
  range: Tok.Range,
  return: Tok.Return,
  select: Tok.Select,
  struct: Tok.Struct,
  switch: Tok.Switch,
  type: Tok.Type,
  var: Tok.Var,
}

for (const k of Object.keys(KEYWORDS)) TOKEN_STRINGS[KEYWORDS[k]] = k

/** gc's token.String(). */
export function tokenString (t: Tok): string {
  return TOKEN_STRINGS[t]
}

/** gc's tokstring: English words for selected punctuation, for error messages. */
export function tokstring (t: Tok): string {
  if (t === Tok.Comma) return 'comma'
  if (t === Tok.Semi) return 'semicolon or newline'
  return TOKEN_STRINGS[t]
}

/** Operator precedences (gc's prec* constants). */
export const PREC_OROR = 1
export const PREC_ANDAND = 2
export const PREC_CMP = 3
export const PREC_ADD = 4
export const PREC_MUL = 5
