/**
 * The files `amigo init DIR` writes: a small guestbook service (state, an exported function that
 * changes it, Render), its test with an Example, and a README. The Go code imports only the
 * standard library, so `go vet` accepts the folder as it is; `amigo test DIR` passes as created.
 */

export interface ScaffoldFile { name: string, text: string }

const GO_KEYWORDS = new Set(['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var'])

/**
 * `my-guestbook` → `myguestbook`: a Go package name is an identifier, lower case by convention;
 * not a keyword, and not `main` (a program, not a service)
 */
export function packageName (folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9_]/g, '')
  if (!/^[a-z_]/.test(name)) return `svc${name}`
  return GO_KEYWORDS.has(name) || name === 'main' ? `${name}svc` : name
}

export function serviceFiles (pkg: string): ScaffoldFile[] {
  const go = `// Package ${pkg} is a guestbook: anyone signs it with a short message, and Render shows the
// messages as Markdown.
package ${pkg}

import (
	"strconv"
	"strings"
)

// MaxLength is the longest message Sign accepts, in bytes.
const MaxLength = 280

// messages is the service's state: package variables are saved after every call.
var messages []string

// Sign adds a message and returns how many messages the guestbook holds.
func Sign(message string) int {
	message = strings.TrimSpace(message)
	if message == "" || len(message) > MaxLength {
		panic("${pkg}: a message has 1 to " + strconv.Itoa(MaxLength) + " bytes")
	}
	messages = append(messages, message)
	return len(messages)
}

// Count returns how many messages the guestbook holds.
func Count() int {
	return len(messages)
}

// Render shows the messages as Markdown, newest first; the path is not used.
func Render(path string) string {
	var b strings.Builder
	b.WriteString("# Guestbook\\n\\n")
	if len(messages) == 0 {
		b.WriteString("No messages yet.\\n")
		return b.String()
	}
	for i := len(messages) - 1; i >= 0; i-- {
		b.WriteString("- " + messages[i] + "\\n")
	}
	return b.String()
}
`
  const test = `package ${pkg}

import (
	"fmt"
	"strings"
	"testing"
)

func TestSign(t *testing.T) {
	messages = nil
	if got := Sign("  hello  "); got != 1 {
		t.Fatalf("Sign = %d, want 1", got)
	}
	if messages[0] != "hello" {
		t.Fatalf("message %q, want %q", messages[0], "hello")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("an empty message did not panic")
		}
	}()
	Sign("   ")
}

func TestRender(t *testing.T) {
	messages = nil
	Sign("first")
	Sign("second")
	out := Render("")
	if strings.Index(out, "second") > strings.Index(out, "first") {
		t.Fatalf("newest message is not first:\\n%s", out)
	}
}

func ExampleSign() {
	messages = nil
	Sign("hi")
	fmt.Println(Sign("hello again"), Count())
	// Output: 2 2
}
`
  const readme = `# ${pkg}

A guestbook service made by \`amigo init\`: \`Sign(message)\` adds a message, \`Render\` shows them.

    amigo test .                                   # run the tests and the example
    amigo push . local.land/me/${pkg}               # deploy it on the local land
    amigo call local.land/me/${pkg}.Sign '"hello"'  # sign the guestbook
    amigo render local.land/me/${pkg}               # see the messages

Package variables (\`messages\`) are the service's state: they are saved after every call.
`
  return [
    { name: `${pkg}.go`, text: go },
    { name: `${pkg}_test.go`, text: test },
    { name: 'README.md', text: readme }
  ]
}
