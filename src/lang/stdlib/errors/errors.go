// Package errors: creating errors and walking the tree of errors they wrap (New, Is, As, Unwrap,
// Join), with Join and multi-error wrapping as Go 1.20 defines them. Written for Amigo; the three
// body-less functions are natives (index.ts) that look at dynamic types.
package errors

// errorString is what New returns; its name and field show in %T and %#v output, as in Go.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text. Every call gives a distinct error.
func New(text string) error { return &errorString{s: text} }

// ErrUnsupported reports an operation that cannot be performed.
var ErrUnsupported = New("unsupported operation")

// The two shapes of wrapping error: one cause, or several.
type wrapsOne interface{ Unwrap() error }
type wrapsMany interface{ Unwrap() []error }

// Unwrap returns what err's Unwrap() error method returns, or nil when err has no such method
// (an error wrapping several errors included).
func Unwrap(err error) error {
	if w, ok := err.(wrapsOne); ok {
		return w.Unwrap()
	}
	return nil
}

// Is reports whether err or any error it wraps, depth first, equals target or says so through
// an Is(error) bool method.
func Is(err, target error) bool {
	if target == nil {
		return err == nil
	}
	return isIn(err, target, comparable(target))
}

func isIn(err, target error, targetComparable bool) bool {
	for err != nil {
		// == on an uncomparable dynamic type would panic: compare only when both sides can be
		if targetComparable && comparable(err) && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case wrapsOne:
			err = w.Unwrap()
		case wrapsMany:
			for _, inner := range w.Unwrap() {
				if isIn(inner, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// As finds the first error in err's tree (depth first) that can be stored in *target, or whose
// As(any) bool method accepts target, and reports whether there was one.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if problem := targetProblem(target); problem != "" {
		panic(problem)
	}
	return asIn(err, target)
}

func asIn(err error, target any) bool {
	for err != nil {
		if storeIn(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case wrapsOne:
			err = w.Unwrap()
		case wrapsMany:
			for _, inner := range w.Unwrap() {
				if asIn(inner, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// comparable reports whether err is nil or its dynamic type supports ==.
func comparable(err error) bool

// targetProblem is As's panic message for a target that is not a non-nil pointer to an
// interface or to an error type, and "" for a good one.
func targetProblem(target any) string

// storeIn sets *target to err when err's dynamic type can be assigned to *target's type.
func storeIn(err error, target any) bool

// joinError is what Join returns (its name shows in %T output, as in Go).
type joinError struct {
	errs []error
}

// Join wraps the non-nil errors of errs in one error whose text is their texts, one per line;
// it returns nil when they are all nil.
func Join(errs ...error) error {
	var kept []error
	for _, err := range errs {
		if err != nil {
			kept = append(kept, err)
		}
	}
	if kept == nil {
		return nil
	}
	return &joinError{errs: kept}
}

func (e *joinError) Error() string {
	text := ""
	for i, err := range e.errs {
		if i > 0 {
			text += "\n"
		}
		text += err.Error()
	}
	return text
}

func (e *joinError) Unwrap() []error { return e.errs }
