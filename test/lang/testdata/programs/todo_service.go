// A service-shaped program: exported functions mutating package state and a Render(path) view.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Todo struct {
	ID    int
	Text  string
	Done  bool
	Owner string
}

var (
	todos  = map[int]*Todo{}
	lastID int
	caller = "alice"
)

var ErrNotYours = errors.New("not your todo")

func Add(text string) int {
	lastID++
	todos[lastID] = &Todo{ID: lastID, Text: strings.TrimSpace(text), Owner: caller}
	return lastID
}

func Toggle(id int) error {
	t, ok := todos[id]
	if !ok {
		return fmt.Errorf("todo %d: %w", id, errors.New("not found"))
	}
	if t.Owner != caller {
		return fmt.Errorf("todo %d: %w", id, ErrNotYours)
	}
	t.Done = !t.Done
	return nil
}

func Render(path string) string {
	ids := make([]int, 0, len(todos))
	for id := range todos {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var sb strings.Builder
	sb.WriteString("# Todos")
	if path != "" {
		sb.WriteString(" of " + path)
	}
	sb.WriteString("\n\n")
	n := 0
	for _, id := range ids {
		t := todos[id]
		if path != "" && t.Owner != path {
			continue
		}
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Fprintf(&sb, "- [%s] %s (#%d, %s)\n", mark, t.Text, t.ID, t.Owner)
		n++
	}
	fmt.Fprintf(&sb, "\n%d item(s)\n", n)
	return sb.String()
}

func main() {
	Add("  write the parser ")
	Add("review PR")
	caller = "bob"
	Add("deploy node")
	fmt.Println(Toggle(1), Toggle(3), Toggle(42))
	caller = "alice"
	fmt.Println(Toggle(1), errors.Is(Toggle(3), ErrNotYours))
	fmt.Print(Render(""))
	fmt.Print(Render("bob"))
	fmt.Print(Render("carol"))
}
