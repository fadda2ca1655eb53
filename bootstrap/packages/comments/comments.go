// Package comments is a comment service that other services use through a live import.
//
// Threads are namespaced by the caller: when the service local.land/amigo/blog calls
// Add("post-3", "Nice!"), amigo.Caller() is "local.land/amigo/blog" here, so the comment lands in
// the blog's own thread "post-3" and no other service (or user) can post into it by naming it.
// The author of a comment is the signer of the call (amigo.Origin()), however it arrived.
package comments

import (
	"amigo"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A Comment as stored and as returned to callers (always a copy).
type Comment struct {
	ID     int
	Author string
	Body   string
	Height int64
	Time   time.Time
}

const (
	maxBody   = 2000
	maxThread = 128
)

var (
	threads = map[string][]*Comment{} // key: owner + " " + thread
	lastID  int
)

func key(owner, thread string) string { return owner + " " + thread }

// Add appends a comment to the caller's thread and returns its ID.
func Add(thread, body string) int {
	if thread == "" || len(thread) > maxThread || strings.ContainsAny(thread, " \n") {
		panic("comments: thread must be 1.." + strconv.Itoa(maxThread) + " bytes without spaces")
	}
	body = strings.TrimSpace(body)
	if body == "" || len(body) > maxBody || !utf8.ValidString(body) {
		panic("comments: body must be 1.." + strconv.Itoa(maxBody) + " bytes of UTF-8")
	}
	lastID++
	c := &Comment{ID: lastID, Author: amigo.Origin(), Body: body, Height: amigo.Height(), Time: amigo.Time()}
	k := key(amigo.Caller(), thread)
	threads[k] = append(threads[k], c)
	amigo.Emit("Commented", "owner", amigo.Caller(), "thread", thread, "id", strconv.Itoa(c.ID))
	return c.ID
}

// Delete removes comment id from the caller's thread. Only the thread's owner can delete: a
// blog deletes comments on its posts through its own functions.
func Delete(thread string, id int) {
	k := key(amigo.Caller(), thread)
	list := threads[k]
	for i, c := range list {
		if c.ID == id {
			threads[k] = append(list[:i:i], list[i+1:]...)
			amigo.Emit("Deleted", "owner", amigo.Caller(), "thread", thread, "id", strconv.Itoa(id))
			return
		}
	}
	panic("comments: no comment " + strconv.Itoa(id) + " in thread " + thread)
}

// List returns copies of the comments of owner's thread, oldest first.
func List(owner, thread string) []Comment {
	list := threads[key(owner, thread)]
	out := make([]Comment, len(list))
	for i, c := range list {
		out[i] = *c
	}
	return out
}

// Count returns the number of comments in owner's thread.
func Count(owner, thread string) int {
	return len(threads[key(owner, thread)])
}

// Markdown renders comments as a Markdown list.
func Markdown(list []Comment) string {
	if len(list) == 0 {
		return "_No comments yet._\n"
	}
	var b strings.Builder
	for _, c := range list {
		b.WriteString("- **" + Escape(c.Author) + "** (" + c.Time.Format("2006-01-02 15:04") + "): " + Escape(c.Body) + "\n")
	}
	return b.String()
}

// Escape backslash-escapes the characters that Markdown would interpret and turns line breaks
// into spaces, so that user text stays text.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case strings.ContainsRune("\\`*_[]()#<>!|~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Render shows a thread: the path is "OWNER THREAD" with the space written as ':'
// ("local.land/amigo/blog:post-1"). An empty path shows how many threads there are.
func Render(path string) string {
	if path == "" {
		return "# Comments\n\n" + strconv.Itoa(len(threads)) + " threads.\n"
	}
	i := strings.LastIndexByte(path, ':')
	if i < 0 {
		return "# Comments\n\nA path is OWNER:THREAD.\n"
	}
	owner, thread := path[:i], path[i+1:]
	return "# Comments on " + Escape(thread) + " of " + Escape(owner) + "\n\n" + Markdown(List(owner, thread))
}
