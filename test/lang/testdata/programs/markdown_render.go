// A service-style Render(path) that produces Markdown from state, with routing by path.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Post struct {
	ID    int
	Title string
	Body  string
	Tags  []string
	Votes int
}

var posts = map[int]*Post{}
var nextID = 1

func CreatePost(title, body string, tags ...string) int {
	id := nextID
	nextID++
	posts[id] = &Post{ID: id, Title: title, Body: body, Tags: tags}
	return id
}

func Vote(id, delta int) error {
	p, ok := posts[id]
	if !ok {
		return fmt.Errorf("post %d not found", id)
	}
	p.Votes += delta
	return nil
}

func sortedPosts() []*Post {
	out := make([]*Post, 0, len(posts))
	for _, p := range posts {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Votes != out[j].Votes {
			return out[i].Votes > out[j].Votes
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func Render(path string) string {
	var sb strings.Builder
	switch {
	case path == "":
		sb.WriteString("# Blog\n\n")
		for _, p := range sortedPosts() {
			fmt.Fprintf(&sb, "* [%s](/post/%d) (%+d)\n", p.Title, p.ID, p.Votes)
		}
	case strings.HasPrefix(path, "post/"):
		id, err := strconv.Atoi(strings.TrimPrefix(path, "post/"))
		if err != nil {
			return "# Bad path\n"
		}
		p, ok := posts[id]
		if !ok {
			return "# 404\n"
		}
		fmt.Fprintf(&sb, "# %s\n\n%s\n\n", p.Title, p.Body)
		if len(p.Tags) > 0 {
			sb.WriteString("Tags: " + strings.Join(p.Tags, ", ") + "\n")
		}
	case strings.HasPrefix(path, "tag/"):
		tag := strings.TrimPrefix(path, "tag/")
		fmt.Fprintf(&sb, "## Posts tagged %q\n", tag)
		for _, p := range sortedPosts() {
			for _, t := range p.Tags {
				if t == tag {
					fmt.Fprintf(&sb, "- %s\n", p.Title)
				}
			}
		}
	default:
		return "# 404\n"
	}
	return sb.String()
}

func main() {
	CreatePost("Hello", "First post.", "intro")
	CreatePost("Go tips", "Use gofmt.", "go", "tips")
	CreatePost("P2P", "Content addressing.", "go", "p2p")
	Vote(2, 3)
	Vote(3, 1)
	Vote(1, -1)
	fmt.Println(Vote(9, 1))
	for _, p := range []string{"", "post/2", "post/9", "post/x", "tag/go", "nope"} {
		fmt.Printf("--- %q\n%s", p, Render(p))
	}
}
