package counter

import (
	"amigo"
	"strings"
	"testing"
)

func TestIncrementAndAdd(t *testing.T) {
	count, lastBy = 0, ""
	if got := Increment(); got != 1 {
		t.Fatalf("Increment() = %d, want 1", got)
	}
	amigo.TestSetCaller("bob")
	amigo.TestSetHeight(7)
	if got := Add(41); got != 42 {
		t.Fatalf("Add(41) = %d, want 42", got)
	}
	if Get() != 42 || lastBy != "bob" || lastAt != 7 {
		t.Fatalf("state: count %d, lastBy %q, lastAt %d", Get(), lastBy, lastAt)
	}
	ev := amigo.TestEvents()
	last := ev[len(ev)-1]
	if last.Name != "Incremented" || last.Get("by") != "bob" || last.Get("n") != "41" || last.Get("count") != "42" {
		t.Fatalf("last event %+v", last)
	}
}

func TestAddRejectsOutOfRange(t *testing.T) {
	count = 5
	for _, n := range []int{0, -1, 1001} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(r.(string), "between 1 and 1000") {
					t.Errorf("Add(%d): recovered %v", n, r)
				}
			}()
			Add(n)
		}()
	}
	if count != 5 {
		t.Fatalf("count changed to %d", count)
	}
}

func TestRender(t *testing.T) {
	count, lastBy, lastAt = 0, "", 0
	if got := Render(""); got != "# Counter\n\nThe count is **0**.\n" {
		t.Fatalf("Render = %q", got)
	}
	amigo.TestSetCaller("carol")
	amigo.TestSetHeight(3)
	Increment()
	want := "# Counter\n\nThe count is **1**.\n\nLast changed by `carol` at height 3.\n"
	if got := Render(""); got != want {
		t.Fatalf("Render = %q, want %q", got, want)
	}
}
