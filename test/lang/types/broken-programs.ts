/** Broken programs and the exact errors `go run` (Go 1.19) prints for them (`./` prefix of line starts dropped). */
export const brokenPrograms: { name: string; src: string; want: string }[] = [
  {
    name: 'assign_mismatch.go',
    src: 'package main\n\nfunc f() (int, string) { return 1, "a" }\n\nfunc main() {\n\tvar s string = 5\n\tx := 1\n\tx = "hello"\n\ta, b, c := f()\n\tvar d int = f()\n\t_, _, _, _ = s, a, b, c\n\t_ = d\n}\n',
    want: 'assign_mismatch.go:6:17: cannot use 5 (untyped int constant) as string value in variable declaration\nassign_mismatch.go:8:6: cannot use "hello" (untyped string constant) as int value in assignment\nassign_mismatch.go:9:13: assignment mismatch: 3 variables but f returns 2 values\nassign_mismatch.go:10:14: multiple-value f() (value of type (int, string)) in single-value context',
  },
  {
    name: 'calls.go',
    src: 'package main\n\nfunc f(a int, b string) int { return a }\n\nfunc v(xs ...int) {}\n\nfunc main() {\n\tf(1)\n\tf(1, "a", 2)\n\tf("a", 1)\n\tv(1, 2, "x")\n\ts := []string{"a"}\n\tv(s...)\n\tx := 3\n\tx()\n\tf(1, "a")\n}\n',
    want: 'calls.go:8:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)\ncalls.go:9:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)\ncalls.go:10:4: cannot use "a" (untyped string constant) as int value in argument to f\ncalls.go:10:9: cannot use 1 (untyped int constant) as string value in argument to f\ncalls.go:11:10: cannot use "x" (untyped string constant) as int value in argument to v\ncalls.go:13:4: cannot use s (variable of type []string) as type []int in argument to v\ncalls.go:15:2: invalid operation: cannot call non-function x (variable of type int)',
  },
  {
    name: 'const_overflow.go',
    src: 'package main\n\nconst big = 1 << 100\n\nfunc main() {\n\tvar a int8 = 200\n\tvar b uint = -1\n\tvar c byte = 256\n\tvar d int = big\n\te := 1.5\n\tvar f int = e\n\tvar g int = 2.5\n\tconst h = 10 / 0\n\tprintln(a, b, c, d, f, g, h)\n}\n',
    want: 'const_overflow.go:6:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)\nconst_overflow.go:7:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)\nconst_overflow.go:8:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)\nconst_overflow.go:9:14: cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)\nconst_overflow.go:11:14: cannot use e (variable of type float64) as type int in variable declaration\nconst_overflow.go:12:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)\nconst_overflow.go:13:17: invalid operation: division by zero',
  },
  {
    name: 'fields_methods.go',
    src: 'package main\n\ntype Inner struct{ X int }\n\nfunc (i *Inner) Inc() { i.X++ }\n\ntype Outer struct {\n\tInner\n\tY int\n}\n\nfunc main() {\n\to := Outer{}\n\to.Inc()\n\tprintln(o.X, o.Z)\n\to.Foo()\n\tOuter{}.Inc()\n\tvar p *Outer\n\tp.y = 1\n}\n',
    want: 'fields_methods.go:15:17: o.Z undefined (type Outer has no field or method Z)\nfields_methods.go:16:4: o.Foo undefined (type Outer has no field or method Foo)\nfields_methods.go:17:10: cannot call pointer method Inc on Outer\nfields_methods.go:19:4: p.y undefined (type *Outer has no field or method y, but does have Y)',
  },
  {
    name: 'generics.go',
    src: 'package main\n\ntype Number interface {\n\t~int | ~float64\n}\n\nfunc Sum[T Number](xs []T) T {\n\tvar s T\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn s\n}\n\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tr := make([]U, 0, len(xs))\n\tfor _, x := range xs {\n\t\tr = append(r, f(x))\n\t}\n\treturn r\n}\n\nfunc Zero[T any]() T { var z T; return z }\n\nfunc main() {\n\tSum([]string{"a"})\n\t_ = Zero()\n\t_ = Map([]int{1}, func(i int) string { return "" })\n\tvar x int = Sum([]float64{1})\n\t_ = x\n}\n',
    want: 'generics.go:26:5: string does not implement Number (string missing in ~int | ~float64)\ngenerics.go:27:10: cannot infer T (generics.go:23:11)\ngenerics.go:29:14: cannot use Sum([]float64{\u2026}) (value of type float64) as type int in variable declaration',
  },
  {
    name: 'init_cycle.go',
    src: 'package main\n\nvar a = b\nvar b = c\nvar c = a\n\ntype T struct{ t T }\n\nfunc main() {}\n',
    want: 'init_cycle.go:3:5: initialization loop for a\n\t./init_cycle.go:3:5: a refers to\n\t./init_cycle.go:4:5: b refers to\n\t./init_cycle.go:5:5: c refers to\n\t./init_cycle.go:3:5: a\ninit_cycle.go:7:6: invalid recursive type T\n\t./init_cycle.go:7:6: T refers to\n\t./init_cycle.go:7:6: T',
  },
  {
    name: 'interfaces.go',
    src: 'package main\n\ntype Shape interface {\n\tArea() float64\n\tPerimeter() float64\n}\n\ntype Sq struct{ s float64 }\n\nfunc (q Sq) Area() float64 { return q.s * q.s }\n\ntype Circle struct{ r float64 }\n\nfunc (c *Circle) Area() float64      { return c.r }\nfunc (c *Circle) Perimeter() float64 { return c.r }\n\nfunc main() {\n\tvar s Shape = Sq{1}\n\tvar t Shape = Circle{2}\n\tvar u Shape = &Circle{2}\n\tvar i interface{} = 1\n\tn := i.(Sq)\n\tm := s.(int)\n\tprintln(s, t, u, n.s, m)\n}\n',
    want: 'interfaces.go:18:16: cannot use Sq{\u2026} (value of type Sq) as type Shape in variable declaration:\n\tSq does not implement Shape (missing Perimeter method)\ninterfaces.go:19:16: cannot use Circle{\u2026} (value of type Circle) as type Shape in variable declaration:\n\tCircle does not implement Shape (Area method has pointer receiver)\ninterfaces.go:23:7: impossible type assertion: s.(int)\n\tint does not implement Shape (missing Area method)',
  },
  {
    name: 'labels.go',
    src: 'package main\n\nfunc main() {\nL:\n\tfor i := 0; i < 2; i++ {\n\t\tbreak M\n\t}\n\tgoto N\n\tcontinue\n\tbreak\n\tfallthrough\n\tfor {\n\t\tswitch {\n\t\tcase true:\n\t\t\tfallthrough\n\t\t}\n\t}\n}\n',
    want: 'labels.go:4:1: label L defined and not used\nlabels.go:6:9: break label not defined: M\nlabels.go:8:7: label N not defined\nlabels.go:9:2: continue is not in a loop\nlabels.go:10:2: break is not in a loop, switch, or select\nlabels.go:11:2: fallthrough statement out of place\nlabels.go:15:4: cannot fallthrough final case in switch',
  },
  {
    name: 'misc.go',
    src: 'package main\n\nimport "fmt"\n\ntype S struct{ a int }\n\nfunc main() {\n\tvar s S\n\ts.a = 1\n\tS{}.a = 2\n\tm := map[string]S{}\n\tm["x"].a = 3\n\tconst c = 1\n\tc = 2\n\tfmt.Println\n\t1 + 2\n\tvar arr [3]int\n\tarr[5] = 1\n\t_ = S{b: 1}\n\t_ = S{1, 2}\n\t_ = []int{1: 1, 1: 2}\n\t_ = map[string]int{"a": 1, "a": 2}\n\tvar i interface{ M() }\n\t_ = i\n\tvar p *int = nil\n\t_ = p == nil\n\t_ = nil == nil\n\tfmt.Println(len(5))\n}\n',
    want: "misc.go:10:2: cannot assign to S{}.a (value of type int)\nmisc.go:12:2: cannot assign to struct field m[\"x\"].a in map\nmisc.go:14:2: cannot assign to c (untyped int constant 1)\nmisc.go:15:2: fmt.Println (value of type func(a ...any) (n int, err error)) is not used\nmisc.go:16:2: 1 + 2 (untyped int constant 3) is not used\nmisc.go:18:6: invalid argument: index 5 out of bounds [0:3]\nmisc.go:19:8: unknown field 'b' in struct literal of type S\nmisc.go:20:11: too many values in S{\u2026}\nmisc.go:21:19: duplicate index 1 in array or slice literal\nmisc.go:22:29: duplicate key \"a\" in map literal\nmisc.go:22:29: too many errors",
  },
  {
    name: 'missing_return.go',
    src: 'package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc g(x int) int {\n\tfor {\n\t}\n}\n\nfunc h(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\tpanic("no")\n\t}\n}\n\nfunc main() { f(1); g(1); h(1) }\n',
    want: 'missing_return.go:7:1: missing return',
  },
  {
    name: 'ops.go',
    src: 'package main\n\nfunc main() {\n\ta := 1\n\tb := "x"\n\tc := a + b\n\td := !a\n\te := -b\n\tvar f float64 = 1\n\tg := f % 2\n\th := a << 1.5\n\tvar m map[string]int\n\tn := m == m\n\tprintln(c, d, e, g, h, n)\n}\n',
    want: 'ops.go:6:7: invalid operation: a + b (mismatched types int and string)\nops.go:7:8: invalid operation: operator ! not defined on a (variable of type int)\nops.go:8:8: invalid operation: operator - not defined on b (variable of type string)\nops.go:10:7: invalid operation: operator % not defined on f (variable of type float64)\nops.go:11:12: 1.5 (untyped float constant) truncated to uint\nops.go:13:7: invalid operation: m == m (map can only be compared to nil)',
  },
  {
    name: 'redeclared.go',
    src: 'package main\n\nvar x int\nvar x string\n\nfunc f() {}\nfunc f() {}\n\ntype T struct{}\n\nfunc (T) M() {}\nfunc (T) M() {}\n\nfunc main() {\n\ta := 1\n\ta := 2\n\tvar b int\n\tvar b int\n\t_ = a\n\t_ = b\n}\n',
    want: 'redeclared.go:4:5: x redeclared in this block\n\t./redeclared.go:3:5: other declaration of x\nredeclared.go:7:6: f redeclared in this block\n\t./redeclared.go:6:6: other declaration of f\nredeclared.go:12:10: T.M redeclared in this block\n\t./redeclared.go:11:10: other declaration of M\nredeclared.go:16:4: no new variables on left side of :=\nredeclared.go:18:6: b redeclared in this block\n\t./redeclared.go:17:6: other declaration of b',
  },
  {
    name: 'returns.go',
    src: 'package main\n\nfunc f() (int, error) {\n\treturn 1\n}\n\nfunc g() {\n\treturn 1\n}\n\nfunc h() int {\n\treturn "s"\n}\n\nfunc main() { f(); g(); h() }\n',
    want: 'returns.go:4:9: not enough return values\n\thave (number)\n\twant (int, error)\nreturns.go:8:9: too many return values\n\thave (number)\n\twant ()\nreturns.go:12:9: cannot use "s" (untyped string constant) as int value in return statement',
  },
  {
    name: 'switches.go',
    src: 'package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 1:\n\tcase "a":\n\t}\n\tvar i interface{} = 1\n\tswitch v := i.(type) {\n\tcase int, string:\n\tcase int:\n\t}\n\tswitch i.(type) {\n\tdefault:\n\tdefault:\n\t}\n\tif x {\n\t}\n\tfor x {\n\t}\n}\n',
    want: 'switches.go:7:7: duplicate case 1 (constant of type int) in expression switch\n\t./switches.go:6:7: previous case\nswitches.go:8:7: cannot convert "a" (untyped string constant) to int\nswitches.go:11:9: v declared but not used\nswitches.go:13:7: duplicate case int in type switch\n\t./switches.go:12:7: previous case\nswitches.go:17:2: multiple defaults (first at ./switches.go:16:2)\nswitches.go:19:5: non-boolean condition in if statement\nswitches.go:21:6: non-boolean condition in for statement',
  },
  {
    name: 'undefined.go',
    src: 'package main\n\nfunc main() {\n\tx = 1\n\tprintln(y)\n}\n',
    want: 'undefined.go:4:2: undefined: x\nundefined.go:5:10: undefined: y',
  },
  {
    name: 'unused_var_import.go',
    src: 'package main\n\nimport (\n\t"fmt"\n\t"os"\n\tstr "strings"\n)\n\nfunc main() {\n\ta := 1\n\tvar b int\n\tfor i := 0; i < 3; i++ {\n\t\tc := i\n\t}\n}\n',
    want: 'unused_var_import.go:4:2: imported and not used: "fmt"\nunused_var_import.go:5:2: imported and not used: "os"\nunused_var_import.go:6:2: imported and not used: "strings" as str\nunused_var_import.go:10:2: a declared but not used\nunused_var_import.go:11:6: b declared but not used\nunused_var_import.go:13:3: c declared but not used',
  },
  {
    name: 'builtins.go',
    src: 'package main\n\nfunc main() {\n\ts := []int{1}\n\tappend(s, 1)\n\t_ = len(1)\n\t_ = cap(map[int]int{})\n\tdelete(s, 1)\n\t_ = make(int)\n\t_ = make([]int)\n\t_ = new(1)\n\tcopy(s, "x")\n\tvar m map[string]int\n\tdelete(m, 1)\n\t_ = append(1, 2)\n\tpanic()\n}\n',
    want: 'builtins.go:5:2: append(s, 1) (value of type []int) is not used\nbuiltins.go:6:10: invalid argument: 1 (untyped int constant) for len\nbuiltins.go:7:10: invalid argument: map[int]int{} (value of type map[int]int) for cap\nbuiltins.go:8:9: invalid argument: s (variable of type []int) is not a map\nbuiltins.go:9:11: invalid argument: cannot make int; type must be slice, map, or channel\nbuiltins.go:10:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1\nbuiltins.go:11:10: 1 is not a type\nbuiltins.go:12:7: invalid argument: arguments to copy s (variable of type []int) and "x" (untyped string constant) have different element types int and byte\nbuiltins.go:14:12: cannot use 1 (untyped int constant) as string value in argument to delete\nbuiltins.go:15:13: first argument to append must be a slice; have 1 (untyped int constant)\nbuiltins.go:15:13: too many errors',
  },
  {
    name: 'closures.go',
    src: 'package main\n\nfunc main() {\n\tx := 1\n\tf := func() int {\n\t\ty := 2\n\t\treturn x\n\t}\n\tg := func(a int) {\n\t\treturn a\n\t}\n\t_ = f\n\t_ = g\n\tvar h func() = func() int { return 1 }\n\t_ = h\n}\n',
    want: 'closures.go:6:3: y declared but not used\nclosures.go:10:10: too many return values\n\thave (int)\n\twant ()\nclosures.go:14:17: cannot use func() int {\u2026} (value of type func() int) as type func() in variable declaration',
  },
  {
    name: 'consts2.go',
    src: "package main\n\nconst (\n\tA = iota * 10\n\tB\n\tC string = \"x\"\n\tD\n)\n\nfunc main() {\n\tconst x uint8 = 255\n\tconst y = x + 1\n\tvar f float32 = 1e100\n\tconst s = \"abc\"\n\ts[0] = 'x'\n\tvar i int = 1 << 63\n\tprintln(A, B, C, D, y, f, i)\n}\n",
    want: 'consts2.go:12:12: x + 1 (constant 256 of type uint8) overflows uint8\nconsts2.go:13:18: cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)\nconsts2.go:15:2: cannot assign to s[0] (value of type byte)\nconsts2.go:16:14: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)',
  },
  {
    name: 'conv.go',
    src: 'package main\n\ntype Celsius float64\ntype Meters int\n\nfunc main() {\n\tvar c Celsius = 1\n\tvar m Meters = 2\n\t_ = c + m\n\t_ = Celsius(m)\n\t_ = string(1.5)\n\t_ = []byte(5)\n\t_ = int("5")\n\tvar p *int\n\t_ = (*float64)(p)\n\t_ = bool(1)\n}\n',
    want: 'conv.go:9:6: invalid operation: c + m (mismatched types Celsius and Meters)\nconv.go:11:13: cannot convert 1.5 (untyped float constant) to type string\nconv.go:12:13: cannot convert 5 (untyped int constant) to type []byte\nconv.go:13:10: cannot convert "5" (untyped string constant) to type int\nconv.go:15:17: cannot convert p (variable of type *int) to type *float64\nconv.go:16:11: cannot convert 1 (untyped int constant) to type bool',
  },
  {
    name: 'generics2.go',
    src: 'package main\n\ntype Number interface{ int | float64 }\n\nfunc Max[T Number](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\ntype Stack[T any] struct{ items []T }\n\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\n\nfunc Keys[K comparable, V any](m map[K]V) []K { return nil }\n\nfunc main() {\n\t_ = Max(1, 2.5)\n\t_ = Max[string]("a", "b")\n\tvar s Stack\n\tvar t Stack[int]\n\tt.Push("x")\n\t_ = Keys[[]int, int](nil)\n\t_ = s\n}\n',
    want: 'generics2.go:19:13: default type float64 of 2.5 does not match inferred type int for T\ngenerics2.go:20:10: string does not implement Number (string missing in int | float64)\ngenerics2.go:21:8: cannot use generic type Stack[T any] without instantiation\ngenerics2.go:23:9: cannot use "x" (untyped string constant) as int value in argument to t.Push\ngenerics2.go:24:11: []int does not implement comparable',
  },
  {
    name: 'incdec.go',
    src: 'package main\n\nfunc main() {\n\ts := "a"\n\ts++\n\tvar b bool\n\tb--\n\tconst c = 1\n\tc++\n\tm := map[string]int{}\n\tm["a"]++\n\tx := 1\n\tx += "a"\n}\n',
    want: 'incdec.go:5:2: invalid operation: s++ (non-numeric type string)\nincdec.go:7:2: invalid operation: b-- (non-numeric type bool)\nincdec.go:9:2: cannot assign to c (untyped int constant 1)\nincdec.go:13:2: invalid operation: x += "a" (mismatched types int and untyped string)',
  },
  {
    name: 'index_slice.go',
    src: 'package main\n\nfunc main() {\n\ta := [3]int{1, 2, 3}\n\t_ = a[-1]\n\t_ = a[1:5]\n\ts := "hello"\n\t_ = s[1:2:3]\n\t_ = a[2:1]\n\tx := 5\n\t_ = x[0]\n\tvar f float64\n\t_ = a[f]\n\t_ = [2]int{1, 2, 3}\n\tm := map[int]string{}\n\t_ = m["a"]\n}\n',
    want: 'index_slice.go:5:8: invalid argument: index -1 (constant of type int) must not be negative\nindex_slice.go:6:10: invalid argument: index 5 out of bounds [0:4]\nindex_slice.go:8:12: invalid operation: 3-index slice of string\nindex_slice.go:9:10: invalid slice indices: 1 < 2\nindex_slice.go:11:7: invalid operation: cannot index x (variable of type int)\nindex_slice.go:13:8: invalid argument: index f (variable of type float64) must be integer\nindex_slice.go:14:19: index 2 is out of bounds (>= 2)\nindex_slice.go:16:8: cannot use "a" (untyped string constant) as int value in map index',
  },
  {
    name: 'methods2.go',
    src: 'package main\n\ntype T int\n\nfunc (t T) String() string { return "" }\nfunc (t *T) Set()         {}\n\ntype I interface {\n\tString() string\n\tSet()\n}\n\nfunc (int) Foo() {}\n\nfunc (x *I) Bar() {}\n\nfunc main() {\n\tvar t T\n\tvar i I = t\n\t_ = i\n\tT.Set(t)\n\tf := t.Missing\n}\n',
    want: 'methods2.go:13:7: cannot define new methods on non-local type int\nmethods2.go:15:7: invalid receiver type I (pointer or interface type)\nmethods2.go:19:12: cannot use t (variable of type T) as type I in variable declaration:\n\tT does not implement I (Set method has pointer receiver)\nmethods2.go:21:4: cannot call pointer method Set on T\nmethods2.go:22:9: t.Missing undefined (type T has no field or method Missing)',
  },
  {
    name: 'shadow_return.go',
    src: 'package main\n\nimport "fmt"\n\nfunc f() (err error) {\n\tif true {\n\t\terr := fmt.Errorf("x")\n\t\treturn\n\t}\n\treturn nil\n}\n\nfunc main() { f() }\n',
    want: 'shadow_return.go:7:3: err declared but not used\nshadow_return.go:8:3: result parameter err not in scope at return\n\t./shadow_return.go:7:3: inner declaration of var err error',
  },
  {
    name: 'structs.go',
    src: 'package main\n\ntype T struct {\n\ta int\n\tb []int\n}\n\nfunc main() {\n\tx := T{}\n\ty := T{}\n\t_ = x == y\n\t_ = T{a: 1, a: 2}\n\t_ = T{1}\n\tvar p *T\n\t_ = p.c\n\t_ = T.a\n}\n',
    want: 'structs.go:11:6: invalid operation: x == y (struct containing []int cannot be compared)\nstructs.go:12:15: duplicate field name a in struct literal\nstructs.go:13:9: too few values in T{\u2026}\nstructs.go:15:8: p.c undefined (type *T has no field or method c)\nstructs.go:16:8: T.a undefined (type T has no method a)',
  },
  {
    name: 'typeassert.go',
    src: 'package main\n\ntype S struct{}\n\nfunc main() {\n\tvar x int = 1\n\t_ = x.(int)\n\tvar i interface{} = 1\n\t_, ok := i.(string)\n\ts := i.(S)\n\tswitch y := x.(type) {\n\t}\n\t_ = s\n}\n',
    want: 'typeassert.go:7:6: invalid operation: x (variable of type int) is not an interface\ntypeassert.go:9:5: ok declared but not used\ntypeassert.go:11:9: y declared but not used\ntypeassert.go:11:14: x (variable of type int) is not an interface',
  },
  {
    name: 'unused_misc.go',
    src: 'package main\n\nimport (\n\t"fmt"\n\t_ "strings"\n)\n\nfunc main() {\n\tvar x, y int\n\tx = 1\n\tfor i, v := range []int{1} {\n\t}\n\tfor k := range map[string]int{} {\n\t}\n\tif z := 1; true {\n\t}\n\t_ = fmt.Sprint\n}\n',
    want: 'unused_misc.go:9:6: x declared but not used\nunused_misc.go:9:9: y declared but not used\nunused_misc.go:11:6: i declared but not used\nunused_misc.go:11:9: v declared but not used\nunused_misc.go:13:6: k declared but not used\nunused_misc.go:15:5: z declared but not used',
  },
  {
    name: 'constraints.go',
    src: 'package main\n\ntype Num interface{ ~int | ~float64 }\n\nfunc main() {\n\tvar n Num\n\tvar c comparable\n\t_ = n\n\t_ = c\n\tx := nil\n\tvar y = nil\n\t_ = x\n\t_ = y\n}\n',
    want: 'constraints.go:6:8: cannot use type Num outside a type constraint: interface contains type constraints\nconstraints.go:7:8: cannot use type comparable outside a type constraint: interface is (or embeds) comparable\nconstraints.go:10:7: use of untyped nil in assignment\nconstraints.go:11:10: use of untyped nil in variable declaration',
  },
  {
    name: 'cycles.go',
    src: 'package main\n\nconst a = b\nconst b = a\n\ntype A B\ntype B A\n\nvar x = f()\n\nfunc f() int { return x }\n\ntype L struct{ next L }\n\nfunc main() {}\n',
    want: 'cycles.go:3:7: initialization loop for a\n\t./cycles.go:3:7: a refers to\n\t./cycles.go:4:7: b refers to\n\t./cycles.go:3:7: a\ncycles.go:6:6: invalid recursive type A\n\t./cycles.go:6:6: A refers to\n\t./cycles.go:7:6: B refers to\n\t./cycles.go:6:6: A\ncycles.go:9:5: initialization loop for x\n\t./cycles.go:9:5: x refers to\n\t./cycles.go:11:6: f refers to\n\t./cycles.go:9:5: x\ncycles.go:13:6: invalid recursive type L\n\t./cycles.go:13:6: L refers to\n\t./cycles.go:13:6: L',
  },
  {
    name: 'funcs_misc.go',
    src: 'package main\n\nfunc f(a int, b ...int) {}\n\nfunc g() (int, int) { return 1, 2 }\n\nfunc h(x, y int) {}\n\nfunc main() {\n\tf()\n\tf(1, []int{1}...)\n\tf(1, 2, []int{1}...)\n\th(g())\n\tvar v int = g()\n\th(g(), 1)\n\tdefer int(1)\n\tdefer len("x")\n\t_ = v\n}\n',
    want: 'funcs_misc.go:10:2: not enough arguments in call to f\n\thave ()\n\twant (int, ...int)\nfuncs_misc.go:12:10: too many arguments in call to f\n\thave (number, number, []int)\n\twant (int, ...int)\nfuncs_misc.go:14:14: multiple-value g() (value of type (int, int)) in single-value context\nfuncs_misc.go:15:4: multiple-value g() (value of type (int, int)) in single-value context\nfuncs_misc.go:16:8: defer requires function call, not conversion int(1) (constant 1 of type int)\nfuncs_misc.go:17:8: defer discards result of len("x") (constant 1 of type int)',
  },
  {
    name: 'goto_over.go',
    src: 'package main\n\nfunc main() {\n\tgoto L\n\tx := 1\nL:\n\tprintln(x)\n\t{\n\tM:\n\t}\n\tgoto M\n}\n',
    want: 'goto_over.go:4:7: goto L jumps over declaration of x at ./goto_over.go:5:4\ngoto_over.go:11:7: goto M jumps into block starting at ./goto_over.go:8:2',
  },
  {
    name: 'iface_misc.go',
    src: 'package main\n\ntype R interface{ Read() int }\ntype W interface{ Write(int) }\ntype RW interface {\n\tR\n\tW\n\tRead() int\n}\n\ntype T struct{}\n\nfunc (T) Read() int { return 0 }\n\nfunc use(rw RW) {}\n\nfunc main() {\n\tuse(T{})\n\tvar r R = T{}\n\tvar w W = r\n\t_ = w\n\tvar e error = "x"\n\t_ = e\n}\n',
    want: 'iface_misc.go:18:6: cannot use T{} (value of type T) as type RW in argument to use:\n\tT does not implement RW (missing Write method)\niface_misc.go:20:12: cannot use r (variable of type R) as type W in variable declaration:\n\tR does not implement W (missing Write method)\niface_misc.go:22:16: cannot use "x" (constant of type string) as type error in variable declaration:\n\tstring does not implement error (missing Error method)',
  },
  {
    name: 'named_types.go',
    src: 'package main\n\ntype MyInt int\ntype IntSlice []int\ntype Fn func(int) int\n\nfunc main() {\n\tvar a MyInt = 5\n\tvar b int = 3\n\t_ = a + b\n\t_ = a + 3\n\tvar s IntSlice = []int{1}\n\tvar t []int = s\n\tvar f Fn = func(x int) int { return x }\n\tvar g func(int) int = f\n\t_ = t\n\t_ = g\n\tvar u uint = 1\n\t_ = b << u\n\t_ = b + u\n}\n',
    want: 'named_types.go:10:6: invalid operation: a + b (mismatched types MyInt and int)\nnamed_types.go:20:6: invalid operation: b + u (mismatched types int and uint)',
  },
  {
    name: 'compare.go',
    src: 'package main\n\ntype S struct{ xs []int }\n\nfunc main() {\n\t_ = nil == nil\n\tf := func() {}\n\t_ = f == f\n\t_ = S{} == S{}\n\tvar m map[[]int]int\n\t_ = m\n\tvar a, b [2]S\n\t_ = a == b\n\tvar i interface{} = 1\n\t_ = i == 1\n\t_ = "a" < 1\n}\n',
    want: 'compare.go:6:13: invalid operation: nil == nil (operator == not defined on untyped nil)\ncompare.go:8:6: invalid operation: f == f (func can only be compared to nil)\ncompare.go:9:6: invalid operation: S{} == S{} (struct containing []int cannot be compared)\ncompare.go:10:12: invalid map key type []int\ncompare.go:13:6: invalid operation: a == b ([2]S cannot be compared)\ncompare.go:16:12: invalid operation: "a" < 1 (mismatched types untyped string and untyped int)',
  },
  {
    name: 'misc2.go',
    src: 'package main\n\nimport "fmt"\n\ntype T struct{}\n\nfunc (t T) M() {}\n\nfunc main() {\n\tvar t T\n\tt.M = nil\n\tx := t.M()\n\tfmt.Println("a" + 1)\n\tvar s []int\n\ts.Len()\n\tfor i := range 10.5 {\n\t\t_ = i\n\t}\n\tvar p *T\n\tp.M()\n\t(*T).M(p)\n\tT.M(t)\n\t_ = x\n}\n',
    want: 'misc2.go:11:2: cannot assign to t.M (value of type func())\nmisc2.go:12:7: t.M() (no value) used as value\nmisc2.go:13:14: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)\nmisc2.go:15:4: s.Len undefined (type []int has no field or method Len)\nmisc2.go:16:17: cannot range over 10.5 (untyped float constant)',
  },
  {
    name: 'returns2.go',
    src: 'package main\n\nfunc a() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc b(x int) int {\n\tswitch {\n\tcase x > 0:\n\t\treturn 1\n\t}\n}\n\nfunc c(x int) (r int) {\n\tif x > 0 {\n\t\treturn\n\t} else {\n\t\treturn 2\n\t}\n}\n\nfunc d() int {\n\tpanic("x")\n}\n\nfunc e(x interface{}) int {\n\tswitch x.(type) {\n\tcase int:\n\t\treturn 1\n\tdefault:\n\t\treturn 0\n\t}\n}\n\nfunc f() int {\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n\nfunc main() { a(); b(1); c(1); d(); e(1); f() }\n',
    want: 'returns2.go:7:1: missing return\nreturns2.go:14:1: missing return\nreturns2.go:42:1: missing return',
  },
  {
    name: 'generics3.go',
    src: 'package main\n\nimport "fmt"\n\ntype Ordered interface {\n\t~int | ~string\n}\n\nfunc Max[T Ordered](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n\ntype Box[T any] struct{ v T }\n\nfunc (b Box[T]) Get() T { return b.v }\n\nfunc (b Box[int]) Bad() {}\n\ntype Cmp[T comparable] struct{}\n\nfunc Eq[T any](a, b T) bool { return a == b }\n\nfunc Plus[T any](a, b T) T { return a + b }\n\nfunc main() {\n\tf := Max\n\t_ = f\n\tvar b Box[int]\n\tvar s string = b.Get()\n\t_ = Cmp[func()]{}\n\tfmt.Println(Max[int, int](1, 2))\n\t_ = s\n\tvar x interface{ Ordered }\n\t_ = x\n}\n',
    want: 'generics3.go:24:38: invalid operation: a == b (incomparable types in type set)\ngenerics3.go:26:37: invalid operation: operator + not defined on a (variable of type T constrained by any)\ngenerics3.go:29:7: cannot use generic function Max without instantiation\ngenerics3.go:32:17: cannot use b.Get() (value of type int) as type string in variable declaration\ngenerics3.go:33:14: func() does not implement comparable\ngenerics3.go:34:23: got 2 type arguments but want 1\ngenerics3.go:36:8: cannot use type interface{Ordered} outside a type constraint: interface contains type constraints',
  },
  {
    name: 'generics4.go',
    src: 'package main\n\ntype Stringer interface{ String() string }\n\ntype Num int\n\nfunc (n Num) String() string { return "" }\n\nfunc Join[T Stringer](xs []T) string {\n\ts := ""\n\tfor _, x := range xs {\n\t\ts += x.String()\n\t}\n\treturn s\n}\n\nfunc First[T any](xs []T) T { return xs[0] }\n\nfunc Len[T ~string | ~[]byte](x T) int { return len(x) }\n\nfunc main() {\n\t_ = Join([]Num{1})\n\t_ = Join([]int{1})\n\t_ = First(nil)\n\t_ = Len(5)\n\tvar p *Num\n\t_ = Join([]*Num{p})\n}\n',
    want: 'generics4.go:23:10: int does not implement Stringer (missing String method)\ngenerics4.go:24:11: cannot infer T (generics4.go:17:12)\ngenerics4.go:25:9: int does not implement ~string|~[]byte (int missing in ~string | ~[]byte)',
  },
  {
    name: 'constants3.go',
    src: "package main\n\nimport \"math\"\n\nconst x int8 = 100\nconst y = x * 2\nconst z uint8 = 1 - 2\nconst big = 1 << 70\nconst f32 float32 = 1e39\nconst s = \"a\" + 1\nconst b = !1\nconst sh = 1 << -1\nconst d = 5 / 0.0\nconst e = 'a' * 2.5\n\nvar v = math.MaxInt64 + 1\nvar w uint64 = math.MaxUint64\nvar u = ^uint8(0) + 1\nvar r rune = 'x' + 1e6\nvar q int = 1e18\nvar q2 int = 1e19\n\nfunc main() {\n\tvar i int\n\t_ = i << 64\n\t_ = 1 << i\n\tvar fl float64 = 1 << i\n\t_ = fl\n\tprintln(y, z, big, f32, s, b, sh, d, e)\n}\n",
    want: 'constants3.go:6:11: x * 2 (constant 200 of type int8) overflows int8\nconstants3.go:7:17: cannot use 1 - 2 (untyped int constant -1) as uint8 value in constant declaration (overflows)\nconstants3.go:9:21: cannot use 1e39 (untyped float constant 1e+39) as float32 value in constant declaration (overflows)\nconstants3.go:10:11: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)\nconstants3.go:11:12: invalid operation: operator ! not defined on 1 (untyped int constant)\nconstants3.go:12:17: invalid operation: negative shift count -1 (untyped int constant)\nconstants3.go:13:15: invalid operation: division by zero\nconstants3.go:16:9: cannot use math.MaxInt64 + 1 (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)\nconstants3.go:18:9: ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8\nconstants3.go:21:14: cannot use 1e19 (untyped float constant 1e+19) as int value in variable declaration (truncated)\nconstants3.go:21:14: too many errors',
  },
  {
    name: 'multi.go',
    src: 'package main\n\nimport "strconv"\n\nfunc two() (int, error) { return 0, nil }\n\nfunc main() {\n\ta := two()\n\tb, c := strconv.Itoa(1)\n\td, e := 1\n\tvar f, g int = two()\n\tvar h, i string = two()\n\t_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i\n}\n',
    want: 'multi.go:8:7: assignment mismatch: 1 variable but two returns 2 values\nmulti.go:9:10: assignment mismatch: 2 variables but strconv.Itoa returns 1 value\nmulti.go:10:10: assignment mismatch: 2 variables but 1 value\nmulti.go:11:17: cannot use two() (value of type error) as type int in assignment\nmulti.go:12:20: cannot use two() (value of type int) as type string in assignment\nmulti.go:12:20: cannot use two() (value of type error) as type string in assignment',
  },
  {
    name: 'pkgs.go',
    src: 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tvar b strings.Builder\n\tb.addr = nil\n\t_ = strings.noSuch\n\t_ = strings.NoSuch\n\t_ = fmt.Println("x") + 1\n\t_ = os.Args\n\tx := strings.Builder{}\n\t_ = x\n\tvar r fmt.Stringer = b\n\t_ = r\n}\n',
    want: 'pkgs.go:10:4: b.addr undefined (type strings.Builder has no field or method addr)\npkgs.go:11:14: undefined: strings.noSuch\npkgs.go:12:14: undefined: strings.NoSuch\npkgs.go:13:6: multiple-value fmt.Println("x") (value of type (n int, err error)) in single-value context\npkgs.go:14:6: undefined: os\npkgs.go:17:23: cannot use b (variable of type strings.Builder) as type fmt.Stringer in variable declaration:\n\tstrings.Builder does not implement fmt.Stringer (String method has pointer receiver)',
  },
]
