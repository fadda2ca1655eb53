import assert from 'node:assert/strict'
import { buildService, checkArguments, literalToValue, argumentsToValues, formatGoValue, type ServiceBuildInput, type LiteralValue } from '../../../src/lang/index.ts'
import { input, resolver, built, start } from './helpers.ts'

const shop = `package shop

import "time"

type Cents uint64

type Item struct {
	Name  string
	Price Cents
	Tags  []string
	Next  *Item
}

type Color int

const (
	Red Color = iota
	Green
)

const Big = 1 << 60

var stock = map[string]int{}

func Buy(item Item, n int) string { return item.Name }
func BuyAll(items []*Item, qty map[string]uint8) int { return len(items) + len(qty) }
func Pay(amount Cents, wait time.Duration) uint64 { return uint64(amount) + uint64(wait) }
func Paint(c Color, rgb [3]byte) int { return int(c) + int(rgb[2]) }
func Tag(name string, tags ...string) int { return len(tags) }
func Any(v any, f float32, b []byte, r []rune) string { return string(b) }
func Ptr(p *int) bool { return p == nil }
func Stock() map[string]int { return stock }
func helper() {}
`

const shopInput: ServiceBuildInput = { path: 'local.land/t/shop', files: [{ name: 'shop.go', text: shop }], resolve: resolver() }

function ok (func: string, args: string[], input: ServiceBuildInput = shopInput): LiteralValue[] {
  const r = checkArguments(input, func, args)
  if (!r.ok) assert.fail(r.message)
  return r.values
}
function bad (func: string, args: string[], input: ServiceBuildInput = shopInput): { code: string, message: string } {
  const r = checkArguments(input, func, args)
  assert.equal(r.ok, false, `${func}(${args.join(', ')}) should be refused`)
  return r.ok ? { code: '', message: '' } : { code: r.code, message: r.message }
}

describe('lang/service: checkArguments and literalToValue', function () {
  this.timeout(60000)
  const program = built(buildService(shopInput))
  const rt = start(program)
  rt.program.initExcept(new Set())
  const svc = rt.program.service
  const types = rt.program.types
  /** checks the arguments, turns them into runtime values and calls the function */
  const call = (func: string, args: string[]): any => {
    return svc[func].fn(...argumentsToValues(ok(func, args), svc[func].type))
  }

  it('complex arguments become complex values; results print as Go prints them', () => {
    const src = 'package wave\n\nfunc Rotate(z complex128, w complex64, k map[complex128]int, v any) complex128 { return z*complex128(w) + complex(float64(len(k)), 0) }\n'
    const inp: ServiceBuildInput = { path: 'local.land/t/wave', files: [{ name: 'wave.go', text: src }], resolve: resolver() }
    const p = built(buildService(inp))
    const r = start(p)
    r.program.initExcept(new Set())
    const fn = r.program.service.Rotate
    const vals = checkArguments(inp, 'Rotate', ['1+2i', '3', 'map[complex128]int{1i: 1, 2: 2}', '2i'])
    if (!vals.ok) assert.fail(vals.message)
    assert.deepEqual(vals.values[0], { kind: 'complex', type: 'complex128', re: 1, im: 2 })
    const out = fn.fn(...argumentsToValues(vals.values, fn.type))
    assert.equal(formatGoValue(out, fn.type.results[0], '%v'), '(5+6i)')
    assert.equal(formatGoValue(literalToValue(vals.values[3], fn.type.params[3], r.program.types), fn.type.params[3], '%#v'), '(0+2i)')
  })

  it('integers keep their exact value, uint64 beyond 2^53 included', () => {
    const [a] = ok('Transfer', ['"bob"', '18446744073709551615'], input('token')).slice(1)
    assert.deepEqual(a, { kind: 'int', type: 'uint64', value: 18446744073709551615n })
    assert.deepEqual(ok('Pay', ['9007199254740993', '5'])[0], { kind: 'int', type: 'shop.Cents', value: 9007199254740993n })
    assert.equal(call('Pay', ['9007199254740993', 'time.Second']), 9007199254740993n + 1000000000n)
    assert.equal(call('Pay', ['1<<10 + 1', 'time.Duration(7)']), 1032n)
    assert.equal(call('Paint', ['Green', '[3]byte{2: 250}']), 251)
  })

  it('errors name the parameter and its type', () => {
    assert.deepEqual(bad('Transfer', ['"bob"', '-1'], input('token')), {
      code: 'ERR_BAD_ARGUMENT',
      message: 'argument 2 (amount uint64): cannot use -1 (untyped int constant) as uint64 value in argument (overflows)'
    })
    assert.match(bad('Paint', ['Red', '[3]byte{300}']).message, /^argument 2 \(rgb \[3\]byte\): cannot use 300 \(untyped int constant\) as byte value in array or slice literal \(overflows\)$/)
    assert.equal(bad('Buy', ['Item{Name: 1}', '1']).message, 'argument 1 (item Item): cannot use 1 (untyped int constant) as string value in struct literal')
    assert.equal(bad('Buy', ['Item{}', '"x"']).message, 'argument 2 (n int): cannot use "x" (untyped string constant) as int value in argument')
    assert.equal(bad('Pay', ['1.5', '0']).message, 'argument 1 (amount Cents): cannot use 1.5 (untyped float constant) as Cents value in argument (truncated)')
  })

  it('unknown functions and wrong argument counts', () => {
    assert.deepEqual(bad('Nope', []), { code: 'ERR_UNKNOWN_FUNCTION', message: 'function Nope not found in local.land/t/shop' })
    assert.equal(bad('helper', []).code, 'ERR_UNKNOWN_FUNCTION')
    assert.deepEqual(bad('Buy', ['Item{}']), { code: 'ERR_BAD_ARGUMENT', message: 'want 2 arguments, got 1' })
    assert.deepEqual(bad('Tag', []), { code: 'ERR_BAD_ARGUMENT', message: 'want at least 1 argument, got 0' })
  })

  it('only literals: calls, variables, functions and builtins are refused', () => {
    assert.match(bad('Buy', ['Item{}', 'len("abc")']).message, /^argument 2 \(n int\): len is not a type or a constant/)
    assert.match(bad('Buy', ['Item{}', 'func() int { return 1 }()']).message, /is not a Go literal/)
    assert.match(bad('Pay', ['1', 'time.Now()']).message, /is not a Go literal \(a call with other than one argument is not allowed\)/)
    assert.match(bad('Pay', ['1', 'time.Unix(1)']).message, /Unix is not a type or a constant/)
    assert.match(bad('Buy', ['Item{}', 'stock["x"]']).message, /undefined: stock/)
    assert.match(bad('Buy', ['Item{}', 'x']).message, /undefined: x/)
    assert.match(bad('Buy', ['Item{', '1']).message, /^argument 1 \(item Item\): "Item\{" is not a Go expression/)
    assert.match(bad('Buy', ['helper', '1']).message, /undefined: helper/)
  })

  it('structs, slices, maps, pointers and named types', () => {
    const [item] = ok('Buy', ['Item{Name: "pen", Price: 250, Tags: []string{"a", "b"}, Next: &Item{Name: "ink"}}', '2'])
    assert.equal(item.kind, 'struct')
    assert.equal(item.type, 'shop.Item')
    assert.equal(call('Buy', ['Item{"pen", 250, nil, nil}', '1']), 'pen')
    const itemT = svc.Buy.type.params[0]
    const v = literalToValue(item, itemT, types)
    assert.equal(formatGoValue(v, itemT, '%v'), '{pen 250 [a b] 0x' + formatGoValue(v, itemT, '%v').split(' 0x')[1])
    assert.equal(formatGoValue(v.Next, itemT.fields[3].type, '%#v').startsWith('&shop.Item{Name:"ink"'), true)
    assert.equal(call('BuyAll', ['[]*Item{{Name: "a"}, nil, &Item{}}', 'map[string]uint8{"x": 1, "y": 255}']), 5)
    const [, qty] = ok('BuyAll', ['nil', 'map[string]uint8{"x": 1}'])
    const m = literalToValue(qty, svc.BuyAll.type.params[1], types)
    assert.equal(formatGoValue(m, svc.BuyAll.type.params[1], '%v'), 'map[x:1]')
    assert.equal(call('Ptr', ['nil']), true)
    assert.equal(call('Paint', ['Color(Big >> 59)', '[3]byte{1, 2, 3}']), 5)
  })

  it('variadic arguments are the elements of the last parameter; interfaces take the dynamic type of the literal', () => {
    const vals = ok('Tag', ['"n"', '"a"', '"b"', '"c"'])
    assert.deepEqual(vals.map(v => v.kind === 'string' ? v.value : v.kind), ['n', 'a', 'b', 'c'])
    assert.match(bad('Tag', ['"n"', '"a"', '2']).message, /^argument 3 \(tags \.\.\.string\): cannot use 2 \(untyped int constant\) as string value in argument$/)
    assert.equal(call('Tag', ['"n"', '"a"', '"b"']), 2)
    assert.equal(call('Tag', ['"n"']), 0)
    const [a] = ok('Any', ['42', '1.5', '[]byte("hé")', '[]rune("hé")'])
    assert.deepEqual(a, { kind: 'int', type: 'int', value: 42n })
    const anyT = svc.Any.type.params[0]
    assert.equal(formatGoValue(literalToValue(a, anyT, types), anyT, '%#v'), '42')
    // the dynamic type is the program's own descriptor (type switches compare descriptors), found without `types` too
    const boxed = literalToValue(ok('Any', ['Item{}', '0', 'nil', 'nil'])[0], anyT)
    assert.equal(boxed.t, svc.Buy.type.params[0])
    assert.equal(literalToValue(a, anyT).t, types.find(x => x.str === 'int'))
    const [item] = ok('Any', ['Item{Name: "x"}', '0', 'nil', 'nil'])
    assert.equal(formatGoValue(literalToValue(item, anyT, types), anyT, '%v'), '{x 0 [] <nil>}')
    assert.equal(call('Any', ['nil', '3.25', '[]byte("hé")', 'nil']), 'h\xc3\xa9')
    assert.equal(formatGoValue(call('Stock', []), svc.Stock.type.results[0], '%v'), 'map[]')
  })

  it('works on the bootstrap services: comments.Markdown takes a slice of structs with time values', () => {
    const inp = input('comments')
    const p = built(buildService(inp))
    const r = start(p)
    r.program.initExcept(new Set())
    const vals = ok('Markdown', ['[]Comment{{ID: 1, Author: "ann", Body: "héllo", Height: 1 << 62}}'], inp)
    const t = r.program.service.Markdown.type
    const out = r.program.service.Markdown.fn(literalToValue(vals[0], t.params[0], r.program.types))
    assert.equal(formatGoValue(out, t.results[0], '%v'), '- **ann** (0001-01-01 00:00): héllo\n')
  })
})
