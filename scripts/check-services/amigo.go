// Package amigo is a stand-in for Amigo's built-in package under real Go, used only by
// scripts/check-services.sh to vet and test the example services with `go test`. It follows the
// rules of protocols/services.md as far as plain Go can:
//
//   - Caller() walks the Go call stack: the caller of a service is the nearest calling frame that
//     belongs to another service package; library packages (listed in libraries.go, generated from
//     the //amigo:library directive) and the standard library are code, not callers; code in
//     _test.go files acts as the signer (a user calling services), so with no other service on
//     the stack Caller() is the signer;
//   - Self() is the package of the nearest service frame (for test code, its own package);
//   - the signer, height and time are those set with TestSetCaller, TestSetHeight, TestSetTime,
//     with the defaults of src/lang/stdlib/amigo/amigo.go.
//
// What plain Go cannot do (atomic rollback of a failed call, refusing writes into another
// service's objects) is the VM's job and is not checked here.
package amigo

import (
	"runtime"
	"strings"
	"time"
)

var (
	signer    = "test.caller"
	height    int64
	blockTime = time.Unix(1735689600, 0).UTC()
	events    []Event
)

// frame is a call-stack entry reduced to what the rules need.
type frame struct {
	pkg  string // import path of the function's package
	test bool   // the function is in a _test.go file
}

// stack returns the service frames above the function that called an amigo function, innermost
// first: frames of the standard library, of libraries and of this package are dropped.
func stack() []frame {
	pcs := make([]uintptr, 128)
	n := runtime.Callers(3, pcs) // runtime.Callers, stack, the amigo function
	it := runtime.CallersFrames(pcs[:n])
	var out []frame
	for {
		f, more := it.Next()
		pkg := packageOf(f.Function)
		if strings.Contains(strings.SplitN(pkg, "/", 2)[0], ".") && !libraries[pkg] {
			out = append(out, frame{pkg: pkg, test: strings.HasSuffix(f.File, "_test.go")})
		}
		if !more {
			return out
		}
	}
}

// packageOf returns the import path in a function name such as
// "local.land/amigo/avl.(*Tree[...]).Set" or "local.land/amigo/dex.Swap.func1".
func packageOf(fn string) string {
	if i := strings.IndexByte(fn, '['); i >= 0 {
		fn = fn[:i]
	}
	slash := strings.LastIndexByte(fn, '/')
	dot := strings.IndexByte(fn[slash+1:], '.')
	if dot < 0 {
		return fn
	}
	return fn[:slash+1+dot]
}

func Caller() string {
	s := stack()
	if len(s) == 0 || s[0].test {
		return signer
	}
	for _, f := range s[1:] {
		if f.test {
			return signer
		}
		if f.pkg != s[0].pkg {
			return f.pkg
		}
	}
	return signer
}

func Origin() string { return signer }

func Self() string {
	s := stack()
	if len(s) == 0 {
		return "local.land/test/self"
	}
	return s[0].pkg
}

func Land() string { return "local.land" }

func Height() int64 { return height }

func Time() time.Time { return blockTime }

func Emit(event string, kv ...string) {
	if event == "" {
		panic("amigo.Emit: empty event name")
	}
	if len(kv)%2 != 0 {
		panic("amigo.Emit: odd number of key/value arguments")
	}
	events = append(events, Event{Name: event, KV: append([]string(nil), kv...)})
}

type Event struct {
	Name string
	KV   []string
}

func (e Event) Get(key string) string {
	for i := 0; i+1 < len(e.KV); i += 2 {
		if e.KV[i] == key {
			return e.KV[i+1]
		}
	}
	return ""
}

func TestSetCaller(addr string) { signer = addr }
func TestSetHeight(h int64)     { height = h }
func TestSetTime(t time.Time)   { blockTime = t.UTC() }
func TestEvents() []Event       { return append([]Event(nil), events...) }
func TestClearEvents()          { events = nil }
