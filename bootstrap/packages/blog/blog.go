// Package blog is a blog service: its owner writes posts, anyone comments. Comments are kept by
// the comments service through a live import: blog calls comments.Add, the comments service's
// code runs against its own state, and there amigo.Caller() is this blog's path, so each blog
// has its own threads.
package blog

import (
	"amigo"
	"strconv"
	"strings"
	"time"

	"local.land/amigo/avl"
	"local.land/amigo/comments"
)

// A Post of the blog.
type Post struct {
	ID      int
	Title   string
	Body    string // Markdown
	Author  string
	Created time.Time
	Updated time.Time
}

var (
	owner  string          // who deployed the blog
	posts  avl.Tree[*Post] // key: postKey(ID), so that iteration is in ID order
	lastID int
)

func init() {
	owner = amigo.Origin()
}

func postKey(id int) string {
	s := strconv.Itoa(id)
	return strings.Repeat("0", 10-len(s)) + s
}

func thread(id int) string { return "post-" + strconv.Itoa(id) }

func onlyOwner() {
	if amigo.Caller() != owner {
		panic("blog: only the owner " + owner + " can do this, not " + amigo.Caller())
	}
}

func checkPost(title, body string) {
	if strings.TrimSpace(title) == "" || len(title) > 200 || strings.ContainsAny(title, "\n\r") {
		panic("blog: a title has 1..200 bytes on one line")
	}
	if len(body) > 100000 {
		panic("blog: a body has at most 100000 bytes")
	}
}

// Owner returns the address of the blog's owner.
func Owner() string { return owner }

// AddPost publishes a post and returns its ID. Only the owner can post.
func AddPost(title, body string) int {
	onlyOwner()
	checkPost(title, body)
	lastID++
	p := &Post{ID: lastID, Title: title, Body: body, Author: amigo.Caller(), Created: amigo.Time(), Updated: amigo.Time()}
	posts.Set(postKey(p.ID), p)
	amigo.Emit("PostAdded", "id", strconv.Itoa(p.ID))
	return p.ID
}

// EditPost replaces a post's title and body. Only the owner can edit.
func EditPost(id int, title, body string) {
	onlyOwner()
	checkPost(title, body)
	p := mustGet(id)
	p.Title, p.Body, p.Updated = title, body, amigo.Time()
	amigo.Emit("PostEdited", "id", strconv.Itoa(id))
}

// DeletePost removes a post and its comments. Only the owner can delete.
func DeletePost(id int) {
	onlyOwner()
	mustGet(id)
	posts.Remove(postKey(id))
	for _, c := range comments.List(amigo.Self(), thread(id)) {
		comments.Delete(thread(id), c.ID)
	}
	amigo.Emit("PostDeleted", "id", strconv.Itoa(id))
}

func mustGet(id int) *Post {
	p, ok := posts.Get(postKey(id))
	if !ok {
		panic("blog: no post " + strconv.Itoa(id))
	}
	return p
}

// GetPost returns a copy of post id (`amigo eval PATH 'GetPost(3).Title'`).
func GetPost(id int) Post { return *mustGet(id) }

// Count returns the number of posts.
func Count() int { return posts.Size() }

// Comment adds a comment to post id through the comments service and returns the comment's ID.
// Anyone can comment; the author is the signer of the call.
func Comment(id int, body string) int {
	mustGet(id)
	return comments.Add(thread(id), body)
}

// DeleteComment removes a comment of post id. Only the owner can.
func DeleteComment(id, commentID int) {
	onlyOwner()
	comments.Delete(thread(id), commentID)
}

// Comments returns the comments of post id, oldest first.
func Comments(id int) []comments.Comment {
	mustGet(id)
	return comments.List(amigo.Self(), thread(id))
}

// PageSize is how many posts a page of the blog's home lists.
const PageSize = 20

// Render returns the blog as Markdown: "" lists the newest posts, "page/N" the N-th page of
// PageSize posts, newest first; "post/ID" shows a post with its comments.
func Render(path string) string {
	if path == "" {
		return renderHome(1)
	}
	if rest := strings.TrimPrefix(path, "page/"); rest != path {
		n, err := strconv.Atoi(rest)
		if err == nil && n >= 1 && (n == 1 || (n-1)*PageSize < posts.Size()) {
			return renderHome(n)
		}
	}
	if rest := strings.TrimPrefix(path, "post/"); rest != path {
		id, err := strconv.Atoi(rest)
		if err == nil {
			if p, ok := posts.Get(postKey(id)); ok {
				return renderPost(p)
			}
		}
	}
	return "# Not found\n\nNo page " + comments.Escape(path) + ".\n"
}

// renderHome lists the posts of one page. Its links are relative to the render path, which is ""
// or "page/N": "../post/ID" names post/ID from both, as a browser resolves links.
func renderHome(page int) string {
	var b strings.Builder
	b.WriteString("# Blog\n\n")
	if posts.Size() == 0 {
		b.WriteString("_No posts yet._\n")
		return b.String()
	}
	prefix := ""
	if page > 1 {
		prefix = "../"
	}
	skip, i := (page-1)*PageSize, 0
	posts.ReverseIterate("", "", func(_ string, p *Post) bool {
		if i >= skip+PageSize {
			return true
		}
		if i >= skip {
			n := comments.Count(amigo.Self(), thread(p.ID))
			b.WriteString("- [" + comments.Escape(p.Title) + "](" + prefix + "post/" + strconv.Itoa(p.ID) + ") — " +
				p.Created.Format("2006-01-02") + ", " + plural(n, "comment") + "\n")
		}
		i++
		return false
	})
	pages := (posts.Size() + PageSize - 1) / PageSize
	if pages > 1 {
		b.WriteString("\nPage " + strconv.Itoa(page) + " of " + strconv.Itoa(pages))
		if page > 1 {
			b.WriteString(" · [newer](" + prefix + "page/" + strconv.Itoa(page-1) + ")")
		}
		if page < pages {
			b.WriteString(" · [older](" + prefix + "page/" + strconv.Itoa(page+1) + ")")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func renderPost(p *Post) string {
	list := comments.List(amigo.Self(), thread(p.ID))
	return "# " + comments.Escape(p.Title) + "\n\n_" + p.Created.Format("2006-01-02 15:04") + " by " +
		comments.Escape(p.Author) + "_\n\n" + p.Body + "\n\n## " + plural(len(list), "comment") + "\n\n" +
		comments.Markdown(list)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
