package avl

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func valid[V any](t *testing.T, tr *Tree[V]) {
	t.Helper()
	n, ok := tr.root.check("", "", false, false)
	if !ok {
		t.Fatalf("AVL invariants broken")
	}
	if n != tr.Size() {
		t.Fatalf("size %d, counted %d", tr.Size(), n)
	}
}

func TestSetGetRemove(t *testing.T) {
	var tr Tree[int]
	if _, ok := tr.Get("a"); ok || tr.Size() != 0 {
		t.Fatal("empty tree has a key")
	}
	if !tr.Set("b", 2) || !tr.Set("a", 1) || !tr.Set("c", 3) {
		t.Fatal("new keys must report added")
	}
	if tr.Set("b", 20) {
		t.Fatal("replacing must not report added")
	}
	if v, ok := tr.Get("b"); !ok || v != 20 {
		t.Fatalf("Get(b) = %d, %v", v, ok)
	}
	if v, ok := tr.Remove("a"); !ok || v != 1 {
		t.Fatalf("Remove(a) = %d, %v", v, ok)
	}
	if _, ok := tr.Remove("a"); ok {
		t.Fatal("removed a twice")
	}
	if tr.Has("a") || !tr.Has("c") || tr.Size() != 2 {
		t.Fatalf("after remove: has a %v, has c %v, size %d", tr.Has("a"), tr.Has("c"), tr.Size())
	}
	valid(t, &tr)
}

// xorshift gives a fixed pseudo-random sequence, the same under Go and under amigo test.
type xorshift uint64

func (x *xorshift) next() uint64 {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return uint64(*x)
}

func TestRandomAgainstMap(t *testing.T) {
	var tr Tree[string]
	ref := map[string]string{}
	rng := xorshift(88172645463325252)
	for i := 0; i < 3000; i++ {
		k := fmt.Sprintf("k%03d", rng.next()%500)
		if rng.next()%3 == 0 {
			v, ok := tr.Remove(k)
			rv, rok := ref[k]
			if ok != rok || v != rv {
				t.Fatalf("step %d: Remove(%s) = %q %v, want %q %v", i, k, v, ok, rv, rok)
			}
			delete(ref, k)
		} else {
			v := fmt.Sprint(i)
			_, existed := ref[k]
			if added := tr.Set(k, v); added == existed {
				t.Fatalf("step %d: Set(%s) added=%v, existed=%v", i, k, added, existed)
			}
			ref[k] = v
		}
	}
	valid(t, &tr)
	keys := make([]string, 0, len(ref))
	for k := range ref {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	got := tr.Keys("", "", 0)
	if strings.Join(got, ",") != strings.Join(keys, ",") {
		t.Fatalf("keys differ:\n got %v\nwant %v", got, keys)
	}
	for _, k := range keys {
		if v, _ := tr.Get(k); v != ref[k] {
			t.Fatalf("Get(%s) = %q, want %q", k, v, ref[k])
		}
	}
}

func TestBalancedAfterSortedInserts(t *testing.T) {
	var tr Tree[int]
	for i := 0; i < 1024; i++ {
		tr.Set(fmt.Sprintf("%04d", i), i)
	}
	valid(t, &tr)
	if h := tr.root.heightOrZero(); h > 11 {
		t.Fatalf("height %d for 1024 sorted keys", h)
	}
}

func TestIterateRanges(t *testing.T) {
	var tr Tree[int]
	for i, k := range []string{"d", "b", "f", "a", "c", "e", "g"} {
		tr.Set(k, i)
	}
	collect := func(start, end string, reverse bool, limit int) string {
		var out []string
		fn := func(k string, _ int) bool {
			out = append(out, k)
			return len(out) == limit
		}
		if reverse {
			tr.ReverseIterate(start, end, fn)
		} else {
			tr.Iterate(start, end, fn)
		}
		return strings.Join(out, "")
	}
	cases := []struct {
		start, end string
		reverse    bool
		limit      int
		want       string
	}{
		{"", "", false, 0, "abcdefg"},
		{"b", "f", false, 0, "bcde"},
		{"bb", "", false, 0, "cdefg"},
		{"", "", false, 3, "abc"},
		{"", "", true, 0, "gfedcba"},
		{"b", "f", true, 0, "edcb"},
		{"", "", true, 2, "gf"},
		{"x", "", false, 0, ""},
	}
	for _, c := range cases {
		if got := collect(c.start, c.end, c.reverse, c.limit); got != c.want {
			t.Errorf("iterate(%q, %q, reverse=%v, limit=%d) = %q, want %q", c.start, c.end, c.reverse, c.limit, got, c.want)
		}
	}
	if got := strings.Join(tr.Keys("c", "", 2), ","); got != "c,d" {
		t.Errorf("Keys(c, \"\", 2) = %s", got)
	}
}

func ExampleTree() {
	var ages Tree[int]
	ages.Set("carol", 41)
	ages.Set("alice", 30)
	ages.Set("bob", 25)
	ages.Iterate("", "", func(name string, age int) bool {
		fmt.Println(name, age)
		return false
	})
	// Output:
	// alice 30
	// bob 25
	// carol 41
}
