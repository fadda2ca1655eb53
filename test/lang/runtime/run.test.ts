// runProgram end to end on small programs whose expected output comes from Go 1.19 semantics:
// strings as bytes, map iteration order (insertion, documented), panics and limits.
import { strict as assert } from 'node:assert'
import { runProgram, testPackage, type Limits } from '../../../src/lang/index.ts'

function run (src: string, limits?: Limits): { out: string, err: string, code: number, gas: number } {
  const out: Uint8Array[] = []
  const err: Uint8Array[] = []
  const r = runProgram({ files: [{ name: 'prog.go', text: src }], stdout: b => out.push(b), stderr: b => err.push(b), limits })
  return { out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8'), code: r.exitCode, gas: r.gasUsed }
}

describe('lang/runtime: programs', () => {
  it('strings are UTF-8 bytes: len, indexing, slicing, range decodes runes', () => {
    const r = run(`package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[1:3], []byte(s)[2])
	for i, c := range "a世\\xffz" {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	fmt.Println(string(rune(19990)), []rune(s)[7], s < "hz", s+"!" == "héllo, 世界!")
}
`)
    assert.equal(r.err, '')
    assert.equal(r.out, '14 195 é 169\n0:97 1:19990 4:65533 5:122 \n世 19990 false true\n')
  })

  it('maps iterate in insertion order (documented) and fmt prints them sorted by key', () => {
    const r = run(`package main

import "fmt"

func main() {
	m := map[string]int{}
	for _, k := range []string{"zeta", "alpha", "mid", "beta"} {
		m[k] = len(k)
	}
	delete(m, "mid")
	m["omega"] = 5
	for k, v := range m {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(m)
}
`)
    assert.equal(r.out, 'zeta=4 alpha=5 beta=4 omega=5 \nmap[alpha:5 beta:4 omega:5 zeta:4]\n')
  })

  it('a runtime panic prints Go\'s message and exits 2; recover stops it', () => {
    const r = run(`package main

import "fmt"

func get(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}

func main() {
	fmt.Println(get([]int{1, 2, 3}, 5))
	var m map[string]int
	m["x"] = 1
}
`)
    assert.equal(r.out, '0 recovered: runtime error: index out of range [5] with length 3\n')
    assert.equal(r.code, 2)
    assert.match(r.err, /^panic: assignment to entry in nil map\n\ngoroutine 1 \[running\]:/)
  })

  it('nil pointer dereference prints the SIGSEGV line as Go does', () => {
    const r = run('package main\n\ntype T struct{ x int }\n\nfunc main() {\n\tvar p *T\n\tprintln(p.x)\n}\n')
    assert.equal(r.code, 2)
    assert.match(r.err, /^panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV/)
  })

  it('custom error values and os.Exit', () => {
    const r = run(`package main

import (
	"errors"
	"fmt"
	"os"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

func main() {
	err := fmt.Errorf("wrap: %w", E{7})
	var e E
	fmt.Println(err, errors.As(err, &e), e.code)
	os.Exit(3)
}
`)
    assert.equal(r.out, 'wrap: E7 true 7\n')
    assert.equal(r.code, 3)
  })

  it('compile errors print as go run does, exit 1', () => {
    const r = run('package main\n\nfunc main() {\n\tx := 1\n\ty = 2\n}\n')
    assert.equal(r.code, 1)
    assert.equal(r.err, '# command-line-arguments\nprog.go:4:2: x declared but not used\nprog.go:5:2: undefined: y\n')
  })

  it('limits end runs with typed errors naming the limit and the Go position', () => {
    const loop = run('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', { gas: 10000 })
    assert.equal(loop.code, 2)
    assert.match(loop.err, /^ERR_GAS: out of gas: limit 10000 exceeded at prog\.go:4:2/)
    assert.ok(loop.gas <= 10000)
    const deep = run('package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { println(f(0)) }\n', { maxDepth: 500 })
    assert.equal(deep.code, 2)
    assert.match(deep.err, /^ERR_DEPTH: .*500.* at prog\.go:3:/)
    const big = run('package main\n\nfunc main() {\n\ts := make([]int64, 1<<40)\n\tprintln(len(s))\n}\n', { maxMemory: 1 << 20 })
    assert.equal(big.code, 2)
    assert.match(big.err, /^ERR_MEMORY/)
    // a string doubled until the host refuses it: the error names the budget, not "limit 0"
    const doubled = run('package main\n\nfunc main() {\n\ts := "amigo"\n\tfor {\n\t\ts += s\n\t}\n}\n', { maxMemory: 1 << 26 })
    assert.equal(doubled.code, 2)
    assert.match(doubled.err, /^ERR_MEMORY: out of memory: limit 67108864 bytes exceeded/)
  })

  it('testPackage runs tests and examples like go test', () => {
    const out: Uint8Array[] = []
    const r = testPackage({
      files: [
        { name: 'a.go', text: 'package a\n\nfunc Double(x int) int { return 2 * x }\n' },
        { name: 'a_test.go', text: 'package a\n\nimport (\n\t"fmt"\n\t"testing"\n)\n\nfunc TestDouble(t *testing.T) {\n\tif Double(2) != 5 {\n\t\tt.Errorf("Double(2) = %d", Double(2))\n\t}\n}\n\nfunc TestOK(t *testing.T) {}\n\nfunc ExampleDouble() {\n\tfmt.Println(Double(21))\n\t// Output: 42\n}\n' }
      ],
      stdout: b => out.push(b),
      stderr: b => out.push(b),
      packagePath: 'example/a'
    })
    assert.equal(r.exitCode, 1)
    assert.equal(Buffer.concat(out).toString(), '--- FAIL: TestDouble (0.00s)\n    a_test.go:10: Double(2) = 4\nFAIL\nFAIL\texample/a\t0.000s\nFAIL\n')
  })
})
