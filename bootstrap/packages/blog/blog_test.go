package blog

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

func TestOwnerPosts(t *testing.T) {
	if Owner() != "test.caller" {
		t.Fatalf("owner %q: the deployer (signer at init) owns the blog", Owner())
	}
	amigo.TestSetCaller(Owner())
	amigo.TestSetTime(time.Date(2025, 2, 1, 9, 0, 0, 0, time.UTC))
	id := AddPost("Hello", "First *post*.")
	if p := GetPost(id); p.Title != "Hello" || p.Author != Owner() || p.Created.Day() != 1 {
		t.Fatalf("GetPost: %+v", p)
	}
	EditPost(id, "Hello, world", "Edited.")
	if p := GetPost(id); p.Title != "Hello, world" || p.Body != "Edited." {
		t.Fatalf("after edit: %+v", p)
	}
	// GetPost returns a copy
	p := GetPost(id)
	p.Title = "hacked"
	if GetPost(id).Title != "Hello, world" {
		t.Fatal("GetPost exposed the stored post")
	}
}

func TestOthersCannotPost(t *testing.T) {
	amigo.TestSetCaller("mallory")
	n := Count()
	mustPanic(t, "only the owner", func() { AddPost("spam", "spam") })
	mustPanic(t, "only the owner", func() { EditPost(1, "spam", "spam") })
	mustPanic(t, "only the owner", func() { DeletePost(1) })
	if Count() != n {
		t.Fatal("a rejected post was stored")
	}
}

func TestBadPosts(t *testing.T) {
	amigo.TestSetCaller(Owner())
	mustPanic(t, "a title has", func() { AddPost(" ", "x") })
	mustPanic(t, "a title has", func() { AddPost("two\nlines", "x") })
	mustPanic(t, "no post 999", func() { GetPost(999) })
	mustPanic(t, "no post 999", func() { Comment(999, "x") })
}

func TestCommentsThroughLiveImport(t *testing.T) {
	amigo.TestSetCaller(Owner())
	amigo.TestSetTime(time.Date(2025, 2, 2, 8, 0, 0, 0, time.UTC))
	id := AddPost("Comments", "Say something.")
	amigo.TestSetCaller("alice")
	amigo.TestSetTime(time.Date(2025, 2, 2, 8, 30, 0, 0, time.UTC))
	cid := Comment(id, "Nice post!")
	amigo.TestSetCaller("bob")
	Comment(id, "I agree with _alice_.")
	list := Comments(id)
	if len(list) != 2 || list[0].ID != cid || list[0].Author != "alice" || list[1].Author != "bob" {
		t.Fatalf("comments: %+v", list)
	}
	mustPanic(t, "only the owner", func() { DeleteComment(id, cid) })
	amigo.TestSetCaller(Owner())
	DeleteComment(id, cid)
	if list := Comments(id); len(list) != 1 || list[0].Author != "bob" {
		t.Fatalf("after delete: %+v", list)
	}
	want := "# Comments\n\n_2025-02-02 08:00 by test.caller_\n\nSay something.\n\n## 1 comment\n\n" +
		"- **bob** (2025-02-02 08:30): I agree with \\_alice\\_.\n"
	if got := Render(fmt.Sprintf("post/%d", id)); got != want {
		t.Fatalf("Render post:\n%s\nwant:\n%s", got, want)
	}
	DeletePost(id)
	mustPanic(t, "no post", func() { Comments(id) })
}

func TestRenderHome(t *testing.T) {
	amigo.TestSetCaller(Owner())
	for _, id := range []int{1, 2, 3, 4, 5} {
		if _, ok := posts.Get(postKey(id)); ok {
			DeletePost(id)
		}
	}
	if got := Render(""); got != "# Blog\n\n_No posts yet._\n" {
		t.Fatalf("empty home: %q", got)
	}
	amigo.TestSetTime(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	a := AddPost("First [draft]", "a")
	amigo.TestSetTime(time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC))
	b := AddPost("Second", "b")
	Comment(b, "one")
	want := fmt.Sprintf("# Blog\n\n- [Second](post/%d) — 2025-03-02, 1 comment\n- [First \\[draft\\]](post/%d) — 2025-03-01, 0 comments\n", b, a)
	if got := Render(""); got != want {
		t.Fatalf("home:\n%s\nwant:\n%s", got, want)
	}
	if got := Render("post/x"); got != "# Not found\n\nNo page post/x.\n" {
		t.Fatalf("not found: %q", got)
	}
}

func TestRenderPages(t *testing.T) {
	amigo.TestSetCaller(Owner())
	amigo.TestSetTime(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC))
	for posts.Size() < 2*PageSize+1 {
		AddPost("p", "")
	}
	for posts.Size() > 2*PageSize+1 {
		DeletePost(lastID)
	}
	newest := lastID
	home := Render("")
	if strings.Count(home, "\n- [") != PageSize || !strings.Contains(home, fmt.Sprintf("](post/%d)", newest)) {
		t.Fatalf("page 1 lists the %d newest posts:\n%s", PageSize, home)
	}
	if !strings.HasSuffix(home, "\nPage 1 of 3 · [older](page/2)\n") {
		t.Fatalf("page 1 links to page 2:\n%s", home)
	}
	second := Render("page/2")
	if strings.Count(second, "\n- [") != PageSize || strings.Contains(second, fmt.Sprintf("](../post/%d)", newest)) || !strings.Contains(second, fmt.Sprintf("](../post/%d)", newest-PageSize)) {
		t.Fatalf("page 2 lists the next %d posts:\n%s", PageSize, second)
	}
	if !strings.HasSuffix(second, "\nPage 2 of 3 · [newer](../page/1) · [older](../page/3)\n") {
		t.Fatalf("page 2 links both ways:\n%s", second)
	}
	if last := Render("page/3"); strings.Count(last, "\n- [") != 1 || !strings.HasSuffix(last, "\nPage 3 of 3 · [newer](../page/2)\n") {
		t.Fatalf("page 3 has the oldest post:\n%s", last)
	}
	if got := Render("page/4"); got != "# Not found\n\nNo page page/4.\n" {
		t.Fatalf("past the last page: %q", got)
	}
}
