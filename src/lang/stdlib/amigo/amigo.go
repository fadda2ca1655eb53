// Package amigo is what a service sees of the chain it runs on: who called it, which service it
// is, the land, the block height and time, and events. It is the only way a service learns
// anything about the world; there is no wall clock, no randomness and no I/O.
//
// Under the VM (src/vm) every function is answered by the node. Under `amigo test` (and in the
// Go shim of scripts/check-services.sh) the test defaults apply:
//
//	Caller()  "test.caller" (or what TestSetCaller set)
//	Origin()  "test.caller" (or what TestSetCaller set)
//	Self()    "local.land/test/self"
//	Land()    "local.land"
//	Height()  0 (or what TestSetHeight set)
//	Time()    2025-01-01 00:00:00 UTC (or what TestSetTime set)
//	Emit      records the event; TestEvents returns the recorded events
//
// When the tested package imports land packages (compiled into the test from its sibling
// folders), Caller() and Self() follow the live-import rules instead: Self() is the package of
// the innermost service code on the call stack (test code belongs to its own package), and
// Caller() is the nearest calling service of another package, or the signer when test code made
// the call. Library code is transparent.
//
// The Test* functions exist for _test.go files only: the VM refuses to deploy a package whose
// non-test files use them, and they panic if called under the VM.
package amigo

import "time"

// Caller returns who called the running function: the address of the key that signed the call
// when a user called this service directly, or the path of the importing service
// ("local.land/alice/dex") when another service called it through a live import.
// Libraries are code, not callers: a call made from library code counts as a call made by the
// service running that code.
func Caller() string

// Origin returns the address of the key that signed the call (the whole transaction), however
// deep the chain of service-to-service calls.
func Origin() string

// Self returns the path of the service whose code and state are running ("local.land/alice/blog").
func Self() string

// Land returns the land the service is deployed on ("local.land").
func Land() string

// Height returns the height of the block that holds the call.
func Height() int64

// blockTimeNanos returns the block time as nanoseconds since the Unix epoch.
func blockTimeNanos() int64

// Time returns the time of the block that holds the call (never the wall clock), in UTC.
// Every replica sees the same time for the same call.
func Time() time.Time {
	return time.Unix(0, blockTimeNanos()).UTC()
}

// emit hands an event to the node; kv has an even length.
func emit(event string, kv []string)

// Emit records an event in the call's receipt: a name and key/value pairs
// (Emit("Transfer", "from", a, "to", b, "amount", "10")). It panics if kv has an odd length.
// The events of a call that fails are discarded with its state changes.
func Emit(event string, kv ...string) {
	if event == "" {
		panic("amigo.Emit: empty event name")
	}
	if len(kv)%2 != 0 {
		panic("amigo.Emit: odd number of key/value arguments")
	}
	emit(event, kv)
}

// An Event is one call of Emit, as recorded under `amigo test`.
type Event struct {
	Name string
	KV   []string // key, value, key, value...
}

// Get returns the value of key in the event, or "" if the event has no such key.
func (e Event) Get(key string) string {
	for i := 0; i+1 < len(e.KV); i += 2 {
		if e.KV[i] == key {
			return e.KV[i+1]
		}
	}
	return ""
}

// TestSetCaller sets the address of the signer of the following calls (Caller and Origin).
// Tests only.
func TestSetCaller(addr string)

// TestSetHeight sets the block height of the following calls. Tests only.
func TestSetHeight(h int64)

func testSetTimeNanos(ns int64)

// TestSetTime sets the block time of the following calls. Tests only.
func TestSetTime(t time.Time) {
	testSetTimeNanos(t.UnixNano())
}

func testEventCount() int
func testEventName(i int) string
func testEventKV(i int) []string

// TestEvents returns the events emitted since the test started or since TestClearEvents.
// Tests only.
func TestEvents() []Event {
	n := testEventCount()
	events := make([]Event, n)
	for i := 0; i < n; i++ {
		events[i] = Event{Name: testEventName(i), KV: testEventKV(i)}
	}
	return events
}

// TestClearEvents forgets the recorded events. Tests only.
func TestClearEvents()
