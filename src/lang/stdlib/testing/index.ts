/**
 * Package testing: *T with Error/Fatal/Log/Run/Helper/Skip…, written in Go over a few natives that
 * report results the way `go test` prints them (see src/lang/testing/run.ts, which drives a test binary).
 */
import type { NativeEnv } from '../package.ts'

const source = `package testing

import "fmt"

type T struct {
	name     string
	failed   bool
	skipped  bool
	finished bool
	level    int
	output   string
	parent   *T
	cleanups []func()
}

type B struct {
	T
	N       int
	bytes   int64
	metrics map[string]float64
}

// PB iterates a RunParallel body; Amigo has no goroutines, so one body runs all b.N iterations.
type PB struct{ left int }

// The timer methods change nothing: amigo test reports no timings (every duration is 0.00s).
func (b *B) ResetTimer()  {}
func (b *B) StartTimer()  {}
func (b *B) StopTimer()   {}
func (b *B) ReportAllocs() {}

// SetBytes records the bytes processed per iteration (go test -bench prints MB/s from it).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportMetric records a custom metric per unit, as go test -bench prints it.
func (b *B) ReportMetric(n float64, unit string) {
	if b.metrics == nil {
		b.metrics = map[string]float64{}
	}
	b.metrics[unit] = n
}

// Run runs f as a sub-benchmark with the same N.
func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{T: T{name: b.name + "/" + name, level: b.level + 1, parent: &b.T}, N: b.N}
	f(sub)
	return !sub.failed
}

func (b *B) RunParallel(body func(*PB)) { body(&PB{left: b.N}) }

func (pb *PB) Next() bool {
	if pb.left <= 0 {
		return false
	}
	pb.left--
	return true
}

type M struct{}

type TB interface {
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
}

type stopSignal struct{}

func (t *T) Name() string     { return t.name }
func (t *T) Failed() bool     { return t.failed }
func (t *T) Skipped() bool    { return t.skipped }
func (t *T) Parallel()        {}
func (t *T) Helper()          { helper() }
func (t *T) Fail()            { t.failed = true }
func (t *T) FailNow()         { t.failed = true; t.finished = true; panic(stopSignal{}) }
func (t *T) SkipNow()         { t.skipped = true; t.finished = true; panic(stopSignal{}) }
func (t *T) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }
func (t *T) Setenv(key, value string) {}
func (t *T) TempDir() string { return "/tmp" }

func (t *T) log(s string) { t.output += logLine(t.level, s) }

func (t *T) Log(args ...any)                   { t.log(fmt.Sprintln(args...)) }
func (t *T) Logf(format string, args ...any)   { t.log(fmt.Sprintf(format, args...)) }
func (t *T) Error(args ...any)                 { t.log(fmt.Sprintln(args...)); t.Fail() }
func (t *T) Errorf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)); t.Fail() }
func (t *T) Fatal(args ...any)                 { t.log(fmt.Sprintln(args...)); t.FailNow() }
func (t *T) Fatalf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)); t.FailNow() }
func (t *T) Skip(args ...any)                  { t.log(fmt.Sprintln(args...)); t.SkipNow() }
func (t *T) Skipf(format string, args ...any)  { t.log(fmt.Sprintf(format, args...)); t.SkipNow() }

func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + subName(t.name, name), level: t.level + 1, parent: t}
	if !matches(sub.name) {
		return true
	}
	runT(sub, f)
	if sub.failed {
		t.failed = true
	}
	t.output += report(sub.name, sub.level, sub.failed, sub.skipped, sub.output)
	return !sub.failed
}

func runT(t *T, f func(*T)) {
	start(t.name)
	defer func() {
		for i := len(t.cleanups) - 1; i >= 0; i-- {
			t.cleanups[i]()
		}
	}()
	defer func() {
		r := recover()
		if r != nil {
			if _, ok := r.(stopSignal); !ok {
				t.failed = true
				fmt.Print(report(t.name, t.level, true, false, t.output))
				t.output = ""
				panic(r)
			}
		}
	}()
	f(t)
	t.finished = true
}

// RunTest runs one top-level test and prints its report; used by the test runner.
func RunTest(name string, f func(*T)) bool {
	t := &T{name: name}
	runT(t, f)
	fmt.Print(report(t.name, t.level, t.failed, t.skipped, t.output))
	return !t.failed
}

func Short() bool   { return false }
func Verbose() bool { return verbose() }

func helper()
func logLine(level int, s string) string
func report(name string, level int, failed, skipped bool, output string) string
func start(name string)
func matches(name string) bool
func subName(parent, name string) string
func verbose() bool
`

/** What the test runner gives the testing natives. */
export interface TestHooks {
  verbose: boolean
  /** does a full test name (with /subtests) match -run? */
  matches: (name: string) => boolean
  /** Go position `file.go:line` of the caller of t.Log/Error… (skipping helpers) */
  callerPos: () => string
  /** mark the caller of t.Helper as a helper */
  markHelper: () => void
  /** names already used per parent (for unique subtest names #01) */
  subNames: Map<string, number>
}

function indent (text: string, n: number): string {
  if (text === '') return ''
  const pad = ' '.repeat(n)
  return text.split('\n').map(l => l === '' ? l : pad + l).join('\n')
}

export default ({
  path: 'testing',
  source,
  names: ['testing.go'],
  natives: (env: NativeEnv) => {
    const hooks = (env as any).testing as TestHooks | undefined
    const h: TestHooks = hooks ?? { verbose: false, matches: () => true, callerPos: () => '???:1', markHelper: () => {}, subNames: new Map() }
    return {
      helper: () => h.markHelper(),
      logLine: (_level: number, s: string) => {
        if (s.endsWith('\n')) s = s.slice(0, -1)
        const body = s.split('\n').join('\n        ')
        const line = `    ${h.callerPos()}: ${body}\n`
        // -v streams log lines as they happen; otherwise they are kept for the test's report
        if (h.verbose) { env.writeStdout(line); return '' }
        return line
      },
      report: (name: string, level: number, failed: boolean, skipped: boolean, output: string) => {
        let head: string
        if (failed) head = `--- FAIL: ${name} (0.00s)\n`
        else if (h.verbose) head = skipped ? `--- SKIP: ${name} (0.00s)\n` : `--- PASS: ${name} (0.00s)\n`
        else return ''
        const text = head + output
        // a subtest's report goes into its parent's output, indented, printed after the parent's line
        return level > 0 ? indent(text, 4) : text
      },
      start: (name: string) => { if (h.verbose) env.writeStdout(`=== RUN   ${name}\n`) },
      matches: (name: string) => h.matches(name),
      subName: (parent: string, name: string) => {
        let n = name.replace(/ /g, '_')
        const key = parent + '/' + n
        const c = h.subNames.get(key) ?? 0
        h.subNames.set(key, c + 1)
        if (c > 0) n += '#' + String(c).padStart(2, '0')
        return n
      },
      verbose: () => h.verbose
    }
  }
})
