/**
 * Package runtime: the part Go programs use to tell run-time panics apart (`runtime.Error`), plus
 * GOOS/GOARCH; declarations only, nothing of the host.
 *
 * @example
 * ```go
 * if re, ok := recover().(runtime.Error); ok { fmt.Println(re.Error()) }
 * ```
 */

export default ({
  path: 'runtime',
  source: `package runtime

// Error identifies a run time error (index out of range, nil map write, failed type assertion…).
type Error interface {
	error
	RuntimeError()
}

func GC() {}

const GOOS = "amigo"
const GOARCH = "js"
`
})
