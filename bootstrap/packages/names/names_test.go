package names

import (
	"amigo"
	"fmt"
	"strings"
	"testing"
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

func TestFirstComeFirstServed(t *testing.T) {
	amigo.TestSetCaller("alice")
	Register("alice")
	amigo.TestSetCaller("bob")
	mustPanic(t, "alice is taken by alice", func() { Register("alice") })
	Register("bob_2")
	if Owner("alice") != "alice" || Owner("bob_2") != "bob" || Owner("nobody") != "" {
		t.Fatalf("owners: %q %q %q", Owner("alice"), Owner("bob_2"), Owner("nobody"))
	}
	ev := amigo.TestEvents()
	if last := ev[len(ev)-1]; last.Name != "Registered" || last.Get("handle") != "bob_2" || last.Get("owner") != "bob" {
		t.Fatalf("event %+v", last)
	}
}

func TestInvalidHandles(t *testing.T) {
	amigo.TestSetCaller("carol")
	for _, h := range []string{"", "ab", "Abc", "1abc", "a-b-c", "abc ", strings.Repeat("a", 33), "émile"} {
		mustPanic(t, "invalid handle", func() { Register(h) })
	}
	if len(HandlesOf("carol")) != 0 {
		t.Fatal("an invalid handle was registered")
	}
	if !ValidHandle("a_1") || !ValidHandle(strings.Repeat("z", 32)) {
		t.Fatal("valid handles rejected")
	}
}

func TestTransferByOwnerOnly(t *testing.T) {
	amigo.TestSetCaller("dave")
	Register("dave")
	Register("dave_too")
	amigo.TestSetCaller("eve")
	mustPanic(t, "only the owner of dave can transfer it", func() { Transfer("dave", "eve") })
	mustPanic(t, "not registered", func() { Transfer("ghost", "eve") })
	amigo.TestSetCaller("dave")
	mustPanic(t, "invalid new owner", func() { Transfer("dave", "") })
	Transfer("dave", "eve")
	if Owner("dave") != "eve" {
		t.Fatalf("owner after transfer: %q", Owner("dave"))
	}
	if got := strings.Join(HandlesOf("dave"), ","); got != "dave_too" {
		t.Fatalf("dave holds %q", got)
	}
	if got := strings.Join(HandlesOf("eve"), ","); got != "dave" {
		t.Fatalf("eve holds %q", got)
	}
	// the old owner cannot take it back
	mustPanic(t, "only the owner", func() { Transfer("dave", "dave") })
	amigo.TestSetCaller("eve")
	Transfer("dave", "local.land/amigo/blog")
	if Owner("dave") != "local.land/amigo/blog" || len(HandlesOf("eve")) != 0 {
		t.Fatalf("owner %q, eve holds %v", Owner("dave"), HandlesOf("eve"))
	}
}

func TestRender(t *testing.T) {
	amigo.TestSetCaller("frank")
	Register("frank")
	if got := Render("frank"); got != "# frank\n\nOwned by `frank`.\n" {
		t.Fatalf("Render(frank) = %q", got)
	}
	if got := Render("zed_free"); !strings.Contains(got, "Free") {
		t.Fatalf("Render(zed_free) = %q", got)
	}
	home := Render("")
	if !strings.HasPrefix(home, fmt.Sprintf("# Names\n\n%d registered.\n\n", len(owners))) || !strings.Contains(home, "- [frank](frank) `frank`\n") {
		t.Fatalf("Render() = %q", home)
	}
	if strings.Index(home, "[alice]") > strings.Index(home, "[frank]") {
		t.Fatal("handles are not sorted")
	}
}
