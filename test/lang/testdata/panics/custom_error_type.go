// A panic with a custom error type calls its Error method.
package main

type ValidationError struct {
	Field string
	Code  int
}

func (v *ValidationError) Error() string {
	return "invalid " + v.Field
}

func main() {
	panic(&ValidationError{"email", 3})
}
