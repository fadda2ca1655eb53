package comments

import (
	"amigo"
	"fmt"
	"strings"
	"testing"
	"time"
)

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil || !strings.Contains(fmt.Sprint(r), want) {
			t.Fatalf("recovered %v, want a panic containing %q", r, want)
		}
	}()
	f()
}

func TestAddListCount(t *testing.T) {
	amigo.TestSetCaller("alice")
	amigo.TestSetHeight(5)
	amigo.TestSetTime(time.Date(2025, 3, 4, 10, 30, 0, 0, time.UTC))
	id := Add("hello", "  First!  ")
	amigo.TestSetCaller("bob")
	id2 := Add("hello", "Second")
	if id2 != id+1 {
		t.Fatalf("ids %d, %d", id, id2)
	}
	// a user calling directly is the owner of its own namespace
	if n := Count("alice", "hello"); n != 1 {
		t.Fatalf("alice's thread has %d comments", n)
	}
	list := List("bob", "hello")
	if len(list) != 1 || list[0].Author != "bob" || list[0].Body != "Second" || list[0].Height != 5 {
		t.Fatalf("bob's thread: %+v", list)
	}
	// List returns copies: changing them changes nothing stored
	list[0].Body = "changed"
	if List("bob", "hello")[0].Body != "Second" {
		t.Fatal("List exposed the stored comment")
	}
	if got := List("alice", "hello")[0].Body; got != "First!" {
		t.Fatalf("body not trimmed: %q", got)
	}
	ev := amigo.TestEvents()
	if last := ev[len(ev)-1]; last.Name != "Commented" || last.Get("owner") != "bob" || last.Get("thread") != "hello" {
		t.Fatalf("event %+v", last)
	}
}

func TestRejectsBadInput(t *testing.T) {
	amigo.TestSetCaller("carol")
	mustPanic(t, "thread must be", func() { Add("", "x") })
	mustPanic(t, "thread must be", func() { Add("a b", "x") })
	mustPanic(t, "body must be", func() { Add("t", "   ") })
	mustPanic(t, "body must be", func() { Add("t", strings.Repeat("x", 2001)) })
	mustPanic(t, "body must be", func() { Add("t", "\xff") })
	if Count("carol", "t") != 0 {
		t.Fatal("a rejected comment was stored")
	}
}

func TestDeleteOnlyInOwnThread(t *testing.T) {
	amigo.TestSetCaller("dave")
	id := Add("d", "one")
	Add("d", "two")
	amigo.TestSetCaller("eve")
	mustPanic(t, "no comment", func() { Delete("d", id) })
	amigo.TestSetCaller("dave")
	Delete("d", id)
	if list := List("dave", "d"); len(list) != 1 || list[0].Body != "two" {
		t.Fatalf("after delete: %+v", list)
	}
}

func TestRender(t *testing.T) {
	amigo.TestSetCaller("frank")
	amigo.TestSetTime(time.Date(2025, 1, 2, 3, 4, 0, 0, time.UTC))
	Add("r", "a *bold* claim")
	want := "# Comments on r of frank\n\n- **frank** (2025-01-02 03:04): a \\*bold\\* claim\n"
	if got := Render("frank:r"); got != want {
		t.Fatalf("Render = %q, want %q", got, want)
	}
	if got := Render("frank:none"); !strings.HasSuffix(got, "_No comments yet._\n") {
		t.Fatalf("Render empty = %q", got)
	}
}
