// A key-value store with copy-on-write snapshots and a diff between versions.
package main

import (
	"fmt"
	"sort"
)

type Store struct {
	data     map[string]string
	versions []map[string]string
}

func NewStore() *Store { return &Store{data: map[string]string{}} }

func (s *Store) Set(k, v string) { s.data[k] = v }
func (s *Store) Del(k string)    { delete(s.data, k) }

func (s *Store) Snapshot() int {
	cp := make(map[string]string, len(s.data))
	for k, v := range s.data {
		cp[k] = v
	}
	s.versions = append(s.versions, cp)
	return len(s.versions) - 1
}

func keys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (s *Store) Diff(a, b int) []string {
	va, vb := s.versions[a], s.versions[b]
	var out []string
	for _, k := range keys(va) {
		if nv, ok := vb[k]; !ok {
			out = append(out, "- "+k)
		} else if nv != va[k] {
			out = append(out, fmt.Sprintf("~ %s: %s -> %s", k, va[k], nv))
		}
	}
	for _, k := range keys(vb) {
		if _, ok := va[k]; !ok {
			out = append(out, "+ "+k+"="+vb[k])
		}
	}
	return out
}

func (s *Store) Restore(v int) {
	s.data = map[string]string{}
	for k, val := range s.versions[v] {
		s.data[k] = val
	}
}

func main() {
	s := NewStore()
	s.Set("name", "amigo")
	s.Set("lang", "go")
	v0 := s.Snapshot()
	s.Set("lang", "Go")
	s.Set("land", "local")
	s.Del("name")
	v1 := s.Snapshot()
	for _, d := range s.Diff(v0, v1) {
		fmt.Println(d)
	}
	fmt.Println(s.data)
	s.Restore(v0)
	fmt.Println(s.data, s.versions[v1])
	fmt.Println(len(s.Diff(v0, v0)))
}
