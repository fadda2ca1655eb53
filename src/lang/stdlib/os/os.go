// Package os: the part of Go's os package a sandboxed program may use: standard output and
// error, Args and Exit. There is no file system, environment or process access.
package os

import "errors"

// File is an open file descriptor; only Stdout and Stderr exist.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args hold the command-line arguments, starting with the program name.
var Args = []string{"prog"}

// ErrInvalid indicates an invalid argument.
var ErrInvalid = errors.New("invalid argument")

var errNoInput = errors.New("read: no input in a sandboxed program")

func write(fd int, s string)

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd == 0 {
		return 0, ErrInvalid
	}
	write(f.fd, string(b))
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil || f.fd == 0 {
		return 0, ErrInvalid
	}
	write(f.fd, s)
	return len(s), nil
}

// Read always fails: a sandboxed program has no standard input.
func (f *File) Read(b []byte) (n int, err error) {
	return 0, errNoInput
}

// Close is a no-op for the standard files.
func (f *File) Close() error { return nil }

// Exit causes the current program to exit with the given status code; deferred functions are not run.
func Exit(code int)
