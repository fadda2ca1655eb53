// Package names is a registry of handles: the first caller to register a handle owns it, and
// only its owner can transfer it. An owner is whatever amigo.Caller() is: the address of a key
// for a user, or the path of a service that registers a name for itself through a live import.
package names

import (
	"amigo"
	"sort"
	"strconv"
	"strings"
)

var (
	owners = map[string]string{}   // handle → owner
	owned  = map[string][]string{} // owner → handles, in registration order
)

// ValidHandle reports whether h is a valid handle: 3..32 bytes of a-z, 0-9 and _, starting with
// a letter.
func ValidHandle(h string) bool {
	if len(h) < 3 || len(h) > 32 || h[0] < 'a' || h[0] > 'z' {
		return false
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Register gives handle to the caller, if it is valid and nobody has it yet.
func Register(handle string) {
	if !ValidHandle(handle) {
		panic("names: invalid handle " + strconv.Quote(handle) + ": 3..32 of a-z 0-9 _, starting with a letter")
	}
	if o, taken := owners[handle]; taken {
		panic("names: " + handle + " is taken by " + o)
	}
	setOwner(handle, amigo.Caller())
	amigo.Emit("Registered", "handle", handle, "owner", amigo.Caller())
}

// Transfer gives handle to another owner. Only its owner can.
func Transfer(handle, to string) {
	o, ok := owners[handle]
	if !ok {
		panic("names: " + handle + " is not registered")
	}
	if o != amigo.Caller() {
		panic("names: only the owner of " + handle + " can transfer it")
	}
	if to == "" || len(to) > 256 || strings.ContainsAny(to, " \n") {
		panic("names: invalid new owner " + strconv.Quote(to))
	}
	list := owned[o]
	for i, h := range list {
		if h == handle {
			owned[o] = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	if len(owned[o]) == 0 {
		delete(owned, o)
	}
	setOwner(handle, to)
	amigo.Emit("Transferred", "handle", handle, "from", o, "to", to)
}

func setOwner(handle, owner string) {
	owners[handle] = owner
	owned[owner] = append(owned[owner], handle)
}

// Owner returns the owner of handle, or "" if it is free.
func Owner(handle string) string { return owners[handle] }

// HandlesOf returns the handles that owner holds, in the order it got them.
func HandlesOf(owner string) []string {
	return append([]string(nil), owned[owner]...)
}

// Render lists the handles ("") or shows one handle ("HANDLE").
func Render(path string) string {
	if path != "" {
		o, ok := owners[path]
		if !ok {
			return "# " + path + "\n\nFree: call `Register(\"" + path + "\")` to take it.\n"
		}
		return "# " + path + "\n\nOwned by `" + o + "`.\n"
	}
	handles := make([]string, 0, len(owners))
	for h := range owners {
		handles = append(handles, h)
	}
	sort.Strings(handles)
	var b strings.Builder
	b.WriteString("# Names\n\n" + strconv.Itoa(len(handles)) + " registered.\n\n")
	for _, h := range handles {
		b.WriteString("- [" + h + "](" + h + ") `" + owners[h] + "`\n")
	}
	return b.String()
}
