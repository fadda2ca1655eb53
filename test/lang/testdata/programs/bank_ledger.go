// A bank ledger: accounts, transfers with validation errors, history, and a sorted report.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrNoAccount    = errors.New("no such account")
	ErrInsufficient = errors.New("insufficient funds")
	ErrInvalid      = errors.New("invalid amount")
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry struct {
	Seq    int
	From   string
	To     string
	Amount Cents
	Memo   string
}

type Ledger struct {
	balances map[string]Cents
	history  []Entry
	seq      int
}

func NewLedger() *Ledger { return &Ledger{balances: map[string]Cents{}} }

func (l *Ledger) Open(name string, initial Cents) {
	l.balances[name] = initial
	l.record("", name, initial, "open")
}

func (l *Ledger) record(from, to string, amt Cents, memo string) {
	l.seq++
	l.history = append(l.history, Entry{l.seq, from, to, amt, memo})
}

type TransferError struct {
	From, To string
	Amount   Cents
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %v from %s to %s: %v", e.Amount, e.From, e.To, e.Err)
}
func (e *TransferError) Unwrap() error { return e.Err }

func (l *Ledger) Transfer(from, to string, amt Cents, memo string) (err error) {
	defer func() {
		if err != nil {
			err = &TransferError{from, to, amt, err}
		}
	}()
	if amt <= 0 {
		return ErrInvalid
	}
	fb, ok := l.balances[from]
	if !ok {
		return fmt.Errorf("%w: %q", ErrNoAccount, from)
	}
	if _, ok := l.balances[to]; !ok {
		return fmt.Errorf("%w: %q", ErrNoAccount, to)
	}
	if fb < amt {
		return ErrInsufficient
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	l.record(from, to, amt, memo)
	return nil
}

func (l *Ledger) Report() string {
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		bi, bj := l.balances[names[i]], l.balances[names[j]]
		if bi != bj {
			return bi > bj
		}
		return names[i] < names[j]
	})
	var sb strings.Builder
	var total Cents
	for _, n := range names {
		fmt.Fprintf(&sb, "%-8s %12v\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Fprintf(&sb, "%-8s %12v\n", "TOTAL", total)
	return sb.String()
}

func main() {
	l := NewLedger()
	l.Open("alice", 100_00)
	l.Open("bob", 50_50)
	l.Open("carol", 0)
	ops := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 25_25}, {"bob", "carol", 75_75}, {"carol", "alice", 1}, {"alice", "dave", 1},
		{"bob", "alice", -5}, {"carol", "bob", 10_00}, {"bob", "carol", 10_00},
	}
	for i, op := range ops {
		err := l.Transfer(op.from, op.to, op.amt, fmt.Sprintf("op%d", i))
		var te *TransferError
		switch {
		case err == nil:
			fmt.Println("ok", op.from, "->", op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.Is(err, ErrNoAccount) && errors.As(err, &te):
			fmt.Println("missing:", te.To, "|", err)
		default:
			fmt.Println("error:", err)
		}
	}
	fmt.Print(l.Report())
	for _, e := range l.history {
		fmt.Printf("%+v\n", e)
	}
}
