import { strict as assert } from 'node:assert'
import { Scanner, Tok } from '../../../src/lang/syntax/index.ts'

/** Tokens of src as compact strings: names and literals by text, `;` with its reason, operators by spelling. */
function tokens (src: string): string[] {
  const errs: string[] = []
  const s = new Scanner(src, (off, msg) => errs.push(`${off}: ${msg}`))
  const out: string[] = []
  for (s.next(); s.tok !== Tok.EOF; s.next()) {
    switch (s.tok) {
      case Tok.Name:
        out.push(s.lit)
        break
      case Tok.Literal:
        out.push(`${s.kind}(${s.lit})`)
        break
      case Tok.Semi:
        out.push(`;${s.lit}`)
        break
      case Tok.Operator:
      case Tok.Star:
      case Tok.Arrow:
        out.push(s.op)
        break
      case Tok.AssignOp:
        out.push(s.op + '=')
        break
      case Tok.IncOp:
        out.push(s.op + s.op)
        break
      default:
        out.push(Tok[s.tok])
    }
  }
  assert.deepEqual(errs, [], 'scan errors')
  return out
}

describe('lang/syntax scanner', () => {
  it('inserts semicolons after the tokens Go lists, at newlines and EOF', () => {
    assert.deepEqual(tokens('x\n1\n"s"\nbreak\ncontinue\nfallthrough\nreturn\nx++\nx--\n)\n]\n}\n'), [
      'x', ';newline', 'INT(1)', ';newline', 'STRING("s")', ';newline', 'Break', ';newline', 'Continue', ';newline',
      'Fallthrough', ';newline', 'Return', ';newline', 'x', '++', ';newline', 'x', '--', ';newline', 'Rparen', ';newline',
      'Rbrack', ';newline', 'Rbrace', ';newline',
    ])
    assert.deepEqual(tokens('x +\ny'), ['x', '+', 'y', ';EOF'])
    assert.deepEqual(tokens('if x {\n}'), ['If', 'x', 'Lbrace', 'Rbrace', ';EOF'])
    assert.deepEqual(tokens('x; y'), ['x', ';semicolon', 'y', ';EOF'])
    assert.deepEqual(tokens('func\n('), ['Func', 'Lparen'])
  })

  it('treats comments as white space, a multi-line /* */ as a newline', () => {
    assert.deepEqual(tokens('x // c\ny'), ['x', ';newline', 'y', ';EOF'])
    assert.deepEqual(tokens('x /* a\nb */ y'), ['x', ';newline', 'y', ';EOF'])
    assert.deepEqual(tokens('x /* a */ y'), ['x', 'y', ';EOF'])
    const s = new Scanner('a // one\n/* two */ b', () => {})
    for (s.next(); s.tok !== Tok.EOF; s.next()) {
      // scan all
    }
    assert.deepEqual(
      s.comments.map((c) => c.text),
      ['// one', '/* two */']
    )
  })

  it('scans every operator and delimiter', () => {
    assert.deepEqual(tokens('+ - * / % & | ^ << >> &^ && || <- == < > ! ~ != <= >='), [
      '+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '&^', '&&', '||', '<-', '==', '<', '>', '!', '~', '!=', '<=', '>=',
    ])
    assert.deepEqual(tokens('+= -= *= /= %= &= |= ^= <<= >>= &^= ++ -- = := ... . , ; : ( ) [ ] { }').slice(0, 17), [
      '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '&^=', '++', '--', 'Assign', 'Define', 'DotDotDot', 'Dot',
    ])
    assert.deepEqual(tokens('a..b'), ['a', 'Dot', 'Dot', 'b', ';EOF'])
  })

  it('scans all literal forms', () => {
    assert.deepEqual(tokens('0 42 0x_1F 0o17 017 0b1 1_000 1.5 .5 1. 1e3 1E-3 0x1p-2 0x.8p1 2i 1.5i 0x1p1i'), [
      'INT(0)', 'INT(42)', 'INT(0x_1F)', 'INT(0o17)', 'INT(017)', 'INT(0b1)', 'INT(1_000)', 'FLOAT(1.5)', 'FLOAT(.5)',
      'FLOAT(1.)', 'FLOAT(1e3)', 'FLOAT(1E-3)', 'FLOAT(0x1p-2)', 'FLOAT(0x.8p1)', 'IMAG(2i)', 'IMAG(1.5i)', 'IMAG(0x1p1i)', ';EOF',
    ])
    assert.deepEqual(tokens('\'a\' \'\\n\' \'\\x41\' \'\\101\' \'\\u00e9\' \'\\U0001F600\' \'é\' \'\\\'\''), [
      "CHAR('a')", "CHAR('\\n')", "CHAR('\\x41')", "CHAR('\\101')", "CHAR('\\u00e9')", "CHAR('\\U0001F600')", "CHAR('é')",
      "CHAR('\\'')", ';EOF',
    ])
    assert.deepEqual(tokens('"a\\"b" `raw\nline`'), ['STRING("a\\"b")', 'STRING(`raw\nline`)', ';EOF'])
  })

  it('scans Unicode identifiers and keywords', () => {
    assert.deepEqual(tokens('héllo 世界 _x chan map interface'), ['héllo', '世界', '_x', 'Chan', 'Map', 'Interface'])
  })

  it('skips a leading BOM and reports errors with offsets', () => {
    assert.deepEqual(tokens('\ufeffx'), ['x', ';EOF'])
    const errs: string[] = []
    const s = new Scanner('x := 1 @ 2\n"abc\n', (off, msg) => errs.push(`${off}: ${msg}`))
    for (s.next(); s.tok !== Tok.EOF; s.next()) {
      // scan all
    }
    assert.deepEqual(errs, ["7: invalid character U+0040 '@'", '15: newline in string'])
  })
})
