// `amigo test` on package layouts real libraries use: an external test package (`package foo_test`)
// beside package foo, importing it by path, and benchmarks using testing.B's methods. Expected
// outputs are what `go test` (Go 1.19) prints for the same files, durations aside.
import { strict as assert } from 'node:assert'
import { testPackage } from '../../../src/lang/index.ts'

const lib = { name: 'strs.go', text: 'package strs\n\nfunc Reverse(s string) string {\n\tb := []byte(s)\n\tfor i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {\n\t\tb[i], b[j] = b[j], b[i]\n\t}\n\treturn string(b)\n}\n\nfunc double(n int) int { return 2 * n }\n' }
const internal = { name: 'internal_test.go', text: 'package strs\n\nimport "testing"\n\nvar Double = double\n\nfunc TestDouble(t *testing.T) {\n\tif double(2) != 4 {\n\t\tt.Fatal("double")\n\t}\n}\n' }
const external = { name: 'strs_test.go', text: 'package strs_test\n\nimport (\n\t"fmt"\n\t"testing"\n\n\t"example.com/strs"\n)\n\nfunc TestReverse(t *testing.T) {\n\tif got := strs.Reverse("abc"); got != "cba" {\n\t\tt.Errorf("Reverse = %q", got)\n\t}\n\tif strs.Double(3) != 7 {\n\t\tt.Errorf("Double(3) = %d", strs.Double(3))\n\t}\n}\n\nfunc BenchmarkReverse(b *testing.B) {\n\tb.SetBytes(3)\n\tb.ReportAllocs()\n\tb.ResetTimer()\n\tfor i := 0; i < b.N; i++ {\n\t\tb.StopTimer()\n\t\tb.StartTimer()\n\t\tstrs.Reverse("abc")\n\t}\n\tb.ReportMetric(1.5, "things/op")\n\tb.Run("sub", func(b *testing.B) {\n\t\tb.RunParallel(func(pb *testing.PB) {\n\t\t\tfor pb.Next() {\n\t\t\t}\n\t\t})\n\t})\n}\n\nfunc ExampleReverse() {\n\tfmt.Println(strs.Reverse("hello"))\n\t// Output: olleh\n}\n' }

function test (files: Array<{ name: string, text: string }>, verbose = true): { out: string, code: number } {
  let out = ''
  const dec = new TextDecoder()
  const r = testPackage({ files, stdout: b => { out += dec.decode(b) }, stderr: b => { out += dec.decode(b) }, verbose, packagePath: 'example.com/strs' })
  return { out, code: r.exitCode }
}

describe('lang/testing: external test packages and testing.B', () => {
  it('runs the package\'s own tests, then the external package\'s, which sees the in-package test files', () => {
    const r = test([lib, internal, external])
    assert.equal(r.code, 1)
    assert.equal(r.out, '=== RUN   TestDouble\n--- PASS: TestDouble (0.00s)\n=== RUN   TestReverse\n    strs_test.go:15: Double(3) = 6\n--- FAIL: TestReverse (0.00s)\n=== RUN   ExampleReverse\n--- PASS: ExampleReverse (0.00s)\nFAIL\nFAIL\texample.com/strs\t0.000s\nFAIL\n')
  })

  it('an external test package alone beside its package passes', () => {
    const ok = { name: 'strs_test.go', text: 'package strs_test\n\nimport (\n\t"testing"\n\n\t"example.com/strs"\n)\n\nfunc TestReverse(t *testing.T) {\n\tif strs.Reverse("ab") != "ba" {\n\t\tt.Fatal("no")\n\t}\n}\n' }
    const r = test([lib, ok], false)
    assert.equal(r.out, 'ok  \texample.com/strs\t0.000s\n')
    assert.equal(r.code, 0)
  })

  it('the external package sees only exported names, with the error of Go 1.19', () => {
    const bad = { name: 'strs_test.go', text: 'package strs_test\n\nimport (\n\t"testing"\n\n\t"example.com/strs"\n)\n\nfunc TestX(t *testing.T) { _ = strs.double(1) }\n' }
    const r = test([lib, bad], false)
    assert.equal(r.code, 1)
    assert.equal(r.out, '# example.com/strs\nstrs_test.go:9:37: undefined: strs.double\nFAIL\texample.com/strs [build failed]\n')
  })
})
